#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "plan/PhaseInstances.h"
#include "plan/PlanningIndex.h"
#include "topology/SubnetIndex.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

namespace {
Subnet subnet(const QString &id, const QString &prefix, const QString &site)
{
    Subnet s;
    s.meta.id = id;
    s.prefix = prefix;
    s.siteId = site;
    return s;
}
} // namespace

TEST_CASE("the longest matching prefix wins, IPv4 and IPv6", "[sites]")
{
    const SubnetIndex index(
        {subnet(u"s1"_s, u"10.0.0.0/8"_s, u"wide"_s), subnet(u"s2"_s, u"10.1.0.0/16"_s, u"mid"_s),
         subnet(u"s3"_s, u"10.1.2.0/24"_s, u"narrow"_s), subnet(u"s4"_s, u"10.1.2.77/32"_s, u"host"_s),
         subnet(u"s5"_s, u"2001:db8::/32"_s, u"v6wide"_s), subnet(u"s6"_s, u"2001:db8:aa:bb::/64"_s, u"v6narrow"_s),
         subnet(u"s7"_s, u"2001:db8:aa:bb:1::/80"_s, u"v6long"_s), subnet(u"s8"_s, u"not a prefix"_s, u"bad"_s),
         subnet(u"s9"_s, u"10.9.9.9/33"_s, u"bad"_s), subnet(u"s10"_s, u"10.1.2.0/24"_s, u"duplicate"_s)});
    CHECK(index.siteOf(u"10.200.1.1"_s) == u"wide"_s);
    CHECK(index.siteOf(u"10.1.200.1"_s) == u"mid"_s);
    CHECK(index.siteOf(u"10.1.2.1"_s) == u"narrow"_s);
    CHECK(index.siteOf(u"10.1.2.77"_s) == u"host"_s);
    CHECK(index.siteOf(u"::ffff:10.1.2.5"_s) == u"narrow"_s);
    CHECK(index.siteOf(u"11.0.0.1"_s).isEmpty());
    CHECK(index.siteOf(u"2001:db8:ff::1"_s) == u"v6wide"_s);
    CHECK(index.siteOf(u"2001:db8:aa:bb:ffff::1"_s) == u"v6narrow"_s);
    CHECK(index.siteOf(u"2001:db8:aa:bb:1:2::3"_s) == u"v6long"_s);
    CHECK(index.siteOf(u"2001:db9::1"_s).isEmpty());
    CHECK(index.siteOf(u"ex01.contoso.example"_s).isEmpty());
    CHECK(index.siteOfAny({u"junk"_s, u"192.0.2.1"_s, u"10.1.2.3"_s}) == u"narrow"_s);
    CHECK(index.invalidSubnetIds() == QStringList{u"s8"_s, u"s9"_s});
}

TEST_CASE("a prefix written with host bits set still matches its network", "[sites]")
{
    const SubnetIndex index({subnet(u"s1"_s, u"192.0.2.77/24"_s, u"hq"_s), subnet(u"s2"_s, u"0.0.0.0/0"_s, u"any"_s)});
    CHECK(index.siteOf(u"192.0.2.1"_s) == u"hq"_s);
    CHECK(index.siteOf(u"198.51.100.1"_s) == u"any"_s);
}

