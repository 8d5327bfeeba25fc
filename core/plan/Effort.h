#pragma once

// The mailbox-move effort per routing group (C6: "estimated mailbox-move effort").

#include "plan/PlanContext.h"

namespace etp {

/// Gigabytes one night of moves carries: move rate per move x concurrent moves x hours per night. Settings that are
/// not positive fall back to the defaults of EffortSettings (2 GB/h, 4 concurrent moves, 8 hours).
double gigabytesPerNight(const EffortSettings &settings);

/// Nights needed to move `gigabytes`: rounded up, at least one night when there is anything to move.
int nightsFor(double gigabytes, const EffortSettings &settings);

/// The effort of each legacy routing group, in plan order: mailboxes and gigabytes of the mailbox stores on its
/// legacy servers and the nights their moves take. Stores without a size are counted in storesWithoutSize.
QList<RoutingGroupEffort> estimateEffort(const PlanContext &context, const EffortSettings &settings);

} // namespace etp
