#pragma once

// The plan as text for a terminal: the findings (those that hold a phase first), then the phases in dependency order
// with their tasks, then the kept legacy servers, the effort and the obsolete tasks.

#include "plan/Plan.h"

namespace etp {

/// Renders the plan as plain text (translated, lines of at most about 120 characters where the names allow).
QString planToText(const Plan &plan);

} // namespace etp
