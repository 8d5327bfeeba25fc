#include "InventoryLdif.h"
#include "QtStringMakers.h"
#include "TestOrganizations.h"
#include "directory/DirectoryMapper.h"
#include "directory/LdifReader.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace etp;
using namespace etp::test;

namespace {

MapResult importFiles(const QList<LdifFile> &files, bool reversed = false)
{
    QList<DirectoryEntry> entries;
    for (const auto &file : files) {
        const Status status =
            LdifReader::readData(file.text, file.name, [&](DirectoryEntry &&e) { entries.append(std::move(e)); });
        REQUIRE(status.ok());
    }
    if (reversed)
        std::reverse(entries.begin(), entries.end());
    DirectoryMapper mapper(Source::Ldif);
    for (auto &entry : entries)
        mapper.add(std::move(entry));
    return mapper.finish();
}

template <class T> const T &named(const QList<T> &list, const QString &name)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const T &t) { return t.name == name; });
    REQUIRE(it != list.end());
    return *it;
}

const Domain &domainNamed(const QList<Domain> &list, const QString &name)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const Domain &d) { return d.dnsName == name; });
    REQUIRE(it != list.end());
    return *it;
}

void checkOrganization(const Inventory &expected, const MapResult &result)
{
    const Inventory &inv = result.inventory;
    CHECK(inv.organization.name == expected.organization.name);
    CHECK(inv.organization.mixedMode == std::optional<bool>(true));
    CHECK(inv.organization.exchangeSchemaVersion == std::optional<int>(6870));
    REQUIRE(inv.adminGroups.size() == 2);
    const auto &paris = named(inv.adminGroups, QStringLiteral("EMEA (Paris), Admins + Ops"));
    CHECK(paris.meta.id == expected.adminGroups[1].meta.id);

    // Servers: version, front end, routing group, FQDN, OU.
    REQUIRE(inv.servers.size() == 4);
    const auto &ex1 = named(inv.servers, QStringLiteral("EX01"));
    CHECK(ex1.meta.id == expected.servers[0].meta.id);
    CHECK(ex1.product == ExchangeProduct::Exchange2003);
    CHECK(ex1.servicePack == std::optional<int>(2));
    CHECK(ex1.frontEnd == std::optional<bool>(false));
    CHECK(ex1.fqdn == QStringLiteral("ex01.contoso.com"));
    CHECK(ex1.routingGroupId == expected.routingGroups[0].meta.id);
    CHECK(ex1.adminGroupId == expected.adminGroups[0].meta.id);
    CHECK(ex1.ou == QStringLiteral("OU=Exchange Servers,OU=Servers (Berlin),DC=contoso,DC=com"));
    CHECK(named(inv.servers, QStringLiteral("FE01")).frontEnd == std::optional<bool>(true));
    CHECK(named(inv.servers, QStringLiteral("FE01")).ou == QStringLiteral("OU=Front\\, End,DC=contoso,DC=com"));
    CHECK(named(inv.servers, QStringLiteral("EX55")).product == ExchangeProduct::Exchange55);
    CHECK(named(inv.servers, QStringLiteral("EX02")).product == ExchangeProduct::Exchange2000);
    CHECK(named(inv.servers, QStringLiteral("EX02")).routingGroupId == expected.routingGroups[1].meta.id);

    // Routing groups and masters, the deleted one kept as written.
    const auto &first = named(inv.routingGroups, QStringLiteral("First Routing Group"));
    CHECK(first.masterServerId == ex1.meta.id);
    const auto &left = named(inv.routingGroups, QStringLiteral("Paris \\ RG (\"Left Bank\")"));
    CHECK(left.masterServerId.isEmpty());
    CHECK(left.masterDn.contains(QStringLiteral("\\0ADEL:")));
    CHECK(left.adminGroupId == paris.meta.id);

    // Connectors of every class.
    REQUIRE(inv.connectors.size() == 5);
    const auto &rgc = named(inv.connectors, QStringLiteral("RGC First -> Paris"));
    CHECK(rgc.type == ConnectorType::RoutingGroup);
    CHECK(rgc.sourceBridgeheadIds == QStringList{ex1.meta.id});
    CHECK(rgc.targetBridgeheadIds == QStringList{named(inv.servers, QStringLiteral("EX02")).meta.id});
    CHECK(rgc.destinationRoutingGroupId == left.meta.id);
    CHECK(rgc.cost == std::optional<int>(10));
    const auto &smtp = named(inv.connectors, QStringLiteral("Internet (SMTP), *"));
    CHECK(smtp.type == ConnectorType::Smtp);
    CHECK(smtp.sourceBridgeheadIds == QStringList{ex1.meta.id}); // named through its SMTP virtual server
    CHECK(smtp.cost == std::optional<int>(5));
    CHECK(smtp.smartHost == QStringLiteral("relay.contoso.com"));
    CHECK(named(inv.connectors, QStringLiteral("Notes Connector (EX02)")).type == ConnectorType::LotusNotes);
    CHECK(named(inv.connectors, QStringLiteral("X.400 to Partner")).type == ConnectorType::X400);
    CHECK(named(inv.connectors, QStringLiteral("X.400 to Partner")).cost == std::optional<int>(3));
    CHECK(named(inv.connectors, QStringLiteral("cc:Mail")).type == ConnectorType::CcMail);

    // Storage.
    REQUIRE(inv.storageGroups.size() == 1);
    CHECK(inv.storageGroups[0].serverId == ex1.meta.id);
    CHECK(inv.storageGroups[0].logPath == QStringLiteral("D:\\Logs\\SG1"));
    CHECK(inv.storageGroups[0].circularLogging == std::optional<bool>(false));
    const auto &mdb = named(inv.stores, QStringLiteral("Mailbox Store (EX01)"));
    CHECK(mdb.mailboxCount == std::optional<int>(37));
    CHECK(mdb.serverId == ex1.meta.id);
    CHECK(mdb.storageGroupId == inv.storageGroups[0].meta.id);
    CHECK(mdb.databasePath == QStringLiteral("E:\\MDB\\priv1.edb"));
    const auto &pub = named(inv.stores, QStringLiteral("Public Folder Store (EX01)"));
    CHECK(pub.storeKind == StoreKind::PublicFolder);
    REQUIRE(inv.publicFolderTrees.size() == 1);
    CHECK(pub.publicFolderTreeId == inv.publicFolderTrees[0].meta.id);
    CHECK(inv.publicFolderTrees[0].treeType == std::optional<int>(1));

    // Policies and namespaces.
    REQUIRE(inv.recipientPolicies.size() == 2);
    CHECK(named(inv.recipientPolicies, QStringLiteral("EMEA (FR)")).filter ==
          QStringLiteral("(&(mailnickname=*)(c=FR))"));
    QStringList domains;
    for (const auto &ns : inv.smtpNamespaces)
        domains.append(ns.domain + (ns.authoritative ? QString() : QStringLiteral(" (relay)")));
    domains.sort();
    CHECK(domains == QStringList{QStringLiteral("contoso.com"), QStringLiteral("contoso.fr"),
                                 QStringLiteral("relay.contoso.net (relay)")});
    REQUIRE(inv.addressLists.size() == 1);
    REQUIRE(inv.recipientUpdateServices.size() == 1);
    CHECK(inv.recipientUpdateServices[0].serverId == named(inv.servers, QStringLiteral("EX02")).meta.id);

    // Delivery, anti-spam, virtual servers.
    CHECK(inv.messageDelivery.sendLimitKb == std::optional<qint64>(10240));
    CHECK(inv.messageDelivery.recipientLimit == std::optional<int>(5000));
    CHECK(inv.messageDelivery.senderFilters == QStringList{QStringLiteral("spam@example.net")});
    CHECK(inv.antiSpam.imfEnabled == std::optional<bool>(true));
    CHECK(inv.antiSpam.imfGatewayThreshold == std::optional<int>(8));
    CHECK(inv.antiSpam.imfStoreThreshold == std::optional<int>(6));
    CHECK(inv.antiSpam.blockListProviders == QStringList{QStringLiteral("bl.example.org")});
    REQUIRE(inv.smtpVirtualServers.size() == 1);
    const auto &vs = inv.smtpVirtualServers[0];
    CHECK(vs.serverId == ex1.meta.id);
    CHECK(vs.maxMessageSizeKb == std::optional<qint64>(10240));
    CHECK(vs.smartHost == QStringLiteral("[192.0.2.25]"));
    CHECK(vs.relayForAuthenticated == std::optional<bool>(true));
    CHECK(vs.filterEnabled);

    // Exchange 5.5 coexistence.
    REQUIRE(inv.legacyDirectoryObjects.size() == 3);
    QStringList legacy;
    for (const auto &object : inv.legacyDirectoryObjects)
        legacy.append(enumName(object.objectKind) + QLatin1Char(':') + object.serverName);
    legacy.sort();
    CHECK(legacy == QStringList{QStringLiteral("adc-service:EX02"), QStringLiteral("connection-agreement:EX02"),
                                QStringLiteral("site-replication-service:EX55")});

    // Expansion servers.
    REQUIRE(inv.expansionGroups.size() == 1);
    CHECK(inv.expansionGroups[0].expansionServerId == named(inv.servers, QStringLiteral("EX02")).meta.id);
}

