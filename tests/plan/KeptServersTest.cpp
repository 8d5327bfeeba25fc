// Seed: "If you will continue to use any features from Exchange 2000 Server that are not supported in Exchange 2007,
// you must plan to keep at least one Exchange 2000 Server server" (and the same for Exchange 2003).

#include "PlanTestSupport.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;

namespace {

void checkKept(const Plan &plan, const QString &serverId, const QString &rg, const QString &otherServerId)
{
    bool listed = false;
    for (const KeptServer &kept : plan.keptServers) {
        if (kept.serverId == serverId) {
            listed = true;
            CHECK(kept.routingGroupId == rg);
            CHECK_FALSE(kept.reason.isEmpty());
            CHECK_FALSE(kept.findingIds.isEmpty());
        }
    }
    CHECK(listed);
    const QString decommission = phaseKey(PhaseId::Decommission, rg);
    const QStringList tasks = taskKeys(plan, decommission);
    CHECK(tasks.contains(decommission + QStringLiteral("/keep-server:") + serverId));
    CHECK_FALSE(tasks.contains(decommission + QStringLiteral("/uninstall:") + serverId));
    // The other server of the routing group still goes.
    CHECK(tasks.contains(decommission + QStringLiteral("/uninstall:") + otherServerId));
    // The routing group keeps its connector pair and itself.
    const QString removeRouting = phaseKey(PhaseId::RemoveRouting, rg);
    const QStringList removal = taskKeys(plan, removeRouting);
    CHECK(removal == QStringList{removeRouting + QStringLiteral("/keep-routing-group")});
    // Nothing in the plan uninstalls the kept server.
    for (const Phase &phase : plan.phases) {
        for (const Task &task : phase.tasks)
            CHECK_FALSE((task.kind == QLatin1String("uninstall") && task.objectId == serverId));
    }
}

} // namespace

TEST_CASE("An Exchange 2000 server hosting a cc:Mail connector is kept", "[plan][seed]")
{
    OrganizationBuilder b = twoRoutingGroups();
    b.server(QStringLiteral("srv-e2k"), QStringLiteral("rg-branch"),
             QStringLiteral("Version 6.0 (Build 6249.4: Service Pack 3)"), QStringLiteral("198.51.100.20"));
    Connector &ccmail = b.connector(QStringLiteral("con-ccmail"), ConnectorType::CcMail, QStringLiteral("rg-branch"));
    ccmail.sourceBridgeheadIds = {QStringLiteral("srv-e2k")};
    const Plan plan = planOf(b.project);
    REQUIRE_FALSE(findingIdsOf(plan, QStringLiteral("FEATURE-E2000")).isEmpty());
    checkKept(plan, QStringLiteral("srv-e2k"), QStringLiteral("rg-branch"), QStringLiteral("srv-ex02"));
    // The other routing group is removed as usual.
    CHECK(taskKeys(plan, phaseKey(PhaseId::RemoveRouting, QStringLiteral("rg-hq")))
              .contains(phaseKey(PhaseId::RemoveRouting, QStringLiteral("rg-hq")) +
                        QStringLiteral("/remove-routing-group")));
}

TEST_CASE("The Exchange 2003 server hosting a GroupWise connector is kept", "[plan][seed]")
{
    OrganizationBuilder b = twoRoutingGroups();
    Connector &gw = b.connector(QStringLiteral("con-gw"), ConnectorType::GroupWise, QStringLiteral("rg-branch"));
    gw.sourceBridgeheadIds = {QStringLiteral("srv-ex03")};
    const Plan plan = planOf(b.project);
    REQUIRE_FALSE(findingIdsOf(plan, QStringLiteral("FEATURE-E2003")).isEmpty());
    checkKept(plan, QStringLiteral("srv-ex03"), QStringLiteral("rg-branch"), QStringLiteral("srv-ex02"));
    // Its mailboxes still move: the server is kept for the connector only.
    CHECK(taskKeys(plan, phaseKey(PhaseId::Mailbox, QStringLiteral("rg-branch")))
              .contains(phaseKey(PhaseId::Mailbox, QStringLiteral("rg-branch")) +
                        QStringLiteral("/move-mailboxes:mdb-ex03")));
    // A routing group that hosts a foreign connector goes last in the default order.
    CHECK(plan.routingGroupOrder.constLast() == QLatin1String("rg-branch"));
}

TEST_CASE("Without kept servers the last routing group removes its connectors before its last server", "[plan]")
{
    const Plan plan = planOf(twoRoutingGroups().project);
    CHECK(plan.keptServers.isEmpty());
    // The reference (P9): each routing group's connectors go in its decommission phase, before its servers.
    for (const QString &rg : plan.routingGroupOrder) {
        const QString decommission = phaseKey(PhaseId::Decommission, rg);
        const QStringList tasks = taskKeys(plan, decommission);
        const qsizetype pair = tasks.indexOf(decommission + QStringLiteral("/remove-connector-pair"));
        REQUIRE(pair >= 0);
        int uninstalls = 0;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            if (tasks[i].startsWith(decommission + QStringLiteral("/uninstall:"))) {
                ++uninstalls;
                CHECK(pair < i);
            }
            if (tasks[i].startsWith(decommission + QStringLiteral("/remove-connector:")))
                CHECK(i < tasks.size() - uninstalls);
        }
        CHECK(uninstalls > 0);
        for (const QString &task : taskKeys(plan, phaseKey(PhaseId::RemoveRouting, rg)))
            CHECK_FALSE(task.contains(QStringLiteral("/uninstall:")));
    }
    // The organization's last legacy server is the last one uninstalled.
    const QString last = plan.routingGroupOrder.constLast();
    const QStringList tasks = taskKeys(plan, phaseKey(PhaseId::Decommission, last));
    CHECK(tasks.constLast().contains(QStringLiteral("/uninstall:")));
    // Each legacy routing group connector is removed exactly once.
    int removals = 0;
    for (const Phase &phase : plan.phases) {
        for (const Task &task : phase.tasks) {
            if (task.kind == QLatin1String("remove-connector"))
                ++removals;
        }
    }
    CHECK(removals == 2);
}
