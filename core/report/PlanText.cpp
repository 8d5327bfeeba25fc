#include "PlanText.h"

#include "plan/PhaseNames.h"
#include "plan/Tracking.h"
#include "report/FindingsJson.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp {

namespace {

/// Writes the plan text; translated in the "etp::plan" context.
class PlanTextWriter {
    Q_DECLARE_TR_FUNCTIONS(etp::plan)

public:
    PlanTextWriter(const Plan &plan, QTextStream &out)
        : m_plan(plan)
        , m_out(out)
    {
    }

    void write()
    {
        buildLabels();
        findings();
        phases();
        progress();
        keptServers();
        effort();
        obsoleteTasks();
        m_out.flush();
    }

private:
    /// Keys and ids as a reader knows them: "Hub Transport: Frankfurt", "SRV-E2003-SP (DAL-EX01)".
    void buildLabels()
    {
        for (const Phase &phase : m_plan.phases) {
            m_phaseLabels.insert(phase.key, phase.scope == PhaseScope::Organization
                                                ? phaseDisplayName(phase.id)
                                                : phaseDisplayName(phase.id) + QStringLiteral(": ") + phase.subject);
        }
        for (const Finding &finding : m_plan.findings)
            m_findingLabels.insert(finding.id,
                                   finding.rule + QStringLiteral(" (") + finding.subject + QLatin1Char(')'));
    }

    static QString labelled(const QStringList &keys, const QHash<QString, QString> &labels)
    {
        QStringList named;
        for (const QString &key : keys)
            named.append(labels.value(key, key));
        return named.join(QStringLiteral(", "));
    }

    static QString box(TaskStatus status)
    {
        switch (status) {
        case TaskStatus::NotStarted:
            return QStringLiteral("[ ]");
        case TaskStatus::InProgress:
            return QStringLiteral("[~]");
        case TaskStatus::Done:
            return QStringLiteral("[x]");
        case TaskStatus::NotApplicable:
            return QStringLiteral("[-]");
        }
        return QStringLiteral("[ ]");
    }

    void findings()
    {
        // The findings part is the readiness report's: those that hold a phase first (FindingsJson.h).
        m_out << findingsToText(m_plan.findings, m_phaseLabels) << '\n';
    }

    void phases()
    {
        m_out << tr("Phases in order (%1)").arg(m_plan.phases.size()) << '\n';
        const QSet<QString> canStart = phasesThatCanStart(m_plan);
        int number = 0;
        for (const Phase &phase : m_plan.phases) {
            ++number;
            const Progress progress = phaseProgress(phase);
            m_out << '\n' << number << ". " << phaseDisplayName(phase.id);
            if (phase.scope != PhaseScope::Organization)
                m_out << ": " << phase.subject;
            m_out << "  (" << phase.key << ")  " << describe(progress) << '\n';
            if (canStart.contains(phase.key) && !progress.complete())
                m_out << "   " << tr("Can start now") << '\n';
            if (!phase.after.isEmpty())
                m_out << "   " << tr("After: %1").arg(labelled(phase.after, m_phaseLabels)) << '\n';
            if (phase.isHeld())
                m_out << "   " << tr("HELD BY: %1").arg(labelled(phase.heldBy, m_findingLabels)) << '\n';
            if (!phase.concerns.isEmpty())
                m_out << "   " << tr("Concerned by: %1").arg(labelled(phase.concerns, m_findingLabels)) << '\n';
            for (const Task &task : phase.tasks)
                writeTask(task);
        }
        m_out << '\n';
    }

    void writeTask(const Task &task)
    {
        m_out << "   " << box(task.status) << ' ' << task.title << '\n';
        m_out << "       " << task.key;
        if (!task.owner.isEmpty())
            m_out << "  " << tr("owner: %1").arg(task.owner);
        if (task.date.isValid())
            m_out << "  " << tr("date: %1").arg(task.date.toString(Qt::ISODate));
        if (!task.doneBy.isEmpty())
            m_out << "  " << tr("done by Exchange 2007 server %1").arg(task.doneBy);
        if (!task.waitsFor.isEmpty())
            m_out << "  " << tr("waits for: %1").arg(labelled(task.waitsFor, m_phaseLabels));
        m_out << '\n';
        if (!task.note.isEmpty())
            m_out << "       " << tr("note: %1").arg(task.note) << '\n';
    }

    static QString describe(const Progress &progress)
    {
        QString text = tr("%1 of %2 tasks finished").arg(progress.finished()).arg(progress.total);
        if (progress.notApplicable > 0)
            text +=
                QLatin1Char(' ') + tr("(%1 done, %2 not applicable)").arg(progress.done).arg(progress.notApplicable);
        return text;
    }

    void progress()
    {
        const auto section = [this](const QString &title, const QList<SubjectProgress> &list) {
            m_out << title << '\n';
            if (list.isEmpty())
                m_out << "  " << tr("none") << '\n';
            for (const SubjectProgress &entry : list)
                m_out << "  " << (entry.subject.isEmpty() ? entry.subjectId : entry.subject) << ": "
                      << describe(entry.progress) << '\n';
            m_out << '\n';
        };
        const QStringList ready = phasesReadyToStart(m_plan);
        m_out << tr("Phases that can start now (%1): %2")
                     .arg(ready.size())
                     .arg(ready.isEmpty() ? tr("none") : labelled(ready, m_phaseLabels))
              << "\n\n";
        section(tr("Progress per routing group"), routingGroupProgress(m_plan));
        section(tr("Progress per AD site"), siteProgress(m_plan));
    }

    void keptServers()
    {
        m_out << tr("Legacy servers to keep (%1)").arg(m_plan.keptServers.size()) << '\n';
        if (m_plan.keptServers.isEmpty())
            m_out << "  " << tr("none") << '\n';
        for (const KeptServer &server : m_plan.keptServers)
            m_out << "  " << server.server << " (" << server.routingGroup << "): " << server.reason << '\n';
        m_out << '\n';
    }

    void effort()
    {
        const EffortSettings &s = m_plan.effortSettings;
        m_out << tr("Mailbox-move effort (%1 GB/h per move, %2 concurrent moves, %3 hours a night)")
                     .arg(s.moveRateGbPerHour)
                     .arg(s.concurrentMoves)
                     .arg(s.hoursPerNight)
              << '\n';
        for (const RoutingGroupEffort &rg : m_plan.effort) {
            m_out << "  " << rg.routingGroup << ": "
                  << tr("mailboxes: %1, size: %2 GB, nights: %3")
                         .arg(rg.mailboxes)
                         .arg(QString::number(rg.gigabytes, 'f', 1))
                         .arg(rg.nights);
            if (rg.storesWithoutSize > 0)
                m_out << ' ' << tr("(stores without a size, left out: %1)").arg(rg.storesWithoutSize);
            m_out << '\n';
        }
        m_out << '\n';
    }

    void obsoleteTasks()
    {
        if (m_plan.obsoleteTasks.isEmpty())
            return;
        m_out << tr("Obsolete tasks: saved state of tasks no longer in the plan (%1)").arg(m_plan.obsoleteTasks.size())
              << '\n';
        for (const Task &task : m_plan.obsoleteTasks)
            writeTask(task);
    }

    const Plan &m_plan;
    QHash<QString, QString> m_phaseLabels;
    QHash<QString, QString> m_findingLabels;
    QTextStream &m_out;
};

} // namespace

void writePlanText(QTextStream &out, const Plan &plan)
{
    PlanTextWriter(plan, out).write();
}

} // namespace etp
