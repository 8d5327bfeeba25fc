#pragma once

// Internal to the directory mapper: the entries sorted by what they are, and the helpers every mapping family uses
// (reading numbers, booleans and DNs, reporting malformed values, building object identity).

#include "DirectoryMapper.h"
#include "Dn.h"
#include "StoredEntry.h"

#include <QHash>

namespace etp::mapping {

/// What an entry is, decided once from its objectClass values.
enum class Family : int {
    Organization = 0,
    AdminGroup,
    Server,
    RoutingGroup,
    Connector,
    StorageGroup,
    MailboxStore,
    PublicStore,
    PublicFolderTree,
    RecipientPolicy,
    AddressList,
    RecipientUpdateService,
    OfflineAddressBook,
    MessageDelivery,
    ContentFilter,
    ConnectionFilter,
    ConnectionFilterRule,
    SmtpVirtualServer,
    SiteReplicationService,
    AdcService,
    ConnectionAgreement,
    SchemaVersion,
    Site,
    SitesContainer,
    Subnet,
    SiteLink,
    SiteServer,
    NtdsSettings,
    Computer,
    DomainHead,
    CrossRef,
    Partitions,
    SchemaHead,
    Group,
    Account,
    Count
};

/// One entry kept until finish(), packed, with its normalized DN.
struct Entry {
    StoredEntry entry;
    QString key;         ///< normalized DN
    QString objectClass; ///< the most specific class, lower case
    int backLinks = 0;   ///< mailbox stores: the number of homeMDBBL values, which are dropped on arrival

    /// The DN parsed, case kept (parsed when asked: most entries never need more than their key).
    DistinguishedName dn() const { return DistinguishedName::parse(entry.dn).value_or(DistinguishedName()); }
};

/// Everything the families share while finish() runs.
class Context {
public:
    explicit Context(Source source)
        : m_source(source)
    {
    }

    Source source() const { return m_source; }
    QList<MapIssue> issues;
    Inventory inventory;
    MapCoverage coverage;
    int used = 0;

    /// Entries by family, in arrival order.
    QList<Entry> entries[int(Family::Count)];
    const QList<Entry> &of(Family family) const { return entries[int(family)]; }

    /// Identity of an object mapped from an entry: id = objectGUID (or a new id), DN, legacyExchangeDN, origin.
    ObjectMeta meta(const Entry &e);
    /// Identity of an object derived from several entries (an SMTP namespace, a group member): a stable id made
    /// from `kind` and `key`, so that the same import gives the same id twice.
    ObjectMeta derivedMeta(const QString &kind, const QString &key) const;

    /// The display name: `name`, else `cn`, else the RDN value.
    static QString name(const Entry &e);
    /// An integer attribute; nullopt when absent; a MapIssue and nullopt when it is not a number.
    std::optional<qint64> integer(const Entry &e, const QString &attribute);
    std::optional<int> int32(const Entry &e, const QString &attribute);
    /// A Boolean written "TRUE"/"FALSE" or 1/0 (any case); a MapIssue and nullopt for anything else.
    std::optional<bool> boolean(const Entry &e, const QString &attribute);
    /// The normalized form of a DN-valued attribute's first value; empty when absent, a MapIssue when malformed.
    QString dnKey(const Entry &e, const QString &attribute);
    /// The normalized forms of all values of a DN-valued attribute (malformed ones reported and skipped).
    QStringList dnKeys(const Entry &e, const QString &attribute);
    /// The normalized form of a DN string; empty (and a MapIssue naming `e` and `attribute`) when malformed.
    QString keyOf(const Entry &e, const QString &attribute, const QString &dn);
    /// The normalized key of an ancestor of the entry (levels = 1 for the parent).
    static QString ancestorKey(const Entry &e, int levels) { return ancestorOfKey(e.key, levels); }
    /// The normalized DN `levels` RDNs up from a normalized DN (cut at unescaped commas; no parsing needed).
    static QString ancestorOfKey(const QString &key, int levels);

    void report(const Entry &e, const QString &attribute, const QString &message);

    // Lookups filled while mapping (normalized DN -> inventory id), used to link objects.
    QHash<QString, QString> adminGroupByDn;
    QHash<QString, QString> serverByDn;
    QHash<QString, QString> serverByLegacyDn; ///< lower-cased legacyExchangeDN
    QHash<QString, QString> routingGroupByDn;
    QHash<QString, QString> storageGroupByDn;
    QHash<QString, QString> publicFolderTreeByDn;
    QHash<QString, QString> smtpVirtualServerOwner; ///< virtual server DN -> server id
    QHash<QString, QString> siteByDn;
    QHash<QString, const Entry *> computerByDn;
    QHash<QString, const Entry *> computerByHostName;  ///< lower-cased dNSHostName
    QHash<QString, const Entry *> computerByName;      ///< lower-cased cn; nullptr when ambiguous
    QString configurationDn;                           ///< normalized "cn=configuration,<root>"
    QString rootDomainDn;                              ///< normalized forest root domain DN
    QList<std::pair<QString, QString>> domainSuffixes; ///< ",<normalized NC>" -> domain id, longest first

    /// The domain (by id) whose naming context holds the normalized DN `key`, the longest match; empty when none does.
    QString domainOfKey(const QString &key) const
    {
        for (const auto &[suffix, id] : domainSuffixes) {
            if (key.endsWith(suffix))
                return id;
        }
        return {};
    }

    /// The server an arbitrary DN belongs to: the server itself, an SMTP virtual server or MTA below it.
    QString serverFor(const QString &key) const;

private:
    Source m_source;
    QHash<QString, QString> m_keyCache; ///< DN as written -> normalized (the same DNs are named again and again)
};

/// Converts a binary objectSid to "S-1-5-21-…"; empty when the bytes are not a SID.
QString sidToString(const QByteArray &sid);

// The mapping families, run by DirectoryMapper::finish() in this order.
void mapExchangeConfiguration(Context &context);
void mapExchangeRouting(Context &context);
void mapExchangeSettings(Context &context);
void mapTopology(Context &context);
void mapGroups(Context &context);

} // namespace etp::mapping
