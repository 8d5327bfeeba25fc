#pragma once

#include "SqliteDatabase.h"

#include "model/Project.h"
#include "model/Result.h"

namespace etp::storage {

/// Reads a whole project from an open database at the newest schema, in one read transaction. A value that cannot
/// belong to its field (an unknown enum name, malformed JSON) is reported as a damaged file naming `path`.
Result<Project> readProject(SqliteDatabase &db, const QString &path);

} // namespace etp::storage
