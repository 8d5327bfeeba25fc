// Edit benchmark: times the core edit path (core/edit/PlanEdits.h) on a synthetic organization, each edit followed
// by updatePlan as the window does. A task edit (setTaskState: status, owner and note of a different task each run)
// only re-applies task states; the structural edits (setRoutingGroupOrder swapping a different pair of routing groups
// each run, setEffortSettings with a different move rate each run) evaluate the rules and re-plan. Building the
// organization and the first plan is not timed. Prints median and maximum per kind and the peak resident memory.
//
//   ./build/bench/edit_bench            tier XL, 5 runs of each kind
//   ./build/bench/edit_bench L 9        another tier, another number of runs

#include "BenchStats.h"
#include "SyntheticOrganization.h"

#include "edit/PlanEdits.h"
#include "plan/Planner.h"
#include "rules/RuleCatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace {

using etp::bench::median;
using etp::bench::peakMegabytes;

/// Times `edit` (which returns the change it made) followed by updatePlan, in milliseconds; exits on a refused edit.
double timeEdit(etp::Plan &plan, const etp::Project &project, const std::function<etp::Result<etp::Change>()> &edit,
                const char *what)
{
    QElapsedTimer timer;
    timer.start();
    const etp::Result<etp::Change> change = edit();
    if (!change) {
        QTextStream(stderr) << "edit_bench: " << what << " refused: " << change.error().message << Qt::endl;
        std::exit(1);
    }
    etp::updatePlan(plan, project, *change);
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(QTextStream &out, const char *what, const QList<double> &ms, double targetMs)
{
    const double med = median(ms);
    const double max = *std::max_element(ms.begin(), ms.end());
    out << "  " << what << ": median " << QString::number(med, 'f', 2) << " ms, max " << QString::number(max, 'f', 2)
        << " ms over " << ms.size() << " runs (target under " << targetMs
        << " ms: " << (max < targetMs ? "met" : "NOT met") << ")" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments().mid(1);
    etp::bench::Tier tier = etp::bench::Tier::XL;
    int runs = 5;
    if (!arguments.isEmpty()) {
        const auto parsed = etp::bench::tierFromName(arguments[0]);
        if (!parsed) {
            QTextStream(stderr) << "edit_bench: unknown tier " << arguments[0] << "; use S, M, L or XL" << Qt::endl;
            return 2;
        }
        tier = *parsed;
    }
    if (arguments.size() > 1) {
        bool ok = false;
        runs = arguments[1].toInt(&ok);
        if (!ok || runs < 1) {
            QTextStream(stderr) << "edit_bench: the number of runs must be a positive whole number" << Qt::endl;
            return 2;
        }
    }

    etp::Project project = etp::bench::makeOrganization(tier);
    etp::Plan plan = etp::buildPlan(project, etp::evaluateRules(project));
    QStringList taskKeys;
    for (const auto &phase : plan.phases)
        for (const auto &task : phase.tasks)
            taskKeys.append(task.key);
    if (taskKeys.size() < runs || plan.routingGroupOrder.size() < 2 * runs) {
        QTextStream(stderr) << "edit_bench: the plan of tier " << etp::bench::tierName(tier) << " is too small for "
                            << runs << " runs" << Qt::endl;
        return 1;
    }
    out << "tier " << etp::bench::tierName(tier) << ": " << project.inventory.servers.size() << " servers, "
        << project.inventory.routingGroups.size() << " routing groups, " << plan.phases.size() << " phases, "
        << taskKeys.size() << " tasks" << Qt::endl;

    QList<double> taskMs;
    QList<double> orderMs;
    QList<double> effortMs;
    for (int run = 0; run < runs; ++run) {
        // A task spread over the plan, a different one each run.
        const QString taskKey = taskKeys[qsizetype(run) * taskKeys.size() / runs];
        etp::TaskEdit taskEdit;
        taskEdit.status = run % 2 ? etp::TaskStatus::Done : etp::TaskStatus::InProgress;
        taskEdit.owner = QStringLiteral("Owner %1").arg(run);
        taskEdit.note = QStringLiteral("Edit benchmark run %1").arg(run);
        taskMs.append(timeEdit(
            plan, project, [&] { return etp::setTaskState(project, plan, taskKey, taskEdit); }, "setTaskState"));

        // Swap a different pair of routing groups each run.
        QStringList order = plan.routingGroupOrder;
        order.swapItemsAt(2 * run, 2 * run + 1);
        orderMs.append(timeEdit(
            plan, project, [&] { return etp::setRoutingGroupOrder(project, order); }, "setRoutingGroupOrder"));

        etp::EffortSettings effort = project.plan.effort;
        effort.moveRateGbPerHour = 2.0 + 0.25 * (run + 1);
        effortMs.append(timeEdit(
            plan, project, [&] { return etp::setEffortSettings(project, effort); }, "setEffortSettings"));
    }

    report(out, "task edit (setTaskState + updatePlan)", taskMs, 5);
    report(out, "structural edit (setRoutingGroupOrder swap + updatePlan)", orderMs, 300);
    report(out, "structural edit (setEffortSettings + updatePlan)", effortMs, 300);
    out << "  peak resident memory " << peakMegabytes() << " MiB" << Qt::endl;
    return 0;
}
