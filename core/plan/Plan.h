#pragma once

// A whole plan: findings, phases in dependency order with their tasks, the legacy servers to keep and the effort of
// the mailbox moves. Built by buildPlan() (Planner.h); rendered by the report code.

#include "plan/Phase.h"
#include "rules/Finding.h"

namespace etp {

/// A legacy server the FEATURE rules keep (seed: "you must plan to keep at least one Exchange 2000 Server server" /
/// "Exchange 2003 server"). Its routing group keeps it, its connector pair and itself.
struct KeptServer {
    QString serverId;
    QString server; ///< display name
    QString routingGroupId;
    QString routingGroup;
    QString reason;         ///< translated
    QStringList findingIds; ///< the FEATURE findings that keep it
};

/// The mailbox-move effort of one routing group.
struct RoutingGroupEffort {
    QString routingGroupId;
    QString routingGroup;
    qint64 mailboxes = 0;
    double gigabytes = 0;
    int nights = 0;
    int storesWithoutSize = 0; ///< mailbox stores whose size nobody entered: the estimate leaves them out
};

/// The plan of one project, as buildPlan() makes it and the reports render it.
struct Plan {
    QList<Finding> findings;
    QList<Phase> phases;       ///< in a dependency (topological) order
    QList<Task> obsoleteTasks; ///< saved task states whose task left the plan, with their last title
    QList<KeptServer> keptServers;
    QList<RoutingGroupEffort> effort; ///< per legacy routing group, in routing-group order
    QStringList routingGroupOrder;    ///< legacy routing group ids in plan order
    EffortSettings effortSettings;

    /// The phase with that key; nullptr when the plan has none.
    const Phase *phase(const QString &key) const;
    /// The task with that key, in a phase or among the obsolete tasks; nullptr when none.
    const Task *task(const QString &key) const;
};

} // namespace etp
