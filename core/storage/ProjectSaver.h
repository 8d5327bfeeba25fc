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

/// The name of the new file saveReplacing writes beside `path` before renaming it into place:
/// `.<file name>.<process id>-<12 hex digits>.tmp` (SQLite may add `-journal` to it).
QString temporaryPathFor(const QString &path);

/// Removes what saves of `path` killed before their rename left behind: hidden files of temporaryPathFor's naming
/// (and their journals) whose process no longer runs. Removes nothing else, and nothing of this process or of a live
/// one. Called by both saves and by opening for editing, while the caller holds the file's edit lock. Returns the
/// number of files removed.
int removeStaleTemporaries(const QString &path);

} // namespace etp::storage
