// Planning benchmark: builds the plan (phase graph, tasks, tracking, kept servers, effort) of the synthetic
// organizations of tiers S, M, L and XL and prints the median of five runs. The findings are evaluated once per tier
// beforehand (the readiness rules have their own benchmark); building the organization is not timed.
//
//   ./build/bench/plan_bench            all tiers
//   ./build/bench/plan_bench XL         one tier

#include "BenchStats.h"
#include "SyntheticOrganization.h"

#include "plan/Planner.h"
#include "report/PlanJson.h"
#include "rules/RuleCatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {

using etp::bench::median;

constexpr int kRuns = 5;

void runTier(etp::bench::Tier tier, QTextStream &out)
{
    const etp::Project project = etp::bench::makeOrganization(tier);
    const QList<etp::Finding> findings = etp::evaluateRules(project);

    QList<double> planMs;
    QList<double> jsonMs;
    qsizetype phases = 0;
    qsizetype tasks = 0;
    qsizetype jsonBytes = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const etp::Plan plan = etp::buildPlan(project, findings);
        planMs.append(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        QString json;
        QTextStream stream(&json);
        etp::writePlanJson(stream, plan);
        stream.flush();
        jsonMs.append(double(timer.nsecsElapsed()) / 1e6);

        phases = plan.phases.size();
        tasks = 0;
        for (const auto &phase : plan.phases)
            tasks += phase.tasks.size();
        jsonBytes = json.toUtf8().size();
    }
    out << "tier " << etp::bench::tierName(tier) << ": " << project.inventory.servers.size() << " servers, "
        << project.inventory.routingGroups.size() << " routing groups, " << project.inventory.sites.size() << " sites, "
        << findings.size() << " findings -> " << phases << " phases, " << tasks << " tasks; buildPlan "
        << QString::number(median(planMs), 'f', 1) << " ms, plan JSON " << QString::number(median(jsonMs), 'f', 1)
        << " ms (" << jsonBytes / 1024 << " KiB), median of " << kRuns << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<etp::bench::Tier> tiers;
    const QStringList arguments = app.arguments().mid(1);
    for (const QString &argument : arguments) {
        const auto tier = etp::bench::tierFromName(argument);
        if (!tier) {
            QTextStream(stderr) << "plan_bench: unknown tier " << argument << "; use S, M, L or XL" << Qt::endl;
            return 2;
        }
        tiers.append(*tier);
    }
    if (tiers.isEmpty())
        tiers = {etp::bench::Tier::S, etp::bench::Tier::M, etp::bench::Tier::L, etp::bench::Tier::XL};
    for (const auto tier : tiers)
        runTier(tier, out);
    return 0;
}
