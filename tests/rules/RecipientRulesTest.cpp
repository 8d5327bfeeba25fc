#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "rules/RuleCatalog.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("POLICY-LDAP-FILTER fires for custom filters and not for the default policy", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    RecipientPolicy def;
    def.meta.id = u"pol-default"_s;
    def.name = u"Default Policy"_s;
    def.filter = u" (mailNickname=*) "_s;
    b.inventory().recipientPolicies.append(def);
    AddressList empty;
    empty.meta.id = u"al-empty"_s;
    empty.name = u"Unfiltered"_s;
    b.inventory().addressLists.append(empty);
    CHECK(evaluate(b.project, u"POLICY-LDAP-FILTER"_s).isEmpty());

    RecipientPolicy sales;
    sales.meta.id = u"pol-sales"_s;
    sales.name = u"Sales"_s;
    sales.filter = u"(&(mailnickname=*)(department=Sales))"_s;
    b.inventory().recipientPolicies.append(sales);
    AddressList users;
    users.meta.id = u"al-users"_s;
    users.name = u"All Users"_s;
    users.filter = u"(&(objectClass=user)(objectCategory=person)(mailNickname=*))"_s;
    b.inventory().addressLists.append(users);
    // The default lists of Exchange 2003 get their one-line upgrade as post-install tasks instead (reference E15).
    AddressList gal;
    gal.meta.id = u"al-gal"_s;
    gal.name = u"Default Global Address List"_s;
    gal.filter = u"(&(mailnickname=*)(|(objectCategory=group)(objectCategory=publicFolder)))"_s;
    b.inventory().addressLists.append(gal);
    AddressList staff;
    staff.meta.id = u"al-staff"_s;
    staff.name = u"UK staff"_s;
    staff.filter = u"(&(mailnickname=*)(c=GB))"_s;
    b.inventory().addressLists.append(staff);

    const auto found = evaluate(b.project, u"POLICY-LDAP-FILTER"_s);
    REQUIRE(found.size() == 2);
    CHECK(found[0].id == u"POLICY-LDAP-FILTER:pol-sales"_s);
    CHECK(found[0].subjectKind == u"recipient_policy"_s);
    CHECK(found[0].concerns == QStringList{u"post-install"_s});
    CHECK(found[0].message.contains(u"department=Sales"_s));
    CHECK(found[0].message.contains(u"cannot edit"_s));
    CHECK_FALSE(found[0].message.contains(u"apply"_s));
    CHECK(found[1].id == u"POLICY-LDAP-FILTER:al-staff"_s);
    CHECK(found[1].subjectKind == u"address_list"_s);
}

TEST_CASE("EXPANSION-SERVER matches legacyExchangeDN in another case", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    ExpansionGroup elsewhere;
    elsewhere.meta.id = u"grp-other"_s;
    elsewhere.name = u"Other"_s;
    elsewhere.expansionServerLegacyDn =
        u"/o=Contoso/ou=First Administrative Group/cn=Configuration/cn=Servers/cn=GONE"_s;
    b.inventory().expansionGroups.append(elsewhere);
    CHECK(evaluate(b.project, u"EXPANSION-SERVER"_s).isEmpty());

    ExpansionGroup sales;
    sales.meta.id = u"grp-sales"_s;
    sales.name = u"Sales Everyone"_s;
    sales.expansionServerLegacyDn = u"/O=CONTOSO/OU=FIRST ADMINISTRATIVE GROUP/CN=CONFIGURATION/CN=SERVERS/CN=ex01"_s;
    b.inventory().expansionGroups.append(sales);
    const auto found = evaluate(b.project, u"EXPANSION-SERVER"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == u"EXPANSION-SERVER:grp-sales"_s);
    CHECK(found.first().message.contains(u"EX01"_s));
    CHECK(found.first().concerns == QStringList{u"decommission:rg-hq"_s});
}

TEST_CASE("EXPANSION-SERVER is quiet for a group that expands on an Exchange 2007 server", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.routingGroup(u"rg-e12"_s, u"Exchange Routing Group (DWBGZMFD01QNBJR)"_s);
    b.server(u"srv-hub"_s, u"rg-e12"_s, u"Version 8.0 (Build 685.24)"_s, u"192.0.2.50"_s);
    ExpansionGroup group;
    group.meta.id = u"grp-new"_s;
    group.expansionServerId = u"srv-hub"_s;
    b.inventory().expansionGroups.append(group);
    CHECK(evaluate(b.project, u"EXPANSION-SERVER"_s).isEmpty());
}

TEST_CASE("PF-COEXISTENCE is a warning, a manual question or quiet by the Outlook versions in use", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    auto &org = b.inventory().organization;
    org.outlook2003OrEarlierInUse = true;
    CHECK(evaluate(b.project, u"PF-COEXISTENCE"_s).isEmpty()); // no public folder store

    b.publicStore(u"pf-ex01"_s, u"srv-ex01"_s);
    auto found = evaluate(b.project, u"PF-COEXISTENCE"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().severity == Severity::Warning);
    CHECK(found.first().concerns == QStringList{u"mailbox:rg-hq"_s});
    CHECK(found.first().holds.isEmpty());

    b.inventory().organization.outlook2003OrEarlierInUse.reset();
    found = evaluate(b.project, u"PF-COEXISTENCE"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().severity == Severity::Manual);
    CHECK(found.first().holds == QStringList{u"mailbox:rg-hq"_s});
    CHECK(found.first().isHolding());

    b.inventory().organization.outlookVersions = {u"Outlook 2007"_s};
    CHECK(evaluate(b.project, u"PF-COEXISTENCE"_s).isEmpty());
    b.inventory().organization.outlookVersions = {u"Outlook 2007"_s, u"Outlook XP"_s};
    CHECK(evaluate(b.project, u"PF-COEXISTENCE"_s).first().severity == Severity::Warning);
    b.inventory().organization.outlook2003OrEarlierInUse = false;
    CHECK(evaluate(b.project, u"PF-COEXISTENCE"_s).isEmpty());
}

TEST_CASE("EXPANSION-SERVER on a kept server does not say the server is removed", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    b.server(u"srv-e2k"_s, u"rg-hq"_s, u"Version 6.0 (Build 6249.4: Service Pack 3)"_s, u"192.0.2.40"_s);
    auto &cc = b.connector(u"conn-ccmail"_s, ConnectorType::CcMail, u"rg-hq"_s);
    cc.sourceBridgeheadIds = {u"srv-e2k"_s};
    ExpansionGroup group;
    group.meta.id = u"grp-all"_s;
    group.name = u"Everyone"_s;
    group.expansionServerId = u"srv-e2k"_s;
    b.inventory().expansionGroups.append(group);
    ExpansionGroup other = group;
    other.meta.id = u"grp-sales"_s;
    other.name = u"Sales"_s;
    other.expansionServerId = u"srv-ex01"_s;
    b.inventory().expansionGroups.append(other);
    const auto found = evaluate(b.project, u"EXPANSION-SERVER"_s);
    REQUIRE(found.size() == 2);
    CHECK(found[0].message.contains(u"stays"_s));
    CHECK_FALSE(found[0].message.contains(u"Once"_s));
    CHECK(found[1].message.contains(u"Once EX01 is removed"_s));
}
