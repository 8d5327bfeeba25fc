#pragma once

// What part of the plan a document covers (C9 "whole plan or one routing group / site"), and whether it lists only
// the open tasks.

#include "model/Project.h"
#include "model/Result.h"
#include "plan/Phase.h"

namespace etp {
class PlanningIndex;
}

namespace etp::document {

struct DocumentScope {
    enum class Kind : int { WholePlan = 0, RoutingGroup, Site };
    Kind kind = Kind::WholePlan;
    QString id;            ///< the routing group's or site's stable id
    QString name;          ///< its display name
    bool openOnly = false; ///< list only tasks not started or in progress

    /// Translated, e.g. "Routing group Frankfurt RG" or "Whole plan".
    QString title() const;
};

/// The scope of one routing group, named by its id or its name (names compared without regard to case). A name that
/// several routing groups carry is refused with the candidates and their ids; an unknown one with the known names.
Result<DocumentScope> routingGroupScope(const Inventory &inventory, const QString &nameOrId);
/// The scope of one AD site, named by its id or its name; as routingGroupScope.
Result<DocumentScope> siteScope(const Inventory &inventory, const QString &nameOrId);

/// True when the phase belongs to the scope. A routing group's scope holds that routing group's phases; a site's
/// holds the site's own phases (client access) and the phases of every legacy routing group that targets the site
/// (PRODUCT.md "Target sites"). The organization's phases belong to the whole plan only.
bool inScope(const DocumentScope &scope, const Phase &phase, const PlanningIndex &index);

} // namespace etp::document
