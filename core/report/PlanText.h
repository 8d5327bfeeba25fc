#pragma once

// The plan as text for a terminal: the findings (those that hold a phase first), then the phases in dependency order
// with their tasks, then the kept legacy servers, the effort and the obsolete tasks.

#include "plan/Plan.h"

class QTextStream;

namespace etp {

/// Writes the same text to a stream as it goes, without building it whole in memory (what `plan` prints).
void writePlanText(QTextStream &out, const Plan &plan);

} // namespace etp
