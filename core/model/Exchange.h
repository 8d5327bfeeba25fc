#pragma once

// The Exchange organization: the seed's Table 1, row by row, plus the objects the readiness rules and the planner
// need (servers, connectors, stores, legacy directory objects, features in use).

#include "Meta.h"

#include <QDateTime>

namespace etp {

/// The Exchange product a server runs, read from serialNumber / versionNumber.
enum class ExchangeProduct : int { Unknown = 0, Exchange55, Exchange2000, Exchange2003, Exchange2007, Later };
template <> struct EnumNames<ExchangeProduct> {
    static constexpr std::array<const char *, 6> names{"unknown",       "exchange-5.5",  "exchange-2000",
                                                       "exchange-2003", "exchange-2007", "later"};
};

/// Table 1 "Exchange organization": the organization object and the answers that belong to the whole organization.
struct Organization {
    static constexpr const char *kind = "organization";
    ObjectMeta meta;
    QString name;
    std::optional<bool> mixedMode;            ///< msExchMixedMode
    std::optional<int> exchangeSchemaVersion; ///< rangeUpper of ms-Exch-Schema-Version-Pt
    std::optional<int> objectVersion;
    QString dataRecoveryPlan;       ///< Table 1 "Data recovery plan": backup and restore plan (manual)
    QString policyExemptions;       ///< exemptions from policies applied at the user level (manual)
    std::optional<bool> edgeWanted; ///< Edge Transport wanted; nullopt = not answered yet
    std::optional<bool> umWanted;   ///< Unified Messaging wanted
    QStringList outlookVersions;    ///< Outlook versions in use, e.g. "Outlook 2003"
    std::optional<bool> outlook2003OrEarlierInUse;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("mixedMode", mixedMode);
        v("exchangeSchemaVersion", exchangeSchemaVersion);
        v("objectVersion", objectVersion);
        v("dataRecoveryPlan", dataRecoveryPlan);
        v("policyExemptions", policyExemptions);
        v("edgeWanted", edgeWanted);
        v("umWanted", umWanted);
        v("outlookVersions", outlookVersions);
        v("outlook2003OrEarlierInUse", outlook2003OrEarlierInUse);
    }
    bool operator==(const Organization &) const = default;
};

/// An administrative group, with the permissions assigned to Exchange administrators (Table 1).
struct AdminGroup {
    static constexpr const char *kind = "admin_group";
    ObjectMeta meta;
    QString name;
    bool isDefault = false;
    QString permissions; ///< who holds which permissions on it (manual or discovered summary)

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("isDefault", isDefault);
        v("permissions", permissions);
    }
    bool operator==(const AdminGroup &) const = default;
};

/// An Exchange server (any version; 5.5 and 2007 included, since the rules and the planner need to see them).
struct ExchangeServer {
    static constexpr const char *kind = "exchange_server";
    ObjectMeta meta;
    QString name;
    QString fqdn;          ///< from networkAddress ncacn_ip_tcp:
    QStringList addresses; ///< IPv4/IPv6 addresses, resolved or typed
    QString serialNumber;  ///< e.g. "Version 6.5 (Build 7638.2: Service Pack 2)"
    std::optional<qint64> versionNumber;
    ExchangeProduct product = ExchangeProduct::Unknown;
    std::optional<int> servicePack;
    std::optional<int> build;
    std::optional<bool> frontEnd;          ///< serverRole == 1
    std::optional<int> serverRole;         ///< raw serverRole
    std::optional<int> legacyServerRole;   ///< raw msExchServerRole
    std::optional<int> currentServerRoles; ///< msExchCurrentServerRoles (Exchange 2007 and later)
    QString adminGroupId;
    QString routingGroupId;
    QString ou; ///< organizational unit of the computer object (Table 2 "server placement")
    QString computerDn;
    QString processors; ///< Table 1 hardware (manual or CSV)
    std::optional<double> memoryGb;
    std::optional<double> diskGb;
    std::optional<double> networkMbps;
    bool perimeter = false; ///< sits in a perimeter network
    QString siteId;         ///< the AD site its address falls in (subnet match), typed or derived

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("fqdn", fqdn);
        v("addresses", addresses);
        v("serialNumber", serialNumber);
        v("versionNumber", versionNumber);
        v("product", product);
        v("servicePack", servicePack);
        v("build", build);
        v("frontEnd", frontEnd);
        v("serverRole", serverRole);
        v("legacyServerRole", legacyServerRole);
        v("currentServerRoles", currentServerRoles);
        v("adminGroupId", adminGroupId);
        v("routingGroupId", routingGroupId);
        v("ou", ou);
        v("computerDn", computerDn);
        v("processors", processors);
        v("memoryGb", memoryGb);
        v("diskGb", diskGb);
        v("networkMbps", networkMbps);
        v("perimeter", perimeter);
        v("siteId", siteId);
    }
    bool operator==(const ExchangeServer &) const = default;
};

