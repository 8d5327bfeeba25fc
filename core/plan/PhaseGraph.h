#pragma once

// The phase catalogue (PRODUCT.md "Phase catalogue") turned into a graph of phase instances for one project.

#include "plan/PlanContext.h"

namespace etp {

/// Builds the phase instances without tasks, each with the `after` edges the catalogue gives, in a topological
/// order:
///  - assess; prepare-ad after assess;
///  - client-access per target or Internet-facing AD site, after prepare-ad;
///  - edge-transport after assess only (left out when Edge Transport is not wanted);
///  - per legacy routing group, in plan order: hub-transport after client-access of its target sites (and after the
///    hub-transport that installs the Hub Transport server it reuses, and after the hub-transport phase that
///    installs the organization's first Hub Transport server), then mailbox (also after the client-access phase of
///    every Internet-facing site), public-folders, decommission and remove-routing, each after the previous one of
///    the same routing group; the decommission of the routing group hosting the first connector also follows the
///    remove-routing phase of every other routing group that is removed;
///  - unified-messaging after the mailbox phase of the first routing group in order (left out when not wanted);
///  - post-install after every role phase planned (client-access, edge-transport, hub-transport, mailbox,
///    unified-messaging).
QList<Phase> buildPhaseGraph(const PlanContext &context);

/// Orders phases so that each comes after every phase in its `after` list (Kahn's algorithm); among phases that are
/// ready at the same time, the one that came first in `phases` goes first. Edges to phases not in the list are
/// ignored. A cycle cannot arise from the catalogue; should one appear, its phases follow in input order.
QList<Phase> topologicalOrder(const QList<Phase> &phases);

/// Attaches findings to the phases: holding findings to `heldBy` of the phases they hold, warnings to `concerns`.
void attachFindings(QList<Phase> &phases, const QList<Finding> &findings);

} // namespace etp
