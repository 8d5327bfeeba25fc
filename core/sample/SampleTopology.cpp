// The Active Directory and network half of the sample organization (the seed's Tables 2 and 3).

#include "SampleBuilder.h"

namespace etp::sample {

namespace {

QString sitesDn()
{
    return QStringLiteral("CN=Sites,") + configurationDn();
}

struct SiteSpec {
    const char *name;
    const char *description;
    const char *location;
    const char *subnets; ///< comma-separated CIDR prefixes
};

// Six sites. Every Exchange server's address (SampleOrganization.cpp) lies in a subnet of the site it belongs to:
// SEA-* 192.0.2.0/26, DAL-* 192.0.2.128/26, TOR-* 198.51.100.0/25, LON-* 198.51.100.128/25, FRA-* 203.0.113.0/25,
// ATH-* 203.0.113.128/26.
constexpr SiteSpec kSites[] = {
    {"Seattle-HQ", "Headquarters and main data centre", "Seattle, WA (HQ)",
     "192.0.2.0/26,192.0.2.64/26,192.0.2.192/26,2001:db8:10::/48"},
    {"Dallas", "Regional office", "Dallas, TX", "192.0.2.128/26"},
    {"Toronto", "Contoso office (acquired 2005)", "Toronto, ON", "198.51.100.0/25"},
    {"London", "EMEA headquarters", "London, UK", "198.51.100.128/25,2001:db8:20::/48"},
    {"Frankfurt", "EMEA data centre", "Frankfurt am Main, DE", "203.0.113.0/25,203.0.113.192/26,2001:db8:30::/48"},
    {"Athens", "Sales office", "Αθήνα, Ελλάδα", "203.0.113.128/26"},
};

struct LinkSpec {
    const char *name;
    int a;
    int b;
    int cost;
    int interval;
};

constexpr LinkSpec kLinks[] = {
    {"DEFAULTIPSITELINK", 0, 1, 100, 180},
    {"Seattle-Toronto", 0, 2, 100, 180},
    {"Seattle-London (transatlantic)", 0, 3, 200, 60},
    {"London-Frankfurt", 3, 4, 100, 15},
    {"Frankfurt-Athens", 4, 5, 300, 180},
};

struct DcSpec {
    const char *name;
    int site;
    const char *domain; ///< "root", "emea" or "research"
    const char *address;
    bool gc;
    const char *os;
    const char *osVersion;
    const char *servicePack;
    int level;
};

constexpr DcSpec kDcs[] = {
    {"SEA-DC01", 0, "root", "192.0.2.20", true, "Windows Server 2003", "5.2 (3790)", "Service Pack 1", 2},
    {"SEA-DC02", 0, "root", "192.0.2.21", true, "Windows 2000 Server", "5.0 (2195)", "Service Pack 4", 0},
    {"DAL-DC01", 1, "root", "192.0.2.150", true, "Windows Server 2003", "5.2 (3790)", "Service Pack 2", 2},
    {"TOR-DC01", 2, "root", "198.51.100.20", true, "Windows Server 2003", "5.2 (3790)", "", 2},
    {"LON-DC01", 3, "emea", "198.51.100.150", true, "Windows Server 2003", "5.2 (3790)", "Service Pack 1", 2},
    {"FRA-DC01", 4, "emea", "203.0.113.20", true, "Windows Server 2003", "5.2 (3790)", "Service Pack 1", 2},
    {"ATH-DC01", 5, "emea", "203.0.113.150", false, "Windows 2000 Server", "5.0 (2195)", "Service Pack 4", 0},
    {"SEA-RDC01", 0, "research", "192.0.2.22", false, "Windows 2000 Server", "5.0 (2195)", "Service Pack 4", 0},
};

struct DomainSpec {
    const char *key;
    const char *dns;
    const char *netbios;
    const char *dn;
    const char *sid;
    bool mixed;
    int level;
    bool root;
    bool holdsExchange;
};

constexpr DomainSpec kDomains[] = {
    {"root", "fabrikam.example", "FABRIKAM", "DC=fabrikam,DC=example", "S-1-5-21-3623811015-3361044348-30300820", false,
     2, true, true},
    {"emea", "emea.fabrikam.example", "EMEA", "DC=emea,DC=fabrikam,DC=example",
     "S-1-5-21-1004336348-1177238915-682003330", false, 0, false, true},
    {"research", "research.fabrikam.example", "RESEARCH", "DC=research,DC=fabrikam,DC=example",
     "S-1-5-21-2127521184-1604012920-1887927527", true, 0, false, false},
};

QString domainId(const Inventory &inv, const char *key)
{
    for (std::size_t i = 0; i < std::size(kDomains); ++i) {
        if (QLatin1String(kDomains[i].key) == QLatin1String(key))
            return inv.domains.at(int(i)).meta.id;
    }
    return {};
}

QString dnsSuffix(const char *key)
{
    for (const auto &d : kDomains) {
        if (QLatin1String(d.key) == QLatin1String(key))
            return QLatin1String(d.dns);
    }
    return {};
}

void addDomains(Inventory &inv)
{
    for (const auto &spec : kDomains) {
        Domain d;
        d.meta = discoveredMeta(
            QStringLiteral("CN=%1,CN=Partitions,%2").arg(QLatin1String(spec.netbios), configurationDn()));
        d.dnsName = QLatin1String(spec.dns);
        d.netbiosName = QLatin1String(spec.netbios);
        d.namingContext = QLatin1String(spec.dn);
        d.sid = QLatin1String(spec.sid);
        d.mixedMode = spec.mixed;
        d.functionalLevel = spec.level;
        d.forestRoot = spec.root;
        d.holdsExchange = spec.holdsExchange;
        d.meta.setSource(QStringLiteral("holdsExchange"), Source::Typed);
        inv.domains.append(d);
    }
}

void addSites(Inventory &inv)
{
    for (const auto &spec : kSites) {
        AdSite site;
        site.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(QLatin1String(spec.name), sitesDn()));
        site.name = QLatin1String(spec.name);
        site.description = QLatin1String(spec.description);
        site.location = QString::fromUtf8(spec.location);
        inv.sites.append(site);
        for (const auto &prefix : QString::fromLatin1(spec.subnets).split(QLatin1Char(','))) {
            Subnet subnet;
            subnet.meta = discoveredMeta(QStringLiteral("CN=%1,CN=Subnets,%2").arg(prefix, sitesDn()));
            subnet.prefix = prefix;
            subnet.siteId = site.meta.id;
            subnet.location = site.location;
            if (prefix == QLatin1String("192.0.2.64/26"))
                subnet.description = QStringLiteral("Clients, floors 2-5");
            else if (prefix == QLatin1String("192.0.2.192/26"))
                subnet.description = QStringLiteral("Perimeter network (DMZ)");
            else if (prefix == QLatin1String("203.0.113.192/26"))
                subnet.description = QStringLiteral("Clients");
            else
                subnet.description = QStringLiteral("Servers");
            inv.subnets.append(subnet);
        }
    }
    const QString transport = QStringLiteral("CN=IP,CN=Inter-Site Transports,") + sitesDn();
    for (const auto &spec : kLinks) {
        SiteLink link;
        link.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(QLatin1String(spec.name), transport));
        link.name = QLatin1String(spec.name);
        link.siteIds = {inv.sites.at(spec.a).meta.id, inv.sites.at(spec.b).meta.id};
        link.cost = spec.cost;
        link.replicationIntervalMinutes = spec.interval;
        link.transport = QStringLiteral("IP");
        inv.siteLinks.append(link);
    }
}

