#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "rules/RuleCatalog.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("a manual answer turns a finding from holding to clear", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.server(u"srv-e2k"_s, u"rg-hq"_s, u"Version 6.0 (Build 6249.4: Service Pack 3)"_s, u"192.0.2.16"_s);
    const QString id = u"SRV-E2000-ROLLUP:srv-e2k"_s;

    auto findings = evaluateRules(b.project);
    const Finding *f = findingById(findings, id);
    REQUIRE(f);
    CHECK(f->isHolding());
    CHECK_FALSE(f->answer.has_value());
    CHECK(f->holds == QStringList{u"prepare-ad"_s});

    b.answer(id, false, u"Robin"_s).note = u"store.exe is 6.0.6249.0"_s;
    findings = evaluateRules(b.project);
    f = findingById(findings, id);
    REQUIRE(f);
    REQUIRE(f->answer.has_value());
    CHECK(f->answer->by == u"Robin"_s);
    CHECK(f->answer->note == u"store.exe is 6.0.6249.0"_s);
    CHECK(f->isHolding());
    CHECK(f->holds == QStringList{u"prepare-ad"_s});

    b.project.plan.answers.clear();
    b.answer(id, true, u"Robin"_s);
    findings = evaluateRules(b.project);
    f = findingById(findings, id);
    REQUIRE(f);
    CHECK_FALSE(f->isHolding());
    CHECK(f->holds.isEmpty());
    CHECK(f->concerns == QStringList{u"prepare-ad"_s});
    CHECK(f->answer->yes);
}

TEST_CASE("answers to findings that are not manual change nothing", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.inventory().organization.mixedMode = true;
    b.answer(u"ORG-MIXED-MODE:organization"_s, true);
    const auto findings = evaluateRules(b.project);
    const Finding *f = findingById(findings, u"ORG-MIXED-MODE:organization"_s);
    REQUIRE(f);
    CHECK(f->isHolding());
    CHECK_FALSE(f->answer.has_value());
    CHECK_FALSE(f->holds.isEmpty());
}
