#include "SyntheticOrganization.h"

#include "model/ExchangeVersion.h"

#include <QSet>
#include <QUuid>

namespace etp::bench {

TierSize tierSize(Tier tier)
{
    // The reference's table (section 4); XL as the issue sets it: 2,000 site links.
    switch (tier) {
    case Tier::S:
        return {1, 1, 2, 0, 1, 2, 4, 1, 5, 0, 1, 10};
    case Tier::M:
        return {3, 5, 15, 8, 3, 20, 40, 5, 50, 6, 2, 100};
    case Tier::L:
        return {10, 75, 150, 150, 20, 400, 800, 75, 1500, 100, 5, 2000};
    case Tier::XL:
        return {1000, 1000, 1000, 2000, 200, 4000, 8000, 1000, 20000, 2000, 50, 20000};
    }
    return {};
}

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::S:
        return QStringLiteral("S");
    case Tier::M:
        return QStringLiteral("M");
    case Tier::L:
        return QStringLiteral("L");
    case Tier::XL:
        return QStringLiteral("XL");
    }
    return {};
}

std::optional<Tier> tierFromName(QStringView name)
{
    for (Tier tier : {Tier::S, Tier::M, Tier::L, Tier::XL}) {
        if (name.compare(tierName(tier), Qt::CaseInsensitive) == 0)
            return tier;
    }
    return std::nullopt;
}

