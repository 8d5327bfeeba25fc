#include "PlanDocument.h"

#include "document/TaskProgress.h"
#include "plan/PhaseNames.h"
#include "plan/PlanningIndex.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace etp::document {

namespace {

/// Builds the plan document; translated in the "etp::document" context.
class PlanDocumentBuilder {
    Q_DECLARE_TR_FUNCTIONS(etp::document)

public:
    PlanDocumentBuilder(const Project &project, const Plan &plan, const DocumentScope &scope,
                        const DocumentOrigin &origin)
        : m_project(project)
        , m_plan(plan)
        , m_scope(scope)
        , m_origin(origin)
        , m_index(project)
    {
    }

    Document build()
    {
        for (const Phase &phase : m_plan.phases) {
            m_phaseLabels.insert(phase.key, phaseLabel(phase));
            if (inScope(m_scope, phase, m_index)) {
                m_phases.append(&phase);
                m_scopeKeys.insert(phase.key);
            }
        }
        for (const Finding &finding : m_plan.findings)
            m_findingLabels.insert(finding.id,
                                   finding.rule + QStringLiteral(" (") + finding.subject + QLatin1Char(')'));

        m_document.kind = DocumentKind::Plan;
        m_document.language = currentLanguage();
        m_document.labels = currentLabels();
        m_document.title = tr("Transition checklist");
        m_document.subtitle = m_project.title;
        titleBlock();
        // A table of contents with every phase would run to pages for a large organization: list phases only when
        // there are few.
        m_document.tocDepth = m_phases.size() <= 120 ? 2 : 1;
        blockers();
        answers();
        phases();
        keptServers();
        effort();
        obsoleteTasks();
        return m_document;
    }

private:
    static QString phaseLabel(const Phase &phase)
    {
        return phase.scope == PhaseScope::Organization
                   ? phaseDisplayName(phase.id)
                   : phaseDisplayName(phase.id) + QStringLiteral(": ") + phase.subject;
    }

    static QString labelled(const QStringList &keys, const QHash<QString, QString> &labels)
    {
        QStringList named;
        for (const QString &key : keys)
            named.append(labels.value(key, key));
        return named.join(QStringLiteral(", "));
    }

    static QString statusText(TaskStatus status)
    {
        switch (status) {
        case TaskStatus::NotStarted:
            return tr("not started");
        case TaskStatus::InProgress:
            return tr("in progress");
        case TaskStatus::Done:
            return tr("done");
        case TaskStatus::NotApplicable:
            return tr("not applicable");
        }
        return {};
    }

    static QString scopeText(PhaseScope scope)
    {
        switch (scope) {
        case PhaseScope::Organization:
            return tr("organization");
        case PhaseScope::Site:
            return tr("AD site");
        case PhaseScope::RoutingGroup:
            return tr("routing group");
        }
        return {};
    }

    static QString metaLine(const ChecklistItem &item)
    {
        QStringList parts{tr("Status: %1").arg(item.statusText)};
        parts.append(tr("Owner: %1").arg(item.owner.isEmpty() ? QStringLiteral("________") : item.owner));
        parts.append(
            tr("Date: %1").arg(item.date.isValid() ? item.date.toString(Qt::ISODate) : QStringLiteral("________")));
        if (!item.waitsFor.isEmpty())
            parts.append(tr("Waits for: %1").arg(item.waitsFor));
        if (!item.note.isEmpty())
            parts.append(tr("Note: %1").arg(item.note));
        return parts.join(QStringLiteral("  ·  "));
    }

    void titleBlock()
    {
        KeyValues facts = projectFacts(m_project, m_origin);
        Progress progress;
        int held = 0;
        int startable = 0;
        for (const Phase *phase : m_phases) {
            const Progress p = phaseProgress(*phase);
            progress.finished += p.finished;
            progress.total += p.total;
            held += phase->isHeld() ? 1 : 0;
            startable += canStartNow(m_plan, *phase) && p.finished < p.total ? 1 : 0;
        }
        facts.rows.append({tr("Scope"), m_scope.title()});
        facts.rows.append({tr("Tasks shown"), m_scope.openOnly ? tr("only open tasks") : tr("all tasks")});
        facts.rows.append(
            {tr("Progress"),
             tr("%1 of %2 tasks finished (%3%)").arg(progress.finished).arg(progress.total).arg(progress.percent())});
        facts.rows.append(
            {tr("Phases"),
             tr("%1 in this scope, %2 held, %3 can start now").arg(m_phases.size()).arg(held).arg(startable)});
        m_document.titleBlock = facts;
    }

    bool concernsScope(const Finding &finding) const
    {
        if (m_scope.kind == DocumentScope::Kind::WholePlan)
            return true;
        for (const QString &key : finding.holds) {
            if (m_scopeKeys.contains(key))
                return true;
        }
        return false;
    }