void addDomainControllers(Inventory &inv)
{
    for (const auto &spec : kDcs) {
        DomainController dc;
        const QString name = QLatin1String(spec.name);
        const QString serverDn =
            QStringLiteral("CN=%1,CN=Servers,CN=%2,%3").arg(name, QLatin1String(kSites[spec.site].name), sitesDn());
        dc.meta = discoveredMeta(serverDn);
        dc.name = name;
        dc.fqdn = name.toLower() + QLatin1Char('.') + dnsSuffix(spec.domain);
        dc.addresses = {QLatin1String(spec.address)};
        dc.siteId = inv.sites.at(spec.site).meta.id;
        dc.domainId = domainId(inv, spec.domain);
        dc.globalCatalog = spec.gc;
        dc.operatingSystem = QLatin1String(spec.os);
        dc.operatingSystemVersion = QLatin1String(spec.osVersion);
        dc.operatingSystemServicePack = QLatin1String(spec.servicePack);
        dc.dcFunctionalLevel = spec.level;
        dc.ntdsSettingsDn = QStringLiteral("CN=NTDS Settings,") + serverDn;
        for (const auto &d : std::as_const(inv.domains)) {
            if (d.meta.id == dc.domainId)
                dc.computerDn = QStringLiteral("CN=%1,OU=Domain Controllers,%2").arg(name, d.namingContext);
        }
        inv.domainControllers.append(dc);
    }
    auto &forest = inv.forest;
    forest.meta = discoveredMeta(QStringLiteral("CN=Partitions,") + configurationDn());
    forest.meta.id = QString::fromLatin1(Forest::kind);
    forest.rootDomain = QStringLiteral("fabrikam.example");
    forest.functionalLevel = 0;
    forest.schemaMasterDn = inv.domainControllers.at(0).ntdsSettingsDn;
    forest.schemaMasterDcId = inv.domainControllers.at(0).meta.id;
}

