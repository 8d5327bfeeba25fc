#include "Discovery.h"
#include "directory/MappedImport.h"

#include <QCoreApplication>

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
    MappedImport merged = mergeMapped(inventory, mapped, options.resolveAddresses, options.resolver);
    outcome.lookups = std::move(merged.lookups);
    outcome.serversPlaced = merged.serversPlaced;
    outcome.merge = std::move(merged.merge);
    // The sections this reading could not fill stay marked as such, with the reason, until a complete reading.
    inventory.incompleteSections.clear();
    for (const QString &section : outcome.summary.incompleteSections)
        inventory.incompleteSections.insert(
            section, outcome.summary.globalCatalogProblem.isEmpty()
                         ? QCoreApplication::translate("etp::Discovery", "The global catalog was not read.")
                         : outcome.summary.globalCatalogProblem);
    return outcome;
}

} // namespace etp::ldap
