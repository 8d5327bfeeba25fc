#pragma once

#include "model/PlanState.h"
#include "plan/PhaseKeys.h"

namespace etp {

/// The translated name of a catalogue phase, e.g. "Hub Transport" for hub-transport.
QString phaseDisplayName(PhaseId phase);

} // namespace etp
