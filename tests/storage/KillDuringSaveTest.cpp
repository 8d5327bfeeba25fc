#include "StorageTestSupport.h"

#include "storage/FileInspector.h"
#include "storage/ProjectDocument.h"
#include "storage/ProjectFile.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace etp;

namespace {

constexpr int kObjectsPerCollection = 20;
constexpr int kKills = 60;

/// Reads the generations the saver reported as committed so far.
int lastReported(QProcess &process, int previous)
{
    int last = previous;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        bool ok = false;
        const int generation = line.trimmed().toInt(&ok);
        if (ok)
            last = generation;
    }
    return last;
}

} // namespace

TEST_CASE("a save killed with SIGKILL at random moments leaves a file with one complete saved state",
          "[storage][crash]")
{
    test::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("killed.etplan"));
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("random seed " << seed);
    QRandomGenerator random(seed);

    int nextGeneration = 1;
    int interruptedSaves = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        INFO("kill " << kill);
        QProcess saver;
        saver.start(QStringLiteral(ETP_SAVE_LOOP_PATH),
                    {path, QString::number(kObjectsPerCollection), QString::number(nextGeneration)});
        REQUIRE(saver.waitForStarted());
        // Let at least one save complete, so a saved state exists, then kill at a random moment of the loop.
        int reported = -1;
        QElapsedTimer waited;
        waited.start();
        while (reported < 0 && waited.elapsed() < 30000) {
            saver.waitForReadyRead(100);
            reported = lastReported(saver, reported);
            INFO(saver.readAllStandardError().toStdString());
            REQUIRE(saver.state() == QProcess::Running);
        }
        REQUIRE(reported >= nextGeneration);
        QThread::usleep(random.bounded(150000));
        ::kill(pid_t(saver.processId()), SIGKILL);
        REQUIRE(saver.waitForFinished(10000));
        CHECK(saver.exitStatus() == QProcess::CrashExit);
        reported = lastReported(saver, reported);

        // A save was under way: a reader is told so and nothing is changed for it. (A journal the saver had only
        // begun, empty or without a valid header, is no interrupted save: the file itself is untouched then.)
        if (QFileInfo::exists(storage::journalPath(path))) {
            const QByteArray bytes = test::fileBytes(path);
            const Result<Project> early = loadProject(path);
            if (!early) {
                CHECK(early.error().code == QStringLiteral("interrupted-save"));
                CHECK(early.error().message.contains(QStringLiteral("killed.etplan")));
                ++interruptedSaves;
            }
            CHECK(test::fileBytes(path) == bytes);
        }

        // An editor opens it (rolling back the interrupted save, taking over the dead saver's lock).
        int generation = -1;
        {
            ProjectDocument document;
            const Status opened = document.open(path);
            INFO((opened ? std::string() : opened.error().message.toStdString()));
            REQUIRE(opened);
            CHECK_FALSE(document.isReadOnly());
            generation = test::generationOf(document.project());
            INFO("reported " << reported << ", found " << generation);
            // The last reported generation, or the next one when it committed before it could be reported.
            CHECK((generation == reported || generation == reported + 1));
            test::FillOptions options;
            options.objectsPerCollection = kObjectsPerCollection;
            options.generation = generation;
            CHECK(document.project() == test::filledProject(options));
        }
        const Result<Project> reopened = loadProject(path);
        REQUIRE(reopened);
        CHECK(test::generationOf(*reopened) == generation);
        nextGeneration = std::max(generation, reported) + 1;
    }
    INFO("kills that interrupted a save: " << interruptedSaves);
    CHECK(interruptedSaves > 0);
}
