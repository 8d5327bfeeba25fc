#include "SampleOrganization.h"

#include "SampleBuilder.h"
#include "model/ExchangeVersion.h"

#include <QUuid>

namespace etp {

namespace sample {

QString stableId(const QString &dn)
{
    // A fixed namespace for the sample's name-based UUIDs.
    static const QUuid ns(QStringLiteral("6f1c2f4e-9a0b-4d7e-8a53-2c6b1f0e9d41"));
    return QUuid::createUuidV5(ns, dn.toLower()).toString(QUuid::WithoutBraces);
}

ObjectMeta discoveredMeta(const QString &dn, const QString &legacyDn)
{
    ObjectMeta meta;
    meta.id = stableId(dn);
    meta.guid = meta.id;
    meta.dn = dn;
    meta.legacyDn = legacyDn;
    meta.origin = Source::Directory;
    return meta;
}

QString configurationDn()
{
    return QStringLiteral("CN=Configuration,") + QLatin1String(kForestDn);
}

QString organizationDn()
{
    return QStringLiteral("CN=%1,CN=Microsoft Exchange,CN=Services,%2")
        .arg(QLatin1String(kOrganization), configurationDn());
}

QString escapeRdn(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == QLatin1Char(',') || c == QLatin1Char('+') || c == QLatin1Char('"') || c == QLatin1Char('\\') ||
            c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char(';') || c == QLatin1Char('='))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace sample

namespace {

using namespace sample;

QString orgLegacy()
{
    return QStringLiteral("/o=") + QLatin1String(kOrganization);
}

struct AdminGroupSpec {
    const char *name;
    bool isDefault;
    const char *permissions;
};

// Three administrative groups; the names carry a comma and parentheses, as real ones do.
constexpr AdminGroupSpec kAdminGroups[] = {
    {"First Administrative Group", true, "Exchange Full Administrator: FABRIKAM\\Exchange Admins (Global)"},
    {"Europe (EMEA)", false, "Exchange Administrator: EMEA\\Messaging Team EMEA; View Only: FABRIKAM\\Helpdesk"},
    {"Americas, North", false, "Exchange Administrator: FABRIKAM\\Messaging Team Americas"},
};

struct RoutingGroupSpec {
    const char *name;
    int adminGroup;
    const char *master; ///< server name, or nullptr for a master that was deleted
};

constexpr RoutingGroupSpec kRoutingGroups[] = {
    {"Seattle Hub", 0, "SEA-EX01"},     {"Dallas", 0, "DAL-EX02"},  {"London", 1, "LON-EX01"},
    {"Frankfurt (DE, GR)", 1, nullptr}, {"Toronto", 2, "TOR-EX01"},
};

enum Role { Back, Front };

struct ServerSpec {
    const char *name;
    int routingGroup;
    const char *serial;
    qint64 versionNumber;
    Role role;
    const char *addresses; ///< comma-separated
    const char *domain;    ///< "root" or "emea"
    const char *processors;
    double memoryGb;
    double diskGb;
};

// Fifteen servers. Addresses sit in the subnets of the AD site each server belongs to (see SampleTopology.cpp).
constexpr ServerSpec kServers[] = {
    {"SEA-EX01", 0, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "192.0.2.10,2001:db8:10::10", "root",
     "2 x Xeon 3.0 GHz", 4, 584},
    {"SEA-EX02", 0, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "192.0.2.11", "root", "2 x Xeon 3.0 GHz",
     4, 584},
    {"SEA-PF01", 0, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "192.0.2.12", "root", "2 x Xeon 2.8 GHz",
     2, 292},
    {"SEA-BH01", 0, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "192.0.2.13", "root", "2 x Xeon 2.8 GHz",
     2, 146},
    {"SEA-FE01", 0, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Front, "192.0.2.40", "root", "1 x Xeon 2.8 GHz",
     2, 73},
    {"DAL-EX01", 1, "Version 6.5 (Build 7226.6: Service Pack 1)", 7226, Back, "192.0.2.140", "root", "2 x Xeon 2.4 GHz",
     2, 292},
    {"DAL-EX02", 1, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "192.0.2.141", "root", "2 x Xeon 3.0 GHz",
     4, 438},
    {"LON-EX01", 2, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "198.51.100.140,2001:db8:20::140", "emea",
     "2 x Xeon 3.0 GHz", 4, 584},
    {"LON-EX02", 2, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "198.51.100.141", "emea",
     "2 x Xeon 3.0 GHz", 4, 584},
    {"LON-EX03", 2, "Version 6.5 (Build 6944.4)", 6944, Back, "198.51.100.142", "emea", "1 x Xeon 2.4 GHz", 2, 146},
    {"FRA-EX01", 3, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "203.0.113.10,2001:db8:30::10", "emea",
     "2 x Xeon 3.0 GHz", 4, 438},
    {"FRA-EX02", 3, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "203.0.113.11", "emea",
     "2 x Xeon 2.8 GHz", 2, 292},
    {"ATH-EX01", 3, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "203.0.113.140", "emea",
     "1 x Xeon 2.8 GHz", 2, 146},
    {"TOR-EX01", 4, "Version 6.5 (Build 7638.2: Service Pack 2)", 7638, Back, "198.51.100.10", "root",
     "2 x Xeon 3.0 GHz", 4, 438},
    {"TOR-EX02", 4, "Version 6.0 (Build 6249.4: Service Pack 3)", 6249, Back, "198.51.100.11", "root",
     "2 x Pentium III 1.26 GHz", 1, 108},
};

QString domainDnOf(const char *domain)
{
    return QLatin1String(domain) == QLatin1String("emea") ? QStringLiteral("DC=emea,DC=fabrikam,DC=example")
                                                          : QString::fromLatin1(kForestDn);
}

QString dnsSuffixOf(const char *domain)
{
    return QLatin1String(domain) == QLatin1String("emea") ? QStringLiteral("emea.fabrikam.example")
                                                          : QStringLiteral("fabrikam.example");
}

/// Builds the Exchange half: one step per kind of object, each reading what the earlier steps made.
class ExchangeBuilder {
public:
    explicit ExchangeBuilder(Inventory &inventory)
        : m_inv(inventory)
    {
    }

