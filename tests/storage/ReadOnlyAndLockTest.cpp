#include "StorageTestSupport.h"

#include "storage/ProjectDocument.h"
#include "storage/ProjectFile.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QThread>

using namespace etp;

namespace {

/// What a read-only open must leave alone: the bytes, the modification time and the folder's listing.
struct Snapshot {
    QByteArray bytes;
    QDateTime modified;
    QStringList entries;
};

Snapshot snapshot(const test::ScratchFolder &folder, const QString &path)
{
    return Snapshot{test::fileBytes(path), test::modificationTime(path), folder.entries()};
}

void checkUnchanged(const test::ScratchFolder &folder, const QString &path, const Snapshot &before)
{
    CHECK(test::fileBytes(path) == before.bytes);
    CHECK(test::modificationTime(path) == before.modified);
    CHECK(folder.entries() == before.entries);
}

} // namespace

TEST_CASE("a read-only open changes no byte or time and creates no file beside the project", "[storage][readonly]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("review.etplan"));
    REQUIRE(saveProject(path, test::smallProject(4)));
    const Snapshot before = snapshot(folder, path);
    QThread::msleep(20); // a changed time would show

    const Result<Project> loaded = loadProject(path);
    REQUIRE(loaded);
    CHECK(*loaded == test::smallProject(4));
    checkUnchanged(folder, path, before);

    ProjectDocument document;
    REQUIRE(document.openReadOnly(path));
    CHECK(document.isReadOnly());
    CHECK_FALSE(document.readOnlyReason().isEmpty());
    CHECK(document.project() == test::smallProject(4));
    checkUnchanged(folder, path, before);

    // Saving a read-only document is refused; nothing is written.
    document.edit().title = QStringLiteral("changed");
    const Status saved = document.save();
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == QStringLiteral("read-only"));
    checkUnchanged(folder, path, before);
}

TEST_CASE("a read-only open works on a write-protected file", "[storage][readonly]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("protected.etplan"));
    REQUIRE(saveProject(path, test::smallProject(5)));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const Snapshot before = snapshot(folder, path);
    const Result<Project> loaded = loadProject(path);
    REQUIRE(loaded);
    CHECK(*loaded == test::smallProject(5));
    checkUnchanged(folder, path, before);
}

TEST_CASE("a second editor gets the project read-only with the reason", "[storage][lock]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("shared.etplan"));
    REQUIRE(saveProject(path, test::smallProject(6)));

    auto first = std::make_unique<ProjectDocument>();
    REQUIRE(first->open(path));
    CHECK_FALSE(first->isReadOnly());
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    const Snapshot before = snapshot(folder, path);

    ProjectDocument second;
    REQUIRE(second.open(path));
    CHECK(second.isReadOnly());
    INFO(second.readOnlyReason().toStdString());
    CHECK(second.readOnlyReason().contains(QStringLiteral("shared.etplan")));
    CHECK(second.readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(second.project() == test::smallProject(6));
    checkUnchanged(folder, path, before);

    // saveProject refuses while the first editor holds the lock.
    const Status saved = saveProject(path, Project());
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == QStringLiteral("locked"));
    CHECK(saved.error().message.contains(QStringLiteral("shared.etplan")));
    checkUnchanged(folder, path, before);

    // The first editor still saves; the reviewer's copy stays as it was opened.
    first->edit().title = QStringLiteral("edited by the first");
    REQUIRE(first->save());
    CHECK(second.project().title == QStringLiteral("generation 6"));

    // Closing the first editor releases the lock: the next editor may edit.
    first.reset();
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    ProjectDocument third;
    REQUIRE(third.open(path));
    CHECK_FALSE(third.isReadOnly());
    CHECK(third.project().title == QStringLiteral("edited by the first"));
}

TEST_CASE("a lock left by a process that no longer runs is taken over", "[storage][lock]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("stale.etplan"));
    REQUIRE(saveProject(path, test::smallProject()));
    // A lock file as QLockFile writes it, for a process id that cannot be running.
    test::writeBytes(path + QStringLiteral(".lock"), QByteArray("2147483000\nexchange-transition-planner\n") +
                                                         QSysInfo::machineHostName().toUtf8() + QByteArray("\n"));
    ProjectDocument document;
    REQUIRE(document.open(path));
    CHECK_FALSE(document.isReadOnly());
    document.close();

    // An empty lock file: its owner was killed between creating it and writing its process id.
    test::writeBytes(path + QStringLiteral(".lock"), QByteArray());
    REQUIRE(document.open(path));
    CHECK_FALSE(document.isReadOnly());
}

TEST_CASE("an editor may reopen its own file and close it to release the lock", "[storage][lock]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("reopen.etplan"));
    REQUIRE(saveProject(path, test::smallProject(2)));

    ProjectDocument document;
    REQUIRE(document.open(path));
    document.edit().title = QStringLiteral("unsaved");
    // Reopening (reverting) keeps the document editable: its own lock is no other editor.
    REQUIRE(document.open(path));
    CHECK_FALSE(document.isReadOnly());
    CHECK_FALSE(document.isModified());
    CHECK(document.project().title == QStringLiteral("generation 2"));

    document.close();
    CHECK(document.path().isEmpty());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK(folder.entries() == QStringList{QStringLiteral("reopen.etplan")});
    REQUIRE(saveProject(path, test::smallProject(3)));
}
