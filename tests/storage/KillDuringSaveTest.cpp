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
/// At least this many kills...
constexpr int kKills = 60;
/// ...and at least this many that hit the moment the file itself is written (the journal is hot then: SQLite
/// writes the database only after the journal is complete and synced, at commit), within kMaxKills.
constexpr int kInterruptedSaves = 3;
constexpr int kMaxKills = 400;

/// Follows the saver's "begin N" / "end N" lines: the last committed generation and how long a save takes.
class SaverLog {
public:
    explicit SaverLog(QProcess &process)
        : m_process(process)
    {
        m_clock.start();
    }

    /// Reads what the saver printed; waits up to `timeoutMs` for something new.
    void poll(int timeoutMs)
    {
        m_process.waitForReadyRead(timeoutMs);
        read();
    }
    /// Reads what the saver printed (after it was killed, too).
    void read()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = m_buffer.left(newline).split(' ');
            m_buffer.remove(0, newline + 1);
            if (words.size() != 2)
                continue;
            const int generation = words.at(1).toInt();
            if (words.at(0) == "begin") {
                m_begun = generation;
                m_beganAt = m_clock.elapsed();
            } else if (words.at(0) == "end") {
                m_committed = generation;
                if (m_begun == generation)
                    m_saveMs = std::max<qint64>(1, m_clock.elapsed() - m_beganAt);
            }
        }
    }

    int committed() const { return m_committed; }
    int begun() const { return m_begun; }
    qint64 saveMs() const { return m_saveMs; }

private:
    QProcess &m_process;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    int m_committed = -1;
    int m_begun = -1;
    qint64 m_beganAt = 0;
    qint64 m_saveMs = 1;
};

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
    int kill = 0;
    for (; (kill < kKills || interruptedSaves < kInterruptedSaves) && kill < kMaxKills; ++kill) {
        INFO("kill " << kill);
        QProcess saver;
        saver.start(QStringLiteral(ETP_SAVE_LOOP_PATH),
                    {path, QString::number(kObjectsPerCollection), QString::number(nextGeneration)});
        REQUIRE(saver.waitForStarted());
        SaverLog log(saver);
        // Let at least one save complete, so a saved state exists.
        QElapsedTimer waited;
        waited.start();
        while (log.committed() < nextGeneration && waited.elapsed() < 30000) {
            log.poll(100);
            INFO(saver.readAllStandardError().toStdString());
            REQUIRE(saver.state() == QProcess::Running);
        }
        REQUIRE(log.committed() >= nextGeneration);
        if (kill % 2 == 0) {
            // Aimed: wait for the next save to begin, then kill within about the time a save takes.
            const int after = log.committed();
            while (log.begun() <= after && waited.elapsed() < 30000)
                log.poll(100);
            QThread::usleep(random.bounded(quint32(log.saveMs() * 1500)));
        } else {
            // Anywhere in the loop: building the next project, opening, writing, committing.
            QThread::usleep(random.bounded(150000));
        }
        ::kill(pid_t(saver.processId()), SIGKILL);
        REQUIRE(saver.waitForFinished(10000));
        CHECK(saver.exitStatus() == QProcess::CrashExit);
        log.read();
        const int reported = log.committed();

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
    INFO("kills: " << kill << ", of which interrupted the writing of the file: " << interruptedSaves);
    CHECK(kill >= kKills);
    CHECK(interruptedSaves >= kInterruptedSaves);
}
