#pragma once

// Live discovery, start to end: connect and bind to a domain controller and its global catalog, read the RootDSE,
// then a few paged searches by object class (configuration naming context from the domain controller, forest-wide
// domain data from the global catalog), each entry streamed to a sink such as the DirectoryMapper.

#include "LdapConnection.h"
#include "directory/AddressResolver.h"
#include "directory/DirectoryEntry.h"
#include "directory/DirectoryMapper.h"
#include "directory/InventoryMerge.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace etp::ldap {

/// Where and how to discover.
struct DiscoveryOptions {
    ConnectionOptions server; ///< the domain controller that serves the configuration naming context
    /// The global catalog; empty: the same host on port 3268 (3269 for ldaps://) with the same TLS settings.
    QString globalCatalogUri;
    int pageSize = 1000;
};

/// What discovery is doing now, for a progress display.
struct DiscoveryProgress {
    QString activity;  ///< translated: what is being read, from where
    qsizetype entries; ///< entries read so far, all searches together
};

/// What discovery read, apart from the entries themselves.
struct DiscoverySummary {
    DirectoryEntry rootDse;
    int forestFunctionality = 0; ///< RootDSE forestFunctionality; absent (Windows 2000) means 0
    int domainFunctionality = 0; ///< RootDSE domainFunctionality; absent means 0
    qsizetype entries = 0;
    bool globalCatalogRead = false;
    QString globalCatalogUri;
    /// When the global catalog could not be reached: the translated reason; discovery went on without it.
    QString globalCatalogProblem;
    /// Stable section names (EnumNames<Section>) whose data could not be read.
    QStringList incompleteSections;
};

/// Runs one discovery. Core only: no output; progress through a callback, cancel through a flag polled between
/// messages. Any fault ends the run with an error value; the sink has then seen a partial reading, which the caller
/// must discard.
class Discovery {
public:
    using Sink = std::function<void(DirectoryEntry &&entry)>;
    using ProgressCallback = std::function<void(const DiscoveryProgress &progress)>;

    explicit Discovery(DiscoveryOptions options);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    /// The flag is read from the discovery thread; another thread may set it at any moment.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    /// Connects, reads and streams every entry to `sink`. Wipes the password in the options. The global catalog is
    /// read on a second thread: the sink may be called from it, but never by two threads at once.
    Result<DiscoverySummary> run(const Sink &sink);

    /// The global catalog URI used when none is given: same host and TLS, port 3268 (3269 for ldaps://).
    static QString defaultGlobalCatalogUri(const QString &uri);
    /// The object classes read from the configuration naming context, as one filter.
    static QString configurationFilter();
    /// The object classes read from the global catalog for each domain, as one filter.
    static QString domainDataFilter();

private:
    Status search(const LdapConnection &connection, const QString &base, int scope, const QString &filter,
                  const QString &activity, const Sink &sink, DiscoverySummary &summary);
    void report(const QString &activity, qsizetype entries);

    DiscoveryOptions m_options;
    ProgressCallback m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

/// An inventory read live: the mapper's result and the summary of the reading.
struct DiscoveredInventory {
    MapResult map;
    DiscoverySummary summary;
};

/// Runs Discovery into a DirectoryMapper (Source::Directory). On a fault returns the error and no inventory.
Result<DiscoveredInventory> discoverInventory(DiscoveryOptions options, const Discovery::ProgressCallback &progress,
                                              const std::atomic<bool> *cancel);

/// Discovery as the command line and the wizard run it: read, map, resolve server names, merge into a project.
struct LiveDiscoveryOptions {
    DiscoveryOptions discovery;
    bool resolveAddresses = true; ///< false: leave addresses as they are (--no-resolve)
    ResolverOptions resolver;
};

/// What a live discovery did.
struct LiveDiscoveryOutcome {
    DiscoverySummary summary;
    QList<MapIssue> issues;
    QList<AddressLookup> lookups;
    int serversPlaced = 0;
    MergeReport merge;
};

/// Discovers and merges into `inventory` (what a person typed is kept). On any fault returns the error and leaves
/// `inventory` untouched: a partial reading is never merged.
Result<LiveDiscoveryOutcome> discoverInto(Inventory &inventory, LiveDiscoveryOptions options,
                                          const Discovery::ProgressCallback &progress, const std::atomic<bool> *cancel);

} // namespace etp::ldap
