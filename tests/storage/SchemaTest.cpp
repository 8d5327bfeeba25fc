#include "StorageTestSupport.h"

#include "storage/Migrations.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectOpener.h"
#include "storage/Schema.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace etp;
using namespace etp::storage;

namespace {

/// The tables and columns of a database as SQLite reports them.
QList<TableSpec> schemaOf(SqliteDatabase &db)
{
    QList<TableSpec> tables;
    SqliteStatement names =
        db.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid"));
    REQUIRE(names.isValid());
    while (names.step() == 100 /* SQLITE_ROW */) {
        TableSpec table;
        table.name = names.columnText(0);
        SqliteStatement columns =
            db.prepare(QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid"));
        REQUIRE(columns.isValid());
        columns.bindText(1, table.name);
        while (columns.step() == 100)
            table.columns.append(ColumnSpec{columns.columnText(0), columns.columnText(1), columns.columnInt(2) != 0,
                                            columns.columnInt(3) != 0});
        tables.append(table);
    }
    return tables;
}

/// Tables by name: later versions add tables after the first version's, so the order on disk is the history's.
QList<TableSpec> byName(QList<TableSpec> tables)
{
    std::sort(tables.begin(), tables.end(), [](const TableSpec &a, const TableSpec &b) { return a.name < b.name; });
    return tables;
}

} // namespace

TEST_CASE("the newest schema has exactly the tables and columns the model's reflection implies", "[storage][schema]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("schema.etplan"));
    REQUIRE(saveProject(path, Project()));
    Result<SqliteDatabase> db = openProjectDatabase(path, Access::ReadOnly);
    REQUIRE(db);

    const QList<TableSpec> expected = byName(modelSchema());
    const QList<TableSpec> actual = byName(schemaOf(*db));
    INFO("When this fails after a model change: before the first release run "
         "build/tests/etp-storage-tool refresh-v1 . (it rewrites migration 1 and its fixture) and rebuild; after it, "
         "write the next migration (build/tests/etp-storage-tool ddl prints the schema the model implies). See "
         "docs/PROJECT-FILE.md.");
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("table " << expected.at(i).name.toStdString());
        CHECK(actual.at(i).name == expected.at(i).name);
        REQUIRE(actual.at(i).columns.size() == expected.at(i).columns.size());
        for (qsizetype c = 0; c < expected.at(i).columns.size(); ++c) {
            const ColumnSpec &a = actual.at(i).columns.at(c);
            const ColumnSpec &e = expected.at(i).columns.at(c);
            INFO("column " << e.name.toStdString());
            CHECK(a.name == e.name);
            CHECK(a.type == e.type);
            CHECK(a.notNull == e.notNull);
            CHECK(a.primaryKey == e.primaryKey);
        }
    }
}

TEST_CASE("the DDL the model implies builds the same schema as the chain of migrations", "[storage][schema]")
{
    SqliteDatabase migrated;
    REQUIRE(migrated.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create));
    REQUIRE(migrate(migrated, 0, builtinMigrations(), QStringLiteral(":memory:")));
    SqliteDatabase fromDdl;
    REQUIRE(fromDdl.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create));
    REQUIRE(fromDdl.exec(modelSchemaDdl()));
    const QList<TableSpec> expected = byName(schemaOf(fromDdl));
    const QList<TableSpec> actual = byName(schemaOf(migrated));
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("table " << expected.at(i).name.toStdString());
        CHECK(actual.at(i).name == expected.at(i).name);
        CHECK(actual.at(i).columns == expected.at(i).columns);
    }
    // The first version is frozen text; each later one only adds (ALTER TABLE ... ADD COLUMN, CREATE TABLE).
    for (const Migration &step : builtinMigrations().mid(1)) {
        INFO(step.name.toStdString());
        for (const QString &statement : step.sql.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            QStringList lines;
            for (const QString &line : statement.split(QLatin1Char('\n'))) {
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    lines.append(line);
            }
            const QString text = lines.join(QLatin1Char(' ')).simplified();
            if (text.isEmpty())
                continue;
            INFO(text.toStdString());
            CHECK((text.startsWith(QLatin1String("CREATE TABLE ")) || text.startsWith(QLatin1String("ALTER TABLE "))));
        }
    }
}

TEST_CASE("every table has unique column names and no column for a password", "[storage][schema]")
{
    for (const TableSpec &table : modelSchema()) {
        QStringList names;
        for (const ColumnSpec &column : table.columns) {
            INFO(table.name.toStdString() << "." << column.name.toStdString());
            CHECK_FALSE(names.contains(column.name));
            CHECK_FALSE(column.name.contains(QLatin1String("pass"), Qt::CaseInsensitive));
            CHECK_FALSE(column.name.contains(QLatin1String("secret"), Qt::CaseInsensitive));
            CHECK_FALSE(column.name.contains(QLatin1String("credential"), Qt::CaseInsensitive));
            names.append(column.name);
        }
    }
}

TEST_CASE("migrations are numbered from 1 without gaps", "[storage][schema]")
{
    const QList<Migration> &migrations = builtinMigrations();
    REQUIRE_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        INFO(migrations.at(i).name.toStdString());
        CHECK(migrations.at(i).version == i + 1);
        CHECK_FALSE(migrations.at(i).sql.trimmed().isEmpty());
    }
}

TEST_CASE("a new file carries the application id and the newest schema version", "[storage][schema]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("marks.etplan"));
    REQUIRE(saveProject(path, Project()));
    SqliteDatabase db;
    REQUIRE(db.open(path, SqliteDatabase::Mode::ReadOnly));
    bool ok = false;
    CHECK(db.queryInt(QStringLiteral("PRAGMA application_id"), &ok) == kApplicationId);
    CHECK(db.queryInt(QStringLiteral("PRAGMA user_version"), &ok) == latestVersion(builtinMigrations()));
    CHECK(db.queryText(QStringLiteral("PRAGMA journal_mode"), &ok) == QStringLiteral("delete"));
    // Bytes 68-71 of the header hold the application id ("ETPL").
    CHECK(test::fileBytes(path).mid(68, 4) == QByteArray("ETPL"));
}
