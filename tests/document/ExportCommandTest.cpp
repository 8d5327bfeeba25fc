// `export` as a person runs it: the real executable, without a display, on a real project file; PDFs read back with
// pdftotext.

#include "AppRunner.h"
#include "DocumentTestSupport.h"
#include "QtStringMakers.h"

#include "plan/Planner.h"
#include "rules/RuleCatalog.h"
#include "storage/ProjectFile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;

namespace {

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString sampleFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.etplan"));
    const AppRun made = runApp({QStringLiteral("sample"), QStringLiteral("--out"), path});
    REQUIRE(made.exitCode == 0);
    return path;
}

QString readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString pdfInfo(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("The sample's PDF holds every task key, every blocker and its page numbers, no row split", "[export]")
{
    QTemporaryDir dir;
    const QString project = sampleFile(dir);
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    const AppRun run = runApp({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("pdf"),
                               QStringLiteral("--out"), pdf},
                              {{QStringLiteral("DISPLAY"), QString()}});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const QString text = pdfText(pdf);
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    const int count = int(pages.size());
    REQUIRE(count > 3);
    CHECK(pdfInfo(pdf).contains(QStringLiteral("Pages:           %1").arg(count)));
    CHECK(pdfInfo(pdf).contains(QStringLiteral("(A4)")));
    for (int page = 1; page <= count; ++page)
        CHECK(pages.at(page - 1).contains(QStringLiteral("Page %1 of %2").arg(page).arg(count)));
    CHECK(pages.at(1).contains(QStringLiteral("Contents")));

    const Result<Project> loaded = loadProject(project);
    REQUIRE(loaded);
    const Plan plan = buildPlan(*loaded, evaluateRules(*loaded));
    QStringList squeezedPages;
    for (const QString &page : pages)
        squeezedPages.append(squeezed(page));
    const QString all = squeezedPages.join(QString());
    auto onOnePage = [&](const QString &value, const QString &also = {}) {
        const QString needle = squeezed(value);
        return std::any_of(squeezedPages.cbegin(), squeezedPages.cend(),
                           [&](const QString &page) { return page.contains(needle) && page.contains(squeezed(also)); });
    };
    int tasks = 0;
    for (const Phase &phase : plan.phases) {
        for (const Task &task : phase.tasks) {
            ++tasks;
            CHECK(all.contains(squeezed(task.key)));
            CHECK(onOnePage(task.title + task.key));
        }
    }
    CHECK(tasks > 20);
    int blockers = 0;
    for (const Finding &finding : plan.findings) {
        if (finding.severity != Severity::Blocker && !(finding.severity == Severity::Manual && finding.isHolding()))
            continue;
        ++blockers;
        // A row never splits: its rule, subject and message stay on one page.
        CHECK(onOnePage(finding.subject + finding.message, finding.rule));
    }
    CHECK(blockers > 0);
}

TEST_CASE("Hostile names come out as text in the PDF", "[export]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("hostile.etplan"));
    REQUIRE(saveProject(project, hostileProject()));
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    const AppRun run = runApp({QStringLiteral("export"), project, QStringLiteral("--format=pdf"),
                               QStringLiteral("--out"), pdf, QStringLiteral("--paper"), QStringLiteral("letter")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(pdfInfo(pdf).contains(QStringLiteral("(letter)")));
    const QString text = pdfText(pdf);
    for (const QString &line : hostileName().split(QLatin1Char('\n')))
        CHECK(text.contains(line));
    CHECK(text.contains(QStringLiteral("second line & <b>bold</b>")));
}

TEST_CASE("German export is German", "[export]")
{
    QTemporaryDir dir;
    const QString project = sampleFile(dir);
    const QString html = dir.filePath(QStringLiteral("plan.html"));
    REQUIRE(runApp({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("export"), project,
                    QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), html})
                .exitCode == 0);
    const QString page = readAll(html);
    CHECK(page.contains(QStringLiteral("<html lang=\"de\">")));
    CHECK(page.contains(QStringLiteral("Checkliste für die Umstellung")));
    CHECK(page.contains(QStringLiteral("Inhalt")));
    CHECK(page.contains(QStringLiteral("nicht begonnen")));
    CHECK_FALSE(page.contains(QStringLiteral("not started")));
    CHECK_FALSE(page.contains(QStringLiteral("Transition checklist")));

    const QString pdf = dir.filePath(QStringLiteral("inventory.pdf"));
    REQUIRE(runApp({QStringLiteral("export"), project, QStringLiteral("--document"), QStringLiteral("inventory"),
                    QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                    QStringLiteral("--lang"), QStringLiteral("de")})
                .exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Seite 1 von")));
    CHECK(text.contains(QStringLiteral("Tabelle 1")));
    CHECK_FALSE(text.contains(QStringLiteral("Page 1 of")));
}

TEST_CASE("export writes the inventory report's three tables and each scope's tasks", "[export]")
{
    QTemporaryDir dir;
    const QString project = sampleFile(dir);
    const QString md = dir.filePath(QStringLiteral("inventory.md"));
    REQUIRE(runApp({QStringLiteral("export"), project, QStringLiteral("--document"), QStringLiteral("inventory"),
                    QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), md})
                .exitCode == 0);
    const QString inventory = readAll(md);
    CHECK(inventory.contains(QStringLiteral("Table 1: Exchange organization settings")));
    CHECK(inventory.contains(QStringLiteral("Table 2: Active Directory settings")));
    CHECK(inventory.contains(QStringLiteral("Table 3: Network settings")));

    const Result<Project> loaded = loadProject(project);
    REQUIRE(loaded);
    const RoutingGroup &rg = loaded->inventory.routingGroups.first();
    const QString csv = dir.filePath(QStringLiteral("rg.csv"));
    REQUIRE(runApp({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--out"), csv, QStringLiteral("--routing-group"), rg.name, QStringLiteral("--bom")})
                .exitCode == 0);
    const Plan plan = buildPlan(*loaded, evaluateRules(*loaded));
    int expected = 0;
    for (const Phase &phase : plan.phases)
        expected +=
            phase.scope == PhaseScope::RoutingGroup && phase.subjectId == rg.meta.id ? int(phase.tasks.size()) : 0;
    const QString rows = runPython(QStringLiteral("import csv,sys\n"
                                                  "print(len(list(csv.reader(open(sys.argv[1],newline='',"
                                                  "encoding='utf-8-sig'))))-1)"),
                                   {csv});
    CHECK(rows.trimmed().toInt() == expected);
    CHECK(expected > 0);
}

TEST_CASE("export refuses an ambiguous name with the candidates, and bad usage with exit status 2", "[export]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("twins.etplan"));
    Project twins = hostileProject();
    twins.inventory.sites[1].name = twins.inventory.sites[0].name;
    REQUIRE(saveProject(project, twins));
    const QString out = dir.filePath(QStringLiteral("out.html"));
    const AppRun ambiguous =
        runApp({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("html"),
                QStringLiteral("--out"), out, QStringLiteral("--site"), twins.inventory.sites[0].name});
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(twins.inventory.sites[0].meta.id));
    CHECK(ambiguous.err.contains(twins.inventory.sites[1].meta.id));
    CHECK_FALSE(QFile::exists(out));

    const AppRun byId = runApp({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("html"),
                                QStringLiteral("--out"), out, QStringLiteral("--site"),
                                twins.inventory.sites[1].meta.id, QStringLiteral("--open-only")});
    CHECK(byId.exitCode == 0);
    CHECK(QFile::exists(out));

    CHECK(runApp({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--out"), out, QStringLiteral("--document"), QStringLiteral("inventory")})
              .exitCode == 2);
    CHECK(runApp({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode == 2);
    CHECK(runApp({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("doc"),
                  QStringLiteral("--out"), out})
              .exitCode == 2);
    CHECK(runApp({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("md"),
                  QStringLiteral("--out"), out, QStringLiteral("--site"), QStringLiteral("x"),
                  QStringLiteral("--routing-group"), QStringLiteral("y")})
              .exitCode == 2);
    const AppRun missing = runApp({QStringLiteral("export"), dir.filePath(QStringLiteral("none.etplan")),
                                   QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), out});
    CHECK(missing.exitCode == 1);
}
