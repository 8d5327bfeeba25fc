// Window benchmark: the main window on a synthetic organization saved as a project file, as a person meets it.
// Times, from asking the window to open the file, until the file is read (the window cannot take input meanwhile), the
// longest stall of the GUI thread while the first plan is built, until the overview is painted with the plan in it,
// and then until
// the plan view is populated and painted; a task edit made in the plan view (the owner of a different task each run)
// until the window has repainted; and a structural edit (moving a different routing group each run) until the
// updated plan is shown, with the longest stall of the GUI thread meanwhile (a 5 ms timer measures how late it
// fires, which is how late a key press would be handled). Prints medians, maxima and the peak resident memory.
//
//   QT_QPA_PLATFORM=offscreen ./build/bench/window_bench            tier XL, 5 runs of each kind
//   QT_QPA_PLATFORM=offscreen ./build/bench/window_bench S 9        another tier, another number of runs
//   QT_QPA_PLATFORM=offscreen ./build/bench/window_bench sample     the bundled sample organization

#include "BenchStats.h"
#include "SyntheticOrganization.h"

#include "MainWindow.h"
#include "dialogs/Questions.h"
#include "models/PlanTreeModel.h"
#include "sample/SampleOrganization.h"
#include "session/ProjectSession.h"
#include "storage/ProjectFile.h"
#include "views/PlanPage.h"
#include "views/PlanningChoicesPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace etp;
using namespace etp::ui;

namespace {

using etp::bench::median;
using etp::bench::peakMegabytes;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(QTextStream &out, const char *what, const QList<double> &ms, double targetMs)
{
    const double max = *std::max_element(ms.begin(), ms.end());
    out << "  " << what << ": median " << QString::number(median(ms), 'f', 1) << " ms, max "
        << QString::number(max, 'f', 1) << " ms over " << ms.size() << " runs";
    if (targetMs > 0)
        out << " (target under " << targetMs << " ms: " << (max < targetMs ? "met" : "NOT met") << ")";
    out << Qt::endl;
}

/// Runs the event loop until the session's plan is up to date; returns the longest gap between two ticks of a 5 ms
/// timer meanwhile, minus its interval: how long input would have waited at worst.
double waitMeasuringStall(ProjectSession *session)
{
    QElapsedTimer sinceTick;
    sinceTick.start();
    double worst = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        worst = std::max(worst, msSince(sinceTick) - 5);
        sinceTick.restart();
    });
    ticker.start();
    while (session->planning())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    worst = std::max(worst, msSince(sinceTick) - 5);
    return std::max(worst, 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments().mid(1);
    bench::Tier tier = bench::Tier::XL;
    const bool sample = !arguments.isEmpty() && arguments[0] == QLatin1String("sample");
    int runs = 5;
    if (!arguments.isEmpty() && !sample) {
        const auto parsed = bench::tierFromName(arguments[0]);
        if (!parsed) {
            QTextStream(stderr) << "window_bench: unknown tier " << arguments[0] << "; use sample, S, M, L or XL"
                                << Qt::endl;
            return 2;
        }
        tier = *parsed;
    }
    if (arguments.size() > 1)
        runs = std::max(1, arguments[1].toInt());
    Questions::setAnswerer(
        [](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.etplan"));
    {
        const Project project = sample ? sampleProject() : bench::makeOrganization(tier);
        if (!saveProject(path, project)) {
            QTextStream(stderr) << "window_bench: cannot write " << path << Qt::endl;
            return 1;
        }
    }

    QList<double> openReturn, openStalls, toOverview, toPlan, taskEdit, structuralReturn, structuralPlan, stalls;
    int phases = 0;
    int tasks = 0;
    for (int run = 0; run < runs; ++run) {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();

        QElapsedTimer timer;
        timer.start();
        if (!window.openPath(path)) {
            QTextStream(stderr) << "window_bench: cannot open " << path << Qt::endl;
            return 1;
        }
        openReturn.append(msSince(timer));
        ProjectSession *session = window.session();
        openStalls.append(waitMeasuringStall(session));
        window.showPage(MainWindow::OverviewTab);
        window.repaint();
        toOverview.append(msSince(timer));

        timer.restart();
        window.showPage(MainWindow::PlanTab);
        PlanPage *plan = window.planPage();
        plan->tree()->viewport()->repaint();
        window.repaint();
        toPlan.append(msSince(timer));
        phases = int(session->plan().phases.size());
        tasks = 0;
        for (const Phase &phase : session->plan().phases)
            tasks += int(phase.tasks.size());

        // A task edit in place, on a task spread over the plan, until the window has repainted.
        const Phase &phase = session->plan().phases.at((run * 997 + 13) % phases);
        if (!phase.tasks.isEmpty()) {
            PlanTreeModel *model = plan->model();
            const QModelIndex task = model->indexOfTask(phase.tasks.constFirst().key);
            plan->selectTask(phase.tasks.constFirst().key);
            window.repaint();
            timer.restart();
            model->setData(task.siblingAtColumn(PlanTreeModel::OwnerColumn), QStringLiteral("Owner %1").arg(run));
            window.repaint();
            taskEdit.append(msSince(timer));
        }

        // A structural edit: move a routing group; the window must stay responsive while it re-plans.
        PlanningChoicesPanel *choices = plan->choices();
        const int count = choices->orderList()->count();
        choices->orderList()->setCurrentRow((run * 7 + 1) % std::max(count - 1, 1));
        timer.restart();
        choices->moveSelected(+1);
        structuralReturn.append(msSince(timer));
        stalls.append(waitMeasuringStall(session));
        window.repaint();
        structuralPlan.append(msSince(timer));
    }

    out << (sample ? QStringLiteral("sample organization") : QStringLiteral("tier ") + bench::tierName(tier)) << ": "
        << phases << " phases, " << tasks << " tasks, window 1280x800" << Qt::endl;
    report(out, "open: reading the file (the window waits)", openReturn, 0);
    report(out, "open: longest input stall while the first plan is built", openStalls, 100);
    report(out, "open to overview painted", toOverview, 2000);
    report(out, "then plan view populated and painted", toPlan, 2000);
    report(out, "task edit to repaint", taskEdit, 100);
    report(out, "structural edit: the edit returns to the event loop", structuralReturn, 100);
    report(out, "structural edit: the updated plan shown", structuralPlan, 0);
    report(out, "structural edit: longest input stall while re-planning", stalls, 100);
    out << "  peak resident memory " << peakMegabytes() << " MiB" << Qt::endl;
    return 0;
}
