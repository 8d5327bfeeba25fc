#pragma once

// The whole LDIF import as one call, shared by the command line (`import-ldif`) and the GUI wizard: read every file
// through libldap's parser, map the entries, resolve server addresses and place servers in sites, and merge into
// the project's inventory (or fill an empty one).

#include "AddressResolver.h"
#include "DirectoryMapper.h"
#include "InventoryMerge.h"
#include "LdifReader.h"
#include "model/Result.h"

namespace etp {

/// How to import.
struct LdifImportOptions {
    bool resolveAddresses = true; ///< false: leave addresses as they are (--no-resolve)
    ResolverOptions resolver;     ///< nameserver (--dns-server) and time-out
};

/// What an import did.
struct LdifImportOutcome {
    int files = 0;
    int entries = 0;
    int skippedRecords = 0;         ///< change records other than add
    int skippedLines = 0;           ///< lines not used, all files together (change records included)
    QList<LdifSkippedLine> skipped; ///< the first of them, with file, line and reason
    QList<MapIssue> issues;         ///< malformed values, reported and skipped
    QList<AddressLookup> lookups;   ///< one per name resolved (empty with resolveAddresses = false)
    int serversPlaced = 0;          ///< servers whose address fell in a known subnet
    MergeReport merge;              ///< added / changed / removed per kind
};

/// Imports `files` into `inventory`. A file that cannot be read (missing, binary, truncated, badly encoded) stops
/// the import with an error naming the file and line, and leaves `inventory` untouched.
Result<LdifImportOutcome> importLdif(const QStringList &files, Inventory &inventory, const LdifImportOptions &options);

} // namespace etp
