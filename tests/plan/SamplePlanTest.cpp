// The bundled sample organization's plan, checked in as a golden file (tests/data/golden/sample-plan.json) and
// checked for the invariants every plan keeps. Regenerate the golden file after an intended change with
//   ETP_REGENERATE_GOLDEN=1 ./build/tests/plan_tests "The sample plan matches its golden file"
// and review the diff before committing it (docs/plan-json.md).

#include "PlanTestSupport.h"
#include "TestSupport.h"

#include "report/PlanJson.h"
#include "sample/SampleOrganization.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;

namespace {

/// The sample's plan as `plan --format json` prints it.
QByteArray samplePlanJson()
{
    QString text;
    QTextStream out(&text);
    writePlanJson(out, planOf(sampleProject()));
    out.flush();
    return text.toUtf8();
}

} // namespace

TEST_CASE("The sample plan matches its golden file", "[plan][golden]")
{
    const QString path = dataPath(QStringLiteral("golden/sample-plan.json"));
    const QByteArray actual = samplePlanJson();
    if (qEnvironmentVariableIsSet("ETP_REGENERATE_GOLDEN")) {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        WARN("Regenerated " << path.toStdString());
        return;
    }
    QFile in(path);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray expected = in.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            const QByteArray left = i < e.size() ? e[i] : QByteArray();
            const QByteArray right = i < a.size() ? a[i] : QByteArray();
            if (left != right) {
                INFO("first difference at line " << i + 1 << "\n expected: " << left.toStdString()
                                                 << "\n actual:   " << right.toStdString());
                CHECK(actual == expected);
                break;
            }
        }
    }
    CHECK(actual == expected);
}

TEST_CASE("The streamed plan JSON is the same object as the built one", "[plan][json]")
{
    const Plan plan = planOf(sampleProject());
    QJsonParseError error{};
    const QJsonDocument streamed = QJsonDocument::fromJson(samplePlanJson(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(streamed.object() == planToJson(plan));
}

TEST_CASE("The sample plan keeps the invariants of every plan", "[plan]")
{
    const Plan plan = planOf(sampleProject());
    REQUIRE_FALSE(plan.phases.isEmpty());
    CHECK(respectsAfterEdges(plan));
    CHECK(plan.phases.constFirst().key == QLatin1String("assess"));
    CHECK(plan.phases.constLast().key == QLatin1String("post-install"));

    QSet<QString> findingIds;
    for (const Finding &finding : plan.findings)
        findingIds.insert(finding.id);
    QSet<QString> phaseKeySet;
    QSet<QString> taskKeySet;
    for (const Phase &phase : plan.phases) {
        CHECK_FALSE(phaseKeySet.contains(phase.key));
        phaseKeySet.insert(phase.key);
        for (const QString &id : phase.heldBy)
            CHECK(findingIds.contains(id));
        for (const QString &id : phase.concerns)
            CHECK(findingIds.contains(id));
        for (const Task &task : phase.tasks) {
            CHECK(task.key.startsWith(phase.key + QLatin1Char('/')));
            CHECK_FALSE(taskKeySet.contains(task.key));
            taskKeySet.insert(task.key);
            CHECK_FALSE(task.title.isEmpty());
        }
    }
    // Every holding finding's phases list it in held_by.
    for (const Finding &finding : plan.findings) {
        if (!finding.isHolding())
            continue;
        for (const QString &key : finding.holds) {
            const Phase *phase = plan.phase(key);
            REQUIRE(phase != nullptr);
            CHECK(phase->heldBy.contains(finding.id));
        }
    }
    // Each routing group in order has its five phases, and effort is given for each.
    CHECK(plan.effort.size() == plan.routingGroupOrder.size());
    for (const QString &rg : plan.routingGroupOrder) {
        for (PhaseId id : {PhaseId::HubTransport, PhaseId::Mailbox, PhaseId::PublicFolders, PhaseId::Decommission,
                           PhaseId::RemoveRouting})
            CHECK(phaseKeySet.contains(phaseKey(id, rg)));
    }
}

TEST_CASE("The plan JSON has the fields PRODUCT.md names", "[plan][json]")
{
    OrganizationBuilder b = twoRoutingGroups();
    Connector &gw = b.connector(QStringLiteral("con-gw"), ConnectorType::GroupWise, QStringLiteral("rg-branch"));
    gw.sourceBridgeheadIds = {QStringLiteral("srv-ex03")};
    TaskState &state = b.project.plan.taskStateFor(QStringLiteral("assess/readiness-check"));
    state.status = TaskStatus::Done;
    state.owner = QStringLiteral("Dana");
    state.date = QDate(2026, 11, 30);
    const QJsonObject json = planToJson(planOf(b.project));
    for (const char *field : {"findings", "phases", "kept_legacy_servers", "effort"})
        CHECK(json.value(QLatin1String(field)).isArray());

    const QJsonObject phase = json.value(QLatin1String("phases")).toArray().at(0).toObject();
    for (const char *field : {"key", "phase", "scope", "subject", "subject_id", "after", "held_by", "tasks"})
        CHECK(phase.contains(QLatin1String(field)));
    CHECK(phase.value(QLatin1String("phase")).toString() == QLatin1String("assess"));
    const QJsonObject progress = phase.value(QLatin1String("progress")).toObject();
    CHECK(progress.value(QLatin1String("finished")).toInt() == 1);
    CHECK(progress.value(QLatin1String("total")).toInt() == phase.value(QLatin1String("tasks")).toArray().size());
    bool found = false;
    for (const auto &value : phase.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject task = value.toObject();
        for (const char *field : {"key", "title", "status", "owner", "date", "note"})
            CHECK(task.contains(QLatin1String(field)));
        if (task.value(QLatin1String("key")).toString() == QLatin1String("assess/readiness-check")) {
            found = true;
            CHECK(task.value(QLatin1String("status")).toString() == QLatin1String("done"));
            CHECK(task.value(QLatin1String("owner")).toString() == QLatin1String("Dana"));
            CHECK(task.value(QLatin1String("date")).toString() == QLatin1String("2026-11-30"));
        }
    }
    CHECK(found);

    const QJsonArray kept = json.value(QLatin1String("kept_legacy_servers")).toArray();
    REQUIRE(kept.size() == 1);
    CHECK(kept.at(0).toObject().value(QLatin1String("server")).toString() == QLatin1String("EX03"));
    CHECK_FALSE(kept.at(0).toObject().value(QLatin1String("reason")).toString().isEmpty());

    const QJsonArray effort = json.value(QLatin1String("effort")).toArray();
    REQUIRE(effort.size() == 2);
    for (const auto &value : effort) {
        const QJsonObject rg = value.toObject();
        for (const char *field : {"routing_group", "mailboxes", "gigabytes", "nights"})
            CHECK(rg.contains(QLatin1String(field)));
    }
}
