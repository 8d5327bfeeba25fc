#include "LdifImport.h"

#include "LdifReader.h"

#include <QCoreApplication>

namespace etp {

Result<LdifImportOutcome> importLdif(const QStringList &files, Inventory &inventory, const LdifImportOptions &options)
{
    if (files.isEmpty())
        return Error{QStringLiteral("ldif.no-files"),
                     QCoreApplication::translate("etp::LdifImport", "No LDIF file was given.")};
    LdifImportOutcome outcome;
    DirectoryMapper mapper(Source::Ldif);
    for (const auto &file : files) {
        LdifStatistics statistics;
        const Status status = LdifReader::readFile(
            file, [&mapper](DirectoryEntry &&entry) { mapper.add(std::move(entry)); }, &statistics);
        if (!status)
            return status.error();
        ++outcome.files;
        outcome.entries += statistics.entries;
        outcome.skippedRecords += statistics.skippedRecords;
    }
    MapResult mapped = mapper.finish();
    outcome.issues = std::move(mapped.issues);
    if (options.resolveAddresses) {
        outcome.lookups = resolveInventoryAddresses(mapped.inventory, options.resolver);
        outcome.serversPlaced = assignServerSites(mapped.inventory);
    } else {
        // Addresses stay what the project had: the import did not look, so it must not clear them.
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

} // namespace etp
