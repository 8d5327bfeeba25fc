#pragma once

// Synthetic Exchange organizations at the sizes of the reference's tier table (exchange-ad-reference.md, section 4),
// for benchmarks and for tests that need a large inventory. Every tier holds the awkward cases: RDNs with spaces,
// commas, parentheses, quotes and non-Latin letters; a routing master that points at a deleted object; an Exchange 5.5
// server with its Site Replication Service, an ADC with a connection agreement, the organization in mixed mode;
// stores with more than 1,500 mailboxes; and routing groups that are reachable one way only or not at all.

#include "model/Project.h"

#include <optional>

namespace etp::bench {

enum class Tier { S, M, L, XL };

/// How many objects of each kind a tier has.
struct TierSize {
    int adminGroups;
    int routingGroups;
    int servers;
    int routingGroupConnectors;
    int otherConnectors;
    int storageGroups;
    int stores;
    int sites;
    int subnets;
    int siteLinks;
    int domains;
    int expansionGroups;
};

TierSize tierSize(Tier tier);
QString tierName(Tier tier);
/// Parses "S", "M", "L" or "XL" (any case).
std::optional<Tier> tierFromName(QStringView name);

/// Builds the organization of a tier. Deterministic: ids come from the DNs, so two calls give equal projects.
Project makeOrganization(Tier tier);

} // namespace etp::bench
