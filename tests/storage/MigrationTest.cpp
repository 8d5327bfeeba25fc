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
