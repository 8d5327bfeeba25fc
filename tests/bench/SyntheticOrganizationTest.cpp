#include "SyntheticOrganization.h"
#include "QtStringMakers.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::bench;

namespace {

/// Routing groups the hub (the first) cannot reach or that cannot reach it, following connector directions.
int unreachableFromHubBothWays(const Inventory &inv)
{
    QHash<QString, QStringList> forward;
    QHash<QString, QStringList> backward;
    for (const auto &c : inv.connectors) {
        if (c.type != ConnectorType::RoutingGroup)
            continue;
        forward[c.routingGroupId].append(c.destinationRoutingGroupId);
        backward[c.destinationRoutingGroupId].append(c.routingGroupId);
    }
    auto reach = [&](const QHash<QString, QStringList> &edges) {
        QSet<QString> seen{inv.routingGroups.first().meta.id};
        QStringList queue{inv.routingGroups.first().meta.id};
        while (!queue.isEmpty()) {
            const QString id = queue.takeFirst();
            for (const auto &next : edges.value(id)) {
                if (!seen.contains(next)) {
                    seen.insert(next);
                    queue.append(next);
                }
            }
        }
        return seen;
    };
    const QSet<QString> out = reach(forward);
    const QSet<QString> in = reach(backward);
    int unreachable = 0;
    for (const auto &rg : inv.routingGroups)
        unreachable += out.contains(rg.meta.id) && in.contains(rg.meta.id) ? 0 : 1;
    return unreachable;
}

} // namespace

TEST_CASE("Synthetic organizations have the sizes of their tier", "[bench]")
{
    for (Tier tier : {Tier::S, Tier::M, Tier::L, Tier::XL}) {
        INFO(tierName(tier).toStdString());
        const TierSize size = tierSize(tier);
        const Project project = makeOrganization(tier);
        const Inventory &inv = project.inventory;
        CHECK(inv.adminGroups.size() == size.adminGroups);
        CHECK(inv.routingGroups.size() == size.routingGroups);
        CHECK(inv.servers.size() == size.servers);
        CHECK(inv.storageGroups.size() == size.storageGroups);
        CHECK(inv.stores.size() == size.stores);
        CHECK(inv.sites.size() == size.sites);
        CHECK(inv.subnets.size() == size.subnets);
        CHECK(inv.siteLinks.size() == size.siteLinks);
        CHECK(inv.domains.size() == size.domains);
        CHECK(inv.expansionGroups.size() == size.expansionGroups);
        CHECK(inv.connectors.size() == size.routingGroupConnectors + size.otherConnectors);
        CHECK(project == makeOrganization(tier));
    }
}

TEST_CASE("Every synthetic tier holds the awkward cases", "[bench]")
{
    for (Tier tier : {Tier::S, Tier::M, Tier::L}) {
        INFO(tierName(tier).toStdString());
        const Project project = makeOrganization(tier);
        const Inventory &inv = project.inventory;
        CHECK(inv.organization.mixedMode == true);
        CHECK(std::any_of(inv.servers.cbegin(), inv.servers.cend(),
                          [](const ExchangeServer &s) { return s.product == ExchangeProduct::Exchange55; }));
        CHECK(std::any_of(
            inv.legacyDirectoryObjects.cbegin(), inv.legacyDirectoryObjects.cend(),
            [](const LegacyDirectoryObject &o) { return o.objectKind == LegacyDirectoryKind::ConnectionAgreement; }));
        CHECK(std::any_of(inv.routingGroups.cbegin(), inv.routingGroups.cend(),
                          [](const RoutingGroup &rg) { return rg.masterDn.contains(QLatin1String("DEL:")); }));
        CHECK(std::any_of(inv.stores.cbegin(), inv.stores.cend(),
                          [](const Store &s) { return s.mailboxCount.value_or(0) > 1500; }));
        if (tier != Tier::S) {
            CHECK(unreachableFromHubBothWays(inv) >= 2);
            CHECK(std::any_of(inv.routingGroups.cbegin(), inv.routingGroups.cend(), [](const RoutingGroup &rg) {
                return rg.name.contains(QLatin1Char(',')) && rg.meta.dn.contains(QLatin1String("\\,"));
            }));
        }

        QSet<QString> ids;
        int objects = 0;
        inv.collections([&](const auto &list) {
            for (const auto &object : list) {
                ids.insert(object.meta.id);
                ++objects;
            }
        });
        CHECK(ids.size() == objects);

        // Each server's address lies in a subnet of the site it was placed in.
        QHash<QString, QString> siteOfSubnet;
        for (const auto &server : inv.servers) {
            const QHostAddress address(server.addresses.first());
            REQUIRE_FALSE(address.isNull());
            int matches = 0;
            for (const auto &subnet : inv.subnets)
                matches += address.isInSubnet(QHostAddress::parseSubnet(subnet.prefix)) ? 1 : 0;
            CHECK(matches == 1);
        }
    }
}