    void build()
    {
        organization();
        adminGroups();
        routingGroups();
        servers();
        connectors();
        stores();
        policies();
        services();
        settings();
        products();
    }

private:
    Inventory &m_inv;

    const ExchangeServer &server(const char *name) const
    {
        for (const auto &s : m_inv.servers) {
            if (s.name == QLatin1String(name))
                return s;
        }
        Q_UNREACHABLE();
    }
    QString serverId(const char *name) const { return server(name).meta.id; }
    QString rgId(int index) const { return m_inv.routingGroups.at(index).meta.id; }
    QString agDn(int index) const
    {
        return QStringLiteral("CN=%1,CN=Administrative Groups,%2")
            .arg(escapeRdn(QLatin1String(kAdminGroups[index].name)), organizationDn());
    }
    QString agLegacy(int index) const
    {
        return orgLegacy() + QStringLiteral("/ou=") + QLatin1String(kAdminGroups[index].name);
    }

    void organization()
    {
        auto &org = m_inv.organization;
        org.meta = discoveredMeta(organizationDn(), orgLegacy());
        org.meta.id = QString::fromLatin1(Organization::kind);
        org.name = QLatin1String(kOrganization);
        org.mixedMode = false;
        org.exchangeSchemaVersion = 6870;
        org.objectVersion = 6903;
        org.dataRecoveryPlan = QStringLiteral(
            "Nightly full backup of every storage group (Veritas Backup Exec 10d) to tape, kept 4 weeks; "
            "restores tested quarterly into the recovery storage group on SEA-EX02.");
        org.meta.setSource(QStringLiteral("dataRecoveryPlan"), Source::Typed);
        org.policyExemptions = QStringLiteral("Executive mailboxes are exempt from the 500 MB store quota.");
        org.meta.setSource(QStringLiteral("policyExemptions"), Source::Typed);
        org.edgeWanted = true;
        org.meta.setSource(QStringLiteral("edgeWanted"), Source::Typed);
        org.umWanted = false;
        org.meta.setSource(QStringLiteral("umWanted"), Source::Typed);
        org.outlookVersions = {QStringLiteral("Outlook 2003"), QStringLiteral("Outlook 2002"),
                               QStringLiteral("Outlook Web Access")};
        org.meta.setSource(QStringLiteral("outlookVersions"), Source::Typed);
        org.outlook2003OrEarlierInUse = true;
        org.meta.setSource(QStringLiteral("outlook2003OrEarlierInUse"), Source::Typed);
    }

