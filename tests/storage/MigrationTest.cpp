#include "StorageTestSupport.h"

#include "storage/Migrations.h"
#include "storage/ProjectDocument.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectOpener.h"
#include "storage/ProjectReader.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::storage;

namespace {

/// A copy of the fixture of schema version 1 (written by `etp-storage-tool fixture`).
QString copyOfFixture(const test::ScratchFolder &folder)
{
    const QString copy = folder.path(QStringLiteral("fixture.etplan"));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("project-v1.etplan")), copy));
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    return copy;
}

/// The built-in migrations plus one more step.
QList<Migration> withStep(const QString &name, const QString &sql)
{
    QList<Migration> migrations = builtinMigrations();
    migrations.append(Migration{latestVersion(migrations) + 1, name, sql});
    return migrations;
}

int versionOnDisk(const QString &path)
{
    SqliteDatabase db;
    REQUIRE(db.open(path, SqliteDatabase::Mode::ReadOnly));
    bool ok = false;
    const int version = int(db.queryInt(QStringLiteral("PRAGMA user_version"), &ok));
    REQUIRE(ok);
    return version;
}

} // namespace

TEST_CASE("the version 1 fixture opens with its content", "[storage][migration]")
{
    test::ScratchFolder folder;
    const QString path = copyOfFixture(folder);
    CHECK(versionOnDisk(path) == 1);
    const Result<Project> loaded = loadProject(path);
    INFO((loaded ? std::string() : loaded.error().message.toStdString()));
    REQUIRE(loaded);
    CHECK(loaded->title == QStringLiteral("generation 1"));
    CHECK(loaded->inventory.servers.size() == 2);
    CHECK(loaded->inventory.servers.at(0).meta.id == QStringLiteral("exchange_server-1"));
    CHECK(loaded->inventory.servers.at(1).name == QStringLiteral("g1-s200"));
    CHECK(loaded->inventory.organization.meta.id == QStringLiteral("organization"));
    CHECK(loaded->plan.tasks.size() == 2);
    CHECK(loaded->plan.routingGroupOrder ==
          QStringList{QStringLiteral("routing_group-2"), QStringLiteral("routing_group-1")});
    CHECK(loaded->connection.uri == QStringLiteral("g1-s0"));

    // Opened for editing, it is brought to the newest version and still holds the same project.
    ProjectDocument document;
    REQUIRE(document.open(path));
    CHECK(document.project() == *loaded);
    CHECK(versionOnDisk(path) == latestVersion(builtinMigrations()));
}

TEST_CASE("an older file is migrated step by step: in place for editing, in memory for reading", "[storage][migration]")
{
    test::ScratchFolder folder;
    const QString path = copyOfFixture(folder);
    const QList<Migration> migrations = withStep(QStringLiteral("9999_reviewers.sql"),
                                                 QStringLiteral("CREATE TABLE reviewer (name TEXT NOT NULL) STRICT;"
                                                                "INSERT INTO reviewer SELECT title FROM project;"));
    const int next = latestVersion(migrations);

    // Read-only: the file keeps its version and bytes; the migrated copy lives in memory.
    const QByteArray before = test::fileBytes(path);
    {
        Result<SqliteDatabase> db = openProjectDatabase(path, Access::ReadOnly, migrations);
        REQUIRE(db);
        bool ok = false;
        CHECK(db->queryInt(QStringLiteral("PRAGMA user_version"), &ok) == next);
        CHECK(db->queryText(QStringLiteral("SELECT name FROM reviewer"), &ok) == QStringLiteral("generation 1"));
        CHECK(readProject(*db, path));
    }
    CHECK(test::fileBytes(path) == before);
    CHECK(folder.entries() == QStringList{QStringLiteral("fixture.etplan")});

    // Read-write: the file itself reaches the new version.
    {
        Result<SqliteDatabase> db = openProjectDatabase(path, Access::ReadWrite, migrations);
        REQUIRE(db);
    }
    CHECK(versionOnDisk(path) == next);
    // This program does not know that version: it refuses the file.
    CHECK(loadProject(path).error().code == QStringLiteral("newer-version"));
}