void checkTopology(const MapResult &result)
{
    const Inventory &inv = result.inventory;
    REQUIRE(inv.sites.size() == 2);
    const auto &berlin = named(inv.sites, QStringLiteral("Berlin (HQ)"));
    const auto &paris = named(inv.sites, QStringLiteral("Paris, Rive Gauche"));
    REQUIRE(inv.subnets.size() == 3);
    for (const auto &subnet : inv.subnets)
        CHECK(subnet.siteId == (subnet.prefix == QStringLiteral("192.0.2.0/24") ? berlin.meta.id : paris.meta.id));
    REQUIRE(inv.siteLinks.size() == 1);
    CHECK(inv.siteLinks[0].name == QStringLiteral("Berlin+Paris \"WAN\""));
    CHECK(inv.siteLinks[0].siteIds == QStringList{berlin.meta.id, paris.meta.id});
    CHECK(inv.siteLinks[0].cost == std::optional<int>(100));
    CHECK(inv.siteLinks[0].transport == QStringLiteral("IP"));

    REQUIRE(inv.domains.size() == 2);
    const auto &root = domainNamed(inv.domains, QStringLiteral("contoso.com"));
    const auto &child = domainNamed(inv.domains, QStringLiteral("emea.contoso.com"));
    CHECK(root.forestRoot);
    CHECK_FALSE(child.forestRoot);
    CHECK(root.sid == QStringLiteral("S-1-5-21-1004336348-1177238915-682003330"));
    CHECK(root.mixedMode == std::optional<bool>(false));
    CHECK(child.mixedMode == std::optional<bool>(true));
    CHECK(root.functionalLevel == std::optional<int>(2));
    CHECK(child.functionalLevel == std::optional<int>(0));
    CHECK(child.netbiosName == QStringLiteral("EMEA"));
    CHECK(root.holdsExchange == std::optional<bool>(true));
    CHECK(child.holdsExchange == std::optional<bool>(true));
    CHECK(inv.forest.functionalLevel == std::optional<int>(0));
    CHECK(inv.forest.rootDomain == QStringLiteral("contoso.com"));

    REQUIRE(inv.domainControllers.size() == 2);
    const auto &dc1 = named(inv.domainControllers, QStringLiteral("DC01"));
    const auto &dc2 = named(inv.domainControllers, QStringLiteral("EMEADC01"));
    CHECK(dc1.globalCatalog == std::optional<bool>(true));
    CHECK(dc2.globalCatalog == std::optional<bool>(false));
    CHECK(dc1.siteId == berlin.meta.id);
    CHECK(dc2.siteId == paris.meta.id);
    CHECK(dc1.domainId == root.meta.id);
    CHECK(dc2.domainId == child.meta.id);
    CHECK(dc1.operatingSystemServicePack == QStringLiteral("Service Pack 1"));
    CHECK(dc2.operatingSystem == QStringLiteral("Windows 2000 Server"));
    CHECK(dc1.dcFunctionalLevel == std::optional<int>(2));
    CHECK(inv.forest.schemaMasterDcId == dc1.meta.id);
    CHECK(inv.forest.schemaMasterDn.startsWith(QStringLiteral("CN=NTDS Settings,CN=DC01,")));
}

} // namespace

