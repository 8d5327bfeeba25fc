// Tracking (C8): task state follows the task across re-planning, a task that leaves the plan shows as obsolete,
// and Exchange 2007 servers found in the inventory mark the tasks their roles fulfil as done.

#include "PlanTestSupport.h"

#include "plan/Tracking.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;

namespace {

const QString kMoveKey = QStringLiteral("mailbox:rg-branch/move-mailboxes:mdb-ex02");

/// Sets the state of a task the way the `task` command does: by key, remembering the title.
void track(Project &project, const QString &key, TaskStatus status, const QString &owner)
{
    TaskState &state = project.plan.taskStateFor(key);
    state.status = status;
    state.owner = owner;
    state.date = QDate(2026, 12, 1);
    state.note = QStringLiteral("weekend window");
    rememberTaskTitles(project.plan, planOf(project));
}

} // namespace

TEST_CASE("Task state survives a re-plan after renaming the store, server and routing group", "[plan][tracking]")
{
    OrganizationBuilder b = twoRoutingGroups();
    track(b.project, kMoveKey, TaskStatus::InProgress, QStringLiteral("Dana"));
    const Plan first = planOf(b.project);
    const Task *before = first.task(kMoveKey);
    REQUIRE(before != nullptr);
    const QString oldTitle = before->title;

    findById(b.inventory().stores, QStringLiteral("mdb-ex02"))->name = QStringLiteral("Sales Mailboxes");
    findById(b.inventory().servers, QStringLiteral("srv-ex02"))->name = QStringLiteral("BRANCH-MBX");
    findById(b.inventory().routingGroups, QStringLiteral("rg-branch"))->name = QStringLiteral("Branch Offices");

    const Plan plan = planOf(b.project);
    const Task *after = plan.task(kMoveKey);
    REQUIRE(after != nullptr);
    CHECK_FALSE(after->obsolete);
    CHECK(after->status == TaskStatus::InProgress);
    CHECK(after->owner == QLatin1String("Dana"));
    CHECK(after->date == QDate(2026, 12, 1));
    CHECK(after->note == QLatin1String("weekend window"));
    CHECK(after->title != oldTitle);
    CHECK(after->title.contains(QLatin1String("Sales Mailboxes")));
    CHECK(after->title.contains(QLatin1String("BRANCH-MBX")));
    CHECK(plan.obsoleteTasks.isEmpty());
}

TEST_CASE("A task whose store was removed keeps its state and shows as obsolete", "[plan][tracking]")
{
    OrganizationBuilder b = twoRoutingGroups();
    track(b.project, kMoveKey, TaskStatus::Done, QStringLiteral("Dana"));
    const QString title = planOf(b.project).task(kMoveKey)->title;
    CHECK(b.project.plan.taskState(kMoveKey)->lastTitle == title);

    auto &stores = b.inventory().stores;
    stores.removeIf([](const Store &s) { return s.meta.id == QLatin1String("mdb-ex02"); });
    const Plan plan = planOf(b.project);
    REQUIRE(plan.obsoleteTasks.size() == 1);
    const Task &obsolete = plan.obsoleteTasks.constFirst();
    CHECK(obsolete.key == kMoveKey);
    CHECK(obsolete.obsolete);
    CHECK(obsolete.title == title);
    CHECK(obsolete.status == TaskStatus::Done);
    CHECK(obsolete.owner == QLatin1String("Dana"));
    CHECK(obsolete.kind == QLatin1String("move-mailboxes"));
    CHECK(obsolete.objectId == QLatin1String("mdb-ex02"));
    // The saved state itself is untouched.
    REQUIRE(b.project.plan.taskState(kMoveKey) != nullptr);
    CHECK(b.project.plan.taskState(kMoveKey)->status == TaskStatus::Done);
    // The task is still found by key, as obsolete.
    REQUIRE(plan.task(kMoveKey) != nullptr);
    CHECK(plan.task(kMoveKey)->obsolete);
}

