#include "QtStringMakers.h"
#include "TestSupport.h"

#include "directory/InventoryMerge.h"
#include "edit/InventoryEdits.h"
#include "edit/PlanEdits.h"
#include "plan/Planner.h"
#include "plan/Tracking.h"
#include "report/PlanJson.h"
#include "rules/RuleCatalog.h"
#include "sample/SampleOrganization.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace etp;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDallas = u"761fa1f7-e321-5e34-8bba-e25948c2da5f"_s;
const QString kServer = u"e0aacf93-9a5a-5137-9423-59e6213410d0"_s;

Plan planOf(const Project &project)
{
    return buildPlan(project, evaluateRules(project));
}

/// A phase of the plan that is held and has tasks.
const Phase *heldPhase(const Plan &plan)
{
    for (const Phase &phase : plan.phases) {
        if (phase.isHeld() && !phase.tasks.isEmpty())
            return &phase;
    }
    return nullptr;
}

} // namespace

TEST_CASE("removing a referenced object without consent changes nothing", "[edit][remove]")
{
    Project project = sampleProject();
    const Project before = project;
    const Result<Change> refused = removeObject(project, u"routing_group"_s, kDallas);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == u"referenced"_s);
    CHECK(refused.error().message.contains(u"DAL-EX01"_s));
    CHECK(project == before);
    const QList<Referrer> referrers = referrersOf(project.inventory, kDallas);
    CHECK(referrers.size() >= 2);
    for (const Referrer &r : referrers)
        CHECK(r.id != kDallas);
}

TEST_CASE("removing with its references clears them, remembers the discovered object and undoes exactly",
          "[edit][remove]")
{
    Project project = sampleProject();
    project.plan.routingGroupOrder = {kDallas};
    const Project before = project;
    const QList<Referrer> referrers = referrersOf(project.inventory, kDallas);
    const Result<Change> removed = removeObject(project, u"routing_group"_s, kDallas, ReferencePolicy::Drop,
                                                QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC));
    REQUIRE(removed);
    CHECK(removed->structural);
    CHECK(project.inventory.routingGroup(kDallas) == nullptr);
    CHECK(referrersOf(project.inventory, kDallas).isEmpty());
    CHECK(project.plan.routingGroupOrder.isEmpty());
    REQUIRE(project.inventory.removedObjects.size() == 1);
    CHECK(project.inventory.removedObjects.first().objectId == kDallas);
    CHECK(project.inventory.removedObjects.first().name == u"Dallas"_s);
    CHECK(removed->fieldEdits().size() >= referrers.size());

    const Project after = project;
    revertChange(project, *removed);
    CHECK(project == before);
    reapplyChange(project, *removed);
    CHECK(project == after);

    // Rediscovery does not bring it back, and says so.
    Inventory discovered = before.inventory;
    const MergeReport report =
        mergeInventory(project.inventory, discovered, {u"routing_group"_s, u"exchange_server"_s});
    CHECK(project.inventory.routingGroup(kDallas) == nullptr);
    CHECK(report.count(MergeChangeKind::StaysRemoved, u"routing_group"_s) == 1);
    CHECK(referrersOf(project.inventory, kDallas).isEmpty());
}