void addPeopleAndGroups(Inventory &inv)
{
    auto member = [&](PrivilegedGroup group, const QString &account, const QString &via) {
        PrivilegedMember m;
        m.meta.id = stableId(QStringLiteral("member:%1:%2").arg(enumName(group), account));
        m.meta.origin = Source::Directory;
        m.group = group;
        m.account = account;
        m.viaGroup = via;
        inv.privilegedMembers.append(m);
    };
    member(PrivilegedGroup::SchemaAdmins, QStringLiteral("Administrator"), {});
    member(PrivilegedGroup::SchemaAdmins, QStringLiteral("Ana Trujillo (adm-atrujillo)"), {});
    member(PrivilegedGroup::EnterpriseAdmins, QStringLiteral("Administrator"), {});
    member(PrivilegedGroup::EnterpriseAdmins, QStringLiteral("Ana Trujillo (adm-atrujillo)"),
           QStringLiteral("Forest Operators"));
    member(PrivilegedGroup::EnterpriseAdmins, QStringLiteral("Κώστας Παπαδόπουλος (adm-kpapadopoulos)"),
           QStringLiteral("Forest Operators"));

    auto group = [&](const QString &name, const QString &ou, const QString &serverName) {
        ExpansionGroup g;
        g.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(escapeRdn(name), ou));
        g.name = name;
        for (const auto &s : std::as_const(inv.servers)) {
            if (s.name == serverName) {
                g.expansionServerLegacyDn = s.meta.legacyDn;
                g.expansionServerId = s.meta.id;
            }
        }
        inv.expansionGroups.append(g);
    };
    const QString root = QStringLiteral("OU=Distribution Lists,DC=fabrikam,DC=example");
    const QString emea = QStringLiteral("OU=Distribution Lists,DC=emea,DC=fabrikam,DC=example");
    group(QStringLiteral("All Staff, Seattle"), root, QStringLiteral("SEA-EX01"));
    group(QStringLiteral("Sales (Americas)"), root, QStringLiteral("DAL-EX01"));
    group(QStringLiteral("Πωλήσεις Αθήνα"), emea, QStringLiteral("ATH-EX01"));
    group(QStringLiteral("Toronto Everyone"), root, QStringLiteral("TOR-EX02"));
}

void addNetwork(Inventory &inv)
{
    auto &net = inv.network;
    net.meta.origin = Source::Typed;
    net.backbone = QStringLiteral("MPLS WAN between Seattle, Dallas and Toronto (10 Mbit/s per site); "
                                  "transatlantic leased line Seattle-London; IPsec VPN Frankfurt-Athens");
    net.autonomousSystemConnections = QStringLiteral("Two Internet uplinks at Seattle-HQ (AS 64500 and AS 64501), "
                                                     "one at Frankfurt (AS 64510)");
    net.bandwidth = QStringLiteral("Seattle-London 4 Mbit/s, London-Frankfurt 10 Mbit/s, Frankfurt-Athens 1 Mbit/s "
                                   "(70% used during business hours)");

    auto dns = [&](const QString &name, const QString &address, const QString &role) {
        DnsServer d;
        d.meta = typedMeta();
        d.meta.id = stableId(QStringLiteral("dns:") + name);
        d.name = name;
        d.address = address;
        d.role = role;
        inv.dnsServers.append(d);
    };
    dns(QStringLiteral("sea-dc01.fabrikam.example"), QStringLiteral("192.0.2.20"), QStringLiteral("internal"));
    dns(QStringLiteral("lon-dc01.emea.fabrikam.example"), QStringLiteral("198.51.100.150"), QStringLiteral("internal"));
    dns(QStringLiteral("ns1.fabrikam.example"), QStringLiteral("192.0.2.201"), QStringLiteral("external"));

    auto ns = [&](const QString &domain, bool authoritative) {
        SmtpNamespace n;
        n.meta = typedMeta();
        n.meta.id = stableId(QStringLiteral("namespace:") + domain);
        n.domain = domain;
        n.authoritative = authoritative;
        inv.smtpNamespaces.append(n);
    };
    ns(QStringLiteral("fabrikam.example"), true);
    ns(QStringLiteral("eu.fabrikam.example"), true);
    ns(QStringLiteral("contoso.example"), true);
    ns(QStringLiteral("partner.example"), false);

    PerimeterServer relay;
    relay.meta = typedMeta();
    relay.meta.id = stableId(QStringLiteral("perimeter:mailrelay"));
    relay.name = QStringLiteral("mailrelay.fabrikam.example");
    relay.addresses = {QStringLiteral("192.0.2.200")};
    relay.services = QStringLiteral("SMTP relay (Postfix 2.3) with anti-virus scanning; inbound MX and outbound");
    relay.smtpRelay = true;
    inv.perimeterServers.append(relay);

    PerimeterServer proxy;
    proxy.meta = typedMeta();
    proxy.meta.id = stableId(QStringLiteral("perimeter:isa"));
    proxy.name = QStringLiteral("isa01.fabrikam.example");
    proxy.addresses = {QStringLiteral("192.0.2.210")};
    proxy.services = QStringLiteral("ISA Server 2004 publishing Outlook Web Access and RPC over HTTP (SEA-FE01)");
    inv.perimeterServers.append(proxy);
}

} // namespace

void addDirectory(Inventory &inventory)
{
    addDomains(inventory);
    addSites(inventory);
    addDomainControllers(inventory);
    addPeopleAndGroups(inventory);
    addNetwork(inventory);
}

} // namespace etp::sample
