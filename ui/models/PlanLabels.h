#pragma once

#include "plan/Phase.h"
#include "rules/Finding.h"

#include <QCoreApplication>
#include <QIcon>

namespace etp::ui {

/// The words and icons the pages use for the plan's and the findings' values.
class PlanLabels {
    Q_DECLARE_TR_FUNCTIONS(etp::ui::PlanLabels)

public:
    static QString status(TaskStatus status);
    static QString severity(Severity severity);
    /// "Hub Transport: Seattle" for a site or routing-group phase, the catalogue name for an organization phase.
    static QString phase(const Phase &phase);
    static QString scope(PhaseScope scope);
    /// A standard icon for a severity (critical, warning, information, question).
    static QIcon severityIcon(Severity severity);
};

} // namespace etp::ui
