#include "Discovery.h"

namespace etp::ldap {

Result<DiscoveredInventory> discoverInventory(DiscoveryOptions options, const Discovery::ProgressCallback &progress,
                                              const std::atomic<bool> *cancel)
{
    Discovery discovery(std::move(options));
    discovery.setProgressCallback(progress);
    discovery.setCancelFlag(cancel);
    DirectoryMapper mapper(Source::Directory);
    auto summary = discovery.run([&](DirectoryEntry &&entry) { mapper.add(std::move(entry)); });
    if (!summary)
        return summary.error();
    DiscoveredInventory out;
    out.summary = std::move(*summary);
    out.map = mapper.finish();
    return out;
}

Result<LiveDiscoveryOutcome> discoverInto(Inventory &inventory, LiveDiscoveryOptions options,
                                          const Discovery::ProgressCallback &progress, const std::atomic<bool> *cancel)
{
    auto discovered = discoverInventory(std::move(options.discovery), progress, cancel);
    if (!discovered)
        return discovered.error();
    LiveDiscoveryOutcome outcome;
    outcome.summary = std::move(discovered->summary);
    MapResult &mapped = discovered->map;
    outcome.issues = std::move(mapped.issues);
    if (options.resolveAddresses) {
        outcome.lookups = resolveInventoryAddresses(mapped.inventory, options.resolver);
        outcome.serversPlaced = assignServerSites(mapped.inventory);
    } else {
        // Addresses stay what the project had: discovery did not look, so it must not clear them.
        for (auto &server : mapped.inventory.servers) {
            if (const auto *known = findById(inventory.servers, server.meta.id)) {
                server.addresses = known->addresses;
                server.siteId = known->siteId;
            }
        }
        for (auto &dc : mapped.inventory.domainControllers) {
            if (const auto *known = findById(inventory.domainControllers, dc.meta.id))
                dc.addresses = known->addresses;
        }
    }
    outcome.merge = mergeInventory(inventory, std::move(mapped.inventory), mapped.coverage.kinds());
    return outcome;
}

} // namespace etp::ldap