TEST_CASE("each edit operation refuses what it cannot do and changes nothing", "[edit][refusals]")
{
    Project project = sampleProject();
    const Project before = project;
    const Plan plan = planOf(project);
    const auto refusedWith = [&](const Result<Change> &result, const char *code) {
        REQUIRE_FALSE(result);
        CHECK(result.error().code == QLatin1String(code));
        CHECK_FALSE(result.error().message.isEmpty());
        CHECK(project == before);
    };
    refusedWith(setField(project, u"exchange_server"_s, u"nobody"_s, u"name"_s, u"x"_s), "not-found");
    refusedWith(setField(project, u"exchange_server"_s, kServer, u"colour"_s, u"x"_s), "unknown-field");
    refusedWith(setField(project, u"exchange_server"_s, kServer, u"build"_s, 1), "derived");
    refusedWith(setField(project, u"exchange_server"_s, kServer, u"name"_s, u""_s), "refused");
    const QString antiVirus = project.inventory.products.first().meta.id;
    REQUIRE(project.inventory.products.first().category != ProductCategory::Other);
    refusedWith(setHeldPhases(project, antiVirus, {u"mailbox"_s}), "refused");
    refusedWith(addObject(project, u"organization"_s), "single");
    refusedWith(addObject(project, u"exchange_server"_s), "refused"); // no name
    refusedWith(addObject(project, u"exchange_server"_s, {{u"name"_s, u"X"_s}, {u"memoryGb"_s, -2}}), "refused");
    refusedWith(addObject(project, u"spaceship"_s), "unknown-kind");
    refusedWith(removeObject(project, u"forest"_s, u"forest"_s), "single");
    refusedWith(answerFinding(project, plan.findings, u"NO-SUCH:thing"_s, true, u"a"_s, {}, {}), "not-found");
    QString blocker;
    for (const Finding &f : plan.findings) {
        if (f.severity == Severity::Blocker)
            blocker = f.id;
    }
    REQUIRE_FALSE(blocker.isEmpty());
    refusedWith(answerFinding(project, plan.findings, blocker, true, u"a"_s, {}, {}), "refused");
    refusedWith(setTaskState(project, plan, u"assess/nothing"_s, TaskEdit{TaskStatus::Done, {}, {}, {}}), "not-found");
    refusedWith(setRoutingGroupOrder(project, {u"rg-nowhere"_s}), "not-found");
    refusedWith(setRoutingGroupOrder(project, {kDallas, kDallas}), "refused");
    refusedWith(setTargetSites(project, kDallas, {u"site-nowhere"_s}), "not-found");
    refusedWith(setTargetSites(project, u"rg-nowhere"_s, {}), "not-found");
    refusedWith(setFirstConnectorRoutingGroup(project, u"rg-nowhere"_s), "not-found");
    EffortSettings effort;
    effort.concurrentMoves = 0;
    refusedWith(setEffortSettings(project, effort), "refused");
    effort = {};
    effort.hoursPerNight = 25;
    refusedWith(setEffortSettings(project, effort), "refused");
}

TEST_CASE("plan edits record before and after and undo exactly", "[edit][plan]")
{
    Project project = sampleProject();
    const Project before = project;
    const Plan plan = planOf(project);
    QList<Change> changes;
    const auto apply = [&](Result<Change> result) {
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result);
        CHECK_FALSE(result->isEmpty());
        changes.append(*result);
    };
    QString manual;
    for (const Finding &f : plan.findings) {
        if (f.severity == Severity::Manual)
            manual = f.id;
    }
    apply(answerFinding(project, plan.findings, manual, true, u"Ana"_s, QDateTime::currentDateTimeUtc(), u"ok"_s));
    apply(setRoutingGroupOrder(project, {kDallas}));
    apply(setTargetSites(project, kDallas, {project.inventory.sites.first().meta.id}));
    apply(setFirstConnectorRoutingGroup(project, kDallas));
    EffortSettings effort;
    effort.moveRateGbPerHour = 3;
    apply(setEffortSettings(project, effort));
    apply(addObject(
        project, u"exchange_aware_product"_s,
        {{u"name"_s, u"Archive"_s}, {u"category"_s, u"other"_s}, {u"heldPhases"_s, QJsonArray{u"mailbox"_s}}}));
    CHECK(findById(project.inventory.products, changes.last().objectId)->heldPhases == QStringList{u"mailbox"_s});
    for (const Change &change : changes)
        CHECK(change.structural);

    // Setting the same value again changes nothing.
    const Result<Change> again = setFirstConnectorRoutingGroup(project, kDallas);
    REQUIRE(again);
    CHECK(again->isEmpty());

    for (qsizetype i = changes.size() - 1; i >= 0; --i)
        revertChange(project, changes.at(i));
    CHECK(project == before);
    CHECK(setTargetSites(project, kDallas, {})->isEmpty()); // resetting what was never set
}

