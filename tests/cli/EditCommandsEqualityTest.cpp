// The edit commands and the core edit operations they stand for: the same edits, made once through the real
// executable and once through core/edit on a second copy of the sample project, give equal projects.

#include "QtStringMakers.h"
#include "TestSupport.h"

#include "edit/InventoryEdits.h"
#include "edit/PlanEdits.h"
#include "plan/Planner.h"
#include "rules/RuleCatalog.h"
#include "storage/ProjectDocument.h"
#include "storage/ProjectFile.h"

#include <QFile>
#include <QTemporaryDir>

#include "AppRunner.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Opens the project as an editor does, applies one edit and saves it: what each command does to its file.
void editThroughCore(const QString &path, const std::function<Result<Change>(Project &)> &edit)
{
    ProjectDocument document;
    const Status opened = document.open(path);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    const Result<Change> change = edit(document.edit());
    INFO((change ? QString() : change.error().message).toStdString());
    REQUIRE(change.ok());
    REQUIRE_FALSE(change->isEmpty());
    document.setModified(true);
    const Status saved = document.save();
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
}

void requireRun(const QStringList &arguments)
{
    const AppRun run = runApp(arguments);
    INFO(arguments.join(u' ').toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

} // namespace

TEST_CASE("the edit commands and the core edit operations give equal projects", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString cliPath = dir.filePath(u"cli.etplan"_s);
    const QString corePath = dir.filePath(u"core.etplan"_s);
    const AppRun sample = runApp({u"sample"_s, u"--out"_s, cliPath});
    INFO(sample.err.toStdString());
    REQUIRE(sample.exitCode == 0);
    REQUIRE(QFile::copy(cliPath, corePath));

    // Real ids of the sample, found through the model.
    const Result<Project> original = loadProject(cliPath);
    REQUIRE(original.ok());
    const Inventory &inventory = original->inventory;
    REQUIRE_FALSE(inventory.servers.isEmpty());
    REQUIRE(inventory.routingGroups.size() >= 2);
    REQUIRE_FALSE(inventory.sites.isEmpty());
    const QString serverId = inventory.servers.first().meta.id;
    QString manualFindingId;
    for (const Finding &finding : evaluateRules(*original)) {
        if (finding.severity == Severity::Manual && !finding.answer) {
            manualFindingId = finding.id;
            break;
        }
    }
    REQUIRE_FALSE(manualFindingId.isEmpty());
    const Plan originalPlan = buildPlan(*original, evaluateRules(*original));
    QString taskKey;
    for (const Phase &phase : originalPlan.phases) {
        if (!phase.tasks.isEmpty()) {
            taskKey = phase.tasks.first().key;
            break;
        }
    }
    REQUIRE_FALSE(taskKey.isEmpty());
    QStringList order;
    for (const RoutingGroup &group : inventory.routingGroups)
        order.prepend(group.meta.id);
    const QString targetGroupId = inventory.routingGroups.first().meta.id;
    const QString targetSiteId = inventory.sites.last().meta.id;
    const QString firstConnectorId = inventory.routingGroups.last().meta.id;

    // Through the command line.
    requireRun({u"set"_s, cliPath, serverId, u"memoryGb"_s, u"16"_s});
    requireRun({u"answer"_s, cliPath, manualFindingId, u"yes"_s, u"--by"_s, u"Ana Trujillo"_s, u"--note"_s,
                u"Checked on the console"_s});
    requireRun({u"task"_s, cliPath, taskKey, u"--status"_s, u"in-progress"_s, u"--owner"_s, u"Ana Trujillo"_s,
                u"--note"_s, u"Started Monday"_s});
    requireRun({u"order"_s, cliPath, order.join(u',')});
    requireRun({u"targets"_s, cliPath, targetGroupId, targetSiteId});
    requireRun({u"first-connector"_s, cliPath, firstConnectorId});
    requireRun({u"effort"_s, cliPath, u"--move-rate"_s, u"3.5"_s, u"--concurrent-moves"_s, u"6"_s,
                u"--hours-per-night"_s, u"10"_s});

    // Through the core, one open, edit and save per command, in the same order.
    editThroughCore(corePath, [&](Project &p) {
        return setField(p, u"exchange_server"_s, serverId, u"memoryGb"_s, QJsonValue(16));
    });
    const QDateTime answeredAt = QDateTime::currentDateTimeUtc();
    editThroughCore(corePath, [&](Project &p) {
        return answerFinding(p, evaluateRules(p), manualFindingId, true, u"Ana Trujillo"_s, answeredAt,
                             u"Checked on the console"_s);
    });
    editThroughCore(corePath, [&](Project &p) {
        const Plan plan = buildPlan(p, evaluateRules(p));
        TaskEdit edit;
        edit.status = TaskStatus::InProgress;
        edit.owner = u"Ana Trujillo"_s;
        edit.note = u"Started Monday"_s;
        return setTaskState(p, plan, taskKey, edit);
    });
    editThroughCore(corePath, [&](Project &p) { return setRoutingGroupOrder(p, order); });
    editThroughCore(corePath, [&](Project &p) { return setTargetSites(p, targetGroupId, {targetSiteId}); });
    editThroughCore(corePath, [&](Project &p) { return setFirstConnectorRoutingGroup(p, firstConnectorId); });
    editThroughCore(corePath, [&](Project &p) {
        EffortSettings effort = p.plan.effort;
        effort.moveRateGbPerHour = 3.5;
        effort.concurrentMoves = 6;
        effort.hoursPerNight = 10;
        return setEffortSettings(p, effort);
    });

    Result<Project> viaCli = loadProject(cliPath);
    Result<Project> viaCore = loadProject(corePath);
    REQUIRE(viaCli.ok());
    REQUIRE(viaCore.ok());
    // The answer command stamps the answer with the time it ran; the core path chose its own time. Both are
    // normalized to one time here so that only what the edits chose is compared. No other timestamp is set by
    // these edits (the project's created time came with the copied sample file).
    REQUIRE(viaCli->plan.answers.size() == 1);
    REQUIRE(viaCore->plan.answers.size() == 1);
    CHECK(viaCli->plan.answers.first().at.isValid());
    const QDateTime normalized(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    viaCli->plan.answers.first().at = normalized;
    viaCore->plan.answers.first().at = normalized;

    CHECK(viaCli->inventory == viaCore->inventory);
    CHECK(viaCli->plan.answers == viaCore->plan.answers);
    CHECK(viaCli->plan.tasks == viaCore->plan.tasks);
    CHECK(viaCli->plan.routingGroupOrder == viaCore->plan.routingGroupOrder);
    CHECK(viaCli->plan.targetSites == viaCore->plan.targetSites);
    CHECK(viaCli->plan.firstConnectorRoutingGroupId == viaCore->plan.firstConnectorRoutingGroupId);
    CHECK(viaCli->plan.effort == viaCore->plan.effort);
    CHECK(viaCli->plan == viaCore->plan);
    CHECK(*viaCli == *viaCore);

    // The edits did arrive, so the comparison is not between two untouched copies.
    CHECK(viaCli->inventory.servers.first().memoryGb == std::optional<double>(16));
    CHECK(viaCli->plan.routingGroupOrder == order);
    CHECK(viaCli->plan.firstConnectorRoutingGroupId == firstConnectorId);
    CHECK(viaCli->plan.effort.concurrentMoves == 6);
    CHECK(viaCli->inventory != original->inventory);
    CHECK(viaCli->plan != original->plan);

    // A refused value exits 1 with a reason and leaves the file as it was.
    {
        const QByteArray before = fileBytes(cliPath);
        AppRun refused = runApp({u"set"_s, cliPath, serverId, u"memoryGb"_s, u"-4"_s});
        CHECK(refused.exitCode == 1);
        CHECK_FALSE(refused.err.trimmed().isEmpty());
        CHECK(fileBytes(cliPath) == before);

        refused = runApp({u"order"_s, cliPath, order.first() + u",no-such-routing-group"_s});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(u"no-such-routing-group"_s));
        CHECK(fileBytes(cliPath) == before);
    }

    // Bad usage exits 2 and leaves the file as it was.
    {
        const QByteArray before = fileBytes(cliPath);
        CHECK(runApp({u"set"_s, cliPath, serverId, u"memoryGb"_s}).exitCode == 2);
        CHECK(runApp({u"order"_s, cliPath}).exitCode == 2);
        CHECK(runApp({u"task"_s, cliPath, taskKey, u"--status"_s, u"half-done"_s}).exitCode == 2);
        CHECK(runApp({u"effort"_s, cliPath, u"--move-rate"_s, u"fast"_s}).exitCode == 2);
        CHECK(runApp({u"answer"_s, cliPath, manualFindingId, u"maybe"_s}).exitCode == 2);
        CHECK(fileBytes(cliPath) == before);
    }
}
