// One hand-built organization per statement of the seed's "Recommended Transition Process" and per ordering of
// PRODUCT.md's phase catalogue. The assertions look at `after` edges, the plan's order and held_by, not at text.

#include "PlanTestSupport.h"

#include "plan/PhaseGraph.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;

namespace {

QString key(PhaseId id, const QString &subject = {})
{
    return phaseKey(id, subject);
}

} // namespace

TEST_CASE("Client Access is the first role deployed in each target site", "[plan][seed]")
{
    const Plan plan = planOf(twoRoutingGroups().project);
    REQUIRE(respectsAfterEdges(plan));
    for (const QString &site : {QStringLiteral("site-hq"), QStringLiteral("site-branch")}) {
        const Phase *cas = plan.phase(key(PhaseId::ClientAccess, site));
        REQUIRE(cas != nullptr);
        CHECK(cas->after == QStringList{key(PhaseId::PrepareAd)});
    }
    // Each routing group's hub-transport follows the client-access phase of its target site.
    CHECK(plan.phase(key(PhaseId::HubTransport, QStringLiteral("rg-hq")))
              ->after.contains(key(PhaseId::ClientAccess, QStringLiteral("site-hq"))));
    CHECK(plan.phase(key(PhaseId::HubTransport, QStringLiteral("rg-branch")))
              ->after.contains(key(PhaseId::ClientAccess, QStringLiteral("site-branch"))));
    // No other Exchange 2007 role of a site comes before its Client Access server.
    for (const QString &site : {QStringLiteral("site-hq"), QStringLiteral("site-branch")}) {
        const int cas = positionOf(plan, key(PhaseId::ClientAccess, site));
        for (const QString &rg : {QStringLiteral("rg-hq"), QStringLiteral("rg-branch")}) {
            const auto *hub = plan.phase(key(PhaseId::HubTransport, rg));
            if (hub->after.contains(key(PhaseId::ClientAccess, site)))
                CHECK(cas < positionOf(plan, hub->key));
        }
    }
}

TEST_CASE("A site no routing group targets gets no client-access phase", "[plan][seed]")
{
    OrganizationBuilder b = OrganizationBuilder::ready();
    b.site(QStringLiteral("site-empty"), QStringLiteral("Empty"));
    const Plan plan = planOf(b.project);
    CHECK(plan.phase(key(PhaseId::ClientAccess, QStringLiteral("site-hq"))) != nullptr);
    CHECK(plan.phase(key(PhaseId::ClientAccess, QStringLiteral("site-empty"))) == nullptr);
}

TEST_CASE("Edge Transport depends on nothing but the assessment", "[plan][seed]")
{
    OrganizationBuilder b = twoRoutingGroups();
    b.inventory().organization.mixedMode = true; // holds every role phase, never Edge
    const Plan plan = planOf(b.project);
    const Phase *edge = plan.phase(key(PhaseId::EdgeTransport));
    REQUIRE(edge != nullptr);
    CHECK(edge->after == QStringList{key(PhaseId::Assess)});
    CHECK(edge->heldBy.isEmpty());
    // Its EdgeSync subscription names the first hub-transport it waits for.
    const QString first = plan.routingGroupOrder.constFirst();
    bool subscription = false;
    for (const Task &task : edge->tasks) {
        if (task.kind == QLatin1String("edge-subscription")) {
            subscription = true;
            CHECK(task.waitsFor == QStringList{key(PhaseId::HubTransport, first)});
        }
    }
    CHECK(subscription);
}

TEST_CASE("Edge Transport and Unified Messaging not wanted leave their phases out", "[plan][seed]")
{
    OrganizationBuilder b = twoRoutingGroups();
    b.inventory().organization.edgeWanted = false;
    b.inventory().organization.umWanted = false;
    const Plan plan = planOf(b.project);
    CHECK(plan.phase(key(PhaseId::EdgeTransport)) == nullptr);
    CHECK(plan.phase(key(PhaseId::UnifiedMessaging)) == nullptr);
    const Phase *post = plan.phase(key(PhaseId::PostInstall));
    REQUIRE(post != nullptr);
    CHECK_FALSE(post->after.contains(key(PhaseId::EdgeTransport)));
    CHECK_FALSE(post->after.contains(key(PhaseId::UnifiedMessaging)));

    b.inventory().organization.edgeWanted.reset(); // unanswered: planned
    b.inventory().organization.umWanted = true;
    const Plan wanted = planOf(b.project);
    CHECK(wanted.phase(key(PhaseId::EdgeTransport)) != nullptr);
    CHECK(wanted.phase(key(PhaseId::UnifiedMessaging)) != nullptr);
}

TEST_CASE("Hub Transport comes before Mailbox in every routing group", "[plan][seed]")
{
    const Plan plan = planOf(twoRoutingGroups().project);
    REQUIRE(respectsAfterEdges(plan));
    for (const QString &rg : {QStringLiteral("rg-hq"), QStringLiteral("rg-branch")}) {
        const Phase *mailbox = plan.phase(key(PhaseId::Mailbox, rg));
        REQUIRE(mailbox != nullptr);
        CHECK(mailbox->after == QStringList{key(PhaseId::HubTransport, rg)});
        CHECK(positionOf(plan, key(PhaseId::HubTransport, rg)) < positionOf(plan, mailbox->key));
    }
}

TEST_CASE("Unified Messaging follows the first routing group's Hub Transport and Mailbox", "[plan][seed]")
{
    const Plan plan = planOf(twoRoutingGroups().project);
    REQUIRE(plan.routingGroupOrder.size() == 2);
    const QString first = plan.routingGroupOrder.constFirst();
    const Phase *um = plan.phase(key(PhaseId::UnifiedMessaging));
    REQUIRE(um != nullptr);
    CHECK(um->after == QStringList{key(PhaseId::Mailbox, first)});
    const int umAt = positionOf(plan, um->key);
    CHECK(positionOf(plan, key(PhaseId::HubTransport, first)) < umAt);
    CHECK(positionOf(plan, key(PhaseId::Mailbox, first)) < umAt);
}

