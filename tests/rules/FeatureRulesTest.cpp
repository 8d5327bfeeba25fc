#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "rules/RuleCatalog.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The ready organization plus a branch routing group whose only server runs Exchange 2000 SP3.
OrganizationBuilder withExchange2000Branch()
{
    auto b = OrganizationBuilder::ready();
    b.routingGroup(u"rg-branch"_s, u"Branch"_s);
    b.server(u"srv-e2k"_s, u"rg-branch"_s, u"Version 6.0 (Build 6249.4: Service Pack 3)"_s, u"192.0.2.40"_s);
    return b;
}

} // namespace

TEST_CASE("FEATURE-E2000 fires for cc:Mail and MS Mail connectors and answered Exchange 2000 features", "[rules]")
{
    auto b = withExchange2000Branch();
    CHECK(evaluate(b.project, u"FEATURE-E2000"_s).isEmpty());

    auto &cc = b.connector(u"conn-ccmail"_s, ConnectorType::CcMail, u"rg-branch"_s);
    cc.sourceBridgeheadIds = {u"srv-e2k"_s};
    FeatureInUse kms;
    kms.meta.id = u"feat-kms"_s;
    kms.feature = Feature::KeyManagementService;
    kms.inUse = true;
    kms.serverId = u"srv-e2k"_s;
    b.inventory().features.append(kms);
    FeatureInUse chat;
    chat.meta.id = u"feat-chat"_s;
    chat.feature = Feature::Chat;
    chat.inUse = false; // answered "not in use"
    b.inventory().features.append(chat);

    const auto found = evaluate(b.project, u"FEATURE-E2000"_s);
    REQUIRE(found.size() == 2);
    CHECK(found[0].id == u"FEATURE-E2000:conn-ccmail"_s);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].concerns == QStringList{u"decommission:rg-branch"_s});
    CHECK(found[0].holds.isEmpty());
    CHECK(found[0].keptServerId == u"srv-e2k"_s);
    CHECK(found[0].message.contains(u"cc:Mail"_s));
    CHECK(found[1].id == u"FEATURE-E2000:feat-kms"_s);
    CHECK(found[1].keptServerId == u"srv-e2k"_s);
    CHECK(found[1].message.contains(u"Key Management Service"_s));
    CHECK(evaluate(b.project, u"FEATURE-E2003"_s).isEmpty());
}

TEST_CASE("FEATURE-E2003 fires for a foreign connector hosted on an Exchange 2000 server", "[rules]")
{
    auto b = withExchange2000Branch();
    b.connector(u"conn-smtp"_s, ConnectorType::Smtp, u"rg-hq"_s);
    CHECK(evaluate(b.project, u"FEATURE-E2003"_s).isEmpty());

    // No bridgehead recorded: the routing group's master hosts it.
    auto &gw = b.connector(u"conn-gw"_s, ConnectorType::GroupWise, u"rg-branch"_s);
    gw.name = u"GroupWise Connector (BRANCH)"_s;
    b.inventory().routingGroups.last().masterServerId = u"srv-e2k"_s;
    auto &x400 = b.connector(u"conn-x400"_s, ConnectorType::X400, u"rg-hq"_s);
    x400.sourceBridgeheadIds = {u"srv-ex01"_s};

    const auto found = evaluate(b.project, u"FEATURE-E2003"_s);
    REQUIRE(found.size() == 2);
    CHECK(found[0].id == u"FEATURE-E2003:conn-gw"_s);
    CHECK(found[0].keptServerId == u"srv-e2k"_s);
    CHECK(found[0].concerns == QStringList{u"decommission:rg-branch"_s});
    CHECK(found[0].message.contains(u"E2K"_s));
    CHECK(found[0].message.contains(u"Exchange 2000"_s));
    CHECK(found[1].id == u"FEATURE-E2003:conn-x400"_s);
    CHECK(found[1].keptServerId == u"srv-ex01"_s);
    CHECK(found[1].concerns == QStringList{u"decommission:rg-hq"_s});
    CHECK(evaluate(b.project, u"FEATURE-E2000"_s).isEmpty());
}

