#include "OrganizationBuilder.h"
#include "QtStringMakers.h"

#include "report/FindingsJson.h"
#include "rules/RuleCatalog.h"
#include "sample/SampleOrganization.h"

#include <QJsonDocument>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QStringList subjectsOf(const QList<Finding> &findings, const QString &rule)
{
    QStringList subjects;
    for (const auto &f : findingsOf(findings, rule))
        subjects.append(f.subject);
    return subjects;
}
} // namespace

TEST_CASE("the bundled sample organization shows the findings it was built to show", "[rules][sample]")
{
    const Project sample = sampleProject();
    const auto findings = evaluateRules(sample);
    CHECK(subjectsOf(findings, u"SRV-E2003-SP"_s) == QStringList{u"DAL-EX01"_s, u"LON-EX03"_s});
    CHECK(subjectsOf(findings, u"SRV-E2000-ROLLUP"_s) == QStringList{u"TOR-EX02"_s});
    CHECK(subjectsOf(findings, u"AD-SITE-GC"_s) == QStringList{u"Toronto"_s, u"Athens"_s});
    CHECK(subjectsOf(findings, u"RG-MASTER-DELETED"_s) == QStringList{u"Frankfurt (DE, GR)"_s});
    // Instant Messaging is in use; nobody has answered for Mobile Information Server (a manual question).
    CHECK(subjectsOf(findings, u"FEATURE-E2000"_s) ==
          QStringList{u"Instant Messaging service"_s, u"Microsoft Mobile Information Server"_s});
    CHECK(subjectsOf(findings, u"FEATURE-E2003"_s).size() == 2);
    // The research domain is mixed but holds no Exchange object: quiet.
    CHECK(findingsOf(findings, u"AD-DOMAIN-MIXED"_s).isEmpty());
    CHECK(findingsOf(findings, u"ORG-MIXED-MODE"_s).isEmpty());
    CHECK(findingsOf(findings, u"ORG-LINK-STATE"_s).size() == 1);
    // Unified Messaging is not wanted in the sample: no finding holds it.
    for (const auto &f : findings)
        CHECK_FALSE(f.holds.contains(u"unified-messaging"_s));

    // Manual findings answered in the project clear, and the JSON carries the answer.
    Project answered = sample;
    ManualAnswer a;
    a.findingId = findingsOf(findings, u"SRV-E2000-ROLLUP"_s).first().id;
    a.yes = true;
    a.by = u"Ana Trujillo"_s;
    a.at = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
    a.note = u"store.exe 6.0.6603.0"_s;
    answered.plan.answers.append(a);
    const auto after = evaluateRules(answered);
    const Finding *rollup = findingById(after, a.findingId);
    REQUIRE(rollup);
    CHECK_FALSE(rollup->isHolding());
    const QJsonObject json = findingToJson(*rollup);
    CHECK(json.value(u"answer"_s).toObject().value(u"by"_s).toString() == u"Ana Trujillo"_s);
    CHECK(json.value(u"answer"_s).toObject().value(u"at"_s).toString() == u"2026-11-23T09:30:00Z"_s);
    CHECK(json.value(u"holds"_s).toArray().isEmpty());
    CHECK(json.value(u"holding"_s).toBool() == false);
}

TEST_CASE("the findings JSON has the documented fields and the text puts holding findings first", "[rules][report]")
{
    auto b = OrganizationBuilder::ready();
    b.inventory().forest.functionalLevel = 0;
    b.server(u"srv-old"_s, u"rg-hq"_s, u"Version 6.5 (Build 7226.6: Service Pack 1)"_s, u"192.0.2.60"_s);
    const auto findings = evaluateRules(b.project);
    const QJsonArray array = findingsToJson(findings);
    REQUIRE(array.size() == findings.size());
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        for (const char *key :
             {"id", "rule", "severity", "subject", "subject_id", "message", "remediation", "holds", "concerns"}) {
            INFO(key);
            CHECK(o.contains(QLatin1String(key)));
        }
        CHECK(o.contains(u"answer"_s) == (o.value(u"severity"_s).toString() == u"manual"_s));
    }
    const QJsonObject sp = findingToJson(*findingById(findings, u"SRV-E2003-SP:srv-old"_s));
    CHECK(sp.value(u"severity"_s).toString() == u"blocker"_s);
    CHECK(sp.value(u"subject_id"_s).toString() == u"srv-old"_s);
    CHECK(sp.value(u"holds"_s).toArray().contains(u"prepare-ad"_s));

    // The streamed form parses to the same array, one finding per line.
    QString streamed;
    QTextStream stream(&streamed);
    writeFindingsJson(stream, findings);
    stream.flush();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(streamed.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(parsed.array() == array);
    CHECK(streamed.count(QLatin1Char('\n')) == findings.size() + 1);
    QString none;
    QTextStream empty(&none);
    writeFindingsJson(empty, {});
    empty.flush();
    CHECK(none == u"[]"_s);

    const QString text = findingsToText(findings);
    const qsizetype blocker = text.indexOf(u"SRV-E2003-SP:srv-old"_s);
    const qsizetype manual = text.indexOf(u"AD-PREP-RIGHTS:forest"_s);
    const qsizetype info = text.indexOf(u"AD-FOREST-LEVEL:forest"_s);
    CHECK(blocker >= 0);
    CHECK(blocker < manual);
    CHECK(manual < info);
    // How to answer belongs in --help, not in the sentence.
    CHECK(text.contains(u"Not answered yet."_s));
    CHECK_FALSE(text.contains(u"yes|no"_s));
}
