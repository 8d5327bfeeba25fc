#include "PlanJson.h"

#include "plan/Effort.h"
#include "plan/Tracking.h"
#include "report/FindingsJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

namespace etp {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// Rounded to hundredths, so that the output does not depend on floating-point noise.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

QJsonObject taskToJson(const Task &task)
{
    QJsonObject object{{QStringLiteral("key"), task.key},
                       {QStringLiteral("title"), task.title},
                       {QStringLiteral("detail"), task.detail},
                       {QStringLiteral("status"), enumName(task.status)},
                       {QStringLiteral("owner"), task.owner},
                       {QStringLiteral("date"), task.date.isValid() ? task.date.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("note"), task.note}};
    if (!task.waitsFor.isEmpty())
        object.insert(QStringLiteral("waits_for"), strings(task.waitsFor));
    if (!task.doneBy.isEmpty())
        object.insert(QStringLiteral("done_by"), task.doneBy);
    return object;
}

namespace {

QJsonObject progressToJson(const Progress &progress)
{
    return QJsonObject{{QStringLiteral("finished"), progress.finished()},
                       {QStringLiteral("total"), progress.total},
                       {QStringLiteral("done"), progress.done},
                       {QStringLiteral("not_applicable"), progress.notApplicable},
                       {QStringLiteral("in_progress"), progress.inProgress}};
}

QJsonArray subjectProgressToJson(const QList<SubjectProgress> &list, const QString &idKey, const QString &nameKey)
{
    QJsonArray out;
    for (const SubjectProgress &entry : list) {
        QJsonObject object = progressToJson(entry.progress);
        object.insert(idKey, entry.subjectId);
        object.insert(nameKey, entry.subject);
        out.append(object);
    }
    return out;
}

} // namespace

QJsonObject phaseToJson(const Phase &phase, bool canStartNow)
{
    QJsonArray tasks;
    for (const Task &task : phase.tasks)
        tasks.append(taskToJson(task));
    return QJsonObject{{QStringLiteral("key"), phase.key},
                       {QStringLiteral("phase"), enumName(phase.id)},
                       {QStringLiteral("scope"), enumName(phase.scope)},
                       {QStringLiteral("subject"), phase.subject},
                       {QStringLiteral("subject_id"), phase.subjectId},
                       {QStringLiteral("after"), strings(phase.after)},
                       {QStringLiteral("held_by"), strings(phase.heldBy)},
                       {QStringLiteral("concerns"), strings(phase.concerns)},
                       {QStringLiteral("tasks"), tasks},
                       {QStringLiteral("progress"), progressToJson(phaseProgress(phase))},
                       {QStringLiteral("can_start_now"), canStartNow}};
}

namespace {

QJsonObject keptServerToJson(const KeptServer &server)
{
    return QJsonObject{{QStringLiteral("server"), server.server},
                       {QStringLiteral("server_id"), server.serverId},
                       {QStringLiteral("routing_group"), server.routingGroup},
                       {QStringLiteral("routing_group_id"), server.routingGroupId},
                       {QStringLiteral("reason"), server.reason},
                       {QStringLiteral("findings"), strings(server.findingIds)}};
}

QJsonArray keptToJson(const Plan &plan)
{
    QJsonArray kept;
    for (const KeptServer &server : plan.keptServers)
        kept.append(keptServerToJson(server));
    return kept;
}

QJsonArray effortToJson(const Plan &plan)
{
    QJsonArray effort;
    for (const RoutingGroupEffort &rg : plan.effort) {
        effort.append(QJsonObject{{QStringLiteral("routing_group"), rg.routingGroup},
                                  {QStringLiteral("routing_group_id"), rg.routingGroupId},
                                  {QStringLiteral("mailboxes"), rg.mailboxes},
                                  {QStringLiteral("gigabytes"), rounded(rg.gigabytes)},
                                  {QStringLiteral("nights"), rg.nights},
                                  {QStringLiteral("stores_without_size"), rg.storesWithoutSize}});
    }
    return effort;
}

QJsonObject effortSettingsToJson(const EffortSettings &settings)
{
    return QJsonObject{{QStringLiteral("move_rate_gb_per_hour"), settings.moveRateGbPerHour},
                       {QStringLiteral("concurrent_moves"), settings.concurrentMoves},
                       {QStringLiteral("hours_per_night"), settings.hoursPerNight},
                       {QStringLiteral("gigabytes_per_night"), rounded(gigabytesPerNight(settings))}};
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

template <class T, class F> void writeLines(QTextStream &out, const QList<T> &items, F toJson)
{
    out << '[';
    for (qsizetype i = 0; i < items.size(); ++i)
        out << (i == 0 ? "\n" : ",\n") << compact(toJson(items[i]));
    out << (items.isEmpty() ? "]" : "\n]");
}

} // namespace

QJsonObject planToJson(const Plan &plan)
{
    const QSet<QString> canStart = phasesThatCanStart(plan);
    QJsonArray phases;
    for (const Phase &phase : plan.phases)
        phases.append(phaseToJson(phase, canStart.contains(phase.key)));
    QJsonArray obsolete;
    for (const Task &task : plan.obsoleteTasks)
        obsolete.append(taskToJson(task));
    return QJsonObject{{QStringLiteral("findings"), findingsToJson(plan.findings)},
                       {QStringLiteral("phases"), phases},
                       {QStringLiteral("obsolete_tasks"), obsolete},
                       {QStringLiteral("kept_legacy_servers"), keptToJson(plan)},
                       {QStringLiteral("effort"), effortToJson(plan)},
                       {QStringLiteral("effort_settings"), effortSettingsToJson(plan.effortSettings)},
                       {QStringLiteral("routing_group_order"), strings(plan.routingGroupOrder)},
                       {QStringLiteral("routing_group_progress"),
                        subjectProgressToJson(routingGroupProgress(plan), QStringLiteral("routing_group_id"),
                                              QStringLiteral("routing_group"))},
                       {QStringLiteral("site_progress"),
                        subjectProgressToJson(siteProgress(plan), QStringLiteral("site_id"), QStringLiteral("site"))},
                       {QStringLiteral("ready_to_start"), strings(phasesReadyToStart(plan))}};
}

void writePlanJson(QTextStream &out, const Plan &plan)
{
    // Keys in the order QJsonObject would sort them, so both forms list the same fields in the same order.
    out << "{\"effort\": " << compact(effortToJson(plan)) << ",\n";
    out << "\"effort_settings\": " << compact(effortSettingsToJson(plan.effortSettings)) << ",\n";
    out << "\"findings\": ";
    writeFindingsJson(out, plan.findings);
    out << ",\n\"kept_legacy_servers\": ";
    writeLines(out, plan.keptServers, keptServerToJson);
    out << ",\n\"obsolete_tasks\": ";
    writeLines(out, plan.obsoleteTasks, taskToJson);
    const QSet<QString> canStart = phasesThatCanStart(plan);
    out << ",\n\"phases\": ";
    writeLines(out, plan.phases, [&](const Phase &phase) { return phaseToJson(phase, canStart.contains(phase.key)); });
    out << ",\n\"ready_to_start\": " << compact(strings(phasesReadyToStart(plan)));
    out << ",\n\"routing_group_order\": " << compact(strings(plan.routingGroupOrder));
    out << ",\n\"routing_group_progress\": "
        << compact(subjectProgressToJson(routingGroupProgress(plan), QStringLiteral("routing_group_id"),
                                         QStringLiteral("routing_group")));
    out << ",\n\"site_progress\": "
        << compact(subjectProgressToJson(siteProgress(plan), QStringLiteral("site_id"), QStringLiteral("site")))
        << "}\n";
}

} // namespace etp
