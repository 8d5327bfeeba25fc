// Routing-group order (PRODUCT.md: pilot first, foreign and Internet connectors last, the user's order when set),
// the hub reuse across routing groups and the mailbox-move effort.

#include "PlanTestSupport.h"
#include "plan/PlanningIndex.h"

#include "plan/Effort.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;

namespace {

/// Three routing groups in one site: rg-hq (250 mailboxes, most connectors), rg-small (10), rg-mid (80).
OrganizationBuilder threeRoutingGroups()
{
    OrganizationBuilder b = OrganizationBuilder::ready();
    b.routingGroup(QStringLiteral("rg-mid"), QStringLiteral("Mid"));
    b.server(QStringLiteral("srv-mid"), QStringLiteral("rg-mid"),
             QStringLiteral("Version 6.5 (Build 7638.2: Service Pack 2)"), QStringLiteral("192.0.2.20"));
    b.mailboxStore(QStringLiteral("mdb-mid"), QStringLiteral("srv-mid"), 80);
    b.routingGroup(QStringLiteral("rg-small"), QStringLiteral("Small"));
    b.server(QStringLiteral("srv-small"), QStringLiteral("rg-small"),
             QStringLiteral("Version 6.5 (Build 7638.2: Service Pack 2)"), QStringLiteral("192.0.2.30"));
    b.mailboxStore(QStringLiteral("mdb-small"), QStringLiteral("srv-small"), 10);
    for (const QString &rg : {QStringLiteral("rg-mid"), QStringLiteral("rg-small")}) {
        b.link(QStringLiteral("rg-hq"), rg);
        b.link(rg, QStringLiteral("rg-hq"));
    }
    return b;
}

} // namespace

TEST_CASE("The default order puts a pilot first and the Internet connector's routing group last", "[plan][order]")
{
    OrganizationBuilder b = threeRoutingGroups();
    // rg-hq hosts the most connectors, so it hosts the first connector to Exchange 2007 and is no pilot.
    CHECK(planOf(b.project).routingGroupOrder ==
          QStringList{QStringLiteral("rg-small"), QStringLiteral("rg-mid"), QStringLiteral("rg-hq")});

    Connector &internet = b.connector(QStringLiteral("con-smtp"), ConnectorType::Smtp, QStringLiteral("rg-small"));
    internet.addressSpaces = {QStringLiteral("SMTP:*;1")};
    CHECK(planOf(b.project).routingGroupOrder ==
          QStringList{QStringLiteral("rg-mid"), QStringLiteral("rg-hq"), QStringLiteral("rg-small")});
}

TEST_CASE("The user's routing-group order is used and drives the phase order", "[plan][order]")
{
    OrganizationBuilder b = threeRoutingGroups();
    b.project.plan.routingGroupOrder = {QStringLiteral("rg-hq"), QStringLiteral("rg-mid"), QStringLiteral("rg-small")};
    const Plan plan = planOf(b.project);
    CHECK(plan.routingGroupOrder == b.project.plan.routingGroupOrder);
    REQUIRE(respectsAfterEdges(plan));
    CHECK(positionOf(plan, QStringLiteral("hub-transport:rg-hq")) <
          positionOf(plan, QStringLiteral("hub-transport:rg-mid")));
    CHECK(positionOf(plan, QStringLiteral("remove-routing:rg-mid")) <
          positionOf(plan, QStringLiteral("hub-transport:rg-small")));
    // Unified Messaging follows the mailbox phase of the first routing group in the user's order.
    CHECK(plan.phase(QStringLiteral("unified-messaging"))->after == QStringList{QStringLiteral("mailbox:rg-hq")});
}

TEST_CASE("One Hub Transport per target site, reused by later routing groups", "[plan][tasks]")
{
    const Project project = threeRoutingGroups().project;
    const Plan plan = planOf(project);
    const QString firstConnector = PlanningIndex(project).firstConnectorRoutingGroupId();
    const QStringList order = plan.routingGroupOrder;
    REQUIRE(order.size() == 3);
    int installs = 0;
    for (const QString &rg : order) {
        const QString hub = phaseKey(PhaseId::HubTransport, rg);
        const QStringList tasks = taskKeys(plan, hub);
        if (rg == order.constFirst()) {
            CHECK(tasks.contains(hub + QStringLiteral("/install-hub:site-hq")));
        } else {
            CHECK(tasks.contains(hub + QStringLiteral("/reuse-hub:site-hq")));
            // A later routing group follows the hub-transport phase that installs the Hub it reuses.
            CHECK(plan.phase(hub)->after.contains(phaseKey(PhaseId::HubTransport, order.constFirst())));
        }
        // Setup of the first Hub creates the first-connector routing group's pair; every other one gets its own.
        CHECK(tasks.contains(hub + QStringLiteral("/connector-pair")) == (rg != firstConnector));
        CHECK(tasks.contains(hub + QStringLiteral("/use-first-connector")) == (rg == firstConnector));
        for (const QString &task : tasks)
            installs += task.contains(QStringLiteral("/install-hub:")) ? 1 : 0;
    }
    CHECK(installs == 1);
    // Link-state suppression is set on every legacy server in the assessment, which nothing holds (reference E7):
    // the hub-transport phases that create additional pairs wait for it.
    const QStringList assess = taskKeys(plan, QStringLiteral("assess"));
    for (const QString &server : {QStringLiteral("srv-ex01"), QStringLiteral("srv-mid"), QStringLiteral("srv-small")})
        CHECK(assess.contains(QStringLiteral("assess/suppress-link-state:") + server));
}

