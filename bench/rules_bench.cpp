// Readiness benchmark: evaluates the whole rule catalogue over the synthetic organizations S, M, L and XL
// (PRODUCT.md quality target: readiness under one second at the Exchange 2003 limits). Five runs per tier; the
// median is reported. Building the organization is not timed; evaluation includes building the rule context (subnet
// index, routing-group order, phase instances) and the findings' texts.
//
// Usage: rules_bench [S|M|L|XL ...]   (default: all four tiers)

#include "SyntheticOrganization.h"

#include "rules/RuleCatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace etp;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    std::vector<bench::Tier> tiers;
    for (const QString &argument : app.arguments().mid(1)) {
        const auto tier = bench::tierFromName(argument);
        if (!tier) {
            err << "rules_bench: unknown tier \"" << argument << "\"; use S, M, L or XL." << Qt::endl;
            return 2;
        }
        tiers.push_back(*tier);
    }
    if (tiers.empty())
        tiers = {bench::Tier::S, bench::Tier::M, bench::Tier::L, bench::Tier::XL};

    constexpr int kRuns = 5;
    out << "tier  servers  routing-groups  sites  subnets  findings  holding  median-ms  min-ms  max-ms\n";
    bool withinTarget = true;
    for (const auto tier : tiers) {
        const Project project = bench::makeOrganization(tier);
        std::vector<double> times;
        qsizetype findingCount = 0;
        qsizetype holding = 0;
        for (int run = 0; run < kRuns; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<Finding> findings = evaluateRules(project);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            findingCount = findings.size();
            holding = std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.isHolding(); });
        }
        std::sort(times.begin(), times.end());
        const double median = times[kRuns / 2];
        const Inventory &inv = project.inventory;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                   .arg(bench::tierName(tier), -4)
                   .arg(inv.servers.size(), 8)
                   .arg(inv.routingGroups.size(), 15)
                   .arg(inv.sites.size(), 6)
                   .arg(inv.subnets.size(), 8)
                   .arg(findingCount, 9)
                   .arg(holding, 8)
                   .arg(median, 10, 'f', 1)
                   .arg(times.front(), 7, 'f', 1)
                   .arg(times.back(), 7, 'f', 1);
        out.flush();
        if (tier == bench::Tier::XL && median >= 1000.0)
            withinTarget = false;
    }
    if (!withinTarget) {
        err << "rules_bench: XL readiness took a second or more (target: under one second)." << Qt::endl;
        return 1;
    }
    return 0;
}