    /// The phases a finding holds; a long list (a blocker of every role phase) is cut short, so that its row stays
    /// readable and fits a page.
    QString holdsText(const Finding &finding) const
    {
        constexpr int kShown = 5;
        if (finding.holds.isEmpty())
            return tr("nothing yet");
        if (finding.holds.size() <= kShown + 1)
            return labelled(finding.holds, m_phaseLabels);
        return tr("%1 and %n more phase(s)", nullptr, int(finding.holds.size()) - kShown)
            .arg(labelled(finding.holds.mid(0, kShown), m_phaseLabels));
    }

    void blockers()
    {
        DocumentSection section{QStringLiteral("blockers"), tr("Blockers and open questions"), 1, {}};
        Table table;
        table.headers = {tr("Rule"), tr("Subject"), tr("Finding"), tr("What to do"), tr("Holds")};
        table.weights = {3, 3, 5, 5, 4};
        // Blockers first, then the manual questions nobody has answered yes (Finding::isHolding).
        for (const Severity severity : {Severity::Blocker, Severity::Manual}) {
            for (const Finding &finding : m_plan.findings) {
                if (finding.severity != severity || !finding.isHolding() || !concernsScope(finding))
                    continue;
                QString rule = finding.rule;
                if (finding.severity == Severity::Manual)
                    rule += QLatin1Char('\n') + (finding.answer ? tr("answered no") : tr("open question"));
                table.rows.append({rule, finding.subject, finding.message, finding.remediation, holdsText(finding)});
            }
        }
        if (table.rows.isEmpty())
            section.blocks.append(Paragraph{tr("Nothing holds the phases of this scope."), Paragraph::Style::Normal});
        else
            section.blocks.append(table);
        m_document.sections.append(section);
    }

    void answers()
    {
        Table table;
        table.headers = {tr("Question"), tr("Answer"), tr("By"), tr("When"), tr("Note")};
        table.weights = {6, 2, 3, 3, 5};
        for (const Finding &finding : m_plan.findings) {
            if (!finding.answer)
                continue;
            const ManualAnswer &answer = *finding.answer;
            table.rows.append({m_findingLabels.value(finding.id, finding.id) + QLatin1Char('\n') + finding.message,
                               answer.yes ? tr("yes") : tr("no"), answer.by, documentDateTime(answer.at), answer.note});
        }
        DocumentSection section{QStringLiteral("answers"), tr("Manual answers"), 1, {}};
        if (table.rows.isEmpty())
            section.blocks.append(Paragraph{tr("Nobody has answered a manual question yet."), Paragraph::Style::Muted});
        else
            section.blocks.append(table);
        m_document.sections.append(section);
    }

    void phases()
    {
        DocumentSection intro{QStringLiteral("phases"), tr("Phases and tasks"), 1, {}};
        intro.blocks.append(Paragraph{
            m_scope.openOnly
                ? tr("The phases in the order they can run, each with its open tasks. Phases whose tasks are all "
                     "finished are left out.")
                : tr("The phases in the order they can run, each with its tasks. A ticked box is a finished task "
                     "(done or not applicable)."),
            Paragraph::Style::Normal});
        m_document.sections.append(intro);

        int number = 0;
        for (const Phase &phase : m_plan.phases) {
            ++number;
            if (!m_scopeKeys.contains(phase.key))
                continue;
            Checklist checklist;
            checklist.phaseKey = phase.key;
            checklist.phase = phaseDisplayName(phase.id);
            checklist.scope = scopeText(phase.scope);
            checklist.subject =
                phase.scope == PhaseScope::Organization ? m_project.inventory.organization.name : phase.subject;
            checklist.heldBy = labelled(phase.heldBy, m_findingLabels);
            for (const Task &task : phase.tasks) {
                if (m_scope.openOnly && !isOpen(task))
                    continue;
                ChecklistItem item;
                item.key = task.key;
                item.title = task.title;
                item.detail = task.detail;
                item.status = task.status;
                item.statusText = statusText(task.status);
                item.owner = task.owner;
                item.date = task.date;
                item.note = task.note;
                if (!task.waitsFor.isEmpty())
                    item.waitsFor = labelled(task.waitsFor, m_phaseLabels);
                item.metaLine = metaLine(item);
                checklist.items.append(item);
            }
            if (m_scope.openOnly && checklist.items.isEmpty())
                continue;

            DocumentSection section{QStringLiteral("phase-%1").arg(number),
                                    QStringLiteral("%1. %2").arg(number).arg(phaseLabel(phase)),
                                    2,
                                    {}};
            KeyValues facts;
            const Progress progress = phaseProgress(phase);
            facts.rows.append(
                {tr("Progress"), tr("%1 of %2 tasks finished").arg(progress.finished).arg(progress.total)});
            if (!phase.after.isEmpty())
                facts.rows.append({tr("After"), labelled(phase.after, m_phaseLabels)});
            facts.rows.append({tr("Can start now"), canStartNow(m_plan, phase) ? tr("yes") : tr("no")});
            if (!phase.concerns.isEmpty())
                facts.rows.append({tr("Warnings"), labelled(phase.concerns, m_findingLabels)});
            section.blocks.append(facts);
            if (phase.isHeld())
                section.blocks.append(Paragraph{tr("Held by: %1").arg(checklist.heldBy), Paragraph::Style::Alert});
            section.blocks.append(checklist);
            section.blocks.append(SignOff{tr("Phase finished. Name, date, signature:")});
            m_document.sections.append(section);
        }
    }

