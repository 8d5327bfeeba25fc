#pragma once

#include "SqliteDatabase.h"

#include "model/Project.h"
#include "model/Result.h"

namespace etp::storage {

/// Replaces the whole content of an open project database with `project` in one transaction (BEGIN IMMEDIATE,
/// delete every row, insert everything with reused prepared statements, COMMIT). A failure rolls back, so the file
/// keeps its last saved state. `path` names the file in errors.
Status writeProject(SqliteDatabase &db, const Project &project, const QString &path);

} // namespace etp::storage
