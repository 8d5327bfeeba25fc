#pragma once

// The phase catalogue's stable IDs and the keys of phase instances. Rules name the phases they hold by these keys;
// the planner builds phases with the same keys, so held_by is a simple match.

#include "model/Meta.h"

namespace etp {

enum class PhaseId : int {
    Assess = 0,
    PrepareAd,
    ClientAccess,
    EdgeTransport,
    HubTransport,
    Mailbox,
    PublicFolders,
    Decommission,
    RemoveRouting,
    UnifiedMessaging,
    PostInstall
};
template <> struct EnumNames<PhaseId> {
    static constexpr std::array<const char *, 11> names{
        "assess",         "prepare-ad",   "client-access",  "edge-transport",    "hub-transport", "mailbox",
        "public-folders", "decommission", "remove-routing", "unified-messaging", "post-install"};
};

/// What one instance of a phase is about.
enum class PhaseScope : int { Organization = 0, Site, RoutingGroup };
template <> struct EnumNames<PhaseScope> {
    static constexpr std::array<const char *, 3> names{"organization", "site", "routing-group"};
};

/// The scope of each catalogue phase: client-access per target AD site, the routing-group phases per routing group.
PhaseScope phaseScope(PhaseId phase);

/// The key of a phase instance: "assess", "client-access:<site id>", "hub-transport:<routing group id>".
QString phaseKey(PhaseId phase, const QString &subjectId = {});

/// Splits a phase key into phase and subject id; nullopt for a key that names no catalogue phase.
std::optional<std::pair<PhaseId, QString>> parsePhaseKey(const QString &key);

/// The role phases: every phase except assess and edge-transport (PRODUCT.md: "all role phases").
bool isRolePhase(PhaseId phase);

} // namespace etp
