// The installed desktop files: what `cmake --install` puts in place, and that shared-mime-info recognises a project
// file by its name and by its content. Runs in its own program: XDG_DATA_DIRS must be set before the MIME database
// is first used.
#include "QtStringMakers.h"
#include "sample/SampleOrganization.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

int runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

TEST_CASE("cmake --install puts the binary, the desktop entry, the icon and the MIME type in place", "[desktop]")
{
    QTemporaryDir prefix;
    REQUIRE(prefix.isValid());
    REQUIRE(runTool(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(ETP_BINARY_DIR),
                                              QStringLiteral("--prefix"), prefix.path()}) == 0);
    const QDir root(prefix.path());
    CHECK(QFileInfo(root.filePath(QStringLiteral("bin/exchange-transition-planner"))).isExecutable());
    CHECK(QFileInfo::exists(root.filePath(QStringLiteral("share/icons/hicolor/scalable/apps/"
                                                         "exchange-transition-planner.svg"))));
    CHECK(QFileInfo::exists(root.filePath(QStringLiteral("share/icons/hicolor/256x256/apps/"
                                                         "exchange-transition-planner.png"))));
    CHECK(QFileInfo::exists(root.filePath(QStringLiteral("share/mime/packages/exchange-transition-planner.xml"))));

    const QString desktopPath = root.filePath(QStringLiteral("share/applications/exchange-transition-planner.desktop"));
    REQUIRE(QFileInfo::exists(desktopPath));
    QSettings desktop(desktopPath, QSettings::IniFormat);
    desktop.beginGroup(QStringLiteral("Desktop Entry"));
    CHECK(desktop.value(QStringLiteral("Type")).toString() == QLatin1String("Application"));
    CHECK(desktop.value(QStringLiteral("Exec")).toString() == QLatin1String("exchange-transition-planner %f"));
    CHECK(desktop.value(QStringLiteral("Icon")).toString() == QLatin1String("exchange-transition-planner"));
    CHECK(desktop.value(QStringLiteral("MimeType")).toString().startsWith(QLatin1String("application/x-etplan")));
}

TEST_CASE("shared-mime-info knows a project file by its name and by its content", "[desktop]")
{
    QTemporaryDir data;
    REQUIRE(data.isValid());
    const QDir dir(data.path());
    REQUIRE(dir.mkpath(QStringLiteral("mime/packages")));
    // One database holding the system's types and ours, as after installing into /usr/share and running
    // update-mime-database. (Qt 6.4 does not weigh magic priorities across several databases: with ours in a
    // separate directory ahead of the system's, the system's plain SQLite rule wins there.)
    REQUIRE(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        dir.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))));
    REQUIRE(QFile::copy(QStringLiteral(ETP_SOURCE_DIR "/resources/exchange-transition-planner.xml"),
                        dir.filePath(QStringLiteral("mime/packages/exchange-transition-planner.xml"))));
    REQUIRE(runTool(QStringLiteral("update-mime-database"), {dir.filePath(QStringLiteral("mime"))}) == 0);
    qputenv("XDG_DATA_DIRS", data.path().toLocal8Bit());

    // A project saved by the program, under a name without the extension: the content decides.
    const QString project = dir.filePath(QStringLiteral("renamed-project"));
    REQUIRE(etp::saveProject(project, etp::sampleProject()).ok());
    // Another SQLite database, made by the sqlite3 shell, is not a project.
    const QString foreign = dir.filePath(QStringLiteral("other-database"));
    REQUIRE(runTool(QStringLiteral("sqlite3"), {foreign, QStringLiteral("CREATE TABLE t(x);")}) == 0);

    const QMimeDatabase mime;
    CHECK(mime.mimeTypeForFile(QStringLiteral("plan.etplan"), QMimeDatabase::MatchExtension).name() ==
          QLatin1String("application/x-etplan"));
    CHECK(mime.mimeTypeForFile(project, QMimeDatabase::MatchContent).name() == QLatin1String("application/x-etplan"));
    CHECK(mime.mimeTypeForFile(foreign, QMimeDatabase::MatchContent).name() ==
          QLatin1String("application/vnd.sqlite3"));
    CHECK(mime.mimeTypeForName(QStringLiteral("application/x-etplan")).comment() ==
          QLatin1String("Exchange Transition Planner project"));
}