TEST_CASE("a migration step that fails leaves the file byte for byte as it was", "[storage][migration]")
{
    test::ScratchFolder folder;
    const QString path = copyOfFixture(folder);
    const QByteArray before = test::fileBytes(path);
    // The step changes a lot before it fails, so the rollback has real work to undo.
    const QList<Migration> migrations = withStep(QStringLiteral("9999_broken.sql"),
                                                 QStringLiteral("CREATE TABLE scratch (x TEXT);"
                                                                "INSERT INTO scratch SELECT name FROM subnet;"
                                                                "DELETE FROM exchange_server;"
                                                                "UPDATE project SET title = 'half-migrated';"
                                                                "INSERT INTO table_that_does_not_exist VALUES (1);"));
    for (const Access access : {Access::ReadWrite, Access::ReadOnly}) {
        Result<SqliteDatabase> db = openProjectDatabase(path, access, migrations);
        REQUIRE_FALSE(db);
        CHECK(db.error().code == QStringLiteral("migration-failed"));
        CHECK(db.error().message.contains(QStringLiteral("fixture.etplan")));
        CHECK(db.error().message.contains(QStringLiteral("9999_broken.sql")));
    }
    CHECK(test::fileBytes(path) == before);
    CHECK(folder.entries() == QStringList{QStringLiteral("fixture.etplan")});
    CHECK(versionOnDisk(path) == 1);
    const Result<Project> loaded = loadProject(path);
    REQUIRE(loaded);
    CHECK(loaded->title == QStringLiteral("generation 1"));
    CHECK(loaded->inventory.servers.size() == 2);
}

