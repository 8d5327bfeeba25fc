#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "rules/RuleCatalog.h"
#include "rules/WindowsLevel.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Windows levels are read from the version, the product name and the service pack", "[rules]")
{
    DomainController dc;
    CHECK_FALSE(isWindows2003Sp1OrLater(dc).has_value());
    dc.operatingSystemVersion = u"5.2 (3790)"_s;
    CHECK(isWindows2003Sp1OrLater(dc) == false);
    dc.operatingSystemServicePack = u"Service Pack 1"_s;
    CHECK(isWindows2003Sp1OrLater(dc) == true);
    dc.operatingSystemVersion = u"5.0 (2195)"_s;
    dc.operatingSystemServicePack = u"Service Pack 4"_s;
    CHECK(isWindows2003Sp1OrLater(dc) == false);
    dc.operatingSystemVersion = u"6.0 (6001)"_s;
    dc.operatingSystemServicePack.clear();
    CHECK(isWindows2003Sp1OrLater(dc) == true);
    dc.operatingSystemVersion.clear();
    dc.operatingSystem = u"Windows Server 2003 R2"_s;
    CHECK(isWindows2003Sp1OrLater(dc) == true);
    dc.operatingSystem = u"Windows 2000 Server"_s;
    CHECK(isWindows2003Sp1OrLater(dc) == false);
}

TEST_CASE("AD-SCHEMA-MASTER fires for a schema master below Windows Server 2003 SP1", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"AD-SCHEMA-MASTER"_s).isEmpty());

    // Found by its NTDS Settings DN (fSMORoleOwner), written in another case, running Windows Server 2003 RTM.
    auto &old = b.domainController(u"dc-old"_s, u"site-hq"_s, false, u"Windows Server 2003"_s, u"5.2 (3790)"_s, {});
    b.inventory().forest.schemaMasterDcId.clear();
    b.inventory().forest.schemaMasterDn = old.ntdsSettingsDn.toUpper();
    const auto found = evaluate(b.project, u"AD-SCHEMA-MASTER"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == u"AD-SCHEMA-MASTER:dc-old"_s);
    CHECK(found.first().holds == QStringList{u"prepare-ad"_s});
    CHECK(found.first().message.contains(u"Windows Server 2003, no service pack"_s));
}

TEST_CASE("AD-SITE-GC fires for a target site whose only global catalog runs Windows 2000", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"AD-SITE-GC"_s).isEmpty());

    b.site(u"site-branch"_s, u"Branch"_s);
    b.subnet(u"198.51.100.0/24"_s, u"site-branch"_s);
    b.domainController(u"dc-branch"_s, u"site-branch"_s, true, u"Windows 2000 Server"_s, u"5.0 (2195)"_s,
                       u"Service Pack 4"_s);
    // A Windows Server 2003 SP1 domain controller that is not a global catalog does not help.
    b.domainController(u"dc-branch2"_s, u"site-branch"_s, false);
    b.routingGroup(u"rg-branch"_s, u"Branch RG"_s);
    b.server(u"srv-ex02"_s, u"rg-branch"_s, u"Version 6.5 (Build 7638.2: Service Pack 2)"_s, u"198.51.100.20"_s);

    const auto found = evaluate(b.project, u"AD-SITE-GC"_s);
    REQUIRE(found.size() == 1);
    const Finding &f = found.first();
    CHECK(f.id == u"AD-SITE-GC:site-branch"_s);
    CHECK(f.subject == u"Branch"_s);
    CHECK(f.subjectKind == u"ad_site"_s);
    CHECK(f.message.contains(u"DC-BRANCH (Windows 2000 Server, Service Pack 4)"_s));
    CHECK(f.holds == QStringList{u"client-access:site-branch"_s, u"hub-transport:rg-branch"_s, u"mailbox:rg-branch"_s,
                                 u"public-folders:rg-branch"_s, u"decommission:rg-branch"_s,
                                 u"remove-routing:rg-branch"_s});

    // A site that no routing group targets needs nothing.
    b.inventory().servers.last().addresses = {u"192.0.2.21"_s};
    CHECK(evaluate(b.project, u"AD-SITE-GC"_s).isEmpty());
}