    void adminGroups()
    {
        for (int i = 0; i < int(std::size(kAdminGroups)); ++i) {
            AdminGroup ag;
            ag.meta = discoveredMeta(agDn(i), agLegacy(i));
            ag.name = QLatin1String(kAdminGroups[i].name);
            ag.isDefault = kAdminGroups[i].isDefault;
            ag.permissions = QLatin1String(kAdminGroups[i].permissions);
            ag.meta.setSource(QStringLiteral("permissions"), Source::Typed);
            m_inv.adminGroups.append(ag);
        }
    }

    void routingGroups()
    {
        for (const auto &spec : kRoutingGroups) {
            RoutingGroup rg;
            const QString dn = QStringLiteral("CN=%1,CN=Routing Groups,%2")
                                   .arg(escapeRdn(QLatin1String(spec.name)), agDn(spec.adminGroup));
            rg.meta = discoveredMeta(dn);
            rg.name = QLatin1String(spec.name);
            rg.adminGroupId = m_inv.adminGroups.at(spec.adminGroup).meta.id;
            m_inv.routingGroups.append(rg);
        }
    }

    void servers()
    {
        for (const auto &spec : kServers) {
            ExchangeServer s;
            const int ag = kRoutingGroups[spec.routingGroup].adminGroup;
            const QString name = QLatin1String(spec.name);
            const QString dn = QStringLiteral("CN=%1,CN=Servers,%2").arg(name, agDn(ag));
            s.meta = discoveredMeta(dn, agLegacy(ag) + QStringLiteral("/cn=Configuration/cn=Servers/cn=") + name);
            s.name = name;
            s.fqdn = name.toLower() + QLatin1Char('.') + dnsSuffixOf(spec.domain);
            s.addresses = QString::fromLatin1(spec.addresses).split(QLatin1Char(','));
            s.serialNumber = QLatin1String(spec.serial);
            s.versionNumber = spec.versionNumber;
            applyVersion(s);
            s.serverRole = spec.role == Front ? 1 : 0;
            s.frontEnd = spec.role == Front;
            s.adminGroupId = m_inv.adminGroups.at(ag).meta.id;
            s.routingGroupId = rgId(spec.routingGroup);
            s.ou = QStringLiteral("OU=Exchange Servers,") + domainDnOf(spec.domain);
            s.computerDn = QStringLiteral("CN=%1,%2").arg(name, s.ou);
            s.processors = QLatin1String(spec.processors);
            s.memoryGb = spec.memoryGb;
            s.diskGb = spec.diskGb;
            s.networkMbps = 1000;
            for (const char *field : {"processors", "memoryGb", "diskGb", "networkMbps"})
                s.meta.setSource(QLatin1String(field), Source::Typed);
            m_inv.servers.append(s);
        }
        for (int i = 0; i < m_inv.routingGroups.size(); ++i) {
            auto &rg = m_inv.routingGroups[i];
            if (const char *master = kRoutingGroups[i].master) {
                rg.masterDn = server(master).meta.dn;
                rg.masterServerId = serverId(master);
            } else {
                // The master was removed without a new one being chosen: the directory keeps a mangled DN.
                rg.masterDn = QStringLiteral("CN=FRA-EX00\\0ADEL:3f2a7c1e-55b0-4e6a-9d1c-0b8e2f4a6c11,CN=Deleted "
                                             "Objects,") +
                              configurationDn();
            }
        }
    }

    QString connectionsDn(int rg) const { return QStringLiteral("CN=Connections,") + m_inv.routingGroups[rg].meta.dn; }

    void routingGroupConnector(int from, int to, const char *source, const char *target, int cost)
    {
        Connector c;
        c.name = m_inv.routingGroups[from].name + QStringLiteral(" to ") + m_inv.routingGroups[to].name;
        c.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(escapeRdn(c.name), connectionsDn(from)));
        c.type = ConnectorType::RoutingGroup;
        c.objectClass = QStringLiteral("msExchRoutingGroupConnector");
        c.routingGroupId = rgId(from);
        c.destinationRoutingGroupId = rgId(to);
        if (source)
            c.sourceBridgeheadIds = {serverId(source)};
        c.targetBridgeheadIds = {serverId(target)};
        c.cost = cost;
        c.addressSpaces = {QStringLiteral("X400:c=US;a= ;p=Fabrikam;o=Exchange;;1")};
        m_inv.connectors.append(c);
    }

