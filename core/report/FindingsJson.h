#pragma once

#include <QHash>

// The findings part of `plan --format json|text` (PRODUCT.md "Command line"). The planner adds the phases, kept
// servers and effort to the same document; field names may be added, never renamed.

#include "rules/Finding.h"

#include <QJsonArray>
#include <QJsonObject>

class QTextStream;

namespace etp {

/// One finding: {"id", "rule", "severity", "subject", "subject_id", "subject_kind", "message", "remediation",
/// "holds", "concerns", "holding"} and, for manual findings, "answer": {"yes", "by", "at", "note"} or null when not
/// answered yet. Holding findings also list the phase keys; `holding` says whether it holds anything now.
QJsonObject findingToJson(const Finding &finding);

/// The findings as a JSON array, in the order given.
QJsonArray findingsToJson(const QList<Finding> &findings);

/// Writes the findings as a JSON array, one compact finding per line, without building the whole document in memory
/// (an organization at the Exchange 2003 limits has findings holding thousands of phases each).
void writeFindingsJson(QTextStream &out, const QList<Finding> &findings);

/// The findings in the order a reader wants them: those that hold a phase first, then by severity (blocker, manual,
/// warning, info), otherwise in the order given.
QList<Finding> findingsForReading(const QList<Finding> &findings);

/// A plain-text report of the findings for the terminal: a summary line, then one block per finding in
/// findingsForReading() order, with message, remediation, answer and the phases it holds or concerns (translated).
/// `phaseLabels` names phase keys for a reader (e.g. "hub-transport: Frankfurt"); a key without a label is shown as is.
QString findingsToText(const QList<Finding> &findings, const QHash<QString, QString> &phaseLabels = {});

} // namespace etp
