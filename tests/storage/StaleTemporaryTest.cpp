// A save killed before its rename leaves its hidden new file (and journal) beside the project: the next save or
// open for editing of that project removes those whose process is gone, and nothing else.

#include "StorageTestSupport.h"

#include "storage/ProjectDocument.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectSaver.h"

#include <QCoreApplication>
#include <QProcess>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace etp;

namespace {

/// The id of a process that ran and has ended (its id is free again).
qint64 endedProcessId()
{
    QProcess process;
    process.start(QStringLiteral("/bin/true"), {});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    return pid;
}

struct Leftovers {
    QStringList stale;  ///< of this project's naming, process gone: removed
    QStringList others; ///< anything else: kept
};

/// Leaves files beside `project` (in `folder`) as killed saves and other programs would.
Leftovers leaveFiles(const test::ScratchFolder &folder, const QString &project)
{
    const QString dead = QString::number(endedProcessId());
    const QString live = QString::number(qint64(::getppid()));
    const QString own = QString::number(QCoreApplication::applicationPid());
    Leftovers files;
    files.stale = {QStringLiteral(".%1.%2-0123456789ab.tmp").arg(project, dead),
                   QStringLiteral(".%1.%2-0123456789ab.tmp-journal").arg(project, dead),
                   QStringLiteral(".%1.%2-fedcba987654.tmp").arg(project, dead)};
    files.others = {
        QStringLiteral(".%1.%2-00112233aabb.tmp").arg(project, live),  // a save under way in a live process
        QStringLiteral(".%1.%2-00112233aabc.tmp").arg(project, own),   // this process's own
        QStringLiteral(".other.etplan.%1-0123456789ab.tmp").arg(dead), // another project's
        QStringLiteral(".%1.%2-0123456789ab.tmp.keep").arg(project, dead),
        QStringLiteral(".%1.%2-0123456789AB.tmp").arg(project, dead), // not our spelling
        QStringLiteral(".%1.notapid-0123456789ab.tmp").arg(project),
        QStringLiteral("%1.%2-0123456789ab.tmp").arg(project, dead), // not hidden
        QStringLiteral(".%1.backup").arg(project),
    };
    for (const QString &name : files.stale + files.others)
        test::writeBytes(folder.path(name), "left over");
    return files;
}

void checkOnlyStaleRemoved(const test::ScratchFolder &folder, const Leftovers &files)
{
    const QStringList entries = folder.entries();
    for (const QString &name : files.stale) {
        INFO(name.toStdString());
        CHECK_FALSE(entries.contains(name));
    }
    for (const QString &name : files.others) {
        INFO(name.toStdString());
        CHECK(entries.contains(name));
    }
}

} // namespace

TEST_CASE("the temporary file name carries the process id", "[storage][temporary]")
{
    const QString name = QFileInfo(storage::temporaryPathFor(QStringLiteral("/x/p.etplan"))).fileName();
    CHECK(name.startsWith(QStringLiteral(".p.etplan.%1-").arg(QCoreApplication::applicationPid())));
    CHECK(name.endsWith(QStringLiteral(".tmp")));
}

TEST_CASE("a first save removes what killed first saves of the same project left", "[storage][temporary]")
{
    test::ScratchFolder folder;
    const Leftovers files = leaveFiles(folder, QStringLiteral("p.etplan"));
    REQUIRE(saveProject(folder.path(QStringLiteral("p.etplan")), test::smallProject(1)));
    checkOnlyStaleRemoved(folder, files);
    REQUIRE(loadProject(folder.path(QStringLiteral("p.etplan"))));
}

TEST_CASE("a save in place removes them too", "[storage][temporary]")
{
    test::ScratchFolder folder;
    REQUIRE(saveProject(folder.path(QStringLiteral("p.etplan")), test::smallProject(1)));
    const Leftovers files = leaveFiles(folder, QStringLiteral("p.etplan"));
    REQUIRE(saveProject(folder.path(QStringLiteral("p.etplan")), test::smallProject(2)));
    checkOnlyStaleRemoved(folder, files);
}

TEST_CASE("opening for editing removes them, opening read-only leaves every file alone", "[storage][temporary]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("p.etplan"));
    REQUIRE(saveProject(path, test::smallProject(1)));
    const Leftovers files = leaveFiles(folder, QStringLiteral("p.etplan"));
    const QStringList before = folder.entries();
    {
        ProjectDocument reviewer;
        REQUIRE(reviewer.openReadOnly(path));
        REQUIRE(loadProject(path));
    }
    CHECK(folder.entries() == before);

    ProjectDocument editor;
    REQUIRE(editor.open(path));
    REQUIRE_FALSE(editor.isReadOnly());
    checkOnlyStaleRemoved(folder, files);
}
