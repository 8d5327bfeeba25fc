#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "plan/PhaseKeys.h"
#include "rules/RuleCatalog.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("every rule ID of the catalogue is registered once with its severity", "[rules]")
{
    const QList<std::pair<QString, Severity>> expected{
        {u"ORG-MIXED-MODE"_s, Severity::Blocker},
        {u"ORG-EXCHANGE-55"_s, Severity::Blocker},
        {u"ORG-SRS"_s, Severity::Blocker},
        {u"ORG-ADC"_s, Severity::Blocker},
        {u"SRV-E2003-SP"_s, Severity::Blocker},
        {u"SRV-E2000-SP"_s, Severity::Blocker},
        {u"SRV-E2000-ROLLUP"_s, Severity::Manual},
        {u"SRV-VERSION-UNKNOWN"_s, Severity::Warning},
        {u"ORG-LINK-STATE"_s, Severity::Manual},
        {u"RG-UNREACHABLE"_s, Severity::Warning},
        {u"RG-MASTER-DELETED"_s, Severity::Warning},
        {u"FEATURE-E2000"_s, Severity::Warning},
        {u"FEATURE-E2003"_s, Severity::Warning},
        {u"PRODUCT-NOT-READY"_s, Severity::Blocker},
        {u"POLICY-LDAP-FILTER"_s, Severity::Warning},
        {u"EXPANSION-SERVER"_s, Severity::Warning},
        {u"PF-COEXISTENCE"_s, Severity::Warning},
        {u"AD-SCHEMA-MASTER"_s, Severity::Blocker},
        {u"AD-SITE-GC"_s, Severity::Blocker},
        {u"AD-DOMAIN-MIXED"_s, Severity::Blocker},
        {u"AD-FOREST-LEVEL"_s, Severity::Info},
        {u"AD-PREP-RIGHTS"_s, Severity::Manual},
        {u"AD-SERVER-SITE"_s, Severity::Warning},
        {u"INV-INCOMPLETE"_s, Severity::Info},
        {u"NET-MX"_s, Severity::Warning},
        {u"NET-PORT"_s, Severity::Warning},
    };
    REQUIRE(ruleCatalog().size() == std::size_t(expected.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(expected[i].first.toStdString());
        CHECK(QLatin1String(ruleCatalog()[std::size_t(i)].id) == expected[i].first);
        CHECK(ruleCatalog()[std::size_t(i)].severity == expected[i].second);
        CHECK(findRule(expected[i].first));
    }
    CHECK_FALSE(findRule(u"NO-SUCH-RULE"_s));
}

TEST_CASE("every finding of a troubled organization is complete and holds only phases of the plan", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.inventory().organization.mixedMode = true;
    b.server(u"srv-e2k"_s, u"rg-hq"_s, u"Version 6.0 (Build 5762.4: Service Pack 2)"_s, u"203.0.113.5"_s);
    b.routingGroup(u"rg-lonely"_s);
    b.server(u"srv-lonely"_s, u"rg-lonely"_s, u"Version 6.5 (Build 6944.4)"_s);
    b.connector(u"conn-notes"_s, ConnectorType::LotusNotes, u"rg-lonely"_s);
    const auto findings = evaluateRules(b.project);
    QSet<QString> ids;
    for (const auto &f : findings) {
        INFO(f.id.toStdString());
        CHECK_FALSE(f.rule.isEmpty());
        CHECK(findRule(f.rule));
        CHECK(f.id.startsWith(f.rule + u':'));
        CHECK_FALSE(f.subject.isEmpty());
        CHECK_FALSE(f.subjectId.isEmpty());
        CHECK_FALSE(f.message.isEmpty());
        CHECK_FALSE(f.remediation.isEmpty());
        for (const auto &key : f.holds + f.concerns) {
            INFO(key.toStdString());
            CHECK(parsePhaseKey(key).has_value());
        }
        if (f.severity == Severity::Warning || f.severity == Severity::Info)
            CHECK(f.holds.isEmpty());
        ids.insert(f.id);
    }
    CHECK(ids.size() == findings.size());
    CHECK(findingById(findings, u"SRV-E2000-SP:srv-e2k"_s));
    CHECK(findingById(findings, u"SRV-E2003-SP:srv-lonely"_s));
    CHECK(findingById(findings, u"FEATURE-E2003:conn-notes"_s));
    // The Notes connector makes rg-lonely the group with the most connectors; rg-hq has no path to it.
    CHECK(findingById(findings, u"RG-UNREACHABLE:rg-hq"_s));
    CHECK(findingById(findings, u"ORG-LINK-STATE:organization"_s));
    CHECK(findingById(findings, u"AD-SERVER-SITE:srv-e2k"_s));
}
