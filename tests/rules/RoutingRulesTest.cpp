#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "rules/RuleCatalog.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Five routing groups: A hosts the most connectors; A→B→C→A is a ring of one-way connectors, A→D has no way back,
/// E has no connector at all.
OrganizationBuilder ringOrganization()
{
    auto b = OrganizationBuilder::ready();
    for (const char *name : {"a", "b", "c", "d", "e"}) {
        const QString rg = u"rg-"_s + QLatin1String(name);
        b.routingGroup(rg);
        b.server(u"srv-"_s + QLatin1String(name), rg, u"Version 6.5 (Build 7638.2: Service Pack 2)"_s);
    }
    b.link(u"rg-a"_s, u"rg-b"_s);
    b.link(u"rg-a"_s, u"rg-d"_s);
    b.link(u"rg-b"_s, u"rg-c"_s);
    b.link(u"rg-c"_s, u"rg-a"_s);
    // rg-hq of the ready organization reaches A both ways directly.
    b.link(u"rg-hq"_s, u"rg-a"_s);
    b.link(u"rg-a"_s, u"rg-hq"_s);
    b.link(u"rg-a"_s, u"rg-c"_s); // a third connector makes A the group with the most connectors
    return b;
}

} // namespace

TEST_CASE("RG-UNREACHABLE follows chains of one-way connectors both ways", "[rules]")
{
    auto b = ringOrganization();
    const auto found = evaluate(b.project, u"RG-UNREACHABLE"_s);
    QStringList ids;
    for (const auto &f : found)
        ids.append(f.id);
    // B reaches A only through C, C is reached from A only through B: both are reachable.
    CHECK(ids == QStringList{u"RG-UNREACHABLE:rg-d"_s, u"RG-UNREACHABLE:rg-e"_s});
    REQUIRE(found.size() == 2);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].concerns == QStringList{u"hub-transport:rg-d"_s});
    CHECK(found[0].holds.isEmpty());
    CHECK(found[0].message.contains(u"can be reached from rg-a"_s));
    CHECK(found[1].message.contains(u"no connector path to or from rg-a"_s));
}

TEST_CASE("a routing group reachable only one way fires, its reciprocal connector makes it quiet", "[rules]")
{
    auto b = ringOrganization();
    b.link(u"rg-e"_s, u"rg-c"_s); // E can send towards A (E→C→A), but nothing comes back
    auto found = evaluate(b.project, u"RG-UNREACHABLE"_s);
    const Finding *e = findingById(found, u"RG-UNREACHABLE:rg-e"_s);
    REQUIRE(e);
    CHECK(e->message.contains(u"no path back"_s));

    b.link(u"rg-b"_s, u"rg-e"_s);  // A→B→E
    b.link(u"rg-d"_s, u"rg-hq"_s); // D→HQ→A
    found = evaluate(b.project, u"RG-UNREACHABLE"_s);
    CHECK(found.isEmpty());
}

TEST_CASE("the person's choice of the first-connector routing group is the one paths are measured to", "[rules]")
{
    auto b = ringOrganization();
    b.project.plan.firstConnectorRoutingGroupId = u"rg-d"_s;
    const auto found = evaluate(b.project, u"RG-UNREACHABLE"_s);
    // D only receives from A: nothing has a path to D and back except D itself.
    CHECK(found.size() == 5);
    CHECK_FALSE(findingById(found, u"RG-UNREACHABLE:rg-d"_s));
    // A name that is not a legacy routing group falls back to the default.
    b.project.plan.firstConnectorRoutingGroupId = u"rg-gone"_s;
    CHECK(evaluate(b.project, u"RG-UNREACHABLE"_s).size() == 2);
}

TEST_CASE("RG-UNREACHABLE is quiet with a single routing group", "[rules]")
{
    CHECK(evaluate(OrganizationBuilder::ready().project, u"RG-UNREACHABLE"_s).isEmpty());
}

TEST_CASE("RG-MASTER-DELETED fires for a master in the deleted objects and not for a live one", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    auto &rg = b.inventory().routingGroups.first();
    rg.masterDn = u"CN=EX01,CN=Servers,CN=First Administrative Group,CN=Administrative Groups,CN=Contoso"_s;
    CHECK(evaluate(b.project, u"RG-MASTER-DELETED"_s).isEmpty());
    b.inventory().routingGroups.first().masterDn =
        u"CN=EX09\\0ADEL:6f1ab3c2-5d4e-4f10-9a8b-1c2d3e4f5a6b,CN=Deleted Objects,CN=Configuration,DC=contoso,DC=com"_s;
    const auto found = evaluate(b.project, u"RG-MASTER-DELETED"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == u"RG-MASTER-DELETED:rg-hq"_s);
    CHECK(found.first().subject == u"HQ Routing Group"_s);
    CHECK(found.first().holds.isEmpty());
    CHECK(found.first().concerns.isEmpty());
}
