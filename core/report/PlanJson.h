#pragma once

// The plan as the JSON that `plan --format json` prints (PRODUCT.md "Command line"; documented in
// docs/plan-json.md). Fields may be added, never renamed.

#include "plan/Plan.h"

#include <QJsonObject>

class QTextStream;

namespace etp {

/// One task: key, title, detail, status, owner, date (ISO, or empty), note; waits_for and done_by when set.
QJsonObject taskToJson(const Task &task);

/// One phase: key, phase, scope, subject, subject_id, after, held_by, concerns, tasks, progress and can_start_now.
QJsonObject phaseToJson(const Phase &phase, bool canStartNow);

/// The whole plan: findings, phases, obsolete_tasks, kept_legacy_servers, effort, effort_settings,
/// routing_group_order, routing_group_progress, site_progress and ready_to_start.
QJsonObject planToJson(const Plan &plan);

/// Writes the same object as planToJson() without building the whole document in memory: each finding, phase and
/// task of the obsolete list is one compact line (an organization at the Exchange 2003 limits has phases held by
/// hundreds of findings). This is what `plan --format json` prints.
void writePlanJson(QTextStream &out, const Plan &plan);

} // namespace etp
