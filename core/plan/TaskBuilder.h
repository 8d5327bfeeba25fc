#pragma once

// The tasks an administrator follows in each phase (PRODUCT.md: "Each phase expands into concrete tasks"). Task keys
// are "<phase key>/<kind>[:<object id>]", built from stable ids; titles name the objects and are translated.

#include "plan/PlanContext.h"

namespace etp {

/// Fills the tasks of every phase, in the order an administrator works through them.
void buildTasks(QList<Phase> &phases, const PlanContext &context);

/// A task of `phase` with its key built from the kind and the object's id.
Task makeTask(const Phase &phase, const QString &kind, const QString &objectId, const QString &title,
              const QString &detail);

/// True when the Intelligent Message Filter is in use (the anti-spam settings say so, or a product is it): the
/// Content Filter agent of Exchange 2007 takes its place.
bool contentFilterWanted(const PlanContext &context);

/// The task that sets up the Content Filter agent in place of the Intelligent Message Filter, naming the settings to
/// carry over (SCL thresholds, IP allow and block lists, attachment blocking, block list providers). It goes in the
/// edge-transport phase, or in the hub-transport phase of the inbound site when Edge Transport is not wanted.
Task contentFilterTask(const Phase &phase, const PlanContext &context);

/// Tasks of the organization and site phases: assess, prepare-ad, client-access, edge-transport,
/// unified-messaging, post-install.
QList<Task> organizationTasks(const Phase &phase, const PlanContext &context);

/// Tasks of the routing-group phases: hub-transport, mailbox, public-folders, decommission, remove-routing.
QList<Task> routingGroupTasks(const Phase &phase, const PlanContext &context);

} // namespace etp