/// A routing group; members are the servers whose routingGroupId names it.
struct RoutingGroup {
    static constexpr const char *kind = "routing_group";
    ObjectMeta meta;
    QString name;
    QString adminGroupId;
    QString masterDn;       ///< msExchRoutingMasterDN as written (may hold "DEL:")
    QString masterServerId; ///< the master, when it resolves to a known server

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("adminGroupId", adminGroupId);
        v("masterDn", masterDn);
        v("masterServerId", masterServerId);
    }
    bool operator==(const RoutingGroup &) const = default;
};

enum class ConnectorType : int { RoutingGroup = 0, Smtp, X400, LotusNotes, GroupWise, CcMail, MsMail, Other };
template <> struct EnumNames<ConnectorType> {
    static constexpr std::array<const char *, 8> names{"routing-group", "smtp",    "x400",    "lotus-notes",
                                                       "groupwise",     "cc-mail", "ms-mail", "other"};
};

/// A connector in a routing group's Connections container (Table 1 "connectors and their properties").
struct Connector {
    static constexpr const char *kind = "connector";
    ObjectMeta meta;
    QString name;
    ConnectorType type = ConnectorType::Other;
    QString objectClass;             ///< the directory class, for "other" connectors
    QString routingGroupId;          ///< the routing group it lives in
    QStringList sourceBridgeheadIds; ///< servers; empty = any server of the routing group
    QStringList targetBridgeheadIds;
    QString destinationRoutingGroupId; ///< routing group connectors: msExchDestinationRGDN
    QStringList addressSpaces;         ///< routingList, e.g. "SMTP:*;1"
    QStringList connectedDomains;
    std::optional<int> cost;
    QString smartHost;
    std::optional<int> messageSizeLimitKb;
    QString properties; ///< other properties worth documenting

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("type", type);
        v("objectClass", objectClass);
        v("routingGroupId", routingGroupId);
        v("sourceBridgeheadIds", sourceBridgeheadIds);
        v("targetBridgeheadIds", targetBridgeheadIds);
        v("destinationRoutingGroupId", destinationRoutingGroupId);
        v("addressSpaces", addressSpaces);
        v("connectedDomains", connectedDomains);
        v("cost", cost);
        v("smartHost", smartHost);
        v("messageSizeLimitKb", messageSizeLimitKb);
        v("properties", properties);
    }
    bool operator==(const Connector &) const = default;
};

/// A storage group with its log and system paths (Table 1 "storage groups and stores").
struct StorageGroup {
    static constexpr const char *kind = "storage_group";
    ObjectMeta meta;
    QString name;
    QString serverId;
    QString logPath;
    QString systemPath;
    std::optional<bool> circularLogging;
    bool recovery = false;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("serverId", serverId);
        v("logPath", logPath);
        v("systemPath", systemPath);
        v("circularLogging", circularLogging);
        v("recovery", recovery);
    }
    bool operator==(const StorageGroup &) const = default;
};

enum class StoreKind : int { Mailbox = 0, PublicFolder };
template <> struct EnumNames<StoreKind> {
    static constexpr std::array<const char *, 2> names{"mailbox", "public-folder"};
};

/// A mailbox or public folder store.
struct Store {
    static constexpr const char *kind = "store";
    ObjectMeta meta;
    QString name;
    StoreKind storeKind = StoreKind::Mailbox;
    QString storageGroupId;
    QString serverId;
    QString databasePath;            ///< msExchEDBFile
    QString streamingPath;           ///< msExchSLVFile
    std::optional<int> mailboxCount; ///< from homeMDBBL, or typed
    std::optional<double> sizeGb;    ///< typed or imported
    QString publicFolderTreeId;
    std::optional<qint64> storageQuotaKb;
    QStringList policies; ///< names of store policies applied

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("storeKind", storeKind);
        v("storageGroupId", storageGroupId);
        v("serverId", serverId);
        v("databasePath", databasePath);
        v("streamingPath", streamingPath);
        v("mailboxCount", mailboxCount);
        v("sizeGb", sizeGb);
        v("publicFolderTreeId", publicFolderTreeId);
        v("storageQuotaKb", storageQuotaKb);
        v("policies", policies);
    }
    bool operator==(const Store &) const = default;
};

/// A public folder tree (msExchPFTree); the MAPI tree is type 1.
struct PublicFolderTree {
    static constexpr const char *kind = "public_folder_tree";
    ObjectMeta meta;
    QString name;
    QString adminGroupId;
    std::optional<int> treeType;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("adminGroupId", adminGroupId);
        v("treeType", treeType);
    }
    bool operator==(const PublicFolderTree &) const = default;
};

/// A recipient policy: its LDAP filter and e-mail address templates (the SMTP ones give the SMTP namespaces).
struct RecipientPolicy {
    static constexpr const char *kind = "recipient_policy";
    ObjectMeta meta;
    QString name;
    QString filter;               ///< purportedSearch
    std::optional<int> order;     ///< msExchPolicyOrder
    QStringList addressTemplates; ///< gatewayProxy, e.g. "SMTP:@contoso.com"
    QStringList nonAuthoritativeDomains;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("filter", filter);
        v("order", order);
        v("addressTemplates", addressTemplates);
        v("nonAuthoritativeDomains", nonAuthoritativeDomains);
    }
    bool operator==(const RecipientPolicy &) const = default;
};