TEST_CASE("a task edit re-applies task states only and gives the plan a re-plan would give", "[edit][tasks]")
{
    Project project = sampleProject();
    Plan plan = planOf(project);
    const Phase *held = heldPhase(plan);
    REQUIRE(held);
    const QString key = held->tasks.first().key;
    const Result<Change> change =
        setTaskState(project, plan, key, TaskEdit{TaskStatus::Done, u"Dana"_s, QDate(2026, 12, 5), u"night"_s});
    REQUIRE(change);
    CHECK_FALSE(change->structural);
    // Marking a task of a held phase done warns, and names what holds it.
    REQUIRE(change->warnings.size() == 1);
    const Finding *holder = nullptr;
    for (const Finding &f : plan.findings) {
        if (f.id == held->heldBy.first())
            holder = &f;
    }
    REQUIRE(holder);
    CHECK(change->warnings.first().contains(holder->rule));
    CHECK(project.plan.taskState(key)->status == TaskStatus::Done);

    updatePlan(plan, project, *change);
    CHECK(planToJson(plan) == planToJson(planOf(project)));
    CHECK(plan.task(key)->owner == u"Dana"_s);

    // Not started again: no warning.
    const Result<Change> reset = setTaskState(project, plan, key, TaskEdit{TaskStatus::NotStarted, {}, {}, {}});
    REQUIRE(reset);
    CHECK(reset->warnings.isEmpty());
    updatePlan(plan, project, *reset);
    CHECK(planToJson(plan) == planToJson(planOf(project)));
}

TEST_CASE("progress counts not applicable apart, and phases can start when what they follow is finished",
          "[edit][progress]")
{
    Project project = sampleProject();
    Plan plan = planOf(project);
    QSet<QString> canStart = phasesThatCanStart(plan);
    CHECK(canStart.contains(u"assess"_s));
    CHECK_FALSE(canStart.contains(u"prepare-ad"_s));
    CHECK(phasesReadyToStart(plan).contains(u"assess"_s));

    const Phase *assess = plan.phase(u"assess"_s);
    REQUIRE(assess);
    REQUIRE(assess->tasks.size() >= 2);
    const QList<Task> tasks = assess->tasks;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const TaskStatus status = i == 0 ? TaskStatus::NotApplicable : TaskStatus::Done;
        const Result<Change> change = setTaskState(project, plan, tasks.at(i).key, TaskEdit{status, {}, {}, {}});
        REQUIRE(change);
        updatePlan(plan, project, *change);
    }
    const Progress progress = phaseProgress(*plan.phase(u"assess"_s));
    CHECK(progress.total == tasks.size());
    CHECK(progress.notApplicable == 1);
    CHECK(progress.done == tasks.size() - 1);
    CHECK(progress.finished() == tasks.size());
    CHECK(progress.complete());
    canStart = phasesThatCanStart(plan);
    CHECK_FALSE(phasesReadyToStart(plan).contains(u"assess"_s));
    const Phase *prepare = plan.phase(u"prepare-ad"_s);
    REQUIRE(prepare);
    CHECK(canStart.contains(u"prepare-ad"_s) == !prepare->isHeld());
    // Edge transport follows assess only.
    if (const Phase *edge = plan.phase(u"edge-transport"_s))
        CHECK(canStart.contains(edge->key) == !edge->isHeld());

    // Per routing group and per site, every task of their phases.
    const QList<SubjectProgress> groups = routingGroupProgress(plan);
    REQUIRE(groups.size() == plan.routingGroupOrder.size());
    int total = 0;
    for (const Phase &phase : plan.phases) {
        if (phase.scope == PhaseScope::RoutingGroup && phase.subjectId == groups.first().subjectId)
            total += int(phase.tasks.size());
    }
    CHECK(groups.first().progress.total == total);
    CHECK_FALSE(siteProgress(plan).isEmpty());
}
