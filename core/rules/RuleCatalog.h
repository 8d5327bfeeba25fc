#pragma once

// The rule catalogue of PRODUCT.md: one small function per stable rule ID, registered in one table.

#include "rules/RuleContext.h"

#include <vector>

namespace etp {

/// Evaluates one rule over the whole model and appends a finding per subject it applies to.
using RuleFunction = void (*)(const RuleContext &context, QList<Finding> &findings);

/// A rule of the catalogue: its stable ID (never reused for another meaning), its severity and its evaluator.
/// PF-COEXISTENCE is a warning or a manual finding depending on the inventory; its table severity is the warning.
struct RuleDefinition {
    const char *id;
    Severity severity;
    RuleFunction evaluate;
};

/// Every rule, in catalogue order.
const std::vector<RuleDefinition> &ruleCatalog();

/// The rule with that ID; nullptr when the catalogue has none.
const RuleDefinition *findRule(const QString &id);

/// Evaluates every rule over the project and applies the manual answers saved in project.plan.answers: a manual
/// finding answered "yes" holds nothing (its phases move to `concerns`), one answered "no" or not at all holds what
/// its rule holds. Findings come in catalogue order, and within a rule in inventory order.
QList<Finding> evaluateRules(const Project &project);

/// The same over a context already built (the planner shares one with the rules).
QList<Finding> evaluateRules(const RuleContext &context);

/// Fills `answer` of the manual findings from the saved answers and moves the phases of those answered "yes" from
/// `holds` to `concerns`.
void applyAnswers(QList<Finding> &findings, const PlanState &plan);

} // namespace etp