TEST_CASE("Task state follows a removed server's routing group being removed too", "[plan][tracking]")
{
    OrganizationBuilder b = twoRoutingGroups();
    const QString hubKey = QStringLiteral("hub-transport:rg-branch/connector-pair");
    track(b.project, hubKey, TaskStatus::NotApplicable, QStringLiteral("Lee"));
    auto &inv = b.inventory();
    inv.servers.removeIf([](const ExchangeServer &s) { return s.routingGroupId == QLatin1String("rg-branch"); });
    inv.routingGroups.removeIf([](const RoutingGroup &rg) { return rg.meta.id == QLatin1String("rg-branch"); });
    const Plan plan = planOf(b.project);
    CHECK(plan.phase(QStringLiteral("hub-transport:rg-branch")) == nullptr);
    REQUIRE(plan.task(hubKey) != nullptr);
    CHECK(plan.task(hubKey)->obsolete);
    CHECK(plan.task(hubKey)->status == TaskStatus::NotApplicable);
}

TEST_CASE("Exchange 2007 servers mark the tasks their roles fulfil as done", "[plan][tracking]")
{
    OrganizationBuilder b = twoRoutingGroups();
    b.routingGroup(QStringLiteral("rg-e2007"), QStringLiteral("Exchange Routing Group (DWBGZMFD01QNBJR)"));
    ExchangeServer &e2007 = b.server(QStringLiteral("srv-e12"), QStringLiteral("rg-e2007"),
                                     QStringLiteral("Version 8.0 (Build 685.24)"), QStringLiteral("198.51.100.50"));
    e2007.currentServerRoles = RoleClientAccess | RoleHubTransport;
    ExchangeServer &edge =
        b.server(QStringLiteral("srv-edge"), QString(), QStringLiteral("Version 8.0 (Build 685.24)"));
    edge.currentServerRoles = RoleEdgeTransport;

    const Plan plan = planOf(b.project);
    const Task *cas = plan.task(QStringLiteral("client-access:site-branch/install-client-access"));
    REQUIRE(cas != nullptr);
    CHECK(cas->status == TaskStatus::Done);
    CHECK(cas->doneBy == QLatin1String("srv-e12"));
    const Task *hub = plan.task(QStringLiteral("hub-transport:rg-branch/install-hub:site-branch"));
    REQUIRE(hub != nullptr);
    CHECK(hub->status == TaskStatus::Done);
    const Task *edgeTask = plan.task(QStringLiteral("edge-transport/install-edge"));
    REQUIRE(edgeTask != nullptr);
    CHECK(edgeTask->status == TaskStatus::Done);
    CHECK(edgeTask->doneBy == QLatin1String("srv-edge"));
    // Roles it does not hold, and sites it is not in, stay open.
    CHECK(plan.task(QStringLiteral("client-access:site-hq/install-client-access"))->status == TaskStatus::NotStarted);
    CHECK(plan.task(QStringLiteral("mailbox:rg-branch/install-mailbox:site-branch"))->status == TaskStatus::NotStarted);
    // The Exchange 2007 routing group gets no phases of its own.
    CHECK(plan.phase(QStringLiteral("hub-transport:rg-e2007")) == nullptr);
    CHECK_FALSE(plan.routingGroupOrder.contains(QStringLiteral("rg-e2007")));
}

TEST_CASE("A task a person marked not applicable stays so when an Exchange 2007 server fulfils it", "[plan][tracking]")
{
    OrganizationBuilder b = twoRoutingGroups();
    const QString casKey = QStringLiteral("client-access:site-hq/install-client-access");
    track(b.project, casKey, TaskStatus::NotApplicable, QStringLiteral("Lee"));
    ExchangeServer &e2007 = b.server(QStringLiteral("srv-e12"), QString(), QStringLiteral("Version 8.0 (Build 685.24)"),
                                     QStringLiteral("192.0.2.50"));
    e2007.currentServerRoles = RoleClientAccess;
    CHECK(planOf(b.project).task(casKey)->status == TaskStatus::NotApplicable);
}
