#pragma once

// The transition checklist as a document: the title block, what holds the work first, the manual answers, the phases
// in dependency order with their tasks and a sign-off line each, the legacy servers to keep and the effort per
// routing group.

#include "document/Document.h"
#include "document/DocumentScope.h"
#include "plan/Plan.h"

namespace etp::document {

/// Where the project came from, for the title block.
struct DocumentOrigin {
    QString sourcePath; ///< the project file; empty for a project that was never saved
    QDateTime savedAt;  ///< when the file was last saved; invalid when unknown
};

/// Builds the checklist of `plan` (buildPlan(project, findings)) for the scope, in the current translation.
Document buildPlanDocument(const Project &project, const Plan &plan, const DocumentScope &scope,
                           const DocumentOrigin &origin = {});

/// The title block's common rows: project, organization, source file, time saved, last discovery.
KeyValues projectFacts(const Project &project, const DocumentOrigin &origin);

/// A date and time as the documents print it (UTC, minutes); "not recorded" when invalid.
QString documentDateTime(const QDateTime &when);

} // namespace etp::document
