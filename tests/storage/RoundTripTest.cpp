#include "StorageTestSupport.h"

#include "storage/ProjectDocument.h"
#include "storage/ProjectFile.h"

#include <catch2/catch.hpp>

using namespace etp;

namespace {

/// Every text field of every inventory object.
QStringList allTexts(const Project &project)
{
    QStringList texts;
    project.inventory.collections([&](const auto &list) {
        for (const auto &object : list) {
            visitFields(object, [&](const char *, const auto &value) {
                if constexpr (std::is_same_v<std::decay_t<decltype(value)>, QString>)
                    texts.append(value);
            });
        }
    });
    return texts;
}

} // namespace

TEST_CASE("every part of a filled project survives save and reopen unchanged", "[storage][roundtrip]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("filled.etplan"));
    const Project project = test::smallProject(7);
    // The sample really holds the awkward text the issue names.
    const QStringList texts = allTexts(project);
    for (const QString &awkward : test::awkwardTexts()) {
        CHECK(std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.endsWith(awkward); }));
    }

    REQUIRE(saveProject(path, project));
    const Result<Project> loaded = loadProject(path);
    REQUIRE(loaded);
    CHECK(loaded->title == project.title);
    CHECK(loaded->inventory.servers == project.inventory.servers);
    CHECK(loaded->inventory.organization == project.inventory.organization);
    CHECK(loaded->inventory.sectionNotes == project.inventory.sectionNotes);
    CHECK(loaded->inventory.incompleteSections == project.inventory.incompleteSections);
    CHECK_FALSE(loaded->inventory.incompleteSections.isEmpty());
    CHECK(loaded->plan == project.plan);
    CHECK(loaded->connection == project.connection);
    CHECK(loaded->inventory == project.inventory);
    CHECK(*loaded == project);
    // Nothing but the project file is left in the folder: no lock, journal or temporary file.
    CHECK(folder.entries() == QStringList{QStringLiteral("filled.etplan")});
}

TEST_CASE("each awkward text survives as an object name, a list item, a note and a title", "[storage][roundtrip]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("awkward.etplan"));
    for (const QString &text : test::awkwardTexts()) {
        INFO(text.left(60).toStdString());
        Project project;
        project.title = text;
        ExchangeServer server;
        server.meta = typedMeta();
        server.name = text;
        server.addresses = {text, text};
        project.inventory.servers.append(server);
        project.inventory.sectionNotes.insert(enumName(Section::Servers), text);
        REQUIRE(saveProject(path, project));
        const Result<Project> loaded = loadProject(path);
        REQUIRE(loaded);
        CHECK(*loaded == project);
        CHECK(loaded->inventory.servers.at(0).name.size() == text.size());
    }
}

TEST_CASE("an empty project and a project saved twice in place reopen unchanged", "[storage][roundtrip]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("twice.etplan"));
    REQUIRE(saveProject(path, Project()));
    Result<Project> loaded = loadProject(path);
    REQUIRE(loaded);
    CHECK(*loaded == Project());

    // In place over a bigger project: rows from the first save must not survive the second.
    REQUIRE(saveProject(path, test::smallProject(1)));
    Project smaller = test::smallProject(2);
    smaller.inventory.subnets.removeLast();
    smaller.plan.tasks.clear();
    REQUIRE(saveProject(path, smaller));
    loaded = loadProject(path);
    REQUIRE(loaded);
    CHECK(*loaded == smaller);
}

TEST_CASE("a document keeps edits in memory until save", "[storage][document]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("edit.etplan"));
    REQUIRE(saveProject(path, test::smallProject(1)));
    const QByteArray before = test::fileBytes(path);

    ProjectDocument document;
    QList<bool> modifiedSignals;
    QObject::connect(&document, &ProjectDocument::modifiedChanged,
                     [&](bool modified) { modifiedSignals.append(modified); });
    REQUIRE(document.open(path));
    CHECK_FALSE(document.isReadOnly());
    CHECK_FALSE(document.isModified());
    CHECK(document.project() == test::smallProject(1));

    document.edit().title = QStringLiteral("renamed, \"quoted\" \\ <b>");
    CHECK(document.isModified());
    CHECK(test::fileBytes(path) == before); // an edit alone writes nothing

    REQUIRE(document.save());
    CHECK_FALSE(document.isModified());
    CHECK(modifiedSignals == QList<bool>{true, false});
    const Result<Project> loaded = loadProject(path);
    REQUIRE(loaded);
    CHECK(loaded->title == QStringLiteral("renamed, \"quoted\" \\ <b>"));
    CHECK(*loaded == document.project());
}

TEST_CASE("save as writes a new file, moves the lock there and keeps editing it", "[storage][document]")
{
    test::ScratchFolder folder;
    const QString first = folder.path(QStringLiteral("first.etplan"));
    const QString second = folder.path(QStringLiteral("second.etplan"));

    ProjectDocument document;
    CHECK(document.save().error().code == QStringLiteral("no-path"));
    document.setProject(test::smallProject(3));
    REQUIRE(document.saveAs(first));
    CHECK(document.path() == QFileInfo(first).absoluteFilePath());
    CHECK(QFileInfo::exists(first + QStringLiteral(".lock")));

    document.edit().title = QStringLiteral("second copy");
    REQUIRE(document.saveAs(second));
    CHECK_FALSE(QFileInfo::exists(first + QStringLiteral(".lock")));
    CHECK(QFileInfo::exists(second + QStringLiteral(".lock")));
    CHECK(folder.entries() == QStringList{QStringLiteral("first.etplan"), QStringLiteral("second.etplan"),
                                          QStringLiteral("second.etplan.lock")});
    Result<Project> loaded = loadProject(first);
    REQUIRE(loaded);
    CHECK(loaded->title == QStringLiteral("generation 3"));
    loaded = loadProject(second);
    REQUIRE(loaded);
    CHECK(loaded->title == QStringLiteral("second copy"));

    // Save As over an existing project replaces it whole.
    REQUIRE(saveProject(folder.path(QStringLiteral("third.etplan")), test::smallProject(9)));
    REQUIRE(document.saveAs(folder.path(QStringLiteral("third.etplan"))));
    loaded = loadProject(folder.path(QStringLiteral("third.etplan")));
    REQUIRE(loaded);
    CHECK(*loaded == document.project());
}