TEST_CASE("target sites default to the mailbox servers' sites and follow the saved choice", "[sites]")
{
    auto b = OrganizationBuilder::ready();
    b.site(u"site-dr"_s, u"Disaster recovery"_s);
    b.subnet(u"198.51.100.0/24"_s, u"site-dr"_s);
    b.site(u"site-fe"_s, u"Front end"_s);
    b.subnet(u"203.0.113.0/24"_s, u"site-fe"_s);
    // A front-end without mailboxes in another site does not make that site a target.
    auto &fe = b.server(u"srv-fe"_s, u"rg-hq"_s, u"Version 6.5 (Build 7638.2: Service Pack 2)"_s, u"203.0.113.8"_s);
    fe.frontEnd = true;
    b.server(u"srv-ex03"_s, u"rg-hq"_s, u"Version 6.5 (Build 7638.2: Service Pack 2)"_s, u"198.51.100.3"_s);
    b.mailboxStore(u"mdb-ex03"_s, u"srv-ex03"_s, 5);
    // A routing group without mailbox servers targets the sites of its servers.
    b.routingGroup(u"rg-relay"_s);
    b.server(u"srv-relay"_s, u"rg-relay"_s, u"Version 6.5 (Build 7638.2: Service Pack 2)"_s, u"203.0.113.9"_s);

    {
        const PlanningIndex index(b.project);
        CHECK(index.siteOfServer(u"srv-fe"_s) == u"site-fe"_s);
        CHECK(index.targetSites(u"rg-hq"_s) == QStringList{u"site-hq"_s, u"site-dr"_s});
        CHECK(index.targetSites(u"rg-relay"_s) == QStringList{u"site-fe"_s});
        CHECK(index.allTargetSites() == QStringList{u"site-hq"_s, u"site-dr"_s, u"site-fe"_s});
        CHECK(index.routingGroupsTargeting(u"site-fe"_s) == QStringList{u"rg-relay"_s});
    }
    b.project.plan.targetSites.append({u"rg-hq"_s, {u"site-dr"_s}});
    const PlanningIndex index(b.project);
    CHECK(index.targetSites(u"rg-hq"_s) == QStringList{u"site-dr"_s});
    CHECK(index.defaultTargetSites(u"rg-hq"_s) == QStringList{u"site-hq"_s, u"site-dr"_s});
    CHECK(index.allTargetSites() == QStringList{u"site-dr"_s, u"site-fe"_s});

    const auto phases = phaseInstances(index);
    CHECK(phaseKeysOf(phases, PhaseId::ClientAccess) ==
          QStringList{u"client-access:site-dr"_s, u"client-access:site-fe"_s});
    CHECK(phases.first().key == u"assess"_s);
    CHECK(phases.last().key == u"post-install"_s);
}

TEST_CASE("the default routing-group order puts a pilot first and foreign-connector groups last", "[sites]")
{
    auto b = OrganizationBuilder::ready(); // rg-hq: 250 mailboxes
    auto group = [&b](const QString &rg, int mailboxes) {
        b.routingGroup(rg);
        const QString server = u"srv-"_s + rg;
        b.server(server, rg, u"Version 6.5 (Build 7638.2: Service Pack 2)"_s);
        b.mailboxStore(u"mdb-"_s + rg, server, mailboxes);
    };
    group(u"rg-small"_s, 5);  // fewest, but hosts the first connector (most connectors)
    group(u"rg-pilot"_s, 20); // the pilot
    group(u"rg-big"_s, 900);
    group(u"rg-notes"_s, 1); // hosts a foreign connector: last
    b.link(u"rg-small"_s, u"rg-hq"_s);
    b.link(u"rg-small"_s, u"rg-big"_s);
    b.connector(u"conn-notes"_s, ConnectorType::LotusNotes, u"rg-notes"_s);

    PlanningIndex index(b.project);
    CHECK(index.firstConnectorRoutingGroupId() == u"rg-small"_s);
    CHECK(index.routingGroupOrder() ==
          QStringList{u"rg-pilot"_s, u"rg-small"_s, u"rg-hq"_s, u"rg-big"_s, u"rg-notes"_s});

    b.project.plan.routingGroupOrder = {u"rg-big"_s, u"rg-unknown"_s, u"rg-big"_s};
    const PlanningIndex chosen(b.project);
    CHECK(chosen.routingGroupOrder() ==
          QStringList{u"rg-big"_s, u"rg-pilot"_s, u"rg-small"_s, u"rg-hq"_s, u"rg-notes"_s});
}
