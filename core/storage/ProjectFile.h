#pragma once

// The project file (.etplan): one SQLite file per project, marked by PRAGMA application_id, versioned by PRAGMA
// user_version, written whole in one transaction with a rollback journal. Passwords are never part of a Project, so
// they never reach the file.

#include "model/Project.h"
#include "model/Result.h"

namespace etp {

/// Reads a whole project read-only: no lock or journal file is created and no byte or timestamp of the file
/// changes (an older file is migrated in memory). Errors (codes in storage/StorageError.h) name the file:
/// not-found, not-readable, not-sqlite, truncated, foreign, newer-version, corrupt, interrupted-save, busy.
Result<Project> loadProject(const QString &path);

/// Creates or replaces the whole project at `path` in one transaction. A new file is written beside the target and
/// renamed into place; an existing one is rewritten in place (an older one migrated first). Refuses while another
/// editor holds the file's lock (locked) and refuses to overwrite a file that is not a project of this or an older
/// version.
Status saveProject(const QString &path, const Project &p);

/// The project at `path` to merge new data into: loaded when the file exists, otherwise a new empty project titled
/// after the file name and created now. Commands that create or update a project (discover, import-ldif) start here.
Result<Project> loadOrCreateProject(const QString &path);

class ProjectDocument; // storage/ProjectDocument.h

} // namespace etp
