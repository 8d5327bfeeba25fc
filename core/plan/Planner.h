#pragma once

// The planner (C6): phases per AD site and routing group with their dependencies, the findings that hold them, the
// tasks inside them, the legacy servers to keep and the mailbox-move effort.

#include "model/Project.h"
#include "plan/Plan.h"

namespace etp {

/// Builds the plan of a project from its findings (those of evaluateRules(project)): the phase graph of the
/// catalogue in a dependency order, the tasks of each phase with their saved tracking state, tasks fulfilled by
/// Exchange 2007 servers marked done, saved states of tasks no longer planned as obsolete tasks, the kept legacy
/// servers and the effort per routing group. Deterministic: the same project and findings give the same plan.
Plan buildPlan(const Project &project, const QList<Finding> &findings);

} // namespace etp
