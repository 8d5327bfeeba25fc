#pragma once

// The schema the model implies, and the marks that make a project file ours.

#include "ColumnCodec.h"

namespace etp::storage {

/// PRAGMA application_id of every project file: "ETPL".
constexpr qint32 kApplicationId = 0x4554504C;

/// Names of the tables with a fixed layout (not generated from a model type).
namespace table {
inline constexpr const char *project = "project";
inline constexpr const char *planSettings = "plan_settings";
inline constexpr const char *routingGroupOrder = "routing_group_order";
inline constexpr const char *sectionNote = "section_note";
inline constexpr const char *sectionIncomplete = "section_incomplete";
} // namespace table

/// Every table of the newest schema as the current model implies it, in a fixed order. The newest migration must
/// create exactly these tables and columns (a test checks it).
QList<TableSpec> modelSchema();

/// CREATE TABLE statements for `tables` (STRICT tables, quoted identifiers), one per table.
QString schemaDdl(const QList<TableSpec> &tables);

/// The DDL the current model implies: the text of a migration that creates the newest schema from nothing.
QString modelSchemaDdl();

/// An identifier quoted for SQL ("name").
QString quoted(const QString &identifier);

} // namespace etp::storage
