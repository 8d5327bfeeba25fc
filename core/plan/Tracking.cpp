#include "Tracking.h"

#include <QSet>

#include <algorithm>

namespace etp {

namespace {

QHash<QString, Task *> tasksByKey(Plan &plan)
{
    QHash<QString, Task *> tasks;
    for (Phase &phase : plan.phases) {
        for (Task &task : phase.tasks)
            tasks.insert(task.key, &task);
    }
    return tasks;
}

void markDone(Task *task, const QString &serverId)
{
    if (!task || task->status == TaskStatus::NotApplicable)
        return;
    task->status = TaskStatus::Done;
    if (task->doneBy.isEmpty())
        task->doneBy = serverId;
}

} // namespace

void applyTaskStates(Plan &plan, const PlanState &state)
{
    const QHash<QString, Task *> tasks = tasksByKey(plan);
    plan.obsoleteTasks.clear();
    for (const TaskState &saved : state.tasks) {
        Task *task = tasks.value(saved.taskKey);
        if (!task) {
            Task obsolete;
            obsolete.key = saved.taskKey;
            const qsizetype slash = saved.taskKey.indexOf(QLatin1Char('/'));
            const QString rest = slash < 0 ? QString() : saved.taskKey.mid(slash + 1);
            const qsizetype colon = rest.indexOf(QLatin1Char(':'));
            obsolete.kind = colon < 0 ? rest : rest.left(colon);
            obsolete.objectId = colon < 0 ? QString() : rest.mid(colon + 1);
            obsolete.title = saved.lastTitle.isEmpty() ? saved.taskKey : saved.lastTitle;
            obsolete.status = saved.status;
            obsolete.owner = saved.owner;
            obsolete.date = saved.date;
            obsolete.note = saved.note;
            obsolete.obsolete = true;
            plan.obsoleteTasks.append(obsolete);
            continue;
        }
        task->status = saved.status;
        task->owner = saved.owner;
        task->date = saved.date;
        task->note = saved.note;
    }
}

void markFulfilledTasks(Plan &plan, const PlanningIndex &index)
{
    const QHash<QString, Task *> tasks = tasksByKey(plan);
    for (const ExchangeServer &server : index.inventory().servers) {
        if (isLegacyServer(server) || !server.currentServerRoles)
            continue;
        const int roles = *server.currentServerRoles;
        const QString id = server.meta.id;
        const QString site = index.siteOfServer(id);
        if (roles & RoleEdgeTransport)
            markDone(tasks.value(taskKey(phaseKey(PhaseId::EdgeTransport), QStringLiteral("install-edge"))), id);
        if (roles & RoleUnifiedMessaging) {
            markDone(
                tasks.value(taskKey(phaseKey(PhaseId::UnifiedMessaging), QStringLiteral("install-unified-messaging"))),
                id);
        }
        if (site.isEmpty())
            continue;
        if (roles & RoleClientAccess) {
            markDone(
                tasks.value(taskKey(phaseKey(PhaseId::ClientAccess, site), QStringLiteral("install-client-access"))),
                id);
        }
        for (const QString &rg : index.routingGroupsTargeting(site)) {
            if (roles & RoleHubTransport)
                markDone(tasks.value(taskKey(phaseKey(PhaseId::HubTransport, rg), QStringLiteral("install-hub"), site)),
                         id);
            if (roles & RoleMailbox)
                markDone(tasks.value(taskKey(phaseKey(PhaseId::Mailbox, rg), QStringLiteral("install-mailbox"), site)),
                         id);
        }
    }
}

void reapplyTaskStates(Plan &plan, const PlanState &state)
{
    for (Phase &phase : plan.phases) {
        for (Task &task : phase.tasks) {
            task.status = TaskStatus::NotStarted;
            task.owner.clear();
            task.date = QDate();
            task.note.clear();
        }
    }
    applyTaskStates(plan, state);
    // markFulfilledTasks found these servers when the plan was built; the inventory has not changed since.
    for (Phase &phase : plan.phases) {
        for (Task &task : phase.tasks) {
            if (!task.doneBy.isEmpty() && task.status != TaskStatus::NotApplicable)
                task.status = TaskStatus::Done;
        }
    }
}

void Progress::add(const Task &task)
{
    ++total;
    switch (task.status) {
    case TaskStatus::Done:
        ++done;
        break;
    case TaskStatus::NotApplicable:
        ++notApplicable;
        break;
    case TaskStatus::InProgress:
        ++inProgress;
        break;
    case TaskStatus::NotStarted:
        break;
    }
}

Progress phaseProgress(const Phase &phase)
{
    Progress progress;
    for (const Task &task : phase.tasks)
        progress.add(task);
    return progress;
}

namespace {

SubjectProgress &entryFor(QList<SubjectProgress> &list, QHash<QString, qsizetype> &index, const QString &id,
                          const QString &name)
{
    auto it = index.constFind(id);
    if (it == index.constEnd()) {
        it = index.insert(id, list.size());
        list.append({id, name, {}});
    }
    return list[*it];
}

} // namespace

QList<SubjectProgress> routingGroupProgress(const Plan &plan)
{
    QList<SubjectProgress> out;
    QHash<QString, qsizetype> index;
    for (const QString &id : plan.routingGroupOrder)
        entryFor(out, index, id, QString());
    for (const Phase &phase : plan.phases) {
        if (phase.scope != PhaseScope::RoutingGroup)
            continue;
        SubjectProgress &entry = entryFor(out, index, phase.subjectId, phase.subject);
        entry.subject = phase.subject;
        for (const Task &task : phase.tasks)
            entry.progress.add(task);
    }
    return out;
}

QList<SubjectProgress> siteProgress(const Plan &plan)
{
    QList<SubjectProgress> out;
    QHash<QString, qsizetype> index;
    QHash<QString, QString> siteNames;
    for (const Phase &phase : plan.phases) {
        if (phase.scope == PhaseScope::Site)
            siteNames.insert(phase.subjectId, phase.subject);
    }
    for (const Phase &phase : plan.phases) {
        if (phase.scope == PhaseScope::Site) {
            SubjectProgress &entry = entryFor(out, index, phase.subjectId, phase.subject);
            for (const Task &task : phase.tasks)
                entry.progress.add(task);
            continue;
        }
        for (const Task &task : phase.tasks) {
            const auto name = siteNames.constFind(task.objectId);
            if (!task.objectId.isEmpty() && name != siteNames.constEnd())
                entryFor(out, index, task.objectId, *name).progress.add(task);
        }
    }
    return out;
}

QSet<QString> phasesThatCanStart(const Plan &plan)
{
    QSet<QString> unfinished;
    for (const Phase &phase : plan.phases) {
        if (!phaseProgress(phase).complete())
            unfinished.insert(phase.key);
    }
    QSet<QString> out;
    for (const Phase &phase : plan.phases) {
        if (phase.isHeld())
            continue;
        const bool ready = std::none_of(phase.after.cbegin(), phase.after.cend(),
                                        [&](const QString &key) { return unfinished.contains(key); });
        if (ready)
            out.insert(phase.key);
    }
    return out;
}

QStringList phasesReadyToStart(const Plan &plan)
{
    const QSet<QString> canStart = phasesThatCanStart(plan);
    QStringList out;
    for (const Phase &phase : plan.phases) {
        if (canStart.contains(phase.key) && !phaseProgress(phase).complete())
            out.append(phase.key);
    }
    return out;
}

void rememberTaskTitles(PlanState &state, const Plan &plan)
{
    QHash<QString, const Task *> tasks;
    for (const Phase &phase : plan.phases) {
        for (const Task &task : phase.tasks)
            tasks.insert(task.key, &task);
    }
    for (TaskState &saved : state.tasks) {
        if (const Task *task = tasks.value(saved.taskKey))
            saved.lastTitle = task->title;
    }
}

} // namespace etp