    bool routingGroupInScope(const QString &routingGroupId) const
    {
        switch (m_scope.kind) {
        case DocumentScope::Kind::WholePlan:
            return true;
        case DocumentScope::Kind::RoutingGroup:
            return routingGroupId == m_scope.id;
        case DocumentScope::Kind::Site:
            return m_index.targetSites(routingGroupId).contains(m_scope.id);
        }
        return false;
    }

    void keptServers()
    {
        Table table;
        table.headers = {tr("Server"), tr("Routing group"), tr("Reason")};
        table.weights = {3, 3, 8};
        for (const KeptServer &server : m_plan.keptServers) {
            if (routingGroupInScope(server.routingGroupId))
                table.rows.append({server.server, server.routingGroup, server.reason});
        }
        DocumentSection section{QStringLiteral("kept-servers"), tr("Legacy servers to keep"), 1, {}};
        if (table.rows.isEmpty())
            section.blocks.append(Paragraph{tr("No legacy server has to stay."), Paragraph::Style::Muted});
        else
            section.blocks.append(table);
        m_document.sections.append(section);
    }

    void effort()
    {
        const EffortSettings &s = m_plan.effortSettings;
        DocumentSection section{QStringLiteral("effort"), tr("Mailbox-move effort per routing group"), 1, {}};
        section.blocks.append(Paragraph{tr("Estimated at %1 GB an hour per move, %2 moves at a time and %3 hours a "
                                           "night.")
                                            .arg(s.moveRateGbPerHour)
                                            .arg(s.concurrentMoves)
                                            .arg(s.hoursPerNight),
                                        Paragraph::Style::Normal});
        Table table;
        table.headers = {tr("Routing group"), tr("Mailboxes"), tr("Size (GB)"), tr("Nights"),
                         tr("Stores without a size")};
        table.weights = {5, 2, 2, 2, 3};
        for (const RoutingGroupEffort &rg : m_plan.effort) {
            if (!routingGroupInScope(rg.routingGroupId))
                continue;
            table.rows.append({rg.routingGroup, QString::number(rg.mailboxes), QString::number(rg.gigabytes, 'f', 1),
                               QString::number(rg.nights), QString::number(rg.storesWithoutSize)});
        }
        if (!table.rows.isEmpty())
            section.blocks.append(table);
        m_document.sections.append(section);
    }

    void obsoleteTasks()
    {
        if (m_scope.kind != DocumentScope::Kind::WholePlan || m_plan.obsoleteTasks.isEmpty())
            return;
        DocumentSection section{QStringLiteral("obsolete"), tr("Tasks no longer in the plan"), 1, {}};
        section.blocks.append(Paragraph{tr("Saved states of tasks that re-planning removed; kept so that nothing "
                                           "recorded is lost."),
                                        Paragraph::Style::Muted});
        Table table;
        table.headers = {tr("Task"), tr("Status"), tr("Owner"), tr("Note")};
        table.weights = {6, 2, 3, 5};
        for (const Task &task : m_plan.obsoleteTasks)
            table.rows.append(
                {task.title + QLatin1Char('\n') + task.key, statusText(task.status), task.owner, task.note});
        section.blocks.append(table);
        m_document.sections.append(section);
    }

    const Project &m_project;
    const Plan &m_plan;
    const DocumentScope &m_scope;
    const DocumentOrigin &m_origin;
    PlanningIndex m_index;
    QList<const Phase *> m_phases;
    QSet<QString> m_scopeKeys;
    QHash<QString, QString> m_phaseLabels;
    QHash<QString, QString> m_findingLabels;
    Document m_document;
};

class FactsText {
    Q_DECLARE_TR_FUNCTIONS(etp::document)

public:
    static KeyValues facts(const Project &project, const DocumentOrigin &origin)
    {
        KeyValues facts;
        facts.rows.append({tr("Project"), project.title});
        facts.rows.append({tr("Organization"), project.inventory.organization.name});
        facts.rows.append({tr("Source file"),
                           origin.sourcePath.isEmpty() ? tr("not saved") : QFileInfo(origin.sourcePath).fileName()});
        facts.rows.append({tr("Saved"), documentDateTime(origin.savedAt)});
        facts.rows.append({tr("Last discovery or import"), documentDateTime(project.connection.lastDiscovery)});
        return facts;
    }
    static QString notRecorded() { return tr("not recorded"); }
};

} // namespace

Document buildPlanDocument(const Project &project, const Plan &plan, const DocumentScope &scope,
                           const DocumentOrigin &origin)
{
    return PlanDocumentBuilder(project, plan, scope, origin).build();
}

KeyValues projectFacts(const Project &project, const DocumentOrigin &origin)
{
    return FactsText::facts(project, origin);
}

QString documentDateTime(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : FactsText::notRecorded();
}

} // namespace etp::document
