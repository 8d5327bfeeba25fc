#include "TaskProgress.h"

namespace etp::document {

Progress phaseProgress(const Phase &phase)
{
    return {phase.finishedTasks(), int(phase.tasks.size())};
}

bool isOpen(const Task &task)
{
    return task.status == TaskStatus::NotStarted || task.status == TaskStatus::InProgress;
}

bool canStartNow(const Plan &plan, const Phase &phase)
{
    if (phase.isHeld())
        return false;
    for (const QString &key : phase.after) {
        const Phase *before = plan.phase(key);
        if (before && phaseProgress(*before).finished < phaseProgress(*before).total)
            return false;
    }
    return true;
}

} // namespace etp::document
