// Active Directory topology: sites, subnets, site links, domain controllers (GC flag, operating system), domains with
// their mode and functional level, the forest level, the schema master, and the computer object (and so the OU) of
// every Exchange server (exchange-ad-reference.md sections 1.4 and 1.12).

#include "MapperContext.h"

#include <QCoreApplication>

#include <algorithm>

namespace etp::mapping {

namespace {

void mapSites(Context &c)
{
    if (!c.of(Family::SitesContainer).isEmpty() || !c.of(Family::Site).isEmpty())
        c.coverage.sites = true;
    for (const Entry &e : c.of(Family::Site)) {
        AdSite site;
        site.meta = c.meta(e);
        site.name = Context::name(e);
        site.description = e.entry.text(QStringLiteral("description"));
        site.location = e.entry.text(QStringLiteral("location"));
        c.siteByDn.insert(e.key, site.meta.id);
        c.inventory.sites.append(std::move(site));
    }
    for (const Entry &e : c.of(Family::Subnet)) {
        Subnet subnet;
        subnet.meta = c.meta(e);
        subnet.prefix = Context::name(e);
        if (!subnet.prefix.contains(QLatin1Char('/')))
            c.report(
                e, QStringLiteral("name"),
                QCoreApplication::translate("etp::DirectoryMapper", "The subnet \"%1\" is not in address/length form.")
                    .arg(subnet.prefix));
        const QString site = c.dnKey(e, QStringLiteral("siteObject"));
        subnet.siteId = c.siteByDn.value(site);
        subnet.location = e.entry.text(QStringLiteral("location"));
        subnet.description = e.entry.text(QStringLiteral("description"));
        c.inventory.subnets.append(std::move(subnet));
    }
    for (const Entry &e : c.of(Family::SiteLink)) {
        SiteLink link;
        link.meta = c.meta(e);
        link.name = Context::name(e);
        for (const auto &key : c.dnKeys(e, QStringLiteral("siteList"))) {
            const QString id = c.siteByDn.value(key);
            if (id.isEmpty())
                c.report(e, QStringLiteral("siteList"),
                         QCoreApplication::translate("etp::DirectoryMapper", "The site \"%1\" is not in the export.")
                             .arg(key));
            else
                link.siteIds.append(id);
        }
        link.cost = c.int32(e, QStringLiteral("cost"));
        link.replicationIntervalMinutes = c.int32(e, QStringLiteral("replInterval"));
        // CN=<link>,CN=IP,CN=Inter-Site Transports,CN=Sites,...
        link.transport = e.dn().ancestor(1).rdnValue();
        c.inventory.siteLinks.append(std::move(link));
    }
}

void indexComputers(Context &c)
{
    for (const Entry &e : c.of(Family::Computer)) {
        c.computerByDn.insert(e.key, &e);
        const QString host = e.entry.text(QStringLiteral("dNSHostName")).toLower();
        if (!host.isEmpty())
            c.computerByHostName.insert(host, &e);
        const QString name = e.entry.text(QStringLiteral("cn")).toLower();
        const QString key = name.isEmpty() ? e.dn().rdnValue().toLower() : name;
        if (c.computerByName.contains(key))
            c.computerByName[key] = nullptr; // the same name in two domains: ambiguous
        else
            c.computerByName.insert(key, &e);
    }
}

void mapDomains(Context &c)
{
    if (!c.of(Family::Partitions).isEmpty()) {
        c.coverage.partitions = true;
        const Entry &e = c.of(Family::Partitions).first();
        Forest &forest = c.inventory.forest;
        const QString fixedId = forest.meta.id;
        forest.meta = c.meta(e);
        forest.meta.id = fixedId;
        // Absent on Windows 2000 forests, where it means level 0 (MS-ADTS).
        forest.functionalLevel = c.int32(e, QStringLiteral("msDS-Behavior-Version")).value_or(0);
    }
    if (!c.of(Family::DomainHead).isEmpty())
        c.coverage.domainData = true;

    QHash<QString, const Entry *> heads;
    for (const Entry &e : c.of(Family::DomainHead))
        heads.insert(e.key, &e);
    QHash<QString, const Entry *> crossRefs; // by normalized nCName
    for (const Entry &e : c.of(Family::CrossRef)) {
        // Domain partitions carry a NetBIOS name (systemFlags bit 2 marks them too); the configuration, schema and
        // application partitions do not.
        const auto flags = c.integer(e, QStringLiteral("systemFlags"));
        const bool domain = e.entry.has(QStringLiteral("nETBIOSName")) || (flags && (*flags & 2));
        const QString nc = c.dnKey(e, QStringLiteral("nCName"));
        ++c.used;
        if (domain && !nc.isEmpty())
            crossRefs.insert(nc, &e);
    }
    QStringList order;
    for (const Entry &e : c.of(Family::CrossRef)) {
        const QString nc = normalizeDn(e.entry.text(QStringLiteral("nCName"))).value_or(QString());
        if (crossRefs.value(nc) == &e && !order.contains(nc))
            order.append(nc);
    }
    for (const Entry &e : c.of(Family::DomainHead)) {
        if (!order.contains(e.key))
            order.append(e.key);
    }
    for (const auto &nc : order) {
        const Entry *head = heads.value(nc);
        const Entry *ref = crossRefs.value(nc);
        Domain domain;
        if (head) {
            domain.meta = c.meta(*head);
        } else {
            domain.meta = c.meta(*ref);
            domain.meta.dn = ref->entry.text(QStringLiteral("nCName"));
            --c.used; // counted with the crossRefs already
        }
        domain.namingContext = canonicalDn(head ? head->entry.dn : ref->entry.text(QStringLiteral("nCName")));
        if (ref) {
            domain.dnsName = ref->entry.text(QStringLiteral("dnsRoot"));
            domain.netbiosName = ref->entry.text(QStringLiteral("nETBIOSName"));
        }
        if (domain.dnsName.isEmpty()) {
            QStringList labels;
            const auto ncDn = DistinguishedName::parse(nc).value_or(DistinguishedName());
            for (const auto &rdn : ncDn.rdns())
                labels.append(rdn.value());
            domain.dnsName = labels.join(QLatin1Char('.'));
        }
        if (head)
            domain.sid = sidToString(head->entry.values(QStringLiteral("objectSid")).value(0));
        if (head && head->entry.has(QStringLiteral("objectSid")) && domain.sid.isEmpty())
            c.report(*head, QStringLiteral("objectSid"),
                     QCoreApplication::translate("etp::DirectoryMapper", "The domain SID cannot be read."));
        // The domain head is authoritative; its crossRef mirrors both values (reference section 1.12).
        if (head)
            domain.mixedMode = c.boolean(*head, QStringLiteral("nTMixedDomain"));
        if (!domain.mixedMode && ref)
            domain.mixedMode = c.boolean(*ref, QStringLiteral("nTMixedDomain"));
        if (head)
            domain.functionalLevel = c.int32(*head, QStringLiteral("msDS-Behavior-Version"));
        if (!domain.functionalLevel && ref)
            domain.functionalLevel = c.int32(*ref, QStringLiteral("msDS-Behavior-Version"));
        if (!domain.functionalLevel && head)
            domain.functionalLevel = 0; // absent on Windows 2000 domain controllers
        domain.forestRoot = !c.rootDomainDn.isEmpty() && nc == c.rootDomainDn;
        if (domain.forestRoot)
            c.inventory.forest.rootDomain = domain.dnsName;
        c.inventory.domains.append(std::move(domain));
    }
}

/// Fills the domain suffix table: ",<normalized NC>" -> domain id, longest first.
void indexDomains(Context &c)
{
    c.domainSuffixes.clear();
    for (const auto &domain : c.inventory.domains) {
        if (const auto nc = normalizeDn(domain.namingContext))
            c.domainSuffixes.append({QLatin1Char(',') + *nc, domain.meta.id});
    }
    std::sort(c.domainSuffixes.begin(), c.domainSuffixes.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

/// The domain (by id) whose naming context holds `dn`, the longest match; empty when none does.
QString domainHolding(const Context &c, const QString &dn)
{
    const auto key = normalizeDn(dn);
    return key ? c.domainOfKey(*key) : QString();
}

void mapDomainControllers(Context &c)
{
    QHash<QString, const Entry *> ntdsByServer; // server object DN -> its NTDS Settings
    for (const Entry &e : c.of(Family::NtdsSettings))
        ntdsByServer.insert(Context::ancestorKey(e, 1), &e);
    QHash<QString, QString> dcByNtds;
    for (const Entry &e : c.of(Family::SiteServer)) {
        // A server object is a domain controller when it holds NTDS Settings; others (an ADC host) are skipped.
        const Entry *ntds = ntdsByServer.value(e.key);
        if (!ntds)
            continue;
        DomainController dc;
        dc.meta = c.meta(e);
        dc.name = Context::name(e);
        dc.fqdn = e.entry.text(QStringLiteral("dNSHostName"));
        // CN=<DC>,CN=Servers,CN=<Site>,CN=Sites,...
        dc.siteId = c.siteByDn.value(Context::ancestorKey(e, 2));
        if (const auto options = c.integer(*ntds, QStringLiteral("options")))
            dc.globalCatalog = (*options & 1) != 0;
        else
            dc.globalCatalog = false;
        dc.dcFunctionalLevel = c.int32(*ntds, QStringLiteral("msDS-Behavior-Version"));
        dc.ntdsSettingsDn = canonicalDn(ntds->entry.dn);
        ++c.used;
        const QString reference = c.dnKey(e, QStringLiteral("serverReference"));
        const Entry *computer = c.computerByDn.value(reference);
        if (!computer && !dc.fqdn.isEmpty())
            computer = c.computerByHostName.value(dc.fqdn.toLower());
        if (computer) {
            dc.computerDn = canonicalDn(computer->entry.dn);
            dc.operatingSystem = computer->entry.text(QStringLiteral("operatingSystem"));
            dc.operatingSystemVersion = computer->entry.text(QStringLiteral("operatingSystemVersion"));
            dc.operatingSystemServicePack = computer->entry.text(QStringLiteral("operatingSystemServicePack"));
            if (dc.fqdn.isEmpty())
                dc.fqdn = computer->entry.text(QStringLiteral("dNSHostName"));
        } else if (!reference.isEmpty()) {
            dc.computerDn = canonicalDn(e.entry.text(QStringLiteral("serverReference")));
        }
        dc.domainId = domainHolding(c, dc.computerDn);
        if (dc.domainId.isEmpty() && !dc.fqdn.isEmpty()) {
            for (const auto &domain : c.inventory.domains) {
                if (dc.fqdn.endsWith(QLatin1Char('.') + domain.dnsName, Qt::CaseInsensitive))
                    dc.domainId = domain.meta.id;
            }
        }
        dcByNtds.insert(ntds->key, dc.meta.id);
        c.inventory.domainControllers.append(std::move(dc));
    }
    // The schema master is the fSMORoleOwner of the schema NC head: a DC's NTDS Settings.
    if (!c.of(Family::SchemaHead).isEmpty()) {
        const Entry &schema = c.of(Family::SchemaHead).first();
        ++c.used;
        Forest &forest = c.inventory.forest;
        forest.schemaMasterDn = canonicalDn(schema.entry.text(QStringLiteral("fSMORoleOwner")));
        const QString key = c.dnKey(schema, QStringLiteral("fSMORoleOwner"));
        forest.schemaMasterDcId = dcByNtds.value(key);
    }
}

void linkServerComputers(Context &c)
{
    const auto &entries = c.of(Family::Server);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ExchangeServer &server = c.inventory.servers[i];
        const Entry *computer = nullptr;
        const QString reference = c.dnKey(entries[i], QStringLiteral("serverReference"));
        if (!reference.isEmpty())
            computer = c.computerByDn.value(reference);
        if (!computer && !server.fqdn.isEmpty())
            computer = c.computerByHostName.value(server.fqdn.toLower());
        if (!computer)
            computer = c.computerByName.value(server.name.toLower());
        if (!computer)
            continue;
        server.computerDn = canonicalDn(computer->entry.dn);
        server.ou = canonicalDn(computer->dn().parent().toString());
        if (server.fqdn.isEmpty())
            server.fqdn = computer->entry.text(QStringLiteral("dNSHostName"));
    }
}

} // namespace

void mapTopology(Context &c)
{
    mapSites(c);
    indexComputers(c);
    mapDomains(c);
    indexDomains(c);
    mapDomainControllers(c);
    linkServerComputers(c);
    if (!c.of(Family::SitesContainer).isEmpty())
        c.used += int(c.of(Family::SitesContainer).size());
    c.used += int(c.of(Family::Computer).size());
}

} // namespace etp::mapping