namespace {

/// The step that keeps the sections discovery could not read; found by name, so it holds at any place in the chain.
const Migration &incompleteSectionsStep()
{
    for (const Migration &m : builtinMigrations()) {
        if (m.name.endsWith(QLatin1String("_incomplete_sections.sql")))
            return m;
    }
    FAIL("no incomplete_sections migration");
    return builtinMigrations().first();
}

bool hasTable(const QString &path, const QString &table)
{
    SqliteDatabase db;
    REQUIRE(db.open(path, SqliteDatabase::Mode::ReadOnly));
    bool ok = false;
    const qint64 count = db.queryInt(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'").arg(table), &ok);
    REQUIRE(ok);
    return count == 1;
}

} // namespace

TEST_CASE("the file of the version before incomplete sections opens, upgrades and then keeps them",
          "[storage][migration]")
{
    const Migration &step = incompleteSectionsStep();
    const QString before = QStringLiteral("project-v%1.etplan").arg(step.version - 1);
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("before.etplan"));
    REQUIRE(QFile::copy(test::dataPath(before), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(versionOnDisk(path) == step.version - 1);
    CHECK_FALSE(hasTable(path, QStringLiteral("section_incomplete")));

    // Read-only: the file is left as it was, the project reads with no incomplete section.
    const QByteArray bytes = test::fileBytes(path);
    const Result<Project> loaded = loadProject(path);
    REQUIRE(loaded);
    CHECK(loaded->inventory.incompleteSections.isEmpty());
    CHECK(test::fileBytes(path) == bytes);
    CHECK(versionOnDisk(path) == step.version - 1);

    // For editing: upgraded in place, every value and task state kept.
    ProjectDocument document;
    REQUIRE(document.open(path));
    REQUIRE_FALSE(document.isReadOnly());
    CHECK(versionOnDisk(path) == latestVersion(builtinMigrations()));
    CHECK(hasTable(path, QStringLiteral("section_incomplete")));
    CHECK(document.project() == *loaded);
    REQUIRE_FALSE(document.project().plan.tasks.isEmpty());

    // The upgraded file keeps incomplete sections across save and reopen.
    document.edit().inventory.incompleteSections.insert(QStringLiteral("security-groups"),
                                                        QStringLiteral("The global catalog was not read."));
    REQUIRE(document.save());
    document.close();
    const Result<Project> reopened = loadProject(path);
    REQUIRE(reopened);
    CHECK(reopened->inventory.incompleteSections ==
          QMap<QString, QString>{
              {QStringLiteral("security-groups"), QStringLiteral("The global catalog was not read.")}});
    CHECK(reopened->plan.tasks == loaded->plan.tasks);
}

namespace {

const Migration &stepNamed(const QString &suffix)
{
    for (const Migration &m : builtinMigrations()) {
        if (m.name.endsWith(suffix))
            return m;
    }
    FAIL("no migration named *" << suffix.toStdString());
    return builtinMigrations().first();
}

} // namespace

TEST_CASE("the file of the version before Internet-facing sites opens, upgrades and then keeps the mark",
          "[storage][migration]")
{
    const Migration &step = stepNamed(QStringLiteral("_internet_facing.sql"));
    const QString before = QStringLiteral("project-v%1.etplan").arg(step.version - 1);
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("before.etplan"));
    REQUIRE(QFile::copy(test::dataPath(before), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(versionOnDisk(path) == step.version - 1);

    // Read-only: the file is left as it was; no site is marked.
    const QByteArray bytes = test::fileBytes(path);
    const Result<Project> loaded = loadProject(path);
    REQUIRE(loaded);
    REQUIRE(loaded->inventory.sites.size() == 2);
    for (const AdSite &site : loaded->inventory.sites)
        CHECK_FALSE(site.internetFacing);
    CHECK(test::fileBytes(path) == bytes);

    // For editing: upgraded in place, every value (sites, incomplete sections, tasks) kept.
    ProjectDocument document;
    REQUIRE(document.open(path));
    REQUIRE_FALSE(document.isReadOnly());
    CHECK(versionOnDisk(path) == latestVersion(builtinMigrations()));
    CHECK(document.project() == *loaded);
    CHECK_FALSE(document.project().inventory.incompleteSections.isEmpty());
    REQUIRE_FALSE(document.project().plan.tasks.isEmpty());

    // The upgraded file keeps a site marked as Internet-facing across save and reopen.
    document.edit().inventory.sites[1].internetFacing = true;
    REQUIRE(document.save());
    document.close();
    const Result<Project> reopened = loadProject(path);
    REQUIRE(reopened);
    CHECK_FALSE(reopened->inventory.sites[0].internetFacing);
    CHECK(reopened->inventory.sites[1].internetFacing);
    CHECK(reopened->inventory.sites[1].name == loaded->inventory.sites[1].name);
    CHECK(reopened->plan.tasks == loaded->plan.tasks);
}

TEST_CASE("the fixture of the newest version opens with its incomplete sections and marked site",
          "[storage][migration]")
{
    const int newest = latestVersion(builtinMigrations());
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("newest.etplan"));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("project-v%1.etplan").arg(newest)), path));
    CHECK(versionOnDisk(path) == newest);
    const Result<Project> loaded = loadProject(path);
    INFO((loaded ? std::string() : loaded.error().message.toStdString()));
    REQUIRE(loaded);
    CHECK(loaded->title == QStringLiteral("generation 1"));
    CHECK(loaded->inventory.incompleteSections.keys() ==
          QStringList{QStringLiteral("expansion-servers"), QStringLiteral("functional-levels")});
    REQUIRE(loaded->inventory.sites.size() == 2);
    CHECK_FALSE(loaded->inventory.sites[0].internetFacing);
    CHECK(loaded->inventory.sites[1].internetFacing);
    // A program that knows one version less refuses it as newer.
    QList<Migration> older = builtinMigrations();
    older.removeLast();
    CHECK(openProjectDatabase(path, Access::ReadOnly, older).error().code == QStringLiteral("newer-version"));
}
