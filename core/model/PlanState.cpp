#include "PlanState.h"

namespace etp {

const TaskState *PlanState::taskState(const QString &taskKey) const
{
    for (const auto &t : tasks) {
        if (t.taskKey == taskKey)
            return &t;
    }
    return nullptr;
}

TaskState &PlanState::taskStateFor(const QString &taskKey)
{
    for (auto &t : tasks) {
        if (t.taskKey == taskKey)
            return t;
    }
    TaskState state;
    state.taskKey = taskKey;
    tasks.append(state);
    return tasks.last();
}

const RoutingGroupTargets *PlanState::targetsFor(const QString &routingGroupId) const
{
    for (const auto &t : targetSites) {
        if (t.routingGroupId == routingGroupId)
            return &t;
    }
    return nullptr;
}

} // namespace etp