TEST_CASE("One routing group needs no link-state suppression", "[plan][tasks]")
{
    const Plan plan = planOf(OrganizationBuilder::ready().project);
    for (const Phase &phase : plan.phases) {
        for (const Task &task : phase.tasks)
            CHECK_FALSE(task.kind == QLatin1String("suppress-link-state"));
    }
    // Its pair is the first one, which setup of the first Hub Transport server creates.
    CHECK(plan.task(QStringLiteral("hub-transport:rg-hq/first-connector-pair:rg-hq")) != nullptr);
    CHECK(plan.task(QStringLiteral("hub-transport:rg-hq/connector-pair")) == nullptr);
}

TEST_CASE("Effort counts nights from store sizes, move rate, concurrent moves and hours", "[plan][effort]")
{
    EffortSettings defaults;
    CHECK(gigabytesPerNight(defaults) == Approx(64.0));
    CHECK(nightsFor(0, defaults) == 0);
    CHECK(nightsFor(1, defaults) == 1);
    CHECK(nightsFor(64, defaults) == 1);
    CHECK(nightsFor(64.5, defaults) == 2);
    EffortSettings slow;
    slow.moveRateGbPerHour = 1;
    slow.concurrentMoves = 2;
    slow.hoursPerNight = 5;
    CHECK(nightsFor(64, slow) == 7);
    EffortSettings broken;
    broken.concurrentMoves = 0;
    CHECK(gigabytesPerNight(broken) == Approx(64.0));

    OrganizationBuilder b = twoRoutingGroups();
    findById(b.inventory().stores, QStringLiteral("mdb-ex02"))->sizeGb = 100.0;
    findById(b.inventory().stores, QStringLiteral("mdb-ex03"))->sizeGb = 50.0;
    b.project.plan.effort = slow;
    const Plan plan = planOf(b.project);
    const RoutingGroupEffort *branch = nullptr;
    const RoutingGroupEffort *hq = nullptr;
    for (const RoutingGroupEffort &e : plan.effort) {
        if (e.routingGroupId == QLatin1String("rg-branch"))
            branch = &e;
        if (e.routingGroupId == QLatin1String("rg-hq"))
            hq = &e;
    }
    REQUIRE(branch != nullptr);
    REQUIRE(hq != nullptr);
    CHECK(branch->mailboxes == 100);
    CHECK(branch->gigabytes == Approx(150.0));
    CHECK(branch->nights == 15); // 150 GB at 10 GB a night
    CHECK(branch->storesWithoutSize == 0);
    CHECK(hq->mailboxes == 250);
    CHECK(hq->nights == 0);
    CHECK(hq->storesWithoutSize == 1);
}

TEST_CASE("Every mailbox store gets one move task with its count and size", "[plan][tasks]")
{
    OrganizationBuilder b = twoRoutingGroups();
    findById(b.inventory().stores, QStringLiteral("mdb-ex02"))->sizeGb = 12.5;
    b.publicStore(QStringLiteral("pf-ex03"), QStringLiteral("srv-ex03"));
    const Plan plan = planOf(b.project);
    const Task *move = plan.task(QStringLiteral("mailbox:rg-branch/move-mailboxes:mdb-ex02"));
    REQUIRE(move != nullptr);
    CHECK(move->title.contains(QLatin1String("40")));
    CHECK(move->title.contains(QLatin1String("12.5")));
    CHECK(plan.task(QStringLiteral("public-folders:rg-branch/move-public-folders:pf-ex03")) != nullptr);
    CHECK(plan.task(QStringLiteral("public-folders:rg-hq/check-public-folders")) != nullptr);
    // Outlook 2003 unanswered and public stores present: the organization-wide public folder step comes in the
    // first mailbox phase only.
    REQUIRE(plan.routingGroupOrder.constFirst() == QLatin1String("rg-branch"));
    CHECK(plan.task(QStringLiteral("mailbox:rg-branch/create-public-folder-database")) != nullptr);
    CHECK(plan.task(QStringLiteral("mailbox:rg-hq/create-public-folder-database")) == nullptr);
    // Store removal comes before the uninstall of its server (reference P9).
    const QStringList decommission = taskKeys(plan, QStringLiteral("decommission:rg-branch"));
    CHECK(decommission.indexOf(QStringLiteral("decommission:rg-branch/remove-stores:srv-ex03")) <
          decommission.indexOf(QStringLiteral("decommission:rg-branch/uninstall:srv-ex03")));
}

TEST_CASE("A routing group whose servers sit in no known site asks for its target site", "[plan][tasks]")
{
    OrganizationBuilder b = OrganizationBuilder::ready();
    b.routingGroup(QStringLiteral("rg-lost"), QStringLiteral("Lost"));
    b.server(QStringLiteral("srv-lost"), QStringLiteral("rg-lost"),
             QStringLiteral("Version 6.5 (Build 7638.2: Service Pack 2)"), QStringLiteral("203.0.113.5"));
    const Plan plan = planOf(b.project);
    const Phase *hub = plan.phase(QStringLiteral("hub-transport:rg-lost"));
    REQUIRE(hub != nullptr);
    // No target site: it only follows the phase that installs the organization's first Hub Transport server.
    CHECK(hub->after == QStringList{QStringLiteral("hub-transport:rg-hq")});
    CHECK(plan.task(QStringLiteral("hub-transport:rg-lost/choose-target-site")) != nullptr);
    CHECK(plan.task(QStringLiteral("mailbox:rg-lost/install-mailbox")) != nullptr);
    // AD-SERVER-SITE concerns the hub-transport phase of the server's routing group.
    CHECK_FALSE(findingIdsOf(plan, QStringLiteral("AD-SERVER-SITE")).isEmpty());
    CHECK(hub->concerns.contains(findingIdsOf(plan, QStringLiteral("AD-SERVER-SITE")).constFirst()));
    CHECK(respectsAfterEdges(plan));
}
