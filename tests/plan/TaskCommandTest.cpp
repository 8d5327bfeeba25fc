// The `task` and `plan` commands as a person runs them: the real executable on a real project file.

#include "PlanTestSupport.h"
#include "TestSupport.h"

#include "storage/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "AppRunner.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;

namespace {

QJsonObject taskInJson(const QString &planJson, const QString &key, const char *list = "phases")
{
    const QJsonObject plan = QJsonDocument::fromJson(planJson.toUtf8()).object();
    if (QLatin1String(list) == QLatin1String("obsolete_tasks")) {
        for (const auto &task : plan.value(QLatin1String("obsolete_tasks")).toArray()) {
            if (task.toObject().value(QLatin1String("key")).toString() == key)
                return task.toObject();
        }
        return {};
    }
    for (const auto &phase : plan.value(QLatin1String("phases")).toArray()) {
        for (const auto &task : phase.toObject().value(QLatin1String("tasks")).toArray()) {
            if (task.toObject().value(QLatin1String("key")).toString() == key)
                return task.toObject();
        }
    }
    return {};
}

const QString kMoveKey = QStringLiteral("mailbox:rg-branch/move-mailboxes:mdb-ex02");

} // namespace

TEST_CASE("The task command saves a task's state and plan shows it after a rename and a removal", "[plan][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("contoso.etplan"));
    REQUIRE(saveProject(path, twoRoutingGroups().project).ok());

    AppRun run =
        runApp({QStringLiteral("task"), path, kMoveKey, QStringLiteral("--status"), QStringLiteral("in-progress"),
                QStringLiteral("--owner"), QStringLiteral("Dana"), QStringLiteral("--date"),
                QStringLiteral("2026-12-05"), QStringLiteral("--note"), QStringLiteral("weekend window")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QLatin1String("in-progress")));

    auto saved = loadProject(path);
    REQUIRE(saved.ok());
    const TaskState *state = saved->plan.taskState(kMoveKey);
    REQUIRE(state != nullptr);
    CHECK(state->status == TaskStatus::InProgress);
    CHECK(state->owner == QLatin1String("Dana"));
    CHECK(state->date == QDate(2026, 12, 5));
    CHECK(state->note == QLatin1String("weekend window"));
    CHECK_FALSE(state->lastTitle.isEmpty());

    run = runApp({QStringLiteral("plan"), path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    QJsonObject task = taskInJson(run.out, kMoveKey);
    CHECK(task.value(QLatin1String("status")).toString() == QLatin1String("in-progress"));
    CHECK(task.value(QLatin1String("owner")).toString() == QLatin1String("Dana"));
    CHECK(task.value(QLatin1String("date")).toString() == QLatin1String("2026-12-05"));

    // Rename the store and its server in the file: the state stays with the task.
    Project renamed = *saved;
    findById(renamed.inventory.stores, QStringLiteral("mdb-ex02"))->name = QStringLiteral("Sales Mailboxes");
    findById(renamed.inventory.servers, QStringLiteral("srv-ex02"))->name = QStringLiteral("BRANCH-MBX");
    REQUIRE(saveProject(path, renamed).ok());
    run = runApp({QStringLiteral("plan"), path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    task = taskInJson(run.out, kMoveKey);
    CHECK(task.value(QLatin1String("status")).toString() == QLatin1String("in-progress"));
    CHECK(task.value(QLatin1String("title")).toString().contains(QLatin1String("Sales Mailboxes")));

    // Tracking the task again records its current title, the one an obsolete task is shown with.
    run = runApp({QStringLiteral("task"), path, kMoveKey, QStringLiteral("--note"), QStringLiteral("sales first")});
    REQUIRE(run.exitCode == 0);
    renamed = *loadProject(path);
    CHECK(renamed.plan.taskState(kMoveKey)->lastTitle.contains(QLatin1String("Sales Mailboxes")));

    // Remove the store: the state stays, as an obsolete task with its last title.
    renamed.inventory.stores.removeIf([](const Store &s) { return s.meta.id == QLatin1String("mdb-ex02"); });
    REQUIRE(saveProject(path, renamed).ok());
    run = runApp({QStringLiteral("plan"), path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    CHECK(taskInJson(run.out, kMoveKey).isEmpty());
    const QJsonObject obsolete = taskInJson(run.out, kMoveKey, "obsolete_tasks");
    CHECK(obsolete.value(QLatin1String("status")).toString() == QLatin1String("in-progress"));
    CHECK(obsolete.value(QLatin1String("title")).toString().contains(QLatin1String("Sales Mailboxes")));
    // An obsolete task can still be updated.
    run =
        runApp({QStringLiteral("task"), path, kMoveKey, QStringLiteral("--status"), QStringLiteral("not-applicable")});
    CHECK(run.exitCode == 0);
    CHECK(loadProject(path)->plan.taskState(kMoveKey)->status == TaskStatus::NotApplicable);

    run = runApp({QStringLiteral("plan"), path});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QLatin1String("mailbox:rg-branch")));
}

TEST_CASE("The task command refuses bad input with a clear message", "[plan][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("contoso.etplan"));
    REQUIRE(saveProject(path, twoRoutingGroups().project).ok());

    AppRun run = runApp({QStringLiteral("task"), path, QStringLiteral("mailbox:nowhere/move-mailboxes:none"),
                         QStringLiteral("--status"), QStringLiteral("done")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QLatin1String("mailbox:nowhere/move-mailboxes:none")));

    run = runApp({QStringLiteral("task"), path, kMoveKey, QStringLiteral("--status"), QStringLiteral("finished")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QLatin1String("finished")));

    run = runApp({QStringLiteral("task"), path, kMoveKey, QStringLiteral("--date"), QStringLiteral("5.12.2026")});
    CHECK(run.exitCode == 2);

    run = runApp({QStringLiteral("task"), path});
    CHECK(run.exitCode == 2);

    run = runApp({QStringLiteral("task"), dir.filePath(QStringLiteral("missing.etplan")), kMoveKey,
                  QStringLiteral("--status"), QStringLiteral("done")});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.isEmpty());

    // Nothing was saved by the refused commands.
    CHECK(loadProject(path)->plan.tasks.isEmpty());
}

TEST_CASE("The routing-group order, target sites and effort settings a person chose are saved and used", "[plan][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("contoso.etplan"));
    OrganizationBuilder b = twoRoutingGroups();
    const QStringList defaultOrder = planOf(b.project).routingGroupOrder;
    REQUIRE(defaultOrder == QStringList{QStringLiteral("rg-branch"), QStringLiteral("rg-hq")});
    b.project.plan.routingGroupOrder = {QStringLiteral("rg-hq"), QStringLiteral("rg-branch")};
    RoutingGroupTargets targets;
    targets.routingGroupId = QStringLiteral("rg-branch");
    targets.siteIds = {QStringLiteral("site-hq")};
    b.project.plan.targetSites.append(targets);
    b.project.plan.effort.concurrentMoves = 8;
    REQUIRE(saveProject(path, b.project).ok());

    const AppRun run = runApp({QStringLiteral("plan"), path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray order = plan.value(QLatin1String("routing_group_order")).toArray();
    REQUIRE(order.size() == 2);
    CHECK(order.at(0).toString() == QLatin1String("rg-hq"));
    CHECK(plan.value(QLatin1String("effort_settings")).toObject().value(QLatin1String("concurrent_moves")).toInt() ==
          8);
    QStringList keys;
    for (const auto &phase : plan.value(QLatin1String("phases")).toArray())
        keys.append(phase.toObject().value(QLatin1String("key")).toString());
    // rg-branch now targets site-hq only: no client-access phase for site-branch, and it reuses rg-hq's Hub.
    CHECK(keys.contains(QStringLiteral("client-access:site-hq")));
    CHECK_FALSE(keys.contains(QStringLiteral("client-access:site-branch")));
    CHECK(keys.indexOf(QStringLiteral("hub-transport:rg-hq")) <
          keys.indexOf(QStringLiteral("hub-transport:rg-branch")));
    CHECK(taskInJson(run.out, QStringLiteral("hub-transport:rg-branch/reuse-hub:site-hq")).size() > 0);
}

TEST_CASE("plan saves the routing-group order and effort settings given on the command line", "[plan][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("contoso.etplan"));
    REQUIRE(saveProject(path, twoRoutingGroups().project).ok());

    AppRun run = runApp({QStringLiteral("plan"), path, QStringLiteral("--routing-group-order"),
                         QStringLiteral("rg-hq,rg-branch"), QStringLiteral("--move-rate"), QStringLiteral("3.5"),
                         QStringLiteral("--concurrent-moves"), QStringLiteral("6"), QStringLiteral("--hours-per-night"),
                         QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(plan.value(QLatin1String("routing_group_order")).toArray().at(0).toString() == QLatin1String("rg-hq"));
    CHECK(plan.value(QLatin1String("effort_settings"))
              .toObject()
              .value(QLatin1String("gigabytes_per_night"))
              .toDouble() == Approx(210.0));

    auto saved = loadProject(path);
    REQUIRE(saved.ok());
    CHECK(saved->plan.routingGroupOrder == QStringList{QStringLiteral("rg-hq"), QStringLiteral("rg-branch")});
    CHECK(saved->plan.effort.moveRateGbPerHour == Approx(3.5));
    CHECK(saved->plan.effort.concurrentMoves == 6);
    CHECK(saved->plan.effort.hoursPerNight == Approx(10.0));

    // "default" forgets the order; the default order puts the pilot first again.
    run = runApp({QStringLiteral("plan"), path, QStringLiteral("--routing-group-order"), QStringLiteral("default"),
                  QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    CHECK(loadProject(path)->plan.routingGroupOrder.isEmpty());
    CHECK(QJsonDocument::fromJson(run.out.toUtf8())
              .object()
              .value(QLatin1String("routing_group_order"))
              .toArray()
              .at(0)
              .toString() == QLatin1String("rg-branch"));

    // Bad values are refused and nothing is saved.
    CHECK(runApp({QStringLiteral("plan"), path, QStringLiteral("--routing-group-order"), QStringLiteral("rg-nowhere")})
              .exitCode == 1);
    CHECK(
        runApp({QStringLiteral("plan"), path, QStringLiteral("--concurrent-moves"), QStringLiteral("2.5")}).exitCode ==
        2);
    CHECK(runApp({QStringLiteral("plan"), path, QStringLiteral("--move-rate"), QStringLiteral("fast")}).exitCode == 2);
    CHECK(loadProject(path)->plan.effort.concurrentMoves == 6);
}
