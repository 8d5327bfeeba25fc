#include "sample/SampleOrganization.h"
#include "QtStringMakers.h"
#include "inventory/InventoryJson.h"
#include "inventory/InventoryOutline.h"
#include "inventory/InventoryText.h"
#include "model/ExchangeVersion.h"
#include "storage/ProjectFile.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace etp;

namespace {

QStringList sitesOfAddress(const Inventory &inventory, const QString &address)
{
    QStringList sites;
    const QHostAddress host(address);
    for (const auto &subnet : inventory.subnets) {
        if (host.isInSubnet(QHostAddress::parseSubnet(subnet.prefix)))
            sites.append(inventory.site(subnet.siteId)->name);
    }
    return sites;
}

bool inDocumentationRange(const QString &address)
{
    const QHostAddress host(address);
    for (const char *range : {"192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"}) {
        if (host.isInSubnet(QHostAddress::parseSubnet(QLatin1String(range))))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The sample organization has the promised shape", "[sample]")
{
    const Project project = sampleProject();
    const Inventory &inv = project.inventory;
    CHECK(inv.adminGroups.size() == 3);
    CHECK(inv.routingGroups.size() == 5);
    CHECK(inv.servers.size() == 15);
    CHECK(inv.sites.size() == 6);
    CHECK(inv.organization.mixedMode == false);

    int frontEnds = 0;
    int e2003Sp1 = 0;
    int e2000Sp3 = 0;
    for (const auto &server : inv.servers) {
        CHECK(readExchangeVersion(server.serialNumber, server.versionNumber).known());
        CHECK(server.product != ExchangeProduct::Exchange55);
        frontEnds += server.frontEnd.value_or(false) ? 1 : 0;
        if (server.product == ExchangeProduct::Exchange2003 && server.servicePack == 1)
            ++e2003Sp1;
        if (server.product == ExchangeProduct::Exchange2000 && server.servicePack == 3)
            ++e2000Sp3;
    }
    CHECK(frontEnds == 1);
    CHECK(e2003Sp1 == 1);
    CHECK(e2000Sp3 == 1);

    QSet<ConnectorType> types;
    for (const auto &connector : inv.connectors)
        types.insert(connector.type);
    CHECK(types.contains(ConnectorType::RoutingGroup));
    CHECK(types.contains(ConnectorType::Smtp));
    CHECK(types.contains(ConnectorType::X400));
    CHECK(types.contains(ConnectorType::LotusNotes));

    int deletedMasters = 0;
    for (const auto &rg : inv.routingGroups)
        deletedMasters += rg.masterDn.contains(QLatin1String("DEL:")) ? 1 : 0;
    CHECK(deletedMasters == 1);

    bool publicFolders = false;
    for (const auto &store : inv.stores) {
        if (store.storeKind == StoreKind::Mailbox) {
            CHECK(store.mailboxCount.value_or(0) > 0);
            CHECK(store.sizeGb.value_or(0) > 0);
        } else {
            publicFolders = true;
        }
    }
    CHECK(publicFolders);
    CHECK(inv.recipientPolicies.size() >= 2);
    CHECK_FALSE(inv.siteLinks.isEmpty());
    CHECK_FALSE(inv.privilegedMembers.isEmpty());
    CHECK(inv.forest.functionalLevel.has_value());
    CHECK_FALSE(inv.products.isEmpty());
}

TEST_CASE("Every sample server sits in a subnet of its own site", "[sample]")
{
    const Inventory inv = sampleProject().inventory;
    const QMap<QString, QString> siteByPrefix{
        {QStringLiteral("SEA"), QStringLiteral("Seattle-HQ")}, {QStringLiteral("DAL"), QStringLiteral("Dallas")},
        {QStringLiteral("TOR"), QStringLiteral("Toronto")},    {QStringLiteral("LON"), QStringLiteral("London")},
        {QStringLiteral("FRA"), QStringLiteral("Frankfurt")},  {QStringLiteral("ATH"), QStringLiteral("Athens")}};
    for (const auto &server : inv.servers) {
        INFO(server.name.toStdString());
        REQUIRE_FALSE(server.addresses.isEmpty());
        for (const auto &address : server.addresses) {
            CHECK(inDocumentationRange(address));
            const QStringList sites = sitesOfAddress(inv, address);
            REQUIRE(sites.size() == 1);
            CHECK(sites.first() == siteByPrefix.value(server.name.left(3)));
        }
    }
    for (const auto &dc : inv.domainControllers) {
        INFO(dc.name.toStdString());
        for (const auto &address : dc.addresses) {
            CHECK(inDocumentationRange(address));
            CHECK(sitesOfAddress(inv, address) == QStringList{inv.site(dc.siteId)->name});
        }
    }
    for (const auto &subnet : inv.subnets) {
        const auto parsed = QHostAddress::parseSubnet(subnet.prefix);
        CHECK(inDocumentationRange(parsed.first.toString()));
    }
}

TEST_CASE("The sample is the same on every call and its references resolve", "[sample]")
{
    const Project first = sampleProject();
    CHECK(first == sampleProject());

    QSet<QString> ids;
    int objects = 0;
    first.inventory.collections([&](const auto &list) {
        for (const auto &object : list) {
            ids.insert(object.meta.id);
            ++objects;
        }
    });
    CHECK(ids.size() == objects);

    QStringList dangling;
    first.inventory.collections([&](const auto &list) {
        for (const auto &object : list) {
            visitFields(object, [&](const char *name, const auto &value) {
                using V = std::decay_t<decltype(value)>;
                const QLatin1String field(name);
                if constexpr (std::is_same_v<V, QString>) {
                    if (field.endsWith(QLatin1String("Id")) && !value.isEmpty() && !ids.contains(value))
                        dangling.append(field + QLatin1Char('=') + value);
                } else if constexpr (std::is_same_v<V, QStringList>) {
                    if (field.endsWith(QLatin1String("Ids"))) {
                        for (const auto &id : value) {
                            if (!ids.contains(id))
                                dangling.append(field + QLatin1Char('=') + id);
                        }
                    }
                }
            });
        }
    });
    CHECK(dangling == QStringList{});
}

TEST_CASE("The JSON and text renderings carry every section of the sample", "[sample]")
{
    const Project project = sampleProject();
    const QJsonObject json = inventoryToJson(project);
    const QString text = inventoryToText(project);
    const InventoryOutline outline(project.inventory);
    REQUIRE(outline.sectionCount() == 35);
    for (int s = 0; s < outline.sectionCount(); ++s) {
        const auto &section = outline.section(s);
        INFO(section.key.toStdString());
        REQUIRE(json.contains(section.key));
        if (section.single) {
            CHECK(json.value(section.key).isObject());
        } else {
            CHECK(json.value(section.key).toArray().size() == outline.objectCount(s));
        }
        CHECK(text.contains(section.title));
    }
    CHECK(json.value(QLatin1String("title")).toString() == project.title);
    const QJsonObject firstServer = json.value(QLatin1String("servers")).toArray().first().toObject();
    CHECK(firstServer.value(QLatin1String("name")).toString() == QLatin1String("SEA-EX01"));
    CHECK(firstServer.value(QLatin1String("source")).toString() == QLatin1String("directory"));
    CHECK(firstServer.value(QLatin1String("fieldSources")).toObject().value(QLatin1String("memoryGb")).toString() ==
          QLatin1String("typed"));
    // Ids of other objects read as names in the text.
    CHECK(text.contains(QRegularExpression(QStringLiteral("Routing group: +Seattle Hub\\n"))));
}

TEST_CASE("The sample survives a save and a read-only open of a real project file", "[sample]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.etplan"));
    const Project project = sampleProject();
    const Status saved = saveProject(path, project);
    INFO((saved.ok() ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
    const auto loaded = loadProject(path);
    REQUIRE(loaded.ok());
    CHECK(*loaded == project);
}