TEST_CASE("An ldifde export of an organization with odd RDNs fills every discoverable section", "[mapper]")
{
    const Inventory expected = oddOrganization();
    const auto files = exportInventory(expected, LdifStyle::Ldifde);
    REQUIRE(files.size() == 4); // configuration, schema, two domains
    const MapResult result = importFiles(files);
    INFO("issues: " << result.issues.size());
    for (const auto &issue : result.issues)
        UNSCOPED_INFO(issue.dn.toStdString()
                      << " " << issue.attribute.toStdString() << ": " << issue.message.toStdString());
    CHECK(result.issues.isEmpty());
    checkOrganization(expected, result);
    checkTopology(result);
    CHECK(result.coverage.exchangeConfiguration);
    CHECK(result.coverage.sites);
    CHECK(result.coverage.domainData);
}

TEST_CASE("Entries in any order and ldapsearch style give the same inventory", "[mapper]")
{
    const Inventory expected = oddOrganization();
    const MapResult forward = importFiles(exportInventory(expected, LdifStyle::Ldifde));
    const MapResult backward = importFiles(exportInventory(expected, LdifStyle::Ldapsearch), true);
    checkOrganization(expected, backward);
    checkTopology(backward);
    CHECK(forward.inventory.servers.size() == backward.inventory.servers.size());
    CHECK(forward.inventory.routingGroups.size() == backward.inventory.routingGroups.size());
}