namespace {

const QString kForest = QStringLiteral("DC=corp,DC=synthetic,DC=example");
const QString kConfig = QStringLiteral("CN=Configuration,") + kForest;
const QString kOrgName = QStringLiteral("Synthetic Org (Bench)");
const QString kOrgDn = QStringLiteral("CN=Synthetic Org (Bench),CN=Microsoft Exchange,CN=Services,") + kConfig;

QString escapeRdn(const QString &value)
{
    QString out;
    out.reserve(value.size() + 4);
    for (const QChar c : value) {
        if (QStringView(u",+\"\\<>;=").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

ObjectMeta metaFor(const QString &dn, const QString &legacyDn = {})
{
    static const QUuid ns(QStringLiteral("0b7d6a52-3c3e-4f0e-9a55-1f6f0c2d8e77"));
    ObjectMeta meta;
    meta.id = QUuid::createUuidV5(ns, dn.toLower()).toString(QUuid::WithoutBraces);
    meta.guid = meta.id;
    meta.dn = dn;
    meta.legacyDn = legacyDn;
    meta.origin = Source::Directory;
    return meta;
}

/// A name that is awkward in an RDN for every seventh object: spaces, commas, parentheses, quotes, non-Latin letters.
QString oddName(const QString &base, int index)
{
    switch (index % 7) {
    case 3:
        return QStringLiteral("%1 (Sales, \"North\")").arg(base);
    case 5:
        return QStringLiteral("%1 + Zürich/東京").arg(base);
    default:
        return base;
    }
}

/// The address block of a subnet: the first 48 are /28s of the IPv4 documentation ranges, the others /64s of
/// 2001:db8::/32.
QString subnetPrefix(int k)
{
    if (k < 48) {
        static const char *const blocks[] = {"192.0.2", "198.51.100", "203.0.113"};
        return QStringLiteral("%1.%2/28").arg(QLatin1String(blocks[k / 16])).arg((k % 16) * 16);
    }
    return QStringLiteral("2001:db8:%1:%2::/64").arg(k >> 16, 0, 16).arg(k & 0xFFFF, 0, 16);
}

/// Host number `host` (1-based) inside subnet k.
QString addressIn(int k, int host)
{
    if (k < 48) {
        static const char *const blocks[] = {"192.0.2", "198.51.100", "203.0.113"};
        return QStringLiteral("%1.%2").arg(QLatin1String(blocks[k / 16])).arg((k % 16) * 16 + 1 + (host - 1) % 14);
    }
    return QStringLiteral("2001:db8:%1:%2::%3").arg(k >> 16, 0, 16).arg(k & 0xFFFF, 0, 16).arg(host, 0, 16);
}

class Generator {
public:
    Generator(Tier tier, Inventory &inventory)
        : m_size(tierSize(tier))
        , m_inv(inventory)
    {
    }

    void run()
    {
        organization();
        domainsAndSites();
        adminAndRoutingGroups();
        servers();
        connectors();
        stores();
        policiesAndServices();
        legacy();
        people();
        network();
    }

private:
    TierSize m_size;
    Inventory &m_inv;
    QStringList m_agDns;
    QStringList m_agLegacy;

    void organization()
    {
        auto &org = m_inv.organization;
        org.meta = metaFor(kOrgDn, QStringLiteral("/o=") + kOrgName);
        org.meta.id = QString::fromLatin1(Organization::kind);
        org.name = kOrgName;
        org.mixedMode = true; // the Exchange 5.5 server below keeps it mixed
        org.exchangeSchemaVersion = 6870;
        org.objectVersion = 6903;
        org.outlookVersions = {QStringLiteral("Outlook 2003")};
        org.outlook2003OrEarlierInUse = true;
        m_inv.messageDelivery.sendLimitKb = 10240;
        m_inv.messageDelivery.receiveLimitKb = 10240;
        m_inv.antiSpam.imfEnabled = true;
        m_inv.antiSpam.imfGatewayThreshold = 8;
        m_inv.network.backbone = QStringLiteral("Synthetic WAN");
    }

    void domainsAndSites()
    {
        for (int d = 0; d < m_size.domains; ++d) {
            Domain domain;
            domain.dnsName =
                d == 0 ? QStringLiteral("corp.synthetic.example") : QStringLiteral("d%1.corp.synthetic.example").arg(d);
            domain.namingContext = d == 0 ? kForest : QStringLiteral("DC=d%1,%2").arg(d).arg(kForest);
            domain.meta = metaFor(QStringLiteral("CN=D%1,CN=Partitions,%2").arg(d).arg(kConfig));
            domain.netbiosName = QStringLiteral("D%1").arg(d);
            domain.sid = QStringLiteral("S-1-5-21-1000-2000-%1").arg(3000 + d);
            domain.mixedMode = false;
            domain.functionalLevel = d % 5 == 4 ? 0 : 2;
            domain.forestRoot = d == 0;
            domain.holdsExchange = true;
            m_inv.domains.append(domain);
        }
        m_inv.forest.rootDomain = m_inv.domains.first().dnsName;
        m_inv.forest.functionalLevel = 2;

        const QString sites = QStringLiteral("CN=Sites,") + kConfig;
        for (int s = 0; s < m_size.sites; ++s) {
            AdSite site;
            site.name = oddName(QStringLiteral("Site-%1").arg(s, 4, 10, QLatin1Char('0')), s);
            site.meta = metaFor(QStringLiteral("CN=%1,%2").arg(escapeRdn(site.name), sites));
            m_inv.sites.append(site);

            DomainController dc;
            dc.name = QStringLiteral("DC%1").arg(s, 4, 10, QLatin1Char('0'));
            const QString serverDn = QStringLiteral("CN=%1,CN=Servers,%2").arg(dc.name, site.meta.dn);
            dc.meta = metaFor(serverDn);
            dc.siteId = site.meta.id;
            dc.domainId = m_inv.domains.at(s % m_size.domains).meta.id;
            dc.fqdn = dc.name.toLower() + QLatin1Char('.') + m_inv.domains.at(s % m_size.domains).dnsName;
            dc.addresses = {addressIn(s, 14)};
            dc.globalCatalog = s % 10 != 9;
            dc.operatingSystem = s % 10 == 8 ? QStringLiteral("Windows 2000 Server")
                                             : QStringLiteral("Windows "
                                                              "Server 2003");
            dc.operatingSystemServicePack = s % 10 == 8 ? QStringLiteral("Service Pack 4")
                                                        : QStringLiteral("Service "
                                                                         "Pack 1");
            dc.ntdsSettingsDn = QStringLiteral("CN=NTDS Settings,") + serverDn;
            m_inv.domainControllers.append(dc);
        }
        m_inv.forest.schemaMasterDn = m_inv.domainControllers.first().ntdsSettingsDn;
        m_inv.forest.schemaMasterDcId = m_inv.domainControllers.first().meta.id;

        for (int k = 0; k < m_size.subnets; ++k) {
            Subnet subnet;
            subnet.prefix = subnetPrefix(k);
            subnet.meta = metaFor(QStringLiteral("CN=%1,CN=Subnets,%2").arg(subnet.prefix, sites));
            subnet.siteId = m_inv.sites.at(k % m_size.sites).meta.id;
            m_inv.subnets.append(subnet);
        }
        const QString transport = QStringLiteral("CN=IP,CN=Inter-Site Transports,") + sites;
        for (int l = 0; l < m_size.siteLinks && m_size.sites > 1; ++l) {
            // A ring first, then chords across it.
            const int a = l % m_size.sites;
            const int b = (a + 1 + 7 * (l / m_size.sites)) % m_size.sites;
            SiteLink link;
            link.name = QStringLiteral("Link-%1").arg(l, 4, 10, QLatin1Char('0'));
            link.meta = metaFor(QStringLiteral("CN=%1,%2").arg(link.name, transport));
            link.siteIds = {m_inv.sites.at(a).meta.id, m_inv.sites.at(b == a ? (a + 1) % m_size.sites : b).meta.id};
            link.cost = 100 + (l % 5) * 50;
            link.replicationIntervalMinutes = 180;
            link.transport = QStringLiteral("IP");
            m_inv.siteLinks.append(link);
        }
    }

    void adminAndRoutingGroups()
    {
        for (int a = 0; a < m_size.adminGroups; ++a) {
            AdminGroup ag;
            ag.name = a == 0 ? QStringLiteral("First Administrative Group")
                             : oddName(QStringLiteral("AG %1").arg(a, 4, 10, QLatin1Char('0')), a);
            ag.isDefault = a == 0;
            ag.meta = metaFor(QStringLiteral("CN=%1,CN=Administrative Groups,%2").arg(escapeRdn(ag.name), kOrgDn),
                              QStringLiteral("/o=%1/ou=%2").arg(kOrgName, ag.name));
            m_agDns.append(ag.meta.dn);
            m_agLegacy.append(ag.meta.legacyDn);
            m_inv.adminGroups.append(ag);
        }
        for (int r = 0; r < m_size.routingGroups; ++r) {
            RoutingGroup rg;
            const int a = r % m_size.adminGroups;
            rg.name = oddName(QStringLiteral("RG %1").arg(r, 4, 10, QLatin1Char('0')), r);
            rg.meta = metaFor(QStringLiteral("CN=%1,CN=Routing Groups,%2").arg(escapeRdn(rg.name), m_agDns.at(a)));
            rg.adminGroupId = m_inv.adminGroups.at(a).meta.id;
            m_inv.routingGroups.append(rg);
        }
    }

    void servers()
    {
        for (int j = 0; j < m_size.servers; ++j) {
            ExchangeServer s;
            const int r = j % m_size.routingGroups;
            const int a = r % m_size.adminGroups;
            const int site = j % m_size.sites;
            s.name = QStringLiteral("EX%1").arg(j, 4, 10, QLatin1Char('0'));
            s.meta = metaFor(QStringLiteral("CN=%1,CN=Servers,%2").arg(s.name, m_agDns.at(a)),
                             m_agLegacy.at(a) + QStringLiteral("/cn=Configuration/cn=Servers/cn=") + s.name);
            s.fqdn = s.name.toLower() + QLatin1Char('.') + m_inv.domains.at(site % m_size.domains).dnsName;
            s.addresses = {addressIn(site, 1 + j / m_size.sites)};
            if (j == 0) {
                s.serialNumber = QStringLiteral("Version 5.5 (Build 2653.23: Service Pack 4)");
                s.versionNumber = 2653;
            } else if (j % 10 == 7) {
                s.serialNumber = QStringLiteral("Version 6.0 (Build 6249.4: Service Pack 3)");
                s.versionNumber = 6249;
            } else if (j % 13 == 5) {
                s.serialNumber = QStringLiteral("Version 6.5 (Build 7226.6: Service Pack 1)");
                s.versionNumber = 7226;
            } else {
                s.serialNumber = QStringLiteral("Version 6.5 (Build 7638.2: Service Pack 2)");
                s.versionNumber = 7638;
            }
            applyVersion(s);
            s.serverRole = j % 25 == 24 ? 1 : 0;
            s.frontEnd = s.serverRole == 1;
            s.adminGroupId = m_inv.adminGroups.at(a).meta.id;
            s.routingGroupId = m_inv.routingGroups.at(r).meta.id;
            s.ou = QStringLiteral("OU=Exchange Servers,") + m_inv.domains.at(site % m_size.domains).namingContext;
            s.computerDn = QStringLiteral("CN=%1,%2").arg(s.name, s.ou);
            m_inv.servers.append(s);
        }
        for (int r = 0; r < m_size.routingGroups; ++r) {
            auto &rg = m_inv.routingGroups[r];
            if (r == 1 || (m_size.routingGroups == 1 && r == 0)) {
                rg.masterDn =
                    QStringLiteral("CN=EX9999\\0ADEL:5c0e6f1a-2b7d-4c3e-9f10-7a8b9c0d1e2f,CN=Deleted Objects,") +
                    kConfig;
            } else if (r < m_size.servers) {
                rg.masterDn = m_inv.servers.at(r).meta.dn;
                rg.masterServerId = m_inv.servers.at(r).meta.id;
            }
        }
    }

    void addConnector(Connector c, int rg)
    {
        c.routingGroupId = m_inv.routingGroups.at(rg).meta.id;
        c.meta = metaFor(
            QStringLiteral("CN=%1,CN=Connections,%2").arg(escapeRdn(c.name), m_inv.routingGroups.at(rg).meta.dn));
        if (rg < m_size.servers)
            c.sourceBridgeheadIds = {m_inv.servers.at(rg).meta.id};
        m_inv.connectors.append(c);
    }

    void routingGroupConnector(int from, int to)
    {
        Connector c;
        c.name = QStringLiteral("RGC %1 to %2").arg(from).arg(to);
        c.type = ConnectorType::RoutingGroup;
        c.objectClass = QStringLiteral("msExchRoutingGroupConnector");
        c.destinationRoutingGroupId = m_inv.routingGroups.at(to).meta.id;
        if (to < m_size.servers)
            c.targetBridgeheadIds = {m_inv.servers.at(to).meta.id};
        c.cost = 10 + (from + to) % 90;
        addConnector(c, from);
    }

    void connectors()
    {
        const int spokes = m_size.routingGroups - 1;
        // The last spoke has no connector at all; about 1% of the others (at least one) are reachable one way only.
        const int isolated = spokes >= 2 ? m_size.routingGroups - 1 : -1;
        const int oneWay = std::max(spokes >= 2 ? 1 : 0, spokes / 100);
        QSet<int> oneWaySpokes;
        for (int i = 0; i < oneWay; ++i)
            oneWaySpokes.insert(m_size.routingGroups - 2 - i);
        int made = 0;
        for (int r = 1; r < m_size.routingGroups && made < m_size.routingGroupConnectors; ++r) {
            if (r == isolated)
                continue;
            routingGroupConnector(0, r);
            ++made;
            if (!oneWaySpokes.contains(r) && made < m_size.routingGroupConnectors) {
                routingGroupConnector(r, 0);
                ++made;
            }
        }
        // More connectors than the spokes need: chords between spokes that both reach the hub both ways.
        QList<int> reachable;
        for (int r = 1; r < m_size.routingGroups; ++r) {
            if (r != isolated && !oneWaySpokes.contains(r))
                reachable.append(r);
        }
        const int n = int(reachable.size());
        for (int step = 1; step < n && made < m_size.routingGroupConnectors; ++step) {
            for (int i = 0; i < n && made < m_size.routingGroupConnectors; ++i) {
                routingGroupConnector(reachable.at(i), reachable.at((i + step) % n));
                ++made;
            }
        }
        // Still short (small tiers): connectors into the one-way spokes, which still cannot send back.
        for (int i = 0; i < n && made < m_size.routingGroupConnectors; ++i) {
            for (int r : std::as_const(oneWaySpokes)) {
                if (made < m_size.routingGroupConnectors) {
                    routingGroupConnector(reachable.at(i), r);
                    ++made;
                }
            }
        }

        static constexpr ConnectorType kTypes[] = {ConnectorType::Smtp,       ConnectorType::X400,
                                                   ConnectorType::LotusNotes, ConnectorType::GroupWise,
                                                   ConnectorType::CcMail,     ConnectorType::MsMail};
        static constexpr const char *kClasses[] = {"msExchRoutingSMTPConnector", "rFC1006X400Link",
                                                   "msExchNotesConnector",       "msExchGroupWiseConnector",
                                                   "msExchccMailConnector",      "mSMailConnector"};
        for (int k = 0; k < m_size.otherConnectors; ++k) {
            const int t = k % int(std::size(kTypes));
            Connector c;
            c.type = kTypes[t];
            c.objectClass = QLatin1String(kClasses[t]);
            c.name = oddName(QStringLiteral("%1 connector %2").arg(enumName(c.type)).arg(k), k);
            c.addressSpaces = {c.type == ConnectorType::Smtp ? QStringLiteral("SMTP:*;1")
                                                             : QStringLiteral("X400:c=US;a= ;p=Org%1;;10").arg(k)};
            addConnector(c, k % m_size.routingGroups);
        }
    }

    void stores()
    {
        PublicFolderTree tree;
        tree.meta = metaFor(QStringLiteral("CN=Public Folders,CN=Folder Hierarchies,") + m_agDns.first());
        tree.name = QStringLiteral("Public Folders");
        tree.adminGroupId = m_inv.adminGroups.first().meta.id;
        tree.treeType = 1;
        m_inv.publicFolderTrees.append(tree);

        const int storesPerGroup = std::max(1, m_size.stores / std::max(1, m_size.storageGroups));
        for (int g = 0; g < m_size.storageGroups; ++g) {
            const ExchangeServer &server = m_inv.servers.at(g % m_size.servers);
            StorageGroup sg;
            sg.name = QStringLiteral("Storage Group %1").arg(g / m_size.servers + 1);
            sg.meta = metaFor(QStringLiteral("CN=%1,CN=InformationStore,%2").arg(sg.name, server.meta.dn));
            sg.serverId = server.meta.id;
            sg.logPath = QStringLiteral("L:\\Exchsrvr\\SG%1").arg(g);
            sg.systemPath = QStringLiteral("D:\\Exchsrvr\\SG%1").arg(g);
            sg.circularLogging = false;
            m_inv.storageGroups.append(sg);
            for (int k = 0; k < storesPerGroup; ++k) {
                const int index = g * storesPerGroup + k;
                Store st;
                st.storeKind = index % 10 == 9 ? StoreKind::PublicFolder : StoreKind::Mailbox;
                st.name = QStringLiteral("%1 Store %2 (%3)")
                              .arg(st.storeKind == StoreKind::Mailbox ? QStringLiteral("Mailbox")
                                                                      : QStringLiteral("Public Folder"))
                              .arg(index)
                              .arg(server.name);
                st.meta = metaFor(QStringLiteral("CN=%1,%2").arg(st.name, sg.meta.dn));
                st.storageGroupId = sg.meta.id;
                st.serverId = server.meta.id;
                st.databasePath = QStringLiteral("E:\\Exchsrvr\\SG%1\\store%2.edb").arg(g).arg(index);
                if (st.storeKind == StoreKind::Mailbox) {
                    // Store 0 has more mailboxes than one ranged homeMDBBL answer carries.
                    st.mailboxCount = index == 0 ? 2000 : 50 + (index * 37) % 450;
                    st.sizeGb = *st.mailboxCount * 0.075;
                } else {
                    st.publicFolderTreeId = tree.meta.id;
                    st.sizeGb = 5 + index % 20;
                }
                m_inv.stores.append(st);
            }
        }
    }

    void policiesAndServices()
    {
        const QString policies = QStringLiteral("CN=Recipient Policies,") + kOrgDn;
        const int count = 1 + m_size.routingGroups / 20;
        for (int p = 0; p < count; ++p) {
            RecipientPolicy policy;
            policy.name = p == 0 ? QStringLiteral("Default Policy") : oddName(QStringLiteral("Policy %1").arg(p), p);
            policy.meta = metaFor(QStringLiteral("CN=%1,%2").arg(escapeRdn(policy.name), policies));
            policy.filter = p == 0 ? QStringLiteral("(mailnickname=*)")
                                   : QStringLiteral("(&(mailnickname=*)(department=Dept%1))").arg(p);
            policy.order = p == 0 ? 2147483647 : p;
            policy.addressTemplates = {p == 0 ? QStringLiteral("SMTP:@corp.synthetic.example")
                                              : QStringLiteral("SMTP:@p%1.synthetic.example").arg(p)};
            m_inv.recipientPolicies.append(policy);

            SmtpNamespace ns;
            ns.meta = metaFor(QStringLiteral("namespace:%1").arg(p));
            ns.meta.dn.clear();
            ns.domain = policy.addressTemplates.first().mid(6);
            m_inv.smtpNamespaces.append(ns);
        }
        for (int p = 0; p < 1 + m_size.adminGroups / 10; ++p) {
            SystemPolicy policy;
            policy.name = QStringLiteral("Store policy %1").arg(p);
            policy.meta = metaFor(QStringLiteral("CN=%1,CN=System Policies,%2").arg(policy.name, m_agDns.at(p)));
            policy.policyKind = SystemPolicyKind::MailboxStore;
            m_inv.systemPolicies.append(policy);
        }
        const QString rus = QStringLiteral("CN=Recipient Update Services,CN=Address Lists Container,") + kOrgDn;
        for (int d = 0; d < m_size.domains; ++d) {
            RecipientUpdateService service;
            service.name = QStringLiteral("Recipient Update Service (%1)").arg(m_inv.domains.at(d).netbiosName);
            service.meta = metaFor(QStringLiteral("CN=%1,%2").arg(service.name, rus));
            const ExchangeServer &server = m_inv.servers.at(1 % m_size.servers);
            service.serverId = server.meta.id;
            service.serverName = server.name;
            service.domainDn = m_inv.domains.at(d).namingContext;
            m_inv.recipientUpdateServices.append(service);
        }
        OfflineAddressBook oab;
        oab.name = QStringLiteral("Default Offline Address List");
        oab.meta = metaFor(
            QStringLiteral("CN=%1,CN=Offline Address Lists,CN=Address Lists Container,%2").arg(oab.name, kOrgDn));
        oab.serverId = m_inv.servers.at(1 % m_size.servers).meta.id;
        m_inv.offlineAddressBooks.append(oab);
        for (const auto &server : std::as_const(m_inv.servers)) {
            SmtpVirtualServer vs;
            vs.meta = metaFor(QStringLiteral("CN=1,CN=SMTP,CN=Protocols,") + server.meta.dn);
            vs.name = QStringLiteral("Default SMTP Virtual Server");
            vs.serverId = server.meta.id;
            vs.bindings = {QStringLiteral(":25:")};
            vs.fqdn = server.fqdn;
            m_inv.smtpVirtualServers.append(vs);
        }
    }

    void legacy()
    {
        const ExchangeServer &old = m_inv.servers.first();
        LegacyDirectoryObject srs;
        srs.meta = metaFor(QStringLiteral("CN=Microsoft DSA,") + old.meta.dn);
        srs.name = QStringLiteral("Microsoft DSA");
        srs.objectKind = LegacyDirectoryKind::SiteReplicationService;
        srs.serverName = old.name;
        m_inv.legacyDirectoryObjects.append(srs);

        const QString adcDn = QStringLiteral("CN=Active Directory Connector (%1),CN=Exchange Settings,%2")
                                  .arg(old.name, m_inv.domainControllers.first().meta.dn);
        LegacyDirectoryObject adc;
        adc.meta = metaFor(adcDn);
        adc.name = QStringLiteral("Active Directory Connector (%1)").arg(old.name);
        adc.objectKind = LegacyDirectoryKind::AdcService;
        adc.serverName = old.name;
        m_inv.legacyDirectoryObjects.append(adc);

        LegacyDirectoryObject agreement;
        agreement.meta = metaFor(QStringLiteral("CN=Config CA (Site, Bench),") + adcDn);
        agreement.name = QStringLiteral("Config CA (Site, Bench)");
        agreement.objectKind = LegacyDirectoryKind::ConnectionAgreement;
        agreement.serverName = old.name;
        m_inv.legacyDirectoryObjects.append(agreement);
    }

    void people()
    {
        for (int g = 0; g < m_size.expansionGroups; ++g) {
            const ExchangeServer &server = m_inv.servers.at(g % m_size.servers);
            const Domain &domain = m_inv.domains.at(g % m_size.domains);
            ExpansionGroup group;
            group.name = oddName(QStringLiteral("DL %1").arg(g, 5, 10, QLatin1Char('0')), g);
            group.meta = metaFor(QStringLiteral("CN=%1,OU=Lists,%2").arg(escapeRdn(group.name), domain.namingContext));
            group.expansionServerLegacyDn = server.meta.legacyDn;
            group.expansionServerId = server.meta.id;
            m_inv.expansionGroups.append(group);
        }
        for (PrivilegedGroup group : {PrivilegedGroup::SchemaAdmins, PrivilegedGroup::EnterpriseAdmins}) {
            for (const char *account : {"Administrator", "Bench Operator"}) {
                PrivilegedMember member;
                member.meta = metaFor(QStringLiteral("member:%1:%2").arg(enumName(group), QLatin1String(account)));
                member.meta.dn.clear();
                member.group = group;
                member.account = QLatin1String(account);
                m_inv.privilegedMembers.append(member);
            }
        }
    }

    void network()
    {
        DnsServer dns;
        dns.meta = metaFor(QStringLiteral("dns:dc0000"));
        dns.meta.dn.clear();
        dns.name = m_inv.domainControllers.first().fqdn;
        dns.address = m_inv.domainControllers.first().addresses.first();
        dns.role = QStringLiteral("internal");
        m_inv.dnsServers.append(dns);

        ExchangeAwareProduct av;
        av.meta = metaFor(QStringLiteral("product:av"));
        av.meta.dn.clear();
        av.name = QStringLiteral("Bench Anti-Virus");
        av.category = ProductCategory::AntiVirus;
        av.exchange2007Ready = false;
        m_inv.products.append(av);

        FeatureInUse chat;
        chat.meta = metaFor(QStringLiteral("feature:chat"));
        chat.meta.dn.clear();
        chat.feature = Feature::Chat;
        chat.inUse = false;
        m_inv.features.append(chat);
    }
};

} // namespace

Project makeOrganization(Tier tier)
{
    Project project;
    project.title = QStringLiteral("Synthetic organization, tier %1").arg(tierName(tier));
    project.created = QDateTime(QDate(2007, 1, 1), QTime(0, 0), Qt::UTC);
    Generator(tier, project.inventory).run();
    return project;
}

} // namespace etp::bench
