#pragma once

// The one place the documents read progress from the plan's tracking state (core/plan/Tracking). Documents call only
// these functions, so a change in how tracking counts progress or decides what can start changes them here alone.

#include "plan/Plan.h"

namespace etp::document {

/// Finished and total tasks of a set of phases.
struct Progress {
    int finished = 0;
    int total = 0;
    /// Whole percent, 0 for an empty set.
    int percent() const { return total > 0 ? finished * 100 / total : 0; }
};

/// Progress of one phase: its finished tasks (done or not applicable) out of its tasks.
Progress phaseProgress(const Phase &phase);

/// True when a task is still open: not started or in progress.
bool isOpen(const Task &task);

/// True when the phase can start now: nothing holds it and every phase it must follow has all its tasks finished.
bool canStartNow(const Plan &plan, const Phase &phase);

} // namespace etp::document
