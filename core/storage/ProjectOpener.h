#pragma once

// Opens a project file with every check it needs: missing, unreadable, not SQLite, truncated, foreign, newer,
// damaged, interrupted save. Brings an older file to the newest schema.

#include "Migrations.h"
#include "SqliteDatabase.h"

namespace etp::storage {

enum class Access {
    /// SQLite read-only: no journal, no lock file, no byte changed. An older file is migrated in a private copy
    /// in memory; a file with an interrupted save (hot journal) is refused with interrupted-save.
    ReadOnly,
    /// Read-write: an interrupted save is rolled back, an older file is migrated in place (all steps or none).
    ReadWrite
};

struct OpenOptions {
    /// Runs PRAGMA quick_check (on every open for reading; saves skip it to stay fast).
    bool integrityCheck = true;
};

/// Opens `path` and checks it; returns a connection at the newest schema of `migrations`, outside any transaction.
/// A read-write connection uses a rollback journal (journal_mode DELETE) with synchronous FULL.
Result<SqliteDatabase> openProjectDatabase(const QString &path, Access access,
                                           const QList<Migration> &migrations = builtinMigrations(),
                                           OpenOptions options = {});

/// Creates a new project database at `path` (which must not exist yet) at the newest schema of `migrations`.
Result<SqliteDatabase> createProjectDatabase(const QString &path,
                                             const QList<Migration> &migrations = builtinMigrations());

/// Sets the connection up for saving: rollback journal (DELETE), synchronous FULL, a cache that holds a big project.
bool configureForWriting(SqliteDatabase &db);

} // namespace etp::storage
