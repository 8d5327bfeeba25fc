#include "DocumentBuilder.h"

#include "document/InventoryDocument.h"
#include "plan/Planner.h"
#include "rules/RuleCatalog.h"

namespace etp::document {

Document buildDocument(const Project &project, DocumentKind kind, const DocumentScope &scope,
                       const DocumentOrigin &origin)
{
    if (kind == DocumentKind::Inventory)
        return buildInventoryDocument(project, origin);
    const Plan plan = buildPlan(project, evaluateRules(project));
    return buildPlanDocument(project, plan, scope, origin);
}

} // namespace etp::document
