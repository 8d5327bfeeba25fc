#pragma once

// Tracking (C8): saved task states follow their tasks by key; states whose task left the plan show as obsolete;
// Exchange 2007 servers in the inventory mark the tasks their roles fulfil as done.

#include "plan/Plan.h"
#include "plan/PlanningIndex.h"

namespace etp {

/// Bits of msExchCurrentServerRoles (reference section 1.4).
enum Exchange2007Role : int {
    RoleMailbox = 1 << 1,
    RoleClientAccess = 1 << 2,
    RoleUnifiedMessaging = 1 << 4,
    RoleHubTransport = 1 << 5,
    RoleEdgeTransport = 1 << 6
};

/// Copies status, owner, date and note of each saved state onto the task with the same key, and lists every saved
/// state whose key is no longer in the plan as an obsolete task (with its last title) in plan.obsoleteTasks.
void applyTaskStates(Plan &plan, const PlanState &state);

/// PRODUCT.md: "Exchange 2007 servers found by a later discovery (version 8) belong to the new organization: the
/// tasks their roles fulfil show as done." A Client Access server in a site fulfils that site's install task; a Hub
/// Transport or Mailbox server in a site fulfils the install tasks for that site; an Edge Transport or Unified
/// Messaging server fulfils the organization's install task. A task a person marked not applicable stays so.
void markFulfilledTasks(Plan &plan, const PlanningIndex &index);

/// Records the current title of every planned task that has a saved state, so that it can still be shown by name
/// should it leave the plan.
void rememberTaskTitles(PlanState &state, const Plan &plan);

} // namespace etp
