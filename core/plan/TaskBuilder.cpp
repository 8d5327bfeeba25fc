#include "TaskBuilder.h"

namespace etp {

Task makeTask(const Phase &phase, const QString &kind, const QString &objectId, const QString &title,
              const QString &detail)
{
    Task task;
    task.kind = kind;
    task.objectId = objectId;
    task.key = taskKey(phase.key, kind, objectId);
    task.title = title;
    task.detail = detail;
    return task;
}

void buildTasks(QList<Phase> &phases, const PlanContext &context)
{
    for (Phase &phase : phases) {
        phase.tasks = phase.scope == PhaseScope::RoutingGroup ? routingGroupTasks(phase, context)
                                                              : organizationTasks(phase, context);
    }
}

} // namespace etp
