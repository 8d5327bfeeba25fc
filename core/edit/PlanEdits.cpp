#include "PlanEdits.h"

#include "edit/InventoryEdits.h"
#include "plan/PhaseNames.h"
#include "plan/Planner.h"
#include "plan/Tracking.h"
#include "rules/RuleCatalog.h"

#include <QCoreApplication>
#include <QSet>

namespace etp {

namespace {

/// Translates in the "etp::PlanEdits" context.
struct PlanEditsText {
    Q_DECLARE_TR_FUNCTIONS(etp::PlanEdits)
};

Error refused(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

/// A change of the plan state from `before` to the project's current plan state; empty when nothing differs.
Change planChange(const PlanState &before, const Project &project, const QString &description)
{
    Change change;
    change.description = description;
    if (!(before == project.plan))
        change.steps.append(PlanStateEdit{before, project.plan});
    return change;
}

std::optional<Error> checkRoutingGroup(const Project &project, const QString &id)
{
    if (!project.inventory.routingGroup(id))
        return refused("not-found", PlanEditsText::tr("There is no routing group with the id \"%1\".").arg(id));
    return std::nullopt;
}

/// The phase that holds the task with `key`; nullptr for an obsolete task.
const Phase *phaseOfTask(const Plan &plan, const QString &key)
{
    for (const Phase &phase : plan.phases) {
        for (const Task &task : phase.tasks) {
            if (task.key == key)
                return &phase;
        }
    }
    return nullptr;
}

QString heldWarning(const Plan &plan, const Phase &phase, TaskStatus status)
{
    QStringList holders;
    for (const QString &id : phase.heldBy) {
        QString label = id;
        for (const Finding &finding : plan.findings) {
            if (finding.id == id)
                label = finding.rule + QStringLiteral(" (") + finding.subject + QLatin1Char(')');
        }
        holders.append(label);
    }
    QString name = phaseDisplayName(phase.id);
    if (phase.scope != PhaseScope::Organization)
        name += QStringLiteral(": ") + phase.subject;
    const QString marked = status == TaskStatus::Done ? PlanEditsText::tr("done") : PlanEditsText::tr("in progress");
    return PlanEditsText::tr("The phase %1 is held by %2; the task is marked %3 all the same.")
        .arg(name, holders.join(QStringLiteral(", ")), marked);
}

} // namespace

Result<Change> answerFinding(Project &project, const QList<Finding> &findings, const QString &findingId, bool yes,
                             const QString &by, const QDateTime &at, const QString &note)
{
    const Finding *finding = nullptr;
    for (const Finding &f : findings) {
        if (f.id == findingId)
            finding = &f;
    }
    if (!finding)
        return refused("not-found", PlanEditsText::tr("There is no finding \"%1\".").arg(findingId));
    if (finding->severity != Severity::Manual)
        return refused("refused",
                       PlanEditsText::tr("%1 is a %2 finding, not a question: it clears when the inventory no longer "
                                         "shows the problem. %3")
                           .arg(findingId, enumName(finding->severity), finding->remediation));
    const PlanState before = project.plan;
    ManualAnswer answer;
    answer.findingId = findingId;
    answer.yes = yes;
    answer.by = by;
    answer.at = at;
    answer.note = note;
    auto &answers = project.plan.answers;
    answers.removeIf([&](const ManualAnswer &a) { return a.findingId == findingId; });
    answers.append(answer);
    return planChange(before, project,
                      yes ? PlanEditsText::tr("Answer %1 with yes").arg(findingId)
                          : PlanEditsText::tr("Answer %1 with no").arg(findingId));
}

Result<Change> setTaskState(Project &project, const Plan &plan, const QString &taskKey, const TaskEdit &edit)
{
    const Task *task = plan.task(taskKey);
    if (!task)
        return refused("not-found", PlanEditsText::tr("The plan has no task \"%1\".").arg(taskKey));
    const PlanState before = project.plan;
    if (!edit.isEmpty()) {
        TaskState &state = project.plan.taskStateFor(taskKey);
        if (edit.status)
            state.status = *edit.status;
        if (edit.owner)
            state.owner = *edit.owner;
        if (edit.date)
            state.date = *edit.date;
        if (edit.note)
            state.note = *edit.note;
        if (!task->obsolete)
            state.lastTitle = task->title;
    }
    Change change = planChange(before, project, PlanEditsText::tr("Update task %1").arg(task->title));
    change.structural = false;
    if (edit.status && (*edit.status == TaskStatus::Done || *edit.status == TaskStatus::InProgress)) {
        const Phase *phase = phaseOfTask(plan, taskKey);
        if (phase && phase->isHeld())
            change.warnings.append(heldWarning(plan, *phase, *edit.status));
    }
    return change;
}

Result<Change> setRoutingGroupOrder(Project &project, const QStringList &routingGroupIds)
{
    QSet<QString> seen;
    for (const QString &id : routingGroupIds) {
        if (const auto error = checkRoutingGroup(project, id))
            return *error;
        if (seen.contains(id))
            return refused("refused", PlanEditsText::tr("The routing group \"%1\" is named twice.").arg(id));
        seen.insert(id);
    }
    const PlanState before = project.plan;
    project.plan.routingGroupOrder = routingGroupIds;
    return planChange(before, project,
                      routingGroupIds.isEmpty() ? PlanEditsText::tr("Reset the routing-group order")
                                                : PlanEditsText::tr("Set the routing-group order"));
}

Result<Change> setTargetSites(Project &project, const QString &routingGroupId, const QStringList &siteIds)
{
    if (const auto error = checkRoutingGroup(project, routingGroupId))
        return *error;
    QSet<QString> seen;
    for (const QString &id : siteIds) {
        if (!project.inventory.site(id))
            return refused("not-found", PlanEditsText::tr("There is no AD site with the id \"%1\".").arg(id));
        if (seen.contains(id))
            return refused("refused", PlanEditsText::tr("The AD site \"%1\" is named twice.").arg(id));
        seen.insert(id);
    }
    const PlanState before = project.plan;
    auto &targets = project.plan.targetSites;
    qsizetype index = -1;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (targets.at(i).routingGroupId == routingGroupId)
            index = i;
    }
    if (siteIds.isEmpty() && index >= 0)
        targets.removeAt(index);
    else if (!siteIds.isEmpty() && index >= 0)
        targets[index].siteIds = siteIds;
    else if (!siteIds.isEmpty())
        targets.append(RoutingGroupTargets{routingGroupId, siteIds});
    const QString name = project.inventory.routingGroup(routingGroupId)->name;
    return planChange(before, project,
                      siteIds.isEmpty() ? PlanEditsText::tr("Reset the target sites of %1").arg(name)
                                        : PlanEditsText::tr("Set the target sites of %1").arg(name));
}

Result<Change> setFirstConnectorRoutingGroup(Project &project, const QString &routingGroupId)
{
    if (!routingGroupId.isEmpty()) {
        if (const auto error = checkRoutingGroup(project, routingGroupId))
            return *error;
    }
    const PlanState before = project.plan;
    project.plan.firstConnectorRoutingGroupId = routingGroupId;
    return planChange(before, project,
                      routingGroupId.isEmpty() ? PlanEditsText::tr("Reset the routing group of the first connector")
                                               : PlanEditsText::tr("Host the first connector in %1")
                                                     .arg(project.inventory.routingGroup(routingGroupId)->name));
}

Result<Change> setEffortSettings(Project &project, const EffortSettings &settings)
{
    if (!(settings.moveRateGbPerHour > 0))
        return refused("refused", PlanEditsText::tr("The move rate must be more than 0 GB an hour."));
    if (settings.concurrentMoves < 1)
        return refused("refused", PlanEditsText::tr("At least one move must run at a time."));
    if (!(settings.hoursPerNight > 0) || settings.hoursPerNight > 24)
        return refused("refused", PlanEditsText::tr("A move night has more than 0 and at most 24 hours."));
    const PlanState before = project.plan;
    project.plan.effort = settings;
    return planChange(before, project, PlanEditsText::tr("Set the effort settings"));
}

void updatePlan(Plan &plan, const Project &project, const Change &change)
{
    if (change.structural)
        plan = buildPlan(project, evaluateRules(project));
    else
        reapplyTaskStates(plan, project.plan);
}

} // namespace etp
