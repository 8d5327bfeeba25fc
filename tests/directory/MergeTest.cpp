#include "InventoryLdif.h"
#include "QtStringMakers.h"
#include "TestOrganizations.h"
#include "directory/DirectoryMapper.h"
#include "directory/InventoryMerge.h"
#include "directory/LdifReader.h"

using namespace etp;
using namespace etp::test;

namespace {

MapResult importInventory(const Inventory &inventory)
{
    DirectoryMapper mapper(Source::Ldif);
    for (const auto &file : exportInventory(inventory)) {
        const Status status =
            LdifReader::readData(file.text, file.name, [&](DirectoryEntry &&e) { mapper.add(std::move(e)); });
        REQUIRE(status.ok());
    }
    return mapper.finish();
}

ExchangeServer *serverNamed(Inventory &inventory, const QString &name)
{
    for (auto &server : inventory.servers) {
        if (server.name == name)
            return &server;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Merging into an existing project keeps typed values and ids, updates directory values", "[merge]")
{
    const Inventory org = oddOrganization();
    MapResult first = importInventory(org);
    Inventory project = first.inventory;

    // A person types hardware, corrects a discovered FQDN, answers a question, and adds a server by hand.
    ExchangeServer *ex1 = serverNamed(project, QStringLiteral("EX01"));
    REQUIRE(ex1);
    const QString ex1Id = ex1->meta.id;
    ex1->memoryGb = 8;
    ex1->meta.setSource(QStringLiteral("memoryGb"), Source::Typed);
    ex1->fqdn = QStringLiteral("ex01.corp.contoso.com");
    ex1->meta.setSource(QStringLiteral("fqdn"), Source::Typed);
    project.organization.edgeWanted = true;
    project.organization.meta.setSource(QStringLiteral("edgeWanted"), Source::Typed);
    ExchangeServer typed;
    typed.meta = typedMeta();
    typed.name = QStringLiteral("EX-PLANNED");
    project.servers.append(typed);
    // An object typed by hand before discovery, matched later by kind and name.
    AdSite typedSite;
    typedSite.meta = typedMeta();
    typedSite.name = QStringLiteral("Berlin (HQ)");
    typedSite.description = QStringLiteral("Head office, typed");
    project.sites.removeIf([](const AdSite &s) { return s.name == QStringLiteral("Berlin (HQ)"); });
    project.sites.append(typedSite);

    // The directory changes: EX01 gets SP2 -> a new build, EX02 is removed, a new server appears.
    Inventory changed = org;
    changed.servers[0].versionNumber = 7639;
    changed.servers[0].serialNumber = QStringLiteral("Version 6.5 (Build 7639.1: Service Pack 2)");
    changed.servers[0].fqdn = QStringLiteral("ex01.contoso.com");
    changed.servers.removeIf([](const ExchangeServer &s) { return s.name == QStringLiteral("EX02"); });
    changed.connectors.removeIf([](const Connector &c) { return c.name == QStringLiteral("RGC First -> Paris"); });
    changed.recipientUpdateServices.clear();
    changed.legacyDirectoryObjects.removeIf(
        [](const LegacyDirectoryObject &o) { return o.objectKind != LegacyDirectoryKind::SiteReplicationService; });
    changed.expansionGroups.clear();
    ExchangeServer fresh = org.servers[0];
    fresh.meta.id = QStringLiteral("0b7e7c52-6a84-4c8f-8d46-3b1f6f0e9a21");
    fresh.meta.guid = fresh.meta.id;
    fresh.name = QStringLiteral("EX04");
    fresh.meta.legacyDn.clear();
    changed.servers.append(fresh);
    MapResult second = importInventory(changed);

    const MergeReport report = mergeInventory(project, second.inventory, second.coverage.kinds());

    ex1 = serverNamed(project, QStringLiteral("EX01"));
    REQUIRE(ex1);
    CHECK(ex1->meta.id == ex1Id);
    CHECK(ex1->memoryGb == std::optional<double>(8));
    CHECK(ex1->fqdn == QStringLiteral("ex01.corp.contoso.com"));
    CHECK(ex1->versionNumber == std::optional<qint64>(7639));
    CHECK(ex1->build == std::optional<int>(7639));
    CHECK(project.organization.edgeWanted == std::optional<bool>(true));
    CHECK(serverNamed(project, QStringLiteral("EX-PLANNED")) != nullptr);
    CHECK(serverNamed(project, QStringLiteral("EX02")) == nullptr);
    REQUIRE(serverNamed(project, QStringLiteral("EX04")) != nullptr);

    // The typed site kept its id and description and now carries the directory's GUID; subnets point at it.
    const AdSite *berlin = nullptr;
    for (const auto &site : project.sites) {
        if (site.name == QStringLiteral("Berlin (HQ)"))
            berlin = &site;
    }
    REQUIRE(berlin);
    CHECK(berlin->meta.id == typedSite.meta.id);
    CHECK(berlin->description == QStringLiteral("Head office, typed"));
    CHECK_FALSE(berlin->meta.guid.isEmpty());
    int berlinSubnets = 0;
    for (const auto &subnet : project.subnets)
        berlinSubnets += subnet.siteId == typedSite.meta.id ? 1 : 0;
    CHECK(berlinSubnets == 1);

    CHECK(report.count(MergeChangeKind::Added, QStringLiteral("exchange_server")) == 1);
    CHECK(report.count(MergeChangeKind::Removed, QStringLiteral("exchange_server")) == 1);
    CHECK(report.count(MergeChangeKind::Changed, QStringLiteral("exchange_server")) == 1);
    CHECK(report.count(MergeChangeKind::Removed, QStringLiteral("connector")) == 1);
    CHECK(report.keptTypedValues >= 1);
    bool sawVersionChange = false;
    for (const auto &change : report.changes) {
        if (change.kind == QStringLiteral("exchange_server") && change.change == MergeChangeKind::Changed) {
            CHECK(change.name == QStringLiteral("EX01"));
            CHECK(change.fields.contains(QStringLiteral("versionNumber")));
            CHECK_FALSE(change.fields.contains(QStringLiteral("fqdn")));
            sawVersionChange = true;
        }
    }
    CHECK(sawVersionChange);
    CHECK(report.kinds().contains(QStringLiteral("exchange_server")));
}

TEST_CASE("Importing the same export twice changes nothing", "[merge]")
{
    const Inventory org = oddOrganization();
    Inventory project = importInventory(org).inventory;
    const Inventory before = project;
    MapResult again = importInventory(org);
    const MergeReport report = mergeInventory(project, again.inventory, again.coverage.kinds());
    CHECK(report.changes.isEmpty());
    CHECK(project == before);
}

TEST_CASE("A partial import never removes what it could not see", "[merge]")
{
    const Inventory org = oddOrganization();
    Inventory project = importInventory(org).inventory;
    // Only the configuration NC this time: domains stay, since no domain head was in it.
    DirectoryMapper mapper(Source::Ldif);
    const auto files = exportInventory(org);
    const Status status = LdifReader::readData(files.first().text, files.first().name,
                                               [&](DirectoryEntry &&e) { mapper.add(std::move(e)); });
    REQUIRE(status.ok());
    MapResult partial = mapper.finish();
    const int domains = int(project.domains.size());
    const MergeReport report = mergeInventory(project, partial.inventory, partial.coverage.kinds());
    CHECK(project.domains.size() == domains);
    CHECK(report.count(MergeChangeKind::Removed, QStringLiteral("expansion_group")) == 0);
    CHECK(report.count(MergeChangeKind::Removed, QStringLiteral("privileged_member")) == 0);
}

TEST_CASE("Objects are matched by normalized DN when the GUID is missing", "[merge]")
{
    Inventory project;
    AdSite site;
    site.meta = typedMeta();
    site.meta.origin = Source::Directory;
    site.meta.dn = QStringLiteral("CN=Paris\\, Rive Gauche,CN=Sites,CN=Configuration,DC=contoso,DC=com");
    site.name = QStringLiteral("Old name");
    project.sites.append(site);
    Inventory discovered;
    AdSite seen;
    seen.meta.id = newId();
    seen.meta.origin = Source::Ldif;
    seen.meta.dn = QStringLiteral("cn=paris\\, rive gauche,cn=sites,cn=configuration,dc=contoso,dc=com");
    seen.name = QStringLiteral("Paris, Rive Gauche");
    discovered.sites.append(seen);
    const MergeReport report = mergeInventory(project, discovered, {QStringLiteral("ad_site")});
    REQUIRE(project.sites.size() == 1);
    CHECK(project.sites[0].meta.id == site.meta.id);
    CHECK(project.sites[0].name == QStringLiteral("Paris, Rive Gauche"));
    CHECK(report.count(MergeChangeKind::Changed) == 1);
}
