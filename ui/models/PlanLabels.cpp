#include "PlanLabels.h"

#include "plan/PhaseNames.h"

#include <QApplication>
#include <QStyle>

namespace etp::ui {

QString PlanLabels::status(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return tr("Not started");
    case TaskStatus::InProgress:
        return tr("In progress");
    case TaskStatus::Done:
        return tr("Done");
    case TaskStatus::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QString PlanLabels::severity(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return tr("Blocker");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Information");
    case Severity::Manual:
        return tr("Question");
    }
    return {};
}

QString PlanLabels::phase(const Phase &phase)
{
    if (phase.scope == PhaseScope::Organization)
        return phaseDisplayName(phase.id);
    return tr("%1: %2").arg(phaseDisplayName(phase.id), phase.subject);
}

QString PlanLabels::scope(PhaseScope scope)
{
    switch (scope) {
    case PhaseScope::Organization:
        return tr("Organization");
    case PhaseScope::Site:
        return tr("AD site");
    case PhaseScope::RoutingGroup:
        return tr("Routing group");
    }
    return {};
}

QIcon PlanLabels::severityIcon(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Blocker:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Severity::Manual:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    }
    return {};
}

} // namespace etp::ui
