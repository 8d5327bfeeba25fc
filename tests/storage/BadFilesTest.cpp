#include "StorageTestSupport.h"

#include "storage/ProjectDocument.h"
#include "storage/ProjectFile.h"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace etp;

namespace {

/// Opens `path` both ways a user can (read-only and for editing) and returns the error code; both must fail alike,
/// naming the file, and leave the file as it was.
QString openError(const QString &path)
{
    const QByteArray before =
        QFileInfo::exists(path) && QFileInfo(path).isFile() ? test::fileBytes(path) : QByteArray();
    const Result<Project> loaded = loadProject(path);
    REQUIRE_FALSE(loaded);
    INFO(loaded.error().message.toStdString());
    CHECK(loaded.error().message.contains(QFileInfo(path).fileName()));

    ProjectDocument document;
    const Status opened = document.open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == loaded.error().code);
    CHECK(document.path().isEmpty());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    if (QFileInfo(path).isFile())
        CHECK(test::fileBytes(path) == before);
    return loaded.error().code;
}

} // namespace

TEST_CASE("a missing file is reported as not found", "[storage][errors]")
{
    test::ScratchFolder folder;
    CHECK(openError(folder.path(QStringLiteral("missing.etplan"))) == QStringLiteral("not-found"));
}

TEST_CASE("a folder or an unreadable file is reported as not readable", "[storage][errors]")
{
    test::ScratchFolder folder;
    const QString directory = folder.path(QStringLiteral("folder.etplan"));
    REQUIRE(QDir().mkdir(directory));
    CHECK(openError(directory) == QStringLiteral("not-readable"));

    if (::geteuid() != 0) { // root reads every file whatever its mode
        const QString path = folder.path(QStringLiteral("secret.etplan"));
        REQUIRE(saveProject(path, Project()));
        REQUIRE(QFile::setPermissions(path, QFile::WriteOwner));
        CHECK(openError(path) == QStringLiteral("not-readable"));
    }
}

TEST_CASE("a text file and an empty file are reported as not SQLite", "[storage][errors]")
{
    test::ScratchFolder folder;
    const QString text = folder.path(QStringLiteral("notes.etplan"));
    test::writeBytes(text, QByteArray("name,site\nEXCH01,Berlin\n").repeated(100));
    CHECK(openError(text) == QStringLiteral("not-sqlite"));

    const QString empty = folder.path(QStringLiteral("empty.etplan"));
    test::writeBytes(empty, QByteArray());
    CHECK(openError(empty) == QStringLiteral("not-sqlite"));
}

TEST_CASE("a truncated project file is reported as truncated", "[storage][errors]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("cut.etplan"));
    REQUIRE(saveProject(path, test::smallProject()));
    const QByteArray whole = test::fileBytes(path);
    REQUIRE(whole.size() > 8192);

    for (const qsizetype size :
         {qsizetype(10), qsizetype(60), whole.size() / 2, whole.size() - 4096, whole.size() - 1}) {
        INFO("cut to " << size << " of " << whole.size() << " bytes");
        test::writeBytes(path, whole.left(size));
        CHECK(openError(path) == QStringLiteral("truncated"));
    }
}

TEST_CASE("a damaged project file is reported as damaged", "[storage][errors]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("damaged.etplan"));
    REQUIRE(saveProject(path, test::smallProject()));
    QByteArray bytes = test::fileBytes(path);
    // Overwrite the b-tree pages after the first with noise: the header stays valid, the content does not.
    for (qsizetype i = 4096; i < bytes.size(); i += 7)
        bytes[i] = char(0xA5 ^ (i & 0xff));
    test::writeBytes(path, bytes);
    CHECK(openError(path) == QStringLiteral("corrupt"));
}

TEST_CASE("another program's SQLite database is reported as foreign", "[storage][errors]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("other.etplan"));
    test::runSql(path, QStringLiteral("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x');"));
    CHECK(openError(path) == QStringLiteral("foreign"));

    // Another program's id in a file that looks like ours otherwise.
    const QString marked = folder.path(QStringLiteral("marked.etplan"));
    REQUIRE(saveProject(marked, Project()));
    test::runSql(marked, QStringLiteral("PRAGMA application_id = 1234"));
    CHECK(openError(marked) == QStringLiteral("foreign"));

    // Saving refuses to overwrite it.
    const QByteArray before = test::fileBytes(path);
    const Status saved = saveProject(path, test::smallProject());
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == QStringLiteral("foreign"));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("a file from a newer version is refused with its version named", "[storage][errors]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("future.etplan"));
    REQUIRE(saveProject(path, test::smallProject()));
    test::runSql(path, QStringLiteral("PRAGMA user_version = 99; CREATE TABLE hologram (x INTEGER);"));
    const Result<Project> loaded = loadProject(path);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().message.contains(QStringLiteral("99")));
    CHECK(openError(path) == QStringLiteral("newer-version"));
    const QByteArray before = test::fileBytes(path);
    CHECK(saveProject(path, Project()).error().code == QStringLiteral("newer-version"));
    CHECK(test::fileBytes(path) == before);
}
