// Save notices, before writing, that someone else replaced, changed or deleted the project file since it was opened
// or last saved, and writes only when asked to overwrite; Save As keeps both.

#include "StorageTestSupport.h"

#include "storage/ProjectDocument.h"
#include "storage/ProjectFile.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace etp;

namespace {

const QString kChanged = QStringLiteral("changed-on-disk");

/// A document editing `path` (a small project of generation 1), with one unsaved edit.
void openAndEdit(ProjectDocument &document, const QString &path)
{
    REQUIRE(saveProject(path, test::smallProject(1)));
    REQUIRE(document.open(path));
    REQUIRE_FALSE(document.isReadOnly());
    CHECK_FALSE(document.changedOnDisk());
    document.edit().title = QStringLiteral("our edit");
}

QString titleOf(const QString &path)
{
    const Result<Project> loaded = loadProject(path);
    REQUIRE(loaded);
    return loaded->title;
}

} // namespace

TEST_CASE("saving twice in a row is no conflict: the document's own saves are known", "[storage][document][changed]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("own.etplan"));
    ProjectDocument document;
    openAndEdit(document, path);
    REQUIRE(document.save());
    CHECK_FALSE(document.changedOnDisk());
    document.edit().title = QStringLiteral("second edit");
    REQUIRE(document.save());
    CHECK(titleOf(path) == QStringLiteral("second edit"));
}

TEST_CASE("a file written by someone else is not overwritten by Save unless asked", "[storage][document][changed]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("shared.etplan"));
    ProjectDocument document;
    openAndEdit(document, path);

    // Another program writes the file behind the document's back.
    test::runSql(path, QStringLiteral("UPDATE project SET title = 'their edit'"));
    CHECK(document.changedOnDisk());
    const QByteArray theirs = test::fileBytes(path);

    const Status refused = document.save();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == kChanged);
    CHECK(refused.error().message.contains(path));
    CHECK(refused.error().message.contains(QStringLiteral("Save As")));
    CHECK(test::fileBytes(path) == theirs); // nothing written
    CHECK(document.isModified());           // nothing of ours lost either

    // Overwrite, when the person chose it.
    REQUIRE(document.save(ProjectDocument::IfChanged::Overwrite));
    CHECK_FALSE(document.isModified());
    CHECK_FALSE(document.changedOnDisk());
    CHECK(titleOf(path) == QStringLiteral("our edit"));
    CHECK(folder.entries() == QStringList{QStringLiteral("shared.etplan"), QStringLiteral("shared.etplan.lock")});
}

TEST_CASE("a file replaced by another is kept when the document is saved under another name",
          "[storage][document][changed]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("replaced.etplan"));
    const QString other = folder.path(QStringLiteral("other.etplan"));
    const QString copy = folder.path(QStringLiteral("copy.etplan"));
    ProjectDocument document;
    openAndEdit(document, path);

    // Someone copies their own project over it (a new file renamed into place, as editors and file managers do).
    REQUIRE(saveProject(other, test::smallProject(7)));
    REQUIRE(std::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
    CHECK(document.changedOnDisk());
    CHECK(document.save().error().code == kChanged);
    CHECK(titleOf(path) == QStringLiteral("generation 7"));

    REQUIRE(document.saveAs(copy));
    CHECK(titleOf(copy) == QStringLiteral("our edit"));
    CHECK(titleOf(path) == QStringLiteral("generation 7"));
    CHECK_FALSE(document.changedOnDisk());

    // Choosing the changed file itself in Save As is the person's explicit choice to overwrite it.
    ProjectDocument second;
    openAndEdit(second, folder.path(QStringLiteral("again.etplan")));
    test::runSql(second.path(), QStringLiteral("UPDATE project SET title = 'their edit'"));
    REQUIRE(second.saveAs(second.path()));
    CHECK(titleOf(second.path()) == QStringLiteral("our edit"));
}

TEST_CASE("a file deleted while open is reported, and saved again only when asked", "[storage][document][changed]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("deleted.etplan"));
    ProjectDocument document;
    openAndEdit(document, path);
    REQUIRE(QFile::remove(path));
    CHECK(document.changedOnDisk());

    const Status refused = document.save();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == kChanged);
    CHECK(refused.error().message.contains(QStringLiteral("deleted")));
    CHECK_FALSE(QFileInfo::exists(path));

    REQUIRE(document.save(ProjectDocument::IfChanged::Overwrite));
    CHECK(titleOf(path) == QStringLiteral("our edit"));
}

TEST_CASE("a file replaced by something that is not a project is overwritten whole when asked",
          "[storage][document][changed]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("text.etplan"));
    ProjectDocument document;
    openAndEdit(document, path);
    test::writeBytes(path, "not a project any more\n");
    CHECK(document.save().error().code == kChanged);
    CHECK(test::fileBytes(path) == "not a project any more\n");
    REQUIRE(document.save(ProjectDocument::IfChanged::Overwrite));
    CHECK(titleOf(path) == QStringLiteral("our edit"));
}
