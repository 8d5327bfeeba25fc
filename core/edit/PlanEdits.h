#pragma once

// Edit operations on the plan state: answers to manual rules, task tracking, the routing-group order, target sites,
// the routing group of the first connector and the effort settings. Each validates, applies and returns the Change it
// made (or an error that changes nothing), like the inventory edits.

#include "edit/Change.h"
#include "model/Result.h"
#include "plan/Plan.h"

namespace etp {

/// Records a person's answer to a manual finding of `findings` (those of evaluateRules(project)); answering again
/// replaces the earlier answer. Refused for an unknown finding ("not-found") or one that is not manual ("refused").
Result<Change> answerFinding(Project &project, const QList<Finding> &findings, const QString &findingId, bool yes,
                             const QString &by, const QDateTime &at, const QString &note);

/// What setTaskState changes; unset members stay as they are.
struct TaskEdit {
    std::optional<TaskStatus> status;
    std::optional<QString> owner;
    std::optional<QDate> date; ///< an invalid date clears it
    std::optional<QString> note;

    bool isEmpty() const { return !status && !owner && !date && !note; }
};

/// Sets status, owner, date or note of a task of `plan` (the plan of `project`, obsolete tasks included). Not
/// structural: the plan only re-applies task states. Marking a task of a held phase done or in progress is allowed,
/// with a warning that names what holds the phase. Refused for a task the plan does not have ("not-found").
Result<Change> setTaskState(Project &project, const Plan &plan, const QString &taskKey, const TaskEdit &edit);

/// Sets the order of the legacy routing groups (routing groups not named follow in the default order); an empty
/// list resets it to the default. Refused for an unknown or repeated routing group.
Result<Change> setRoutingGroupOrder(Project &project, const QStringList &routingGroupIds);

/// Chooses the AD sites a routing group's Exchange 2007 servers go to; an empty list resets it to the default (the
/// sites of its legacy servers). Refused for an unknown routing group or site.
Result<Change> setTargetSites(Project &project, const QString &routingGroupId, const QStringList &siteIds);

/// Chooses the routing group that hosts the first connector to Exchange 2007; empty resets it to the default.
Result<Change> setFirstConnectorRoutingGroup(Project &project, const QString &routingGroupId);

/// Sets the mailbox-move effort settings. Refused unless the move rate and hours a night are positive (at most 24
/// hours) and the concurrent moves a whole number of at least 1.
Result<Change> setEffortSettings(Project &project, const EffortSettings &settings);

/// Brings a plan up to date after a change: a structural change evaluates the rules and re-plans; a task change
/// only re-applies the saved task states (reapplyTaskStates).
void updatePlan(Plan &plan, const Project &project, const Change &change);

} // namespace etp
