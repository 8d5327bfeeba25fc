#include "PlanEdits.h"

#include "edit/InventoryEdits.h"
#include "plan/PhaseNames.h"
#include "plan/Planner.h"
#include "plan/Tracking.h"
#include "rules/RuleCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

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
    // One pass finds the task and its phase; an obsolete task has no phase.
    const Phase *phase = phaseOfTask(plan, taskKey);
    const Task *task = nullptr;
    if (phase) {
        const auto it = std::find_if(phase->tasks.cbegin(), phase->tasks.cend(),
                                     [&taskKey](const Task &candidate) { return candidate.key == taskKey; });
        task = &*it;
    } else {
        task = plan.task(taskKey);
    }
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

namespace {

/// The keys of the task states a change touched, or nothing when it touched more than task states.
std::optional<QSet<QString>> touchedTaskKeys(const Change &change)
{
    QSet<QString> keys;
    for (const EditStep &step : change.steps) {
        const auto *edit = std::get_if<PlanStateEdit>(&step);
        if (!edit)
            return std::nullopt;
        QHash<QString, const TaskState *> before;
        for (const TaskState &state : edit->before.tasks)
            before.insert(state.taskKey, &state);
        for (const TaskState &state : edit->after.tasks) {
            const TaskState *old = before.take(state.taskKey);
            if (!old || !(*old == state))
                keys.insert(state.taskKey);
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            keys.insert(it.key());
    }
    return keys;
}

/// Copies the saved state of the tasks with `keys` into the plan; false when one of them is not a planned task.
bool applyTouchedTaskStates(Plan &plan, const PlanState &state, const QSet<QString> &keys)
{
    qsizetype found = 0;
    // One key (the usual task edit) is compared directly: hashing every task's key costs more than the edit.
    const QString single = keys.size() == 1 ? *keys.cbegin() : QString();
    for (Phase &phase : plan.phases) {
        for (Task &task : phase.tasks) {
            if (keys.size() == 1 ? task.key != single : !keys.contains(task.key))
                continue;
            const TaskState *saved = state.taskState(task.key);
            task.status = saved ? saved->status : TaskStatus::NotStarted;
            task.owner = saved ? saved->owner : QString();
            task.date = saved ? saved->date : QDate();
            task.note = saved ? saved->note : QString();
            // As reapplyTaskStates: a task an Exchange 2007 server fulfils shows as done unless not applicable.
            if (!task.doneBy.isEmpty() && task.status != TaskStatus::NotApplicable)
                task.status = TaskStatus::Done;
            ++found;
        }
    }
    return found == keys.size();
}

} // namespace

void updatePlan(Plan &plan, const Project &project, const Change &change)
{
    if (change.structural) {
        plan = buildPlan(project, evaluateRules(project));
        return;
    }
    // A task edit touches one or a few task states: copy just those; anything else (an obsolete task, a change
    // that is not only task states) re-applies every saved state.
    const std::optional<QSet<QString>> keys = touchedTaskKeys(change);
    if (!keys || !applyTouchedTaskStates(plan, project.plan, *keys))
        reapplyTaskStates(plan, project.plan);
}

} // namespace etp
