#pragma once

// The one entry point that makes any document of a project, so the command line and the window export the same.

#include "document/Document.h"
#include "document/DocumentScope.h"
#include "document/PlanDocument.h"

namespace etp::document {

/// Builds the document of that kind: the plan's checklist for the scope (evaluating the rules and planning first), or
/// the inventory report (which always covers the whole organization and ignores the scope).
Document buildDocument(const Project &project, DocumentKind kind, const DocumentScope &scope = {},
                       const DocumentOrigin &origin = {});

} // namespace etp::document
