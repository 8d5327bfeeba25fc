#pragma once

#include "model/Project.h"

namespace etp {

/// The whole inventory as plain text for a terminal (the `show --format text` output): one block per section,
/// grouped as the seed's tables group them, each object with its known fields, then the section notes.
QString inventoryToText(const Project &project);

} // namespace etp
