#pragma once

// The one mapper from directory entries to the inventory model. LDIF import and live discovery both feed it, so it
// knows nothing about where entries come from: hand it every entry of the configuration, schema and domain naming
// contexts, in any order, then call finish().
//
//   DirectoryMapper mapper(Source::Ldif);           // or Source::Directory for live discovery
//   for (auto &entry : entries) mapper.add(std::move(entry));
//   MapResult result = mapper.finish();             // result.inventory, result.issues, result.coverage
//
// What it maps (exchange-ad-reference.md section 1): organization and mode; administrative groups; servers (version,
// front-end flag, routing group, FQDN, computer object and its OU); routing groups and masters; connectors of every
// class with bridgeheads, destinations, address spaces and costs; storage groups and stores (paths, homeMDBBL
// mailbox counts); public folder trees; recipient policies, SMTP namespaces, address lists, Recipient Update
// Services, offline address books; message delivery limits and filters; Intelligent Message Filter and connection
// filtering; SMTP virtual servers; Exchange 5.5 servers, SRS, ADC services and connection agreements; expansion
// servers; sites, subnets, site links, domain controllers (GC flag, OS, site, domain); domains (from domain heads and
// crossRefs); forest level; schema master; members of Schema Admins and Enterprise Admins (nested groups expanded).
//
// Entries the mapper does not know are skipped quietly. A malformed value (an unreadable DN, a number that is not
// one) becomes a MapIssue naming the entry and attribute; mapping goes on without that value.

#include "DirectoryEntry.h"
#include "model/Inventory.h"

#include <QSet>

#include <memory>

namespace etp {

/// A value the mapper could not use: which entry, which attribute, and why (translated).
struct MapIssue {
    QString dn;
    QString attribute;
    QString message;
};

/// Which parts of the directory the entries covered. Merge only removes objects of a kind whose source was seen, so
/// importing the configuration NC alone never deletes the domains found earlier.
struct MapCoverage {
    bool exchangeConfiguration = false; ///< the Exchange organization object was present
    bool sites = false;                 ///< the CN=Sites container or any site
    bool partitions = false;            ///< CN=Partitions (domains, forest level)
    bool domainData = false;            ///< at least one domain naming context head
    bool privilegedGroups = false;      ///< Schema Admins or Enterprise Admins of the root domain

    /// The inventory collection kinds (T::kind) whose objects this import was in a position to see.
    QSet<QString> kinds() const;
};

/// What the mapper produced from all entries.
struct MapResult {
    Inventory inventory;
    QList<MapIssue> issues;
    MapCoverage coverage;
    int entriesSeen = 0;
    int entriesUsed = 0; ///< entries that became or fed an inventory object
};

/// Maps directory entries (DN + lower-cased attributes) to an Inventory. Not thread-safe; one mapper per import.
class DirectoryMapper {
public:
    /// `source` is recorded as every mapped object's origin (Source::Ldif for import, Source::Directory for LDAP).
    explicit DirectoryMapper(Source source = Source::Ldif);
    ~DirectoryMapper();
    DirectoryMapper(const DirectoryMapper &) = delete;
    DirectoryMapper &operator=(const DirectoryMapper &) = delete;

    /// Takes one entry. Entries may arrive in any order; links between objects are made in finish().
    void add(DirectoryEntry entry);
    /// Number of entries added so far.
    int count() const;
    /// Builds the inventory from all entries added. The mapper is empty afterwards.
    MapResult finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace etp