    void connectors()
    {
        // Hub and spoke from Seattle. Frankfurt is reachable from Seattle but has no connector back.
        routingGroupConnector(0, 1, "SEA-EX01", "DAL-EX02", 10);
        routingGroupConnector(1, 0, nullptr, "SEA-EX01", 10);
        routingGroupConnector(0, 2, "SEA-EX01", "LON-EX01", 20);
        routingGroupConnector(2, 0, "LON-EX01", "SEA-EX01", 20);
        routingGroupConnector(0, 4, "SEA-EX01", "TOR-EX01", 10);
        routingGroupConnector(4, 0, "TOR-EX01", "SEA-EX01", 10);
        routingGroupConnector(0, 3, "SEA-EX01", "FRA-EX01", 30);

        Connector internet;
        internet.name = QStringLiteral("Internet Mail (SMTP)");
        internet.meta = discoveredMeta(QStringLiteral("CN=Internet Mail (SMTP),") + connectionsDn(0));
        internet.type = ConnectorType::Smtp;
        internet.objectClass = QStringLiteral("msExchRoutingSMTPConnector");
        internet.routingGroupId = rgId(0);
        internet.sourceBridgeheadIds = {serverId("SEA-BH01")};
        internet.addressSpaces = {QStringLiteral("SMTP:*;1")};
        internet.smartHost = QStringLiteral("[192.0.2.200]");
        internet.messageSizeLimitKb = 10240;
        internet.properties = QStringLiteral("Forward all mail through the perimeter relay; TLS to partner.example");
        m_inv.connectors.append(internet);

        Connector x400;
        x400.name = QStringLiteral("X.400 to Bundespost Partner (TP0/X.25)");
        x400.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(escapeRdn(x400.name), connectionsDn(2)));
        x400.type = ConnectorType::X400;
        x400.objectClass = QStringLiteral("rFC1006X400Link");
        x400.routingGroupId = rgId(2);
        x400.sourceBridgeheadIds = {serverId("LON-EX01")};
        x400.addressSpaces = {QStringLiteral("X400:c=DE;a=VIAT;p=Partner;o=Logistik;;20")};
        x400.cost = 20;
        x400.properties = QStringLiteral("Remote MTA: PARTNER-MTA, TCP/IP stack, 203.0.113.250 is not ours");
        m_inv.connectors.append(x400);

        Connector notes;
        notes.name = QStringLiteral("Notes Connector (TORONTO-NOTES/Contoso)");
        notes.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(escapeRdn(notes.name), connectionsDn(4)));
        notes.type = ConnectorType::LotusNotes;
        notes.objectClass = QStringLiteral("msExchNotesConnector");
        notes.routingGroupId = rgId(4);
        notes.sourceBridgeheadIds = {serverId("TOR-EX01")};
        notes.addressSpaces = {QStringLiteral("NOTES:*@Contoso;1")};
        notes.connectedDomains = {QStringLiteral("contoso.example")};
        notes.properties = QStringLiteral("Domino 6.5 server TORONTO-NOTES/Contoso; directory synchronisation daily");
        m_inv.connectors.append(notes);
    }

    struct StoreSpec {
        const char *server;
        int mailboxes;
        double sizeGb;
    };

    void stores()
    {
        static constexpr StoreSpec kMailbox[] = {
            {"SEA-EX01", 812, 61.5}, {"SEA-EX02", 645, 48.2}, {"DAL-EX01", 240, 17.9}, {"DAL-EX02", 310, 22.4},
            {"LON-EX01", 520, 39.0}, {"LON-EX02", 488, 35.7}, {"LON-EX03", 95, 6.1},   {"FRA-EX01", 402, 30.3},
            {"FRA-EX02", 215, 14.8}, {"ATH-EX01", 64, 3.9},   {"TOR-EX01", 287, 20.6}, {"TOR-EX02", 133, 11.2},
        };
        const QString quotaPolicy = QStringLiteral("Standard mailbox quota (500 MB)");
        for (const auto &spec : kMailbox) {
            const ExchangeServer &srv = server(spec.server);
            StorageGroup sg;
            sg.meta = discoveredMeta(QStringLiteral("CN=First Storage Group,CN=InformationStore,") + srv.meta.dn);
            sg.name = QStringLiteral("First Storage Group");
            sg.serverId = srv.meta.id;
            sg.logPath = QStringLiteral("L:\\Exchsrvr\\mdbdata");
            sg.systemPath = QStringLiteral("D:\\Exchsrvr\\mdbdata");
            sg.circularLogging = false;
            m_inv.storageGroups.append(sg);

            Store st;
            st.name = QStringLiteral("Mailbox Store (%1)").arg(srv.name);
            st.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(st.name, sg.meta.dn),
                                     srv.meta.legacyDn + QStringLiteral("/cn=Microsoft Private MDB"));
            st.storeKind = StoreKind::Mailbox;
            st.storageGroupId = sg.meta.id;
            st.serverId = srv.meta.id;
            st.databasePath = QStringLiteral("E:\\Exchsrvr\\mdbdata\\priv1.edb");
            st.streamingPath = QStringLiteral("E:\\Exchsrvr\\mdbdata\\priv1.stm");
            st.mailboxCount = spec.mailboxes;
            st.sizeGb = spec.sizeGb;
            st.meta.setSource(QStringLiteral("sizeGb"), Source::Typed);
            st.storageQuotaKb = 512000;
            st.policies = {quotaPolicy};
            m_inv.stores.append(st);
        }

