#pragma once

// Schema versions of the project file. Each version is frozen as SQL text (core/storage/migrations/NNNN_name.sql,
// compiled into the program); a file is brought from its version to the newest step by step.

#include "SqliteDatabase.h"

#include "model/Result.h"

#include <QList>

namespace etp::storage {

/// One step: the SQL that turns a file of version `version - 1` into version `version`.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

/// The migrations compiled into this program, oldest first (version 1 creates the schema from nothing).
const QList<Migration> &builtinMigrations();

/// The schema version a list of migrations leads to (0 for an empty list).
int latestVersion(const QList<Migration> &migrations);

/// Brings the database from `fromVersion` to the newest version of `migrations`: one transaction, one savepoint per
/// step, PRAGMA user_version set by each step (and application_id by the first). When a step fails nothing is
/// changed and the error names `path` and the step.
Status migrate(SqliteDatabase &db, int fromVersion, const QList<Migration> &migrations, const QString &path);

} // namespace etp::storage
