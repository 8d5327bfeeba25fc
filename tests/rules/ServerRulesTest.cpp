#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "rules/RuleCatalog.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("SRV-E2003-SP fires below SP2 and is quiet exactly at build 7638", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"SRV-E2003-SP"_s).isEmpty()); // EX01 is "Build 7638.2: Service Pack 2"

    b.server(u"srv-sp1"_s, u"rg-hq"_s, u"Version 6.5 (Build 7226.6: Service Pack 1)"_s, u"192.0.2.11"_s);
    b.server(u"srv-edge"_s, u"rg-hq"_s, QString(), u"192.0.2.12"_s, 7638); // exactly at the threshold
    b.server(u"srv-below"_s, u"rg-hq"_s, QString(), u"192.0.2.13"_s, 7637);
    const auto found = evaluate(b.project, u"SRV-E2003-SP"_s);
    REQUIRE(found.size() == 2);
    CHECK(found[0].id == u"SRV-E2003-SP:srv-sp1"_s);
    CHECK(found[0].message.contains(u"SP1"_s));
    CHECK(found[1].id == u"SRV-E2003-SP:srv-below"_s);
    CHECK(found[0].holds.contains(u"prepare-ad"_s));
    CHECK(found[0].holds.contains(u"mailbox:rg-hq"_s));
    CHECK(found[0].remediation.contains(u"Service Pack 2"_s));
}

TEST_CASE("a version known only from versionNumber is judged like a serialNumber", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    // Exchange 2003 SP1 known only from versionNumber: fires. Exchange 2000 SP3 known only from versionNumber: quiet
    // for the service pack, asked for the rollup.
    b.server(u"srv-num2003"_s, u"rg-hq"_s, QString(), u"192.0.2.14"_s, 7226);
    b.server(u"srv-num2000"_s, u"rg-hq"_s, QString(), u"192.0.2.15"_s, 6249);
    const auto all = evaluateRules(b.project);
    CHECK(findingById(all, u"SRV-E2003-SP:srv-num2003"_s));
    CHECK_FALSE(findingById(all, u"SRV-E2000-SP:srv-num2000"_s));
    CHECK(findingById(all, u"SRV-E2000-ROLLUP:srv-num2000"_s));
    CHECK_FALSE(findingById(all, u"SRV-VERSION-UNKNOWN:srv-num2003"_s));
    CHECK_FALSE(findingById(all, u"SRV-VERSION-UNKNOWN:srv-num2000"_s));
}

TEST_CASE("SRV-E2000-SP fires below SP3 and is quiet exactly at build 6249", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.server(u"srv-sp3"_s, u"rg-hq"_s, u"Version 6.0 (Build 6249.4: Service Pack 3)"_s, u"192.0.2.16"_s);
    CHECK(evaluate(b.project, u"SRV-E2000-SP"_s).isEmpty());
    b.server(u"srv-sp2"_s, u"rg-hq"_s, u"Version 6.0 (Build 5762.4: Service Pack 2)"_s, u"192.0.2.17"_s);
    b.server(u"srv-num"_s, u"rg-hq"_s, QString(), u"192.0.2.18"_s, 6248);
    const auto found = evaluate(b.project, u"SRV-E2000-SP"_s);
    REQUIRE(found.size() == 2);
    CHECK(found[0].id == u"SRV-E2000-SP:srv-sp2"_s);
    CHECK(found[1].id == u"SRV-E2000-SP:srv-num"_s);
    CHECK(found[0].severity == Severity::Blocker);
    CHECK(found[0].holds.contains(u"hub-transport:rg-hq"_s));
}

TEST_CASE("SRV-E2000-ROLLUP asks about every Exchange 2000 server and holds prepare-ad", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"SRV-E2000-ROLLUP"_s).isEmpty());
    b.server(u"srv-e2k"_s, u"rg-hq"_s, u"Version 6.0 (Build 6249.4: Service Pack 3)"_s, u"192.0.2.16"_s);
    const auto found = evaluate(b.project, u"SRV-E2000-ROLLUP"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().severity == Severity::Manual);
    CHECK(found.first().holds == QStringList{u"prepare-ad"_s});
    CHECK(found.first().isHolding());
    CHECK(found.first().message.contains(u"August 2004"_s));
}

TEST_CASE("SRV-VERSION-UNKNOWN warns when neither attribute can be read", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"SRV-VERSION-UNKNOWN"_s).isEmpty());
    b.server(u"srv-odd"_s, u"rg-hq"_s, u"Version banana"_s, u"192.0.2.19"_s);
    const auto found = evaluate(b.project, u"SRV-VERSION-UNKNOWN"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().severity == Severity::Warning);
    CHECK(found.first().holds.isEmpty());
    CHECK(found.first().concerns.isEmpty());
    CHECK(found.first().message.contains(u"Version banana"_s));
    CHECK_FALSE(found.first().isHolding());
    // An unknown version is not guessed into a service-pack blocker.
    CHECK_FALSE(findingById(evaluateRules(b.project), u"SRV-E2003-SP:srv-odd"_s));
}

TEST_CASE("AD-SERVER-SITE warns for a server outside every subnet, IPv4 or IPv6", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.subnet(u"2001:db8:10::/48"_s, u"site-hq"_s);
    b.server(u"srv-v6"_s, u"rg-hq"_s, u"Version 6.5 (Build 7638.2: Service Pack 2)"_s, u"2001:db8:10::25"_s);
    CHECK(evaluate(b.project, u"AD-SERVER-SITE"_s).isEmpty());

    b.server(u"srv-lost"_s, u"rg-hq"_s, u"Version 6.5 (Build 7638.2: Service Pack 2)"_s, u"198.51.100.7"_s);
    b.server(u"srv-noaddr"_s, u"rg-hq"_s, u"Version 6.5 (Build 7638.2: Service Pack 2)"_s);
    const auto found = evaluate(b.project, u"AD-SERVER-SITE"_s);
    REQUIRE(found.size() == 2);
    CHECK(found[0].id == u"AD-SERVER-SITE:srv-lost"_s);
    CHECK(found[0].message.contains(u"198.51.100.7"_s));
    CHECK(found[0].concerns == QStringList{u"hub-transport:rg-hq"_s});
    CHECK(found[0].holds.isEmpty());
    CHECK(found[1].id == u"AD-SERVER-SITE:srv-noaddr"_s);
}
