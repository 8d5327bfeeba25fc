#pragma once

// Writing a whole project to a file, in place or as a new file renamed into place. Locking is the caller's job.

#include "model/Project.h"
#include "model/Result.h"

namespace etp::storage {

/// Saves into an existing project file in one transaction (after rolling back an interrupted save and migrating an
/// older file). Refuses a file that is not ours, newer, truncated or damaged, so nothing else is overwritten.
Status saveInPlace(const QString &path, const Project &project);

/// Writes a complete new file in the same folder and renames it over `path` (which may exist), so `path` holds
/// either the old file or the whole new one. Keeps the permissions of a file it replaces.
Status saveReplacing(const QString &path, const Project &project);

/// saveInPlace when `path` exists, saveReplacing when it does not.
Status saveToPath(const QString &path, const Project &project);

} // namespace etp::storage
