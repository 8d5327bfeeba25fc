#pragma once

// The step import-ldif and discover share after mapping: resolve names (when asked), place servers in sites, merge.

#include "AddressResolver.h"
#include "DirectoryMapper.h"
#include "InventoryMerge.h"

namespace etp {

struct MappedImport {
    QList<AddressLookup> lookups; ///< one per name resolved (empty when not resolving)
    int serversPlaced = 0;        ///< servers whose address fell in a known subnet
    MergeReport merge;
};

/// Merges a mapped reading into `inventory`. Without resolving, matched objects keep the addresses and sites the
/// project had: the reading did not look, so it must not clear them.
MappedImport mergeMapped(Inventory &inventory, MapResult &mapped, bool resolveAddresses,
                         const ResolverOptions &resolver);

} // namespace etp
