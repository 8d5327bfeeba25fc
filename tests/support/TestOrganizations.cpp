#include "TestOrganizations.h"

#include "directory/Dn.h"

#include <QUuid>

namespace etp::test {

namespace {

template <class T> T make(const QString &seed)
{
    T object;
    object.meta.id = QUuid::createUuidV5(QUuid(), seed).toString(QUuid::WithoutBraces);
    object.meta.guid = object.meta.id;
    object.meta.origin = Source::Ldif;
    return object;
}

QByteArray userRecord(const QString &dn, const QString &sam)
{
    return "dn: " + dn.toUtf8() +
           "\nobjectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\n"
           "objectClass: user\ncn: " +
           sam.toUtf8() + "\nsAMAccountName: " + sam.toUtf8() + "\n";
}

} // namespace

Inventory oddOrganization()
{
    Inventory inv;
    inv.organization.name = QStringLiteral("Contoso (Europe), Ltd.");
    inv.organization.mixedMode = true;
    inv.organization.exchangeSchemaVersion = 6870;
    inv.forest.functionalLevel = 0;

    auto root = make<Domain>(QStringLiteral("domain root"));
    root.dnsName = QStringLiteral("contoso.com");
    root.netbiosName = QStringLiteral("CONTOSO");
    root.sid = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330");
    root.mixedMode = false;
    root.functionalLevel = 2;
    root.forestRoot = true;
    auto child = make<Domain>(QStringLiteral("domain child"));
    child.dnsName = QStringLiteral("emea.contoso.com");
    child.netbiosName = QStringLiteral("EMEA");
    child.sid = QStringLiteral("S-1-5-21-2000000001-2000000002-2000000003");
    child.mixedMode = true;
    child.functionalLevel = 0;
    inv.domains = {root, child};

    auto berlin = make<AdSite>(QStringLiteral("site berlin"));
    berlin.name = QStringLiteral("Berlin (HQ)");
    auto paris = make<AdSite>(QStringLiteral("site paris"));
    paris.name = QStringLiteral("Paris, Rive Gauche");
    inv.sites = {berlin, paris};
    auto net1 = make<Subnet>(QStringLiteral("subnet 1"));
    net1.prefix = QStringLiteral("192.0.2.0/24");
    net1.siteId = berlin.meta.id;
    auto net2 = make<Subnet>(QStringLiteral("subnet 2"));
    net2.prefix = QStringLiteral("2001:db8:10::/48");
    net2.siteId = paris.meta.id;
    auto net3 = make<Subnet>(QStringLiteral("subnet 3"));
    net3.prefix = QStringLiteral("198.51.100.0/25");
    net3.siteId = paris.meta.id;
    inv.subnets = {net1, net2, net3};
    auto link = make<SiteLink>(QStringLiteral("link"));
    link.name = QStringLiteral("Berlin+Paris \"WAN\"");
    link.siteIds = {berlin.meta.id, paris.meta.id};
    link.cost = 100;
    link.replicationIntervalMinutes = 180;
    link.transport = QStringLiteral("IP");
    inv.siteLinks = {link};

    auto dc1 = make<DomainController>(QStringLiteral("dc1"));
    dc1.name = QStringLiteral("DC01");
    dc1.fqdn = QStringLiteral("dc01.contoso.com");
    dc1.siteId = berlin.meta.id;
    dc1.domainId = root.meta.id;
    dc1.globalCatalog = true;
    dc1.operatingSystem = QStringLiteral("Windows Server 2003");
    dc1.operatingSystemVersion = QStringLiteral("5.2 (3790)");
    dc1.operatingSystemServicePack = QStringLiteral("Service Pack 1");
    dc1.dcFunctionalLevel = 2;
    auto dc2 = make<DomainController>(QStringLiteral("dc2"));
    dc2.name = QStringLiteral("EMEADC01");
    dc2.fqdn = QStringLiteral("emeadc01.emea.contoso.com");
    dc2.siteId = paris.meta.id;
    dc2.domainId = child.meta.id;
    dc2.globalCatalog = false;
    dc2.operatingSystem = QStringLiteral("Windows 2000 Server");
    dc2.operatingSystemVersion = QStringLiteral("5.0 (2195)");
    dc2.operatingSystemServicePack = QStringLiteral("Service Pack 4");
    dc2.dcFunctionalLevel = 0;
    inv.domainControllers = {dc1, dc2};
    inv.forest.schemaMasterDcId = dc1.meta.id;

    auto ag1 = make<AdminGroup>(QStringLiteral("ag1"));
    ag1.name = QStringLiteral("First Administrative Group");
    ag1.isDefault = true;
    auto ag2 = make<AdminGroup>(QStringLiteral("ag2"));
    ag2.name = QStringLiteral("EMEA (Paris), Admins + Ops");
    inv.adminGroups = {ag1, ag2};

    auto rg1 = make<RoutingGroup>(QStringLiteral("rg1"));
    rg1.name = QStringLiteral("First Routing Group");
    rg1.adminGroupId = ag1.meta.id;
    auto rg2 = make<RoutingGroup>(QStringLiteral("rg2"));
    rg2.name = QStringLiteral("Paris \\ RG (\"Left Bank\")");
    rg2.adminGroupId = ag2.meta.id;
    inv.routingGroups = {rg1, rg2};

    const auto server = [&](const QString &name, const QString &fqdn, const QString &serial, qint64 version,
                            const AdminGroup &ag, const RoutingGroup &rg, const QString &ou) {
        auto s = make<ExchangeServer>(QStringLiteral("server ") + name);
        s.name = name;
        s.fqdn = fqdn;
        s.serialNumber = serial;
        s.versionNumber = version;
        s.serverRole = 0;
        s.adminGroupId = ag.meta.id;
        s.routingGroupId = rg.meta.id;
        s.ou = ou;
        s.meta.legacyDn = QStringLiteral("/o=Contoso/ou=%1/cn=Configuration/cn=Servers/cn=%2").arg(ag.name, name);
        return s;
    };
    auto ex1 = server(QStringLiteral("EX01"), QStringLiteral("ex01.contoso.com"),
                      QStringLiteral("Version 6.5 (Build 7638.2: Service Pack 2)"), 7638, ag1, rg1,
                      QStringLiteral("OU=Exchange Servers,OU=Servers (Berlin),DC=contoso,DC=com"));
    auto fe1 = server(QStringLiteral("FE01"), QStringLiteral("fe01.contoso.com"),
                      QStringLiteral("Version 6.5 (Build 7226.6: Service Pack 1)"), 7226, ag1, rg1,
                      QStringLiteral("OU=Front\\, End,DC=contoso,DC=com"));
    fe1.serverRole = 1;
    fe1.legacyServerRole = 1;
    auto ex2 = server(QStringLiteral("EX02"), QStringLiteral("ex02.emea.contoso.com"),
                      QStringLiteral("Version 6.0 (Build 6249.4: Service Pack 3)"), 6249, ag2, rg2,
                      QStringLiteral("OU=Servers,DC=emea,DC=contoso,DC=com"));
    auto old = server(QStringLiteral("EX55"), QString(), QStringLiteral("Version 5.5 (Build 2653.23: Service Pack 4)"),
                      2653, ag2, rg2, QString());
    inv.servers = {ex1, fe1, ex2, old};
    inv.routingGroups[0].masterServerId = ex1.meta.id;
    // The second routing group's master was deleted.
    inv.routingGroups[1].masterDn =
        QStringLiteral("CN=EX03\\0ADEL:9a1b2c3d-1111-2222-3333-444455556666,CN=Deleted Objects,CN=Configuration,"
                       "DC=contoso,DC=com");

    auto sg = make<StorageGroup>(QStringLiteral("sg1"));
    sg.name = QStringLiteral("First Storage Group");
    sg.serverId = ex1.meta.id;
    sg.logPath = QStringLiteral("D:\\Logs\\SG1");
    sg.systemPath = QStringLiteral("D:\\Sys");
    sg.circularLogging = false;
    inv.storageGroups = {sg};
    auto tree = make<PublicFolderTree>(QStringLiteral("tree"));
    tree.name = QStringLiteral("Public Folders");
    tree.adminGroupId = ag1.meta.id;
    tree.treeType = 1;
    inv.publicFolderTrees = {tree};
    auto mdb = make<Store>(QStringLiteral("mdb"));
    mdb.name = QStringLiteral("Mailbox Store (EX01)");
    mdb.storageGroupId = sg.meta.id;
    mdb.serverId = ex1.meta.id;
    mdb.databasePath = QStringLiteral("E:\\MDB\\priv1.edb");
    mdb.streamingPath = QStringLiteral("E:\\MDB\\priv1.stm");
    mdb.mailboxCount = 37;
    auto pub = make<Store>(QStringLiteral("pub"));
    pub.name = QStringLiteral("Public Folder Store (EX01)");
    pub.storeKind = StoreKind::PublicFolder;
    pub.storageGroupId = sg.meta.id;
    pub.serverId = ex1.meta.id;
    pub.databasePath = QStringLiteral("E:\\MDB\\pub1.edb");
    pub.publicFolderTreeId = tree.meta.id;
    inv.stores = {mdb, pub};

    auto vs = make<SmtpVirtualServer>(QStringLiteral("vs"));
    vs.name = QStringLiteral("Default SMTP Virtual Server");
    vs.serverId = ex1.meta.id;
    vs.bindings = {QStringLiteral(":25:")};
    vs.authenticationFlags = 7;
    vs.fqdn = QStringLiteral("mail.contoso.com");
    vs.maxMessageSizeKb = 10240;
    vs.maxRecipients = 64000;
    vs.smartHost = QStringLiteral("[192.0.2.25]");
    vs.smartHostType = 2;
    vs.relayForAuthenticated = true;
    vs.filterEnabled = true;
    inv.smtpVirtualServers = {vs};

    const auto connector = [&](const QString &name, ConnectorType type, const RoutingGroup &rg) {
        auto c = make<Connector>(QStringLiteral("connector ") + name);
        c.name = name;
        c.type = type;
        c.routingGroupId = rg.meta.id;
        return c;
    };
    auto rgc = connector(QStringLiteral("RGC First -> Paris"), ConnectorType::RoutingGroup, rg1);
    rgc.sourceBridgeheadIds = {ex1.meta.id};
    rgc.targetBridgeheadIds = {ex2.meta.id};
    rgc.destinationRoutingGroupId = rg2.meta.id;
    rgc.cost = 10;
    rgc.addressSpaces = {};
    auto smtp = connector(QStringLiteral("Internet (SMTP), *"), ConnectorType::Smtp, rg1);
    smtp.sourceBridgeheadIds = {ex1.meta.id};
    smtp.addressSpaces = {QStringLiteral("SMTP:*;5")};
    smtp.cost = 5;
    smtp.smartHost = QStringLiteral("relay.contoso.com");
    auto notes = connector(QStringLiteral("Notes Connector (EX02)"), ConnectorType::LotusNotes, rg2);
    notes.addressSpaces = {QStringLiteral("NOTES:*;1")};
    notes.cost = 1;
    auto x400 = connector(QStringLiteral("X.400 to Partner"), ConnectorType::X400, rg2);
    x400.addressSpaces = {QStringLiteral("X400:c=DE;a= ;p=Partner;3")};
    x400.cost = 3;
    auto ccmail = connector(QStringLiteral("cc:Mail"), ConnectorType::CcMail, rg2);
    inv.connectors = {rgc, smtp, notes, x400, ccmail};

    auto policy = make<RecipientPolicy>(QStringLiteral("default policy"));
    policy.name = QStringLiteral("Default Policy");
    policy.filter = QStringLiteral("(mailnickname=*)");
    policy.order = 2147483647;
    policy.addressTemplates = {QStringLiteral("SMTP:@contoso.com"),
                               QStringLiteral("X400:c=US;a= ;p=Contoso;o=Exchange;")};
    auto emea = make<RecipientPolicy>(QStringLiteral("emea policy"));
    emea.name = QStringLiteral("EMEA (FR)");
    emea.filter = QStringLiteral("(&(mailnickname=*)(c=FR))");
    emea.order = 1;
    emea.addressTemplates = {QStringLiteral("SMTP:%g.%s@contoso.fr"), QStringLiteral("smtp:@relay.contoso.net")};
    emea.nonAuthoritativeDomains = {QStringLiteral("SMTP:@relay.contoso.net")};
    inv.recipientPolicies = {policy, emea};
    auto gal = make<AddressList>(QStringLiteral("gal"));
    gal.name = QStringLiteral("Paris Users");
    gal.filter = QStringLiteral("(&(mailnickname=*)(l=Paris))");
    inv.addressLists = {gal};
    auto rus = make<RecipientUpdateService>(QStringLiteral("rus"));
    rus.name = QStringLiteral("Recipient Update Service (EMEA)");
    rus.serverName = QStringLiteral("EX02");
    rus.domainDn = QStringLiteral("DC=emea,DC=contoso,DC=com");
    inv.recipientUpdateServices = {rus};

    inv.messageDelivery.sendLimitKb = 10240;
    inv.messageDelivery.receiveLimitKb = 10240;
    inv.messageDelivery.recipientLimit = 5000;
    inv.messageDelivery.senderFilters = {QStringLiteral("spam@example.net")};
    inv.antiSpam.imfEnabled = true;
    inv.antiSpam.imfGatewayThreshold = 8;
    inv.antiSpam.imfStoreThreshold = 6;
    inv.antiSpam.blockListProviders = {QStringLiteral("bl.example.org")};

    auto srs = make<LegacyDirectoryObject>(QStringLiteral("srs"));
    srs.name = QStringLiteral("Microsoft DSA");
    srs.objectKind = LegacyDirectoryKind::SiteReplicationService;
    srs.serverName = QStringLiteral("EX55");
    auto adc = make<LegacyDirectoryObject>(QStringLiteral("adc"));
    adc.name = QStringLiteral("Active Directory Connector (EX02)");
    adc.objectKind = LegacyDirectoryKind::AdcService;
    adc.serverName = QStringLiteral("EX02");
    auto ca = make<LegacyDirectoryObject>(QStringLiteral("ca"));
    ca.name = QStringLiteral("Config CA (Paris)");
    ca.objectKind = LegacyDirectoryKind::ConnectionAgreement;
    ca.serverName = QStringLiteral("EX02");
    inv.legacyDirectoryObjects = {srs, adc, ca};

    auto expansion = make<ExpansionGroup>(QStringLiteral("expansion"));
    expansion.name = QStringLiteral("All Staff (Paris)");
    expansion.expansionServerLegacyDn = ex2.meta.legacyDn;
    expansion.expansionServerId = ex2.meta.id;
    inv.expansionGroups = {expansion};
    return inv;
}

QList<QByteArray> privilegedGroupRecords(const QString &rootDn, const QString &rootSid, int bulkMembers)
{
    const QString users = QStringLiteral("CN=Users,") + rootDn;
    const auto groupRecord = [&](const QString &dn, const QString &name, const QString &sid,
                                 const QStringList &members) {
        QByteArray r = "dn: " + dn.toUtf8() + "\nobjectClass: top\nobjectClass: group\ncn: " + name.toUtf8() +
                       "\nsAMAccountName: " + name.toUtf8() + "\n";
        if (!sid.isEmpty())
            r += "objectSid:: " + sidBytes(sid).toBase64() + "\n";
        for (const auto &member : members)
            r += "member: " + member.toUtf8() + "\n";
        return r;
    };
    QList<QByteArray> records;
    const QString schemaAdmins = QStringLiteral("CN=Schema Admins,") + users;
    const QString enterpriseAdmins = QStringLiteral("CN=Enterprise Admins,") + users;
    const QString tier0 = QStringLiteral("CN=Admins (Tier 0),OU=Groups,") + rootDn;
    const QString nested = QStringLiteral("CN=Nested\\, Group,OU=Groups,") + rootDn;
    const QString alice = QStringLiteral("CN=Alice Admin,") + users;
    const QString bob = QStringLiteral("CN=Bob \\+ Carol,") + users;
    const QString foreign = QStringLiteral("CN=S-1-5-21-9-9-9-1105,CN=ForeignSecurityPrincipals,") + rootDn;

    QStringList schemaMembers{alice, tier0};
    for (int i = 0; i < bulkMembers; ++i) {
        const QString dn = QStringLiteral("CN=Bulk User %1,OU=Bulk,").arg(i) + rootDn;
        schemaMembers.append(dn);
        records.append(userRecord(dn, QStringLiteral("bulk%1").arg(i)));
    }
    records.append(
        groupRecord(schemaAdmins, QStringLiteral("Schema Admins"), rootSid + QStringLiteral("-518"), schemaMembers));
    records.append(groupRecord(enterpriseAdmins, QStringLiteral("Enterprise Admins"), rootSid + QStringLiteral("-519"),
                               {alice, tier0}));
    records.append(
        groupRecord(tier0, QStringLiteral("Admins (Tier 0)"), rootSid + QStringLiteral("-3101"), {nested, bob}));
    records.append(groupRecord(nested, QStringLiteral("Nested, Group"), rootSid + QStringLiteral("-3102"),
                               {tier0, foreign, alice}));
    records.append(userRecord(alice, QStringLiteral("alice")));
    records.append(userRecord(bob, QStringLiteral("bob.carol")));
    return records;
}

} // namespace etp::test