TEST_CASE("Schema Admins and Enterprise Admins members are expanded through nested and cyclic groups", "[mapper]")
{
    const Inventory org = oddOrganization();
    LdifExtras extras;
    extras.domainRecords = privilegedGroupRecords(QStringLiteral("DC=contoso,DC=com"), org.domains[0].sid, 3000);
    const MapResult result = importFiles(exportInventory(org, LdifStyle::Ldifde, extras));
    CHECK(result.coverage.privilegedGroups);
    QStringList enterprise;
    int schemaCount = 0;
    for (const auto &member : result.inventory.privilegedMembers) {
        if (member.group == PrivilegedGroup::EnterpriseAdmins)
            enterprise.append(member.account + QStringLiteral(" via ") + member.viaGroup);
        else
            ++schemaCount;
    }
    enterprise.sort();
    // alice directly; bob.carol through Tier 0; the foreign principal through the cycle's second group.
    CHECK(enterprise == QStringList{QStringLiteral("S-1-5-21-9-9-9-1105 via Nested, Group"),
                                    QStringLiteral("alice via "), QStringLiteral("bob.carol via Admins (Tier 0)")});
    // 3000 bulk users, alice, bob.carol and the foreign principal, each once.
    CHECK(schemaCount == 3003);
    // Ids are stable across imports.
    const MapResult again = importFiles(exportInventory(org, LdifStyle::Ldifde, extras));
    CHECK(again.inventory.privilegedMembers.first().meta.id == result.inventory.privilegedMembers.first().meta.id);
}

