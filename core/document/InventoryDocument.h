#pragma once

// The inventory report (`export --document inventory`): Microsoft's transition guidance asks for the existing
// environment to be documented in its Tables 1, 2 and 3, as the reference for comparing and rolling back. This fills
// those tables from the project, each value with where it came from (directory, LDIF import, CSV import, typed), and
// marks the items still empty, the manual ones (which the directory cannot tell) as such.

#include "document/Document.h"
#include "document/PlanDocument.h"

namespace etp::document {

/// Builds the inventory report of a project, in the current translation.
Document buildInventoryDocument(const Project &project, const DocumentOrigin &origin = {});

} // namespace etp::document