        PublicFolderTree tree;
        tree.meta = discoveredMeta(QStringLiteral("CN=Public Folders,CN=Folder Hierarchies,") + agDn(0));
        tree.name = QStringLiteral("Public Folders");
        tree.adminGroupId = m_inv.adminGroups.at(0).meta.id;
        tree.treeType = 1;
        m_inv.publicFolderTrees.append(tree);

        static constexpr StoreSpec kPublic[] = {{"SEA-PF01", 0, 27.4}, {"LON-EX01", 0, 8.6}, {"FRA-EX01", 0, 5.2}};
        for (const auto &spec : kPublic) {
            const ExchangeServer &srv = server(spec.server);
            const StorageGroup *sg = nullptr;
            for (const auto &candidate : m_inv.storageGroups) {
                if (candidate.serverId == srv.meta.id)
                    sg = &candidate;
            }
            QString sgId;
            QString sgDn = QStringLiteral("CN=First Storage Group,CN=InformationStore,") + srv.meta.dn;
            if (sg) {
                sgId = sg->meta.id;
            } else {
                StorageGroup created;
                created.meta = discoveredMeta(sgDn);
                created.name = QStringLiteral("First Storage Group");
                created.serverId = srv.meta.id;
                created.logPath = QStringLiteral("L:\\Exchsrvr\\mdbdata");
                created.systemPath = QStringLiteral("D:\\Exchsrvr\\mdbdata");
                created.circularLogging = false;
                sgId = created.meta.id;
                m_inv.storageGroups.append(created);
            }
            Store st;
            st.name = QStringLiteral("Public Folder Store (%1)").arg(srv.name);
            st.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(st.name, sgDn),
                                     srv.meta.legacyDn + QStringLiteral("/cn=Microsoft Public MDB"));
            st.storeKind = StoreKind::PublicFolder;
            st.storageGroupId = sgId;
            st.serverId = srv.meta.id;
            st.databasePath = QStringLiteral("E:\\Exchsrvr\\mdbdata\\pub1.edb");
            st.streamingPath = QStringLiteral("E:\\Exchsrvr\\mdbdata\\pub1.stm");
            st.sizeGb = spec.sizeGb;
            st.meta.setSource(QStringLiteral("sizeGb"), Source::Typed);
            st.publicFolderTreeId = tree.meta.id;
            m_inv.stores.append(st);
        }

        SystemPolicy quota;
        quota.meta = discoveredMeta(QStringLiteral("CN=%1,CN=System Policies,%2").arg(quotaPolicy, agDn(0)));
        quota.name = quotaPolicy;
        quota.policyKind = SystemPolicyKind::MailboxStore;
        for (const auto &st : std::as_const(m_inv.stores)) {
            if (st.storeKind == StoreKind::Mailbox)
                quota.appliesToIds.append(st.meta.id);
        }
        quota.settings = QStringLiteral("Issue warning at 450 MB; prohibit send at 500 MB; keep deleted items 14 days");
        m_inv.systemPolicies.append(quota);

        SystemPolicy serverPolicy;
        serverPolicy.meta =
            discoveredMeta(QStringLiteral("CN=Message Tracking (all servers),CN=System Policies,") + agDn(0));
        serverPolicy.name = QStringLiteral("Message Tracking (all servers)");
        serverPolicy.policyKind = SystemPolicyKind::Server;
        for (const auto &s : std::as_const(m_inv.servers))
            serverPolicy.appliesToIds.append(s.meta.id);
        serverPolicy.settings = QStringLiteral("Message tracking on, subject logging on, logs kept 7 days");
        m_inv.systemPolicies.append(serverPolicy);
    }

    void policies()
    {
        const QString container = QStringLiteral("CN=Recipient Policies,") + organizationDn();
        auto add = [&](const QString &name, const QString &filter, int order, const QStringList &templates,
                       const QStringList &nonAuthoritative) {
            RecipientPolicy p;
            p.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(escapeRdn(name), container));
            p.name = name;
            p.filter = filter;
            p.order = order;
            p.addressTemplates = templates;
            p.nonAuthoritativeDomains = nonAuthoritative;
            m_inv.recipientPolicies.append(p);
        };
        add(QStringLiteral("Default Policy"), QStringLiteral("(mailnickname=*)"), 2147483647,
            {QStringLiteral("SMTP:@fabrikam.example"), QStringLiteral("X400:c=US;a= ;p=Fabrikam;o=Exchange;")}, {});
        add(QStringLiteral("Europe (EMEA) users"),
            QStringLiteral("(&(mailnickname=*)(|(homeMDB=*London*)(homeMDB=*FRA-*)(homeMDB=*ATH-*)))"), 1,
            {QStringLiteral("SMTP:@eu.fabrikam.example"), QStringLiteral("smtp:@fabrikam.example")}, {});
        add(QStringLiteral("Contoso, Toronto (acquired 2005)"),
            QStringLiteral("(&(objectCategory=person)(company=Contoso*))"), 2,
            {QStringLiteral("SMTP:%g.%s@contoso.example"), QStringLiteral("smtp:@fabrikam.example")},
            {QStringLiteral("partner.example")});

        const QString lists = QStringLiteral("CN=All Address Lists,CN=Address Lists Container,") + organizationDn();
        auto list = [&](const QString &name, const QString &filter, const QString &parent) {
            AddressList a;
            a.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(escapeRdn(name), parent));
            a.name = name;
            a.filter = filter;
            m_inv.addressLists.append(a);
        };
        list(QStringLiteral("Default Global Address List"),
             QStringLiteral("(&(mailnickname=*)(|(&(objectCategory=person)(objectClass=user)(!(homeMDB=*))(!(msExchHome"
                            "ServerName=*)))(&(objectCategory=person)(objectClass=user)(|(homeMDB=*)(msExchHomeServer"
                            "Name=*)))(&(objectCategory=person)(objectClass=contact))(objectCategory=group)(objectCate"
                            "gory=publicFolder)(objectCategory=msExchDynamicDistributionList)))"),
             QStringLiteral("CN=All Global Address Lists,CN=Address Lists Container,") + organizationDn());
        list(QStringLiteral("All Users"),
             QStringLiteral("(&(mailnickname=*)(|(&(objectCategory=person)(objectClass=user)(|(homeMDB=*)(msExchHome"
                            "ServerName=*)))))"),
             lists);
        list(QStringLiteral("Europe, all staff"), QStringLiteral("(&(mailnickname=*)(c=GB))"), lists);
    }

    void services()
    {
        const QString rusContainer =
            QStringLiteral("CN=Recipient Update Services,CN=Address Lists Container,") + organizationDn();
        auto rus = [&](const QString &name, const char *srv, const QString &domainDn) {
            RecipientUpdateService r;
            r.meta = discoveredMeta(QStringLiteral("CN=%1,%2").arg(escapeRdn(name), rusContainer));
            r.name = name;
            r.serverId = serverId(srv);
            r.serverName = QLatin1String(srv);
            r.domainDn = domainDn;
            m_inv.recipientUpdateServices.append(r);
        };
        rus(QStringLiteral("Recipient Update Service (Enterprise Configuration)"), "SEA-EX01", configurationDn());
        rus(QStringLiteral("Recipient Update Service (FABRIKAM)"), "SEA-EX01", QLatin1String(kForestDn));
        rus(QStringLiteral("Recipient Update Service (EMEA)"), "LON-EX01",
            QStringLiteral("DC=emea,DC=fabrikam,DC=example"));

        OfflineAddressBook oab;
        oab.meta = discoveredMeta(QStringLiteral("CN=Default Offline Address List,CN=Offline Address Lists,CN=Address "
                                                 "Lists Container,") +
                                  organizationDn());
        oab.name = QStringLiteral("Default Offline Address List");
        oab.serverId = serverId("SEA-EX01");
        m_inv.offlineAddressBooks.append(oab);

        for (const char *name : {"SEA-BH01", "SEA-FE01", "LON-EX01"}) {
            const ExchangeServer &srv = server(name);
            SmtpVirtualServer vs;
            vs.meta = discoveredMeta(QStringLiteral("CN=1,CN=SMTP,CN=Protocols,") + srv.meta.dn);
            vs.name = QStringLiteral("Default SMTP Virtual Server");
            vs.serverId = srv.meta.id;
            vs.bindings = {QStringLiteral(":25:")};
            vs.authenticationFlags = 7;
            vs.outboundSecurity = 0;
            vs.requireTls = false;
            vs.fqdn = srv.fqdn;
            vs.maxMessageSizeKb = 10240;
            vs.maxRecipients = 64000;
            vs.relayForAuthenticated = true;
            vs.filterEnabled = QLatin1String(name) == QLatin1String("SEA-BH01");
            if (QLatin1String(name) == QLatin1String("LON-EX01")) {
                // A smart host on the virtual server rather than on a connector.
                vs.smartHost = QStringLiteral("relay.emea.fabrikam.example");
                vs.smartHostType = 2;
            }
            m_inv.smtpVirtualServers.append(vs);
        }
    }

    void settings()
    {
        auto &delivery = m_inv.messageDelivery;
        delivery.meta = discoveredMeta(QStringLiteral("CN=Message Delivery,CN=Global Settings,") + organizationDn());
        delivery.meta.id = QString::fromLatin1(MessageDelivery::kind);
        delivery.sendLimitKb = 10240;
        delivery.receiveLimitKb = 10240;
        delivery.recipientLimit = 5000;
        delivery.senderFilters = {QStringLiteral("*@spam.example"), QStringLiteral("newsletter@offers.example")};
        delivery.recipientFilters = {QStringLiteral("postmaster-old@fabrikam.example")};
        delivery.messageFormats = QStringLiteral("Default: MIME, message text character set Western European (ISO)");

        auto &security = m_inv.messageSecurity;
        security.secureDomains = {QStringLiteral("partner.example"), QStringLiteral("contoso.example")};
        security.authentication = QStringLiteral("Integrated Windows and Basic over TLS on SEA-FE01");
        security.encryption = QStringLiteral("TLS offered on every SMTP virtual server; required for partner.example");
        security.meta.origin = Source::Typed;

        auto &spam = m_inv.antiSpam;
        spam.meta = discoveredMeta(QStringLiteral("CN=UCE Content Filter,") + delivery.meta.dn);
        spam.meta.id = QString::fromLatin1(AntiSpam::kind);
        spam.imfEnabled = true;
        spam.imfGatewayThreshold = 8;
        spam.imfGatewayAction = QStringLiteral("Archive");
        spam.imfStoreThreshold = 6;
        spam.ipBlockList = {QStringLiteral("198.51.100.250/32")};
        spam.ipAllowList = {QStringLiteral("192.0.2.200/32")};
        spam.attachmentBlocking = {QStringLiteral("*.exe"), QStringLiteral("*.pif"), QStringLiteral("*.scr"),
                                   QStringLiteral("*.vbs")};
        spam.blockListProviders = {QStringLiteral("bl.rbl.example")};

        SmartHost relay;
        relay.meta = typedMeta();
        relay.meta.id = stableId(QStringLiteral("smarthost:mailrelay"));
        relay.name = QStringLiteral("mailrelay.fabrikam.example");
        relay.addresses = {QStringLiteral("192.0.2.200")};
        relay.authoritativeDomains = {QStringLiteral("fabrikam.example"), QStringLiteral("eu.fabrikam.example"),
                                      QStringLiteral("contoso.example")};
        relay.rblSubscriptions = {QStringLiteral("bl.rbl.example")};
        relay.note = QStringLiteral("Perimeter relay (Postfix) in the Seattle DMZ; all outbound Internet mail");
        m_inv.smartHosts.append(relay);

        auto delegation = [&](const QString &principal, bool group, AdminRole role, const QString &scope,
                              const QStringList &members) {
            Delegation d;
            d.meta = typedMeta();
            d.meta.id = stableId(QStringLiteral("delegation:") + principal);
            d.principal = principal;
            d.isGroup = group;
            d.role = role;
            d.scope = scope;
            d.members = members;
            m_inv.delegations.append(d);
        };
        delegation(QStringLiteral("FABRIKAM\\Exchange Admins (Global)"), true, AdminRole::FullAdministrator,
                   QStringLiteral("organization"), {QStringLiteral("Ana Trujillo"), QStringLiteral("Peter Müller")});
        delegation(QStringLiteral("EMEA\\Messaging Team EMEA"), true, AdminRole::Administrator,
                   m_inv.adminGroups.at(1).meta.id,
                   {QStringLiteral("Κώστας Παπαδόπουλος"), QStringLiteral("Sarah O'Neil")});
        delegation(QStringLiteral("FABRIKAM\\Messaging Team Americas"), true, AdminRole::Administrator,
                   m_inv.adminGroups.at(2).meta.id, {QStringLiteral("Jean-François Côté")});
        delegation(QStringLiteral("FABRIKAM\\Helpdesk"), true, AdminRole::ViewOnlyAdministrator,
                   QStringLiteral("organization"), {});
    }

    void products()
    {
        auto product = [&](const QString &name, ProductCategory category, const QString &version,
                           const QStringList &servers, const QString &settings, std::optional<bool> ready) {
            ExchangeAwareProduct p;
            p.meta = typedMeta();
            p.meta.id = stableId(QStringLiteral("product:") + name);
            p.name = name;
            p.category = category;
            p.version = version;
            for (const auto &s : servers)
                p.serverIds.append(serverId(s.toLatin1().constData()));
            p.settings = settings;
            p.exchange2007Ready = ready;
            m_inv.products.append(p);
        };
        QStringList mailboxServers;
        for (const auto &s : std::as_const(m_inv.servers)) {
            if (!s.frontEnd.value_or(false))
                mailboxServers.append(s.name);
        }
        product(QStringLiteral("Symantec Mail Security for Microsoft Exchange"), ProductCategory::AntiVirus,
                QStringLiteral("4.6"), mailboxServers,
                QStringLiteral("VSAPI scanning on every store; excluded: M:\\, the mdbdata folders"), false);
        product(QStringLiteral("Intelligent Message Filter"), ProductCategory::AntiSpam, QStringLiteral("v2 (SP2)"),
                {QStringLiteral("SEA-BH01")}, QStringLiteral("Gateway SCL 8 archive, store SCL 6"), true);
        product(QStringLiteral("Veritas Backup Exec"), ProductCategory::Backup, QStringLiteral("10d"), mailboxServers,
                QStringLiteral("Exchange agent, full nightly, incremental at noon"), false);
        product(QStringLiteral("BlackBerry Enterprise Server"), ProductCategory::Other, QStringLiteral("4.1"),
                {QStringLiteral("SEA-EX02")}, QStringLiteral("MAPI profile to SEA-EX01 and SEA-EX02"), std::nullopt);

        auto feature = [&](Feature f, std::optional<bool> inUse, const char *srv, const QString &note) {
            FeatureInUse item;
            item.meta = typedMeta();
            item.meta.id = stableId(QStringLiteral("feature:") + enumName(f));
            item.feature = f;
            item.inUse = inUse;
            if (srv)
                item.serverId = serverId(srv);
            item.note = note;
            m_inv.features.append(item);
        };
        feature(Feature::InstantMessaging, true, "TOR-EX02",
                QStringLiteral("About 40 users in Toronto; replacement by Office Communications Server planned"));
        feature(Feature::KeyManagementService, false, nullptr, QStringLiteral("Retired in 2004"));
        feature(Feature::Chat, false, nullptr, {});
        feature(Feature::ConferencingServer, false, nullptr, {});
        feature(Feature::MobileInformationServer, std::nullopt, nullptr, {});
    }
};

} // namespace

Project sampleProject()
{
    Project project;
    project.title = QStringLiteral("Fabrikam (sample organization)");
    project.created = QDateTime(QDate(2007, 3, 12), QTime(9, 30), Qt::UTC);
    ExchangeBuilder(project.inventory).build();
    sample::addDirectory(project.inventory);
    project.inventory.sectionNotes.insert(enumName(Section::Organization),
                                          QStringLiteral("Sample organization bundled with Exchange Transition "
                                                         "Planner. Every name and address in it is fictitious."));
    project.inventory.sectionNotes.insert(enumName(Section::RoutingGroups),
                                          QStringLiteral("Frankfurt (DE, GR) has no connector back to the hub yet."));
    return project;
}

} // namespace etp
