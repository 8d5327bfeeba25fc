// Export benchmark: the transition checklist of the synthetic organization as PDF and as HTML, median of five runs
// each, with the document model's build timed on its own, and the process's peak memory. Building the organization,
// evaluating the rules and planning are not timed (they have their own benchmarks).
//
//   ./build/bench/export_bench            tier XL
//   ./build/bench/export_bench M          another tier

#include "BenchStats.h"
#include "SyntheticOrganization.h"

#include "DocumentExport.h"
#include "document/HtmlRenderer.h"
#include "document/PlanDocument.h"
#include "plan/Planner.h"
#include "rules/RuleCatalog.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

namespace {

using etp::bench::median;
using etp::bench::peakMegabytes;

constexpr int kRuns = 5;

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments().mid(1);
    const auto tier = etp::bench::tierFromName(arguments.isEmpty() ? QStringLiteral("XL") : arguments.first());
    if (!tier) {
        QTextStream(stderr) << "export_bench: unknown tier; use S, M, L or XL" << Qt::endl;
        return 2;
    }
    const etp::Project project = etp::bench::makeOrganization(*tier);
    const etp::Plan plan = etp::buildPlan(project, etp::evaluateRules(project));
    qsizetype tasks = 0;
    for (const auto &phase : plan.phases)
        tasks += phase.tasks.size();

    QList<double> buildMs;
    QList<double> htmlMs;
    QList<double> pdfMs;
    qsizetype htmlBytes = 0;
    qsizetype pdfBytes = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const etp::document::Document document = etp::document::buildPlanDocument(project, plan, {});
        buildMs.append(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        htmlBytes = etp::document::renderHtml(document).size();
        htmlMs.append(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!etp::render::writePdf(document, buffer)) {
            QTextStream(stderr) << "export_bench: the PDF could not be written" << Qt::endl;
            return 1;
        }
        pdfMs.append(double(timer.nsecsElapsed()) / 1e6);
        pdfBytes = buffer.size();
    }
    out << "tier " << etp::bench::tierName(*tier) << ": " << plan.phases.size() << " phases, " << tasks
        << " tasks; document model " << QString::number(median(buildMs), 'f', 0) << " ms, HTML "
        << QString::number(median(htmlMs), 'f', 0) << " ms (" << htmlBytes / 1024 << " KiB), PDF "
        << QString::number(median(pdfMs), 'f', 0) << " ms (" << pdfBytes / 1024 << " KiB), median of " << kRuns
        << "; peak memory " << peakMegabytes() << " MB" << Qt::endl;
    return 0;
}
