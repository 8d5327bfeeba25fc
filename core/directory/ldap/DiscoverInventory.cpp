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

} // namespace etp::ldap
