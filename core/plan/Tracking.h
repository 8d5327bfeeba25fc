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

/// Re-applies the saved task states to a plan built earlier, without re-planning: every task takes its saved state
/// (or none), tasks an Exchange 2007 server fulfils (doneBy) show as done again, and the obsolete tasks are listed
/// anew. Gives the plan buildPlan() would give after an edit that changed only task states.
void reapplyTaskStates(Plan &plan, const PlanState &state);

/// How far a set of tasks has come (C8). Finished = done or not applicable; not applicable is counted apart, so that
/// a task nobody needs never looks like work done.
struct Progress {
    int total = 0;
    int done = 0;
    int notApplicable = 0;
    int inProgress = 0;

    int finished() const { return done + notApplicable; }
    /// Every task finished (true for a phase without tasks).
    bool complete() const { return finished() == total; }
    void add(const Task &task);
};

/// The progress of one phase.
Progress phaseProgress(const Phase &phase);

/// The progress of one routing group or AD site: every task of its phases, and for a site also the tasks of other
/// phases that are about it (install-hub:<site>, install-mailbox:<site>).
struct SubjectProgress {
    QString subjectId;
    QString subject; ///< display name
    Progress progress;
};

/// Progress per legacy routing group (in plan order) and per AD site that has a phase or a task (in the order they
/// first appear in the plan).
QList<SubjectProgress> routingGroupProgress(const Plan &plan);
QList<SubjectProgress> siteProgress(const Plan &plan);

/// Keys of the phases that can start now: nothing holds them and every phase they must follow is finished (its tasks
/// done or not applicable). A finished phase that meets this is included.
QSet<QString> phasesThatCanStart(const Plan &plan);
/// Keys of the phases that can start now and are not finished yet, in plan order.
QStringList phasesReadyToStart(const Plan &plan);

/// Records the current title of every planned task that has a saved state, so that it can still be shown by name
/// should it leave the plan.
void rememberTaskTitles(PlanState &state, const Plan &plan);

} // namespace etp