/// An address list or global address list with its LDAP filter.
struct AddressList {
    static constexpr const char *kind = "address_list";
    ObjectMeta meta;
    QString name;
    QString filter;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("filter", filter);
    }
    bool operator==(const AddressList &) const = default;
};

enum class SystemPolicyKind : int { Server = 0, MailboxStore, PublicStore };
template <> struct EnumNames<SystemPolicyKind> {
    static constexpr std::array<const char *, 3> names{"server", "mailbox-store", "public-store"};
};

/// A server or store policy (Table 1 "server policies, store policies").
struct SystemPolicy {
    static constexpr const char *kind = "system_policy";
    ObjectMeta meta;
    QString name;
    SystemPolicyKind policyKind = SystemPolicyKind::Server;
    QStringList appliesToIds;
    QString settings;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("policyKind", policyKind);
        v("appliesToIds", appliesToIds);
        v("settings", settings);
    }
    bool operator==(const SystemPolicy &) const = default;
};

/// A Recipient Update Service: which server runs it for which domain (it must move before that server goes).
struct RecipientUpdateService {
    static constexpr const char *kind = "recipient_update_service";
    ObjectMeta meta;
    QString name;
    QString serverId;
    QString serverName;
    QString domainDn;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("serverId", serverId);
        v("serverName", serverName);
        v("domainDn", domainDn);
    }
    bool operator==(const RecipientUpdateService &) const = default;
};

/// An offline address book and the server that generates it.
struct OfflineAddressBook {
    static constexpr const char *kind = "offline_address_book";
    ObjectMeta meta;
    QString name;
    QString serverId;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("serverId", serverId);
    }
    bool operator==(const OfflineAddressBook &) const = default;
};

/// An SMTP virtual server: bindings, authentication, encryption, limits, relay and smart host (message security).
struct SmtpVirtualServer {
    static constexpr const char *kind = "smtp_virtual_server";
    ObjectMeta meta;
    QString name;
    QString serverId;
    QStringList bindings;
    std::optional<int> authenticationFlags;
    std::optional<int> outboundSecurity;
    std::optional<bool> requireTls;
    QString fqdn;
    std::optional<qint64> maxMessageSizeKb;
    std::optional<int> maxRecipients;
    QString smartHost;
    std::optional<int> smartHostType;
    std::optional<bool> relayForAuthenticated;
    bool filterEnabled = false;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("serverId", serverId);
        v("bindings", bindings);
        v("authenticationFlags", authenticationFlags);
        v("outboundSecurity", outboundSecurity);
        v("requireTls", requireTls);
        v("fqdn", fqdn);
        v("maxMessageSizeKb", maxMessageSizeKb);
        v("maxRecipients", maxRecipients);
        v("smartHost", smartHost);
        v("smartHostType", smartHostType);
        v("relayForAuthenticated", relayForAuthenticated);
        v("filterEnabled", filterEnabled);
    }
    bool operator==(const SmtpVirtualServer &) const = default;
};

enum class LegacyDirectoryKind : int { SiteReplicationService = 0, AdcService, ConnectionAgreement };
template <> struct EnumNames<LegacyDirectoryKind> {
    static constexpr std::array<const char *, 3> names{"site-replication-service", "adc-service",
                                                       "connection-agreement"};
};

/// Exchange 5.5 coexistence objects that must be gone before Exchange 2007 (SRS, ADC, connection agreements).
struct LegacyDirectoryObject {
    static constexpr const char *kind = "legacy_directory_object";
    ObjectMeta meta;
    QString name;
    LegacyDirectoryKind objectKind = LegacyDirectoryKind::SiteReplicationService;
    QString serverName;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("objectKind", objectKind);
        v("serverName", serverName);
    }
    bool operator==(const LegacyDirectoryObject &) const = default;
};

/// The Exchange 2000 features of the seed's list that the directory cannot show; connectors are discovered.
enum class Feature : int {
    MobileInformationServer = 0,
    InstantMessaging,
    Chat,
    ConferencingServer,
    KeyManagementService,
    Other
};
template <> struct EnumNames<Feature> {
    static constexpr std::array<const char *, 6> names{"mobile-information-server", "instant-messaging",      "chat",
                                                       "conferencing-server",       "key-management-service", "other"};
};

/// An answer to "is this unsupported feature in use, and on which server?".
struct FeatureInUse {
    static constexpr const char *kind = "feature_in_use";
    ObjectMeta meta;
    Feature feature = Feature::Other;
    std::optional<bool> inUse;
    QString serverId;
    QString note;

    template <class V> void fields(V &&v)
    {
        v("feature", feature);
        v("inUse", inUse);
        v("serverId", serverId);
        v("note", note);
    }
    bool operator==(const FeatureInUse &) const = default;
};

} // namespace etp
