#include "LdifImport.h"

#include "LdifReader.h"
#include "MappedImport.h"

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
        outcome.skippedLines += statistics.skippedLines;
        for (auto &line : statistics.skipped) {
            if (outcome.skipped.size() < LdifStatistics::kMaxSkippedListed)
                outcome.skipped.append(std::move(line));
        }
    }
    MapResult mapped = mapper.finish();
    outcome.issues = std::move(mapped.issues);
    MappedImport merged = mergeMapped(inventory, mapped, options.resolveAddresses, options.resolver);
    outcome.lookups = std::move(merged.lookups);
    outcome.serversPlaced = merged.serversPlaced;
    outcome.merge = std::move(merged.merge);
    return outcome;
}

} // namespace etp