TEST_CASE("All servers of a routing group move together through its five phases", "[plan][seed]")
{
    const Plan plan = planOf(twoRoutingGroups().project);
    const QString rg = QStringLiteral("rg-branch");
    // The routing group's phases form one chain.
    CHECK(plan.phase(key(PhaseId::PublicFolders, rg))->after == QStringList{key(PhaseId::Mailbox, rg)});
    CHECK(plan.phase(key(PhaseId::Decommission, rg))->after == QStringList{key(PhaseId::PublicFolders, rg)});
    CHECK(plan.phase(key(PhaseId::RemoveRouting, rg))->after == QStringList{key(PhaseId::Decommission, rg)});
    // Both of its servers' stores move in its one mailbox phase, and both servers go in its decommission phase.
    const QStringList moves = taskKeys(plan, key(PhaseId::Mailbox, rg));
    CHECK(moves.contains(key(PhaseId::Mailbox, rg) + QStringLiteral("/move-mailboxes:mdb-ex02")));
    CHECK(moves.contains(key(PhaseId::Mailbox, rg) + QStringLiteral("/move-mailboxes:mdb-ex03")));
    const QStringList decommission = taskKeys(plan, key(PhaseId::Decommission, rg));
    CHECK(decommission.contains(key(PhaseId::Decommission, rg) + QStringLiteral("/uninstall:srv-ex02")));
    CHECK(decommission.contains(key(PhaseId::Decommission, rg) + QStringLiteral("/uninstall:srv-ex03")));
    // No task of another routing group's phases names these stores or servers.
    for (const Phase &phase : plan.phases) {
        if (phase.subjectId == rg || phase.scope != PhaseScope::RoutingGroup)
            continue;
        for (const Task &task : phase.tasks) {
            CHECK_FALSE(task.objectId == QLatin1String("mdb-ex02"));
            CHECK_FALSE(task.objectId == QLatin1String("srv-ex03"));
        }
    }
}

TEST_CASE("Post-install follows every role phase planned", "[plan][seed]")
{
    const Plan plan = planOf(twoRoutingGroups().project);
    const Phase *post = plan.phase(key(PhaseId::PostInstall));
    REQUIRE(post != nullptr);
    CHECK(plan.phases.constLast().key == post->key);
    for (const Phase &phase : plan.phases) {
        const bool role = phase.id == PhaseId::ClientAccess || phase.id == PhaseId::EdgeTransport ||
                          phase.id == PhaseId::HubTransport || phase.id == PhaseId::Mailbox ||
                          phase.id == PhaseId::UnifiedMessaging;
        CHECK(post->after.contains(phase.key) == role);
    }
}

TEST_CASE("Mixed mode holds everything but assess and Edge Transport", "[plan][seed]")
{
    OrganizationBuilder b = twoRoutingGroups();
    b.inventory().organization.mixedMode = true;
    const Plan plan = planOf(b.project);
    const QStringList mixed = findingIdsOf(plan, QStringLiteral("ORG-MIXED-MODE"));
    REQUIRE(mixed.size() == 1);
    for (const Phase &phase : plan.phases) {
        const bool free = phase.id == PhaseId::Assess || phase.id == PhaseId::EdgeTransport;
        INFO(phase.key.toStdString());
        CHECK(phase.heldBy.contains(mixed.constFirst()) == !free);
    }
}

TEST_CASE("An Exchange 5.5 server holds everything but assess and Edge Transport", "[plan][seed]")
{
    OrganizationBuilder b = twoRoutingGroups();
    b.server(QStringLiteral("srv-old55"), QStringLiteral("rg-hq"),
             QStringLiteral("Version 5.5 (Build 2653.23: Service Pack 4)"), QStringLiteral("192.0.2.55"));
    const Plan plan = planOf(b.project);
    const QStringList old = findingIdsOf(plan, QStringLiteral("ORG-EXCHANGE-55"));
    REQUIRE_FALSE(old.isEmpty());
    for (const Phase &phase : plan.phases) {
        const bool free = phase.id == PhaseId::Assess || phase.id == PhaseId::EdgeTransport;
        INFO(phase.key.toStdString());
        CHECK(phase.heldBy.contains(old.constFirst()) == !free);
    }
}

TEST_CASE("Manual findings answered yes hold no phase", "[plan]")
{
    OrganizationBuilder b = OrganizationBuilder::ready();
    for (const Finding &finding : evaluateRules(b.project)) {
        if (finding.severity == Severity::Manual)
            b.answer(finding.id, true);
    }
    const Plan plan = planOf(b.project);
    for (const Phase &phase : plan.phases) {
        INFO(phase.key.toStdString());
        CHECK(phase.heldBy.isEmpty());
    }
}

TEST_CASE("The topological order puts every phase after those it follows", "[plan]")
{
    QList<Phase> phases(3);
    phases[0].key = QStringLiteral("c");
    phases[0].after = {QStringLiteral("b")};
    phases[1].key = QStringLiteral("b");
    phases[1].after = {QStringLiteral("a")};
    phases[2].key = QStringLiteral("a");
    const QList<Phase> ordered = topologicalOrder(phases);
    REQUIRE(ordered.size() == 3);
    CHECK(ordered[0].key == QLatin1String("a"));
    CHECK(ordered[1].key == QLatin1String("b"));
    CHECK(ordered[2].key == QLatin1String("c"));
}
