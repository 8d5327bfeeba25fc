#pragma once

// Table 2: Active Directory sites, subnets, site links, functional levels, domains, domain controllers, expansion
// servers, delegated and privileged groups.

#include "Meta.h"

namespace etp {

/// The forest: its functional level and schema master.
struct Forest {
    static constexpr const char *kind = "forest";
    ObjectMeta meta;
    QString rootDomain;                 ///< DNS name of the forest root domain
    std::optional<int> functionalLevel; ///< msDS-Behavior-Version on CN=Partitions (0 W2000, 2 W2003)
    QString schemaMasterDn;             ///< fSMORoleOwner of the schema NC (an NTDS Settings DN)
    QString schemaMasterDcId;           ///< the domain controller it names, when known

    template <class V> void fields(V &&v)
    {
        v("rootDomain", rootDomain);
        v("functionalLevel", functionalLevel);
        v("schemaMasterDn", schemaMasterDn);
        v("schemaMasterDcId", schemaMasterDcId);
    }
    bool operator==(const Forest &) const = default;
};

/// A domain of the forest with its mode and functional level.
struct Domain {
    static constexpr const char *kind = "domain";
    ObjectMeta meta;
    QString dnsName;
    QString netbiosName;
    QString namingContext;         ///< the domain's DN
    QString sid;                   ///< domain SID (S-1-5-21-…), for the 518/519 groups
    std::optional<bool> mixedMode; ///< nTMixedDomain = 1
    std::optional<int> functionalLevel;
    bool forestRoot = false;
    std::optional<bool> holdsExchange; ///< holds Exchange servers or recipients (typed or derived)

    template <class V> void fields(V &&v)
    {
        v("dnsName", dnsName);
        v("netbiosName", netbiosName);
        v("namingContext", namingContext);
        v("sid", sid);
        v("mixedMode", mixedMode);
        v("functionalLevel", functionalLevel);
        v("forestRoot", forestRoot);
        v("holdsExchange", holdsExchange);
    }
    bool operator==(const Domain &) const = default;
};

/// An Active Directory site.
struct AdSite {
    static constexpr const char *kind = "ad_site";
    ObjectMeta meta;
    QString name;
    QString description;
    QString location;
    bool internetFacing = false; ///< marked by the user: clients or inbound mail reach Exchange here from the Internet

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("description", description);
        v("location", location);
        v("internetFacing", internetFacing);
    }
    bool operator==(const AdSite &) const = default;
};

/// An IP subnet associated with a site, in CIDR form ("192.0.2.0/24", "2001:db8::/48").
struct Subnet {
    static constexpr const char *kind = "subnet";
    ObjectMeta meta;
    QString prefix;
    QString siteId;
    QString location;
    QString description;

    template <class V> void fields(V &&v)
    {
        v("prefix", prefix);
        v("siteId", siteId);
        v("location", location);
        v("description", description);
    }
    bool operator==(const Subnet &) const = default;
};

/// An IP site link with its member sites and cost.
struct SiteLink {
    static constexpr const char *kind = "site_link";
    ObjectMeta meta;
    QString name;
    QStringList siteIds;
    std::optional<int> cost;
    std::optional<int> replicationIntervalMinutes;
    QString transport; ///< "IP" or "SMTP"

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("siteIds", siteIds);
        v("cost", cost);
        v("replicationIntervalMinutes", replicationIntervalMinutes);
        v("transport", transport);
    }
    bool operator==(const SiteLink &) const = default;
};

/// A directory server (domain controller), its site, global catalog flag and operating system level.
struct DomainController {
    static constexpr const char *kind = "domain_controller";
    ObjectMeta meta;
    QString name;
    QString fqdn;
    QStringList addresses;
    QString siteId;
    QString domainId;
    std::optional<bool> globalCatalog;    ///< NTDS Settings options & 1
    QString operatingSystem;              ///< e.g. "Windows Server 2003"
    QString operatingSystemVersion;       ///< e.g. "5.2 (3790)"
    QString operatingSystemServicePack;   ///< e.g. "Service Pack 1"
    std::optional<int> dcFunctionalLevel; ///< msDS-Behavior-Version of NTDS Settings
    QString ntdsSettingsDn;
    QString computerDn;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("fqdn", fqdn);
        v("addresses", addresses);
        v("siteId", siteId);
        v("domainId", domainId);
        v("globalCatalog", globalCatalog);
        v("operatingSystem", operatingSystem);
        v("operatingSystemVersion", operatingSystemVersion);
        v("operatingSystemServicePack", operatingSystemServicePack);
        v("dcFunctionalLevel", dcFunctionalLevel);
        v("ntdsSettingsDn", ntdsSettingsDn);
        v("computerDn", computerDn);
    }
    bool operator==(const DomainController &) const = default;
};

/// A distribution group that expands on a particular server (msExchExpansionServerName).
struct ExpansionGroup {
    static constexpr const char *kind = "expansion_group";
    ObjectMeta meta;
    QString name;
    QString expansionServerLegacyDn; ///< as written in the directory
    QString expansionServerId;       ///< the server it resolves to, when known

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("expansionServerLegacyDn", expansionServerLegacyDn);
        v("expansionServerId", expansionServerId);
    }
    bool operator==(const ExpansionGroup &) const = default;
};

enum class PrivilegedGroup : int { SchemaAdmins = 0, EnterpriseAdmins };
template <> struct EnumNames<PrivilegedGroup> {
    static constexpr std::array<const char *, 2> names{"schema-admins", "enterprise-admins"};
};

/// A member (direct or through nesting) of Schema Admins or Enterprise Admins.
struct PrivilegedMember {
    static constexpr const char *kind = "privileged_member";
    ObjectMeta meta;
    PrivilegedGroup group = PrivilegedGroup::SchemaAdmins;
    QString account;  ///< display name or sAMAccountName
    QString viaGroup; ///< the nested group it came through, if any

    template <class V> void fields(V &&v)
    {
        v("group", group);
        v("account", account);
        v("viaGroup", viaGroup);
    }
    bool operator==(const PrivilegedMember &) const = default;
};

} // namespace etp