TEST_CASE("AD-SITE-GC follows the person's choice of target sites", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.site(u"site-empty"_s, u"Empty"_s);
    b.project.plan.targetSites.append({u"rg-hq"_s, {u"site-empty"_s, u"site-unknown"_s}});
    const auto found = evaluate(b.project, u"AD-SITE-GC"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == u"AD-SITE-GC:site-empty"_s);
    CHECK(found.first().message.contains(u"no global catalog"_s));
}

TEST_CASE("AD-DOMAIN-MIXED fires for a mixed domain that holds Exchange, derived or answered", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"AD-DOMAIN-MIXED"_s).isEmpty());

    // A single domain holds everything.
    b.inventory().domains.first().mixedMode = true;
    auto found = evaluate(b.project, u"AD-DOMAIN-MIXED"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == u"AD-DOMAIN-MIXED:dom-contoso"_s);
    CHECK(found.first().holds == QStringList{u"prepare-ad"_s});

    // Two domains: the child holds the server's computer object, the mixed root holds nothing of Exchange.
    b.domain(u"dom-child"_s, u"emea.contoso.com"_s, true);
    b.inventory().servers.first().computerDn = u"CN=EX01,OU=Exchange,DC=EMEA,DC=contoso,DC=com"_s;
    found = evaluate(b.project, u"AD-DOMAIN-MIXED"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == u"AD-DOMAIN-MIXED:dom-child"_s);

    // The typed answer wins over the derivation.
    b.inventory().domains.first().holdsExchange = true;
    b.inventory().domains.last().holdsExchange = false;
    found = evaluate(b.project, u"AD-DOMAIN-MIXED"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == u"AD-DOMAIN-MIXED:dom-contoso"_s);
}

TEST_CASE("AD-FOREST-LEVEL informs below Windows Server 2003 forest level only", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    CHECK(evaluate(b.project, u"AD-FOREST-LEVEL"_s).isEmpty());
    b.inventory().forest.functionalLevel.reset();
    CHECK(evaluate(b.project, u"AD-FOREST-LEVEL"_s).isEmpty());
    b.inventory().forest.functionalLevel = 0;
    const auto found = evaluate(b.project, u"AD-FOREST-LEVEL"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().severity == Severity::Info);
    CHECK(found.first().id == u"AD-FOREST-LEVEL:forest"_s);
    CHECK_FALSE(found.first().isHolding());
}

TEST_CASE("AD-PREP-RIGHTS asks once, names the accounts in both groups and a yes clears it", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    for (auto [group, account] : {std::pair{PrivilegedGroup::SchemaAdmins, u"Administrator"_s},
                                  std::pair{PrivilegedGroup::EnterpriseAdmins, u"administrator"_s},
                                  std::pair{PrivilegedGroup::EnterpriseAdmins, u"Jo"_s}}) {
        PrivilegedMember m;
        m.meta.id = account + QString::number(int(group));
        m.group = group;
        m.account = account;
        b.inventory().privilegedMembers.append(m);
    }
    auto found = evaluate(b.project, u"AD-PREP-RIGHTS"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().severity == Severity::Manual);
    CHECK(found.first().holds == QStringList{u"prepare-ad"_s});
    CHECK(found.first().message.contains(u"Accounts recorded in both groups: Administrator."_s));
    CHECK_FALSE(found.first().message.contains(u"Jo"_s));

    b.answer(u"AD-PREP-RIGHTS:forest"_s, true);
    found = evaluate(b.project, u"AD-PREP-RIGHTS"_s);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found.first().isHolding());
    CHECK(found.first().holds.isEmpty());
    CHECK(found.first().concerns == QStringList{u"prepare-ad"_s});
}
