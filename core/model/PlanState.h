#pragma once

// What a person decided about the plan: manual answers, task tracking, routing-group order, target sites, effort.

#include "Meta.h"

#include <QDate>
#include <QDateTime>

namespace etp {

/// A person's answer to a manual finding (rule severity "manual"); a "no" holds what the rule holds.
struct ManualAnswer {
    static constexpr const char *kind = "manual_answer";
    QString findingId;
    bool yes = false;
    QString by;
    QDateTime at;
    QString note;

    template <class V> void fields(V &&v)
    {
        v("findingId", findingId);
        v("yes", yes);
        v("by", by);
        v("at", at);
        v("note", note);
    }
    bool operator==(const ManualAnswer &) const = default;
};

enum class TaskStatus : int { NotStarted = 0, InProgress, Done, NotApplicable };
template <> struct EnumNames<TaskStatus> {
    static constexpr std::array<const char *, 4> names{"not-started", "in-progress", "done", "not-applicable"};
};

/// Tracking state of one plan task, keyed by the task's stable key. Kept even when the task leaves the plan.
struct TaskState {
    static constexpr const char *kind = "task_state";
    QString taskKey;
    TaskStatus status = TaskStatus::NotStarted;
    QString owner;
    QDate date;
    QString note;
    QString lastTitle; ///< the title when last planned, shown for a task that became obsolete

    template <class V> void fields(V &&v)
    {
        v("taskKey", taskKey);
        v("status", status);
        v("owner", owner);
        v("date", date);
        v("note", note);
        v("lastTitle", lastTitle);
    }
    bool operator==(const TaskState &) const = default;
};

/// The AD sites a routing group's Exchange 2007 servers go to, when a person chose them.
struct RoutingGroupTargets {
    static constexpr const char *kind = "routing_group_targets";
    QString routingGroupId;
    QStringList siteIds;

    template <class V> void fields(V &&v)
    {
        v("routingGroupId", routingGroupId);
        v("siteIds", siteIds);
    }
    bool operator==(const RoutingGroupTargets &) const = default;
};

/// Settings for the mailbox-move effort estimate.
struct EffortSettings {
    static constexpr const char *kind = "effort_settings";
    double moveRateGbPerHour = 2.0; ///< per concurrent move
    int concurrentMoves = 4;        ///< Move-Mailbox default MaxThreads
    double hoursPerNight = 8.0;

    template <class V> void fields(V &&v)
    {
        v("moveRateGbPerHour", moveRateGbPerHour);
        v("concurrentMoves", concurrentMoves);
        v("hoursPerNight", hoursPerNight);
    }
    bool operator==(const EffortSettings &) const = default;
};

/// Plan state saved with the project.
struct PlanState {
    QList<ManualAnswer> answers;
    QList<TaskState> tasks;
    QStringList routingGroupOrder; ///< routing group ids in the order a person set; empty = default order
    QList<RoutingGroupTargets> targetSites;
    QString firstConnectorRoutingGroupId; ///< hosts the first connector to Exchange 2007; empty = default
    EffortSettings effort;

    const TaskState *taskState(const QString &taskKey) const;
    /// The task's state, created (not started) when it has none yet.
    TaskState &taskStateFor(const QString &taskKey);
    /// The person's choice of target sites for a routing group, or nullptr when none was made.
    const RoutingGroupTargets *targetsFor(const QString &routingGroupId) const;

    bool operator==(const PlanState &) const = default;
};

} // namespace etp
