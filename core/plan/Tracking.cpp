#include "Tracking.h"

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