TEST_CASE("PRODUCT-NOT-READY holds the phases of each product category", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    auto product = [&b](const QString &id, ProductCategory category, std::optional<bool> ready) {
        ExchangeAwareProduct p;
        p.meta.id = id;
        p.name = id;
        p.category = category;
        p.exchange2007Ready = ready;
        b.inventory().products.append(p);
        return &b.inventory().products.last();
    };
    product(u"av-ready"_s, ProductCategory::AntiVirus, true);
    CHECK(evaluate(b.project, u"PRODUCT-NOT-READY"_s).isEmpty());

    product(u"av"_s, ProductCategory::AntiVirus, false);
    product(u"spam"_s, ProductCategory::AntiSpam, false);
    product(u"backup"_s, ProductCategory::Backup, std::nullopt);
    product(u"other-default"_s, ProductCategory::Other, false);
    product(u"other-ticked"_s, ProductCategory::Other, false)->heldPhases = {u"mailbox"_s, u"post-install"_s};

    const auto found = evaluate(b.project, u"PRODUCT-NOT-READY"_s);
    REQUIRE(found.size() == 5);
    CHECK(found[0].holds == QStringList{u"hub-transport:rg-hq"_s, u"edge-transport"_s, u"mailbox:rg-hq"_s});
    CHECK(found[1].holds == QStringList{u"hub-transport:rg-hq"_s, u"edge-transport"_s});
    CHECK(found[2].holds == QStringList{u"mailbox:rg-hq"_s});
    CHECK(found[2].message.contains(u"Nobody has confirmed"_s));
    // By default an "other" product holds the mailbox phases (and its server's decommission, when it has one),
    // not AD preparation or client access.
    CHECK(found[3].holds == QStringList{u"mailbox:rg-hq"_s});
    CHECK(found[4].holds == QStringList{u"mailbox:rg-hq"_s, u"post-install"_s});
    for (const auto &f : found)
        CHECK(f.severity == Severity::Blocker);

    // Edge Transport not wanted: nothing to hold there.
    b.inventory().organization.edgeWanted = false;
    CHECK(evaluate(b.project, u"PRODUCT-NOT-READY"_s)[1].holds == QStringList{u"hub-transport:rg-hq"_s});
}

TEST_CASE("FEATURE-E2003 names a connector's kind once", "[rules]")
{
    auto b = withExchange2000Branch();
    auto &gw = b.connector(u"conn-gw"_s, ConnectorType::GroupWise, u"rg-branch"_s);
    gw.name = u"GroupWise Connector (BRANCH)"_s;
    gw.sourceBridgeheadIds = {u"srv-e2k"_s};
    auto &x400 = b.connector(u"conn-x400"_s, ConnectorType::X400, u"rg-hq"_s);
    x400.name = u"Partner link"_s;
    x400.sourceBridgeheadIds = {u"srv-ex01"_s};
    const auto found = evaluate(b.project, u"FEATURE-E2003"_s);
    REQUIRE(found.size() == 2);
    // The name already says GroupWise: the kind is not repeated.
    CHECK(found[0].message.count(u"GroupWise"_s) == 1);
    // A name that does not say it gets the kind once.
    CHECK(found[1].message.contains(u"Partner link (X.400 connector) in routing group"_s));
    CHECK(found[1].message.contains(u"Exchange Server 2003 SP2, build 7638"_s));
}

TEST_CASE("FEATURE-E2000 asks about an Exchange 2000 feature nobody has answered for", "[rules]")
{
    auto b = withExchange2000Branch();
    FeatureInUse mis;
    mis.meta.id = u"feat-mis"_s;
    mis.feature = Feature::MobileInformationServer; // inUse unanswered
    b.inventory().features.append(mis);
    auto found = evaluate(b.project, u"FEATURE-E2000"_s);
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == u"FEATURE-E2000:feat-mis"_s);
    CHECK(found[0].severity == Severity::Manual);
    CHECK(found[0].isHolding());
    CHECK(found[0].holds == QStringList{u"decommission:rg-branch"_s});
    CHECK(found[0].keptServerId.isEmpty()); // an open question keeps no server
    CHECK(found[0].message.contains(u"E2K"_s));

    // Answered yes: it holds nothing.
    b.answer(u"FEATURE-E2000:feat-mis"_s, true);
    found = evaluate(b.project, u"FEATURE-E2000"_s);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found[0].isHolding());

    // Recorded as not in use: no question.
    b.inventory().features.last().inUse = false;
    CHECK(evaluate(b.project, u"FEATURE-E2000"_s).isEmpty());

    // Without an Exchange 2000 server the question does not arise.
    auto plain = OrganizationBuilder::ready();
    plain.inventory().features.append(mis);
    CHECK(evaluate(plain.project, u"FEATURE-E2000"_s).isEmpty());
}
