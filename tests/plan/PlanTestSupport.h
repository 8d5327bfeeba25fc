#pragma once

// Helpers for the planner tests: plan a hand-built organization with the real rules and look into the result.

#include "OrganizationBuilder.h"
#include "plan/Planner.h"
#include "rules/RuleCatalog.h"

namespace etp::test {

/// Evaluates the rule catalogue over the project and plans it.
inline Plan planOf(const Project &project)
{
    return buildPlan(project, evaluateRules(project));
}

/// Position of a phase in the plan's order; -1 when the plan has no such phase.
inline int positionOf(const Plan &plan, const QString &key)
{
    for (int i = 0; i < plan.phases.size(); ++i) {
        if (plan.phases[i].key == key)
            return i;
    }
    return -1;
}

/// Keys of the plan's phases, in order.
inline QStringList phaseKeys(const Plan &plan)
{
    QStringList keys;
    for (const Phase &phase : plan.phases)
        keys.append(phase.key);
    return keys;
}

/// Keys of the tasks of one phase, in order; empty when the phase is missing.
inline QStringList taskKeys(const Plan &plan, const QString &phaseKey)
{
    QStringList keys;
    if (const Phase *phase = plan.phase(phaseKey)) {
        for (const Task &task : phase->tasks)
            keys.append(task.key);
    }
    return keys;
}

/// True when every phase comes after each phase named in its `after` list.
inline bool respectsAfterEdges(const Plan &plan)
{
    for (int i = 0; i < plan.phases.size(); ++i) {
        for (const QString &before : plan.phases[i].after) {
            const int j = positionOf(plan, before);
            if (j < 0 || j >= i)
                return false;
        }
    }
    return true;
}

/// Ids of the findings of a rule.
inline QStringList findingIdsOf(const Plan &plan, const QString &rule)
{
    QStringList ids;
    for (const Finding &finding : plan.findings) {
        if (finding.rule == rule)
            ids.append(finding.id);
    }
    return ids;
}

/// Two sites, two routing groups: "rg-hq" (srv-ex01, 250 mailboxes, site-hq) and "rg-branch" (srv-ex02 and
/// srv-ex03, 40 and 60 mailboxes, site-branch), linked both ways.
inline OrganizationBuilder twoRoutingGroups()
{
    OrganizationBuilder b = OrganizationBuilder::ready();
    b.site(QStringLiteral("site-branch"), QStringLiteral("Branch"));
    b.subnet(QStringLiteral("198.51.100.0/24"), QStringLiteral("site-branch"));
    b.domainController(QStringLiteral("dc-br1"), QStringLiteral("site-branch"), true);
    b.routingGroup(QStringLiteral("rg-branch"), QStringLiteral("Branch Routing Group"));
    b.server(QStringLiteral("srv-ex02"), QStringLiteral("rg-branch"),
             QStringLiteral("Version 6.5 (Build 7638.2: Service Pack 2)"), QStringLiteral("198.51.100.10"));
    b.server(QStringLiteral("srv-ex03"), QStringLiteral("rg-branch"),
             QStringLiteral("Version 6.5 (Build 7638.2: Service Pack 2)"), QStringLiteral("198.51.100.11"));
    b.mailboxStore(QStringLiteral("mdb-ex02"), QStringLiteral("srv-ex02"), 40);
    b.mailboxStore(QStringLiteral("mdb-ex03"), QStringLiteral("srv-ex03"), 60);
    b.link(QStringLiteral("rg-hq"), QStringLiteral("rg-branch"));
    b.link(QStringLiteral("rg-branch"), QStringLiteral("rg-hq"));
    return b;
}

} // namespace etp::test
