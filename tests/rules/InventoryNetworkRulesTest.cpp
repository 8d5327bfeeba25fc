#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "rules/RuleCatalog.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("INV-INCOMPLETE names each empty seed item once and a section note completes it", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    auto found = evaluate(b.project, u"INV-INCOMPLETE"_s);
    const Finding *recovery = findingById(found, u"INV-INCOMPLETE:data-recovery"_s);
    REQUIRE(recovery);
    CHECK(recovery->severity == Severity::Info);
    CHECK(recovery->subject == u"Data recovery plan"_s);
    CHECK(recovery->subjectKind == u"section"_s);
    CHECK(findingById(found, u"INV-INCOMPLETE:smart-hosts"_s));
    const Finding *hardware = findingById(found, u"INV-INCOMPLETE:servers"_s);
    REQUIRE(hardware);
    CHECK(hardware->message.contains(u"EX01"_s));
    // Documented in the ready organization: sites have sites, subnets and a domain controller but no site link.
    const Finding *sites = findingById(found, u"INV-INCOMPLETE:sites"_s);
    REQUIRE(sites);
    CHECK(sites->message.contains(u": no site links recorded."_s));
    CHECK_FALSE(findingById(found, u"INV-INCOMPLETE:routing-groups"_s));
    CHECK_FALSE(findingById(found, u"INV-INCOMPLETE:organization"_s));
    QSet<QString> ids;
    for (const auto &f : found)
        ids.insert(f.id);
    CHECK(ids.size() == found.size());

    b.inventory().organization.dataRecoveryPlan = u"Nightly full backup with NTBackup; restore tested monthly."_s;
    b.inventory().sectionNotes.insert(u"smart-hosts"_s, u"No smart host: direct DNS delivery."_s);
    auto &server = b.inventory().servers.first();
    server.processors = u"2 x Xeon 3.0 GHz"_s;
    found = evaluate(b.project, u"INV-INCOMPLETE"_s);
    CHECK_FALSE(findingById(found, u"INV-INCOMPLETE:data-recovery"_s));
    CHECK_FALSE(findingById(found, u"INV-INCOMPLETE:smart-hosts"_s));
    CHECK_FALSE(findingById(found, u"INV-INCOMPLETE:servers"_s));
    for (const auto &f : found)
        CHECK_FALSE(f.isHolding());
}

TEST_CASE("NET-MX fires only once checked and only for authoritative namespaces without MX", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    SmtpNamespace ns;
    ns.meta.id = u"ns-contoso"_s;
    ns.domain = u"contoso.example"_s;
    b.inventory().smtpNamespaces.append(ns);
    CHECK(evaluate(b.project, u"NET-MX"_s).isEmpty()); // never checked

    auto &checked = b.inventory().smtpNamespaces.first();
    checked.mxCheckedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    auto found = evaluate(b.project, u"NET-MX"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == u"NET-MX:ns-contoso"_s);
    CHECK(found.first().message.contains(u"2026-11-23T10:00:00Z"_s));

    b.inventory().smtpNamespaces.first().mxRecords = {u"10 mail.contoso.example"_s};
    CHECK(evaluate(b.project, u"NET-MX"_s).isEmpty());
    b.inventory().smtpNamespaces.first().mxRecords.clear();
    b.inventory().smtpNamespaces.first().authoritative = false;
    CHECK(evaluate(b.project, u"NET-MX"_s).isEmpty());
}

TEST_CASE("NET-PORT fires only once checked and concerns the phase of the port's role", "[rules]")
{
    auto b = OrganizationBuilder::ready();
    auto port = [&b](const QString &id, int number, std::optional<bool> reachable, bool checked) {
        PortCheck c;
        c.meta.id = id;
        c.host = u"ex01.contoso.example"_s;
        c.serverId = u"srv-ex01"_s;
        c.port = number;
        c.reachable = reachable;
        if (checked)
            c.checkedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        b.inventory().portChecks.append(c);
    };
    port(u"p-unchecked"_s, 25, false, false);
    port(u"p-open"_s, 25, true, true);
    CHECK(evaluate(b.project, u"NET-PORT"_s).isEmpty());

    port(u"p-smtp"_s, 25, false, true);
    port(u"p-https"_s, 443, false, true);
    port(u"p-edgesync"_s, 50636, false, true);
    const auto found = evaluate(b.project, u"NET-PORT"_s);
    REQUIRE(found.size() == 3);
    CHECK(found[0].id == u"NET-PORT:p-smtp"_s);
    CHECK(found[0].concerns == QStringList{u"hub-transport:rg-hq"_s});
    CHECK(found[1].concerns == QStringList{u"client-access:site-hq"_s});
    CHECK(found[2].concerns == QStringList{u"edge-transport"_s});
    CHECK(found[0].subject == u"EX01:25"_s);
    for (const auto &f : found)
        CHECK(f.holds.isEmpty());
}
