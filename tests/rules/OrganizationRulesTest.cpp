#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "plan/PhaseKeys.h"
#include "rules/RuleCatalog.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("the ready organization holds nothing but the preparation account question", "[rules]")
{
    const auto findings = evaluateRules(OrganizationBuilder::ready().project);
    QStringList holding;
    for (const auto &f : findings) {
        if (f.isHolding())
            holding.append(f.id);
    }
    CHECK(holding == QStringList{u"AD-PREP-RIGHTS:forest"_s});
}

TEST_CASE("ORG-MIXED-MODE fires in mixed mode and holds prepare-ad and every role phase", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.inventory().organization.mixedMode = true;
    const auto found = evaluate(b.project, u"ORG-MIXED-MODE"_s);
    REQUIRE(found.size() == 1);
    const Finding &f = found.first();
    CHECK(f.id == u"ORG-MIXED-MODE:organization"_s);
    CHECK(f.severity == Severity::Blocker);
    CHECK(f.subject == u"Contoso"_s);
    CHECK(f.holds.contains(u"prepare-ad"_s));
    CHECK(f.holds.contains(u"client-access:site-hq"_s));
    CHECK(f.holds.contains(u"hub-transport:rg-hq"_s));
    CHECK(f.holds.contains(u"remove-routing:rg-hq"_s));
    CHECK(f.holds.contains(u"unified-messaging"_s));
    CHECK(f.holds.contains(u"post-install"_s));
    CHECK_FALSE(f.holds.contains(u"assess"_s));
    CHECK_FALSE(f.holds.contains(u"edge-transport"_s));
    CHECK(f.message.contains(u"mixed mode"_s));
    CHECK(f.remediation.contains(u"native mode"_s));
}

TEST_CASE("ORG-MIXED-MODE stays quiet in native mode and when the mode is unknown", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"ORG-MIXED-MODE"_s).isEmpty());
    b.inventory().organization.mixedMode.reset();
    CHECK(evaluate(b.project, u"ORG-MIXED-MODE"_s).isEmpty());
}

TEST_CASE("role phases left out when Unified Messaging is not wanted are not held", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.inventory().organization.mixedMode = true;
    b.inventory().organization.umWanted = false;
    const auto found = evaluate(b.project, u"ORG-MIXED-MODE"_s);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found.first().holds.contains(u"unified-messaging"_s));
    CHECK(found.first().holds.contains(u"post-install"_s));
}

TEST_CASE("ORG-EXCHANGE-55 fires for an Exchange 5.5 server and not for Exchange 2003", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"ORG-EXCHANGE-55"_s).isEmpty());
    b.server(u"srv-old55"_s, u"rg-hq"_s, u"Version 5.5 (Build 2653.23: Service Pack 4)"_s);
    const auto found = evaluate(b.project, u"ORG-EXCHANGE-55"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == u"ORG-EXCHANGE-55:srv-old55"_s);
    CHECK(found.first().subject == u"OLD55"_s);
    CHECK(found.first().subjectKind == u"exchange_server"_s);
    CHECK(found.first().holds.contains(u"prepare-ad"_s));
}

TEST_CASE("ORG-SRS and ORG-ADC fire for their own legacy directory objects only", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"ORG-SRS"_s).isEmpty());
    CHECK(evaluate(b.project, u"ORG-ADC"_s).isEmpty());

    LegacyDirectoryObject srs;
    srs.meta.id = u"srs-1"_s;
    srs.name = u"Microsoft DSA"_s;
    srs.serverName = u"EX01"_s;
    srs.objectKind = LegacyDirectoryKind::SiteReplicationService;
    b.inventory().legacyDirectoryObjects.append(srs);
    auto srsFound = evaluate(b.project, u"ORG-SRS"_s);
    REQUIRE(srsFound.size() == 1);
    CHECK(srsFound.first().id == u"ORG-SRS:srs-1"_s);
    CHECK(srsFound.first().holds.contains(u"prepare-ad"_s));
    CHECK(evaluate(b.project, u"ORG-ADC"_s).isEmpty());

    LegacyDirectoryObject ca;
    ca.meta.id = u"ca-1"_s;
    ca.name = u"Config CA"_s;
    ca.objectKind = LegacyDirectoryKind::ConnectionAgreement;
    b.inventory().legacyDirectoryObjects.append(ca);
    LegacyDirectoryObject adc;
    adc.meta.id = u"adc-1"_s;
    adc.name = u"Active Directory Connector (DC1)"_s;
    adc.objectKind = LegacyDirectoryKind::AdcService;
    b.inventory().legacyDirectoryObjects.append(adc);
    const auto adcFound = evaluate(b.project, u"ORG-ADC"_s);
    REQUIRE(adcFound.size() == 2);
    CHECK(adcFound[0].id == u"ORG-ADC:ca-1"_s);
    CHECK(adcFound[1].id == u"ORG-ADC:adc-1"_s);
    CHECK(evaluate(b.project, u"ORG-SRS"_s).size() == 1);
}

TEST_CASE("ORG-LINK-STATE is asked with two legacy routing groups and holds hub-transport after the first", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"ORG-LINK-STATE"_s).isEmpty());

    b.routingGroup(u"rg-branch"_s, u"Branch"_s);
    b.server(u"srv-ex02"_s, u"rg-branch"_s, u"Version 6.5 (Build 7638.2: Service Pack 2)"_s, u"192.0.2.20"_s);
    b.mailboxStore(u"mdb-ex02"_s, u"srv-ex02"_s, 10);
    b.link(u"rg-hq"_s, u"rg-branch"_s);
    b.link(u"rg-branch"_s, u"rg-hq"_s);
    b.project.plan.routingGroupOrder = {u"rg-hq"_s, u"rg-branch"_s};
    const auto found = evaluate(b.project, u"ORG-LINK-STATE"_s);
    REQUIRE(found.size() == 1);
    const Finding &f = found.first();
    CHECK(f.severity == Severity::Manual);
    CHECK(f.isHolding());
    CHECK(f.holds == QStringList{u"hub-transport:rg-branch"_s});
    CHECK(f.remediation.contains(u"SuppressStateChanges"_s));
    CHECK(f.remediation.contains(u"EX01"_s));
    CHECK(f.remediation.contains(u"EX02"_s));

    // In the default order the pilot (fewest mailboxes, not the first-connector group) goes first: its pair is an
    // additional one too, and the first-connector group's pair (made by the first Hub's setup) is never held.
    b.project.plan.routingGroupOrder.clear();
    CHECK(evaluate(b.project, u"ORG-LINK-STATE"_s).first().holds == QStringList{u"hub-transport:rg-branch"_s});
}

TEST_CASE("an Exchange 2007 routing group does not count as a legacy routing group", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.routingGroup(u"rg-e12"_s, u"Exchange Routing Group (DWBGZMFD01QNBJR)"_s);
    b.server(u"srv-hub01"_s, u"rg-e12"_s, u"Version 8.0 (Build 685.24)"_s, u"192.0.2.30"_s);
    CHECK(evaluate(b.project, u"ORG-LINK-STATE"_s).isEmpty());
    CHECK(evaluate(b.project, u"RG-UNREACHABLE"_s).isEmpty());
}
