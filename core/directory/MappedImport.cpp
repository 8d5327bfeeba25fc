#include "MappedImport.h"

namespace etp {

MappedImport mergeMapped(Inventory &inventory, MapResult &mapped, bool resolveAddresses,
                         const ResolverOptions &resolver)
{
    MappedImport out;
    QSet<QString> keptFields;
    if (resolveAddresses) {
        out.lookups = resolveInventoryAddresses(mapped.inventory, resolver);
        out.serversPlaced = assignServerSites(mapped.inventory);
    } else {
        keptFields = {QStringLiteral("addresses"), QStringLiteral("siteId")};
    }
    out.merge = mergeInventory(inventory, std::move(mapped.inventory), mapped.coverage.kinds(), keptFields);
    return out;
}

} // namespace etp
