// The catalogues are complete: every translatable string in the sources has a finished German translation, filed
// under the context the code looks it up with, and the program speaks German when asked to.

#include "QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct LupdateRun {
    QString output;
    QString ts;
};

/// Runs lupdate over the sources into a copy of the committed catalogue, as the update_translations target does.
LupdateRun runLupdate(const QString &catalogue, const QStringList &extraOptions)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("catalogue.ts"));
    REQUIRE(QFile::copy(QStringLiteral(ETP_SOURCE_DIR "/translations/") + catalogue, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ETP_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    arguments << extraOptions << QStringLiteral("core") << QStringLiteral("render") << QStringLiteral("ui")
              << QStringLiteral("app") << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(ETP_LUPDATE_PATH), arguments);
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return {QString::fromLocal8Bit(lupdate.readAll()), QString::fromUtf8(file.readAll())};
}

QStringList unfinishedSources(const QString &ts)
{
    // Each message whose translation is unfinished, by its source text.
    static const QRegularExpression message(
        QStringLiteral(R"(<source>(.*?)</source>(?:(?!</message>).)*<translation[^>]*type="unfinished")"),
        QRegularExpression::DotMatchesEverythingOption);
    QStringList sources;
    for (auto it = message.globalMatch(ts); it.hasNext();)
        sources << it.next().captured(1);
    return sources;
}

} // namespace

TEST_CASE("every translatable string has a finished German translation", "[l10n]")
{
    const LupdateRun run = runLupdate(QStringLiteral("exchange-transition-planner_de.ts"), {});
    const QStringList unfinished = unfinishedSources(run.ts);
    INFO("untranslated: " << unfinished.mid(0, 20).join(QStringLiteral(" | ")).toStdString());
    CHECK(unfinished.size() == 0);
}

TEST_CASE("every translatable string is filed under the context the code looks it up with", "[l10n]")
{
    // lupdate files a tr() that is not a class member under a guessed context and says so; such strings would never
    // be found at run time.
    const LupdateRun run = runLupdate(QStringLiteral("exchange-transition-planner_de.ts"), {});
    const QStringList lines = run.output.split(QLatin1Char('\n'));
    QStringList misplaced;
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("lacks Q_OBJECT")) || line.contains(QLatin1String("Cannot invoke tr()")))
            misplaced << line;
    }
    INFO(misplaced.join(QLatin1Char('\n')).toStdString());
    CHECK(misplaced.isEmpty());
}

TEST_CASE("every English plural has its singular and plural forms", "[l10n]")
{
    const LupdateRun run =
        runLupdate(QStringLiteral("exchange-transition-planner_en.ts"), {QStringLiteral("-pluralonly")});
    CHECK(unfinishedSources(run.ts).isEmpty());
}

TEST_CASE("the program speaks German when asked to", "[l10n]")
{
    QProcess program;
    program.start(QStringLiteral(ETP_APP_PATH),
                  {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    REQUIRE(program.waitForFinished(30000));
    const QString german = QString::fromUtf8(program.readAllStandardOutput());
    program.start(QStringLiteral(ETP_APP_PATH),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    REQUIRE(program.waitForFinished(30000));
    const QString english = QString::fromUtf8(program.readAllStandardOutput());
    REQUIRE_FALSE(english.isEmpty());
    CHECK(german != english);
    CHECK(german.contains(QLatin1String("Projekt")));

    // A storage error, from core, in German.
    program.start(QStringLiteral(ETP_APP_PATH), {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("show"),
                                                 QStringLiteral("/nonexistent/folder/missing.etplan")});
    REQUIRE(program.waitForFinished(30000));
    CHECK(program.exitCode() == 1);
    const QString error = QString::fromUtf8(program.readAllStandardError());
    INFO(error.toStdString());
    CHECK(error.contains(QLatin1String("Projektdatei")));
}