TEST_CASE("Malformed values are reported and unknown entries skipped, never fatal", "[mapper]")
{
    DirectoryMapper mapper;
    DirectoryEntry server;
    server.dn = QStringLiteral("CN=EX09,CN=Servers,CN=AG,CN=Administrative Groups,CN=Org,CN=Microsoft "
                               "Exchange,CN=Services,CN=Configuration,DC=x");
    server.add(QStringLiteral("objectClass"), "msExchExchangeServer");
    server.add(QStringLiteral("versionNumber"), "seven thousand");
    server.add(QStringLiteral("msExchHomeRoutingGroup"), "CN=broken\\");
    server.add(QStringLiteral("objectGUID"), "short");
    mapper.add(server);
    DirectoryEntry org;
    org.dn = QStringLiteral("CN=Org,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=x");
    org.add(QStringLiteral("objectClass"), "msExchOrganizationContainer");
    org.add(QStringLiteral("msExchMixedMode"), "perhaps");
    mapper.add(org);
    DirectoryEntry unknown;
    unknown.dn = QStringLiteral("CN=Something,DC=x");
    unknown.add(QStringLiteral("objectClass"), "printQueue");
    mapper.add(unknown);
    DirectoryEntry badDn;
    badDn.dn = QStringLiteral("this is no DN");
    badDn.add(QStringLiteral("objectClass"), "site");
    mapper.add(badDn);
    const MapResult result = mapper.finish();
    CHECK(result.entriesSeen == 4);
    REQUIRE(result.inventory.servers.size() == 1);
    CHECK_FALSE(result.inventory.servers[0].versionNumber.has_value());
    CHECK_FALSE(result.inventory.organization.mixedMode.has_value());
    QStringList attributes;
    for (const auto &issue : result.issues)
        attributes.append(issue.attribute);
    attributes.sort();
    CHECK(attributes == QStringList{QStringLiteral("dn"), QStringLiteral("msExchHomeRoutingGroup"),
                                    QStringLiteral("msExchMixedMode"), QStringLiteral("objectGUID"),
                                    QStringLiteral("versionNumber")});
}

TEST_CASE("Mixed mode written as 1 and 0 is read like TRUE and FALSE", "[mapper]")
{
    for (const auto &[text, expected] : {std::pair{"1", true}, {"0", false}, {"true", true}, {"FALSE", false}}) {
        DirectoryMapper mapper;
        DirectoryEntry org;
        org.dn = QStringLiteral("CN=Org,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=x");
        org.add(QStringLiteral("objectClass"), "msExchOrganizationContainer");
        org.add(QStringLiteral("msExchMixedMode"), text);
        mapper.add(org);
        const MapResult result = mapper.finish();
        CHECK(result.inventory.organization.mixedMode == std::optional<bool>(expected));
        CHECK(result.issues.isEmpty());
    }
}

TEST_CASE("Domains are found from their crossRef objects when no domain export is given", "[mapper]")
{
    const Inventory org = oddOrganization();
    const auto files = exportInventory(org, LdifStyle::Ldapsearch);
    const MapResult result = importFiles({files[0], files[1]}); // configuration and schema only
    REQUIRE(result.inventory.domains.size() == 2);
    const auto &root = domainNamed(result.inventory.domains, QStringLiteral("contoso.com"));
    const auto &child = domainNamed(result.inventory.domains, QStringLiteral("emea.contoso.com"));
    CHECK(root.forestRoot);
    CHECK(child.netbiosName == QStringLiteral("EMEA"));
    CHECK(child.mixedMode == std::optional<bool>(true));
    CHECK(root.mixedMode == std::optional<bool>(false));
    CHECK(child.namingContext == QStringLiteral("DC=emea,DC=contoso,DC=com"));
    CHECK(result.coverage.partitions);
    CHECK_FALSE(result.coverage.domainData);
    // Without the domain exports the OUs and operating systems are unknown, and nothing is invented.
    CHECK(result.inventory.servers.first().ou.isEmpty());
    CHECK(result.inventory.domainControllers.first().operatingSystem.isEmpty());
}
