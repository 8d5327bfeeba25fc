#include "ProjectOpener.h"

#include "FileInspector.h"
#include "Schema.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace etp::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etp::ProjectFile", text);
}

/// The size of the database file as SQLite's own file handle sees it. Opening and closing another descriptor of
/// the file would drop SQLite's POSIX locks, so the size is never read through QFile while a connection is open.
qint64 fileSizeSeenBySqlite(SqliteDatabase &db)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return -1;
    sqlite3_int64 size = -1;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return -1;
    return size;
}

/// The error for a failed first read of the file.
Error firstReadError(SqliteDatabase &db, const QString &path)
{
    const int code = db.lastErrorCode();
    switch (code & 0xff) {
    case SQLITE_READONLY:
        if (code == SQLITE_READONLY_ROLLBACK)
            return interruptedSaveError(path);
        return notWritableError(path);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return busyError(path);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return notReadableError(path, db.lastError());
    case SQLITE_NOTADB:
        return notSqliteError(path);
    default:
        return corruptError(path, db.lastError());
    }
}

/// Checks the file's marks and content inside a read transaction; returns its schema version.
Result<int> checkOpened(SqliteDatabase &db, const QString &path, const QList<Migration> &migrations,
                        const OpenOptions &options)
{
    bool ok = false;
    db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &ok); // the first read: handles a hot journal
    if (!ok) {
        const Error error = firstReadError(db, path);
        if (error.code == QLatin1String(code::corrupt) || error.code == QLatin1String(code::notSqlite)) {
            const Status complete = checkComplete(path);
            if (!complete)
                return complete.error();
        }
        return error;
    }
    const qint64 pageSize = db.queryInt(QStringLiteral("PRAGMA page_size"), &ok);
    const qint64 pageCount = ok ? db.queryInt(QStringLiteral("PRAGMA page_count"), &ok) : 0;
    const qint64 size = fileSizeSeenBySqlite(db);
    if (ok && size >= 0 && size < pageSize * pageCount)
        return truncatedError(path, pageSize * pageCount, size);

    const qint64 applicationId = db.queryInt(QStringLiteral("PRAGMA application_id"), &ok);
    if (!ok)
        return corruptError(path, db.lastError());
    if (applicationId != kApplicationId)
        return foreignError(path);
    const int version = int(db.queryInt(QStringLiteral("PRAGMA user_version"), &ok));
    if (!ok)
        return corruptError(path, db.lastError());
    const int latest = latestVersion(migrations);
    if (version > latest)
        return newerVersionError(path, version, latest);
    if (version < 1)
        return corruptError(path, tr("no schema version"));
    if (options.integrityCheck) {
        const QString result = db.queryText(QStringLiteral("PRAGMA quick_check(1)"), &ok);
        if (!ok)
            return corruptError(path, db.lastError());
        if (result != QLatin1String("ok"))
            return corruptError(path, result);
    }
    return version;
}

/// Copies a read-only database into memory and migrates the copy, leaving the file untouched.
Result<SqliteDatabase> migratedCopy(SqliteDatabase &source, int version, const QList<Migration> &migrations,
                                    const QString &path)
{
    SqliteDatabase memory;
    if (!memory.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create))
        return migrationFailedError(path, version + 1, memory.lastError());
    sqlite3_backup *backup = sqlite3_backup_init(memory.handle(), "main", source.handle(), "main");
    if (!backup) {
        memory.captureError();
        return migrationFailedError(path, version + 1, memory.lastError());
    }
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return migrationFailedError(path, version + 1, QString::fromUtf8(sqlite3_errstr(rc)));
    const Status migrated = migrate(memory, version, migrations, path);
    if (!migrated)
        return migrated.error();
    return memory;
}

} // namespace

bool configureForWriting(SqliteDatabase &db)
{
    bool ok = false;
    const QString mode = db.queryText(QStringLiteral("PRAGMA journal_mode = DELETE"), &ok);
    return ok && mode == QLatin1String("delete") && db.exec(QStringLiteral("PRAGMA synchronous = FULL")) &&
           db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
}

Result<SqliteDatabase> openProjectDatabase(const QString &path, Access access, const QList<Migration> &migrations,
                                           OpenOptions options)
{
    const Result<FileHeader> header = inspectFile(path);
    if (!header)
        return header.error();
    if (access == Access::ReadWrite && !QFileInfo(path).isWritable())
        return notWritableError(path);
    if (!QFileInfo::exists(journalPath(path))) {
        const Status complete = checkComplete(path);
        if (!complete)
            return complete.error();
    }

    SqliteDatabase db;
    const auto mode = access == Access::ReadOnly ? SqliteDatabase::Mode::ReadOnly : SqliteDatabase::Mode::ReadWrite;
    if (!db.open(path, mode))
        return notReadableError(path, db.lastError());
    if (!db.exec(QStringLiteral("BEGIN")))
        return corruptError(path, db.lastError());
    const Result<int> version = checkOpened(db, path, migrations, options);
    db.exec(QStringLiteral("ROLLBACK"));
    if (!version)
        return version.error();

    if (access == Access::ReadOnly) {
        if (*version < latestVersion(migrations))
            return migratedCopy(db, *version, migrations, path);
        return db;
    }
    if (!configureForWriting(db))
        return writeFailedError(path, db.lastError());
    const Status migrated = migrate(db, *version, migrations, path);
    if (!migrated)
        return migrated.error();
    return db;
}

Result<SqliteDatabase> createProjectDatabase(const QString &path, const QList<Migration> &migrations)
{
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::Create))
        return writeFailedError(path, db.lastError());
    if (!configureForWriting(db))
        return writeFailedError(path, db.lastError());
    const Status migrated = migrate(db, 0, migrations, path);
    if (!migrated)
        return migrated.error();
    return db;
}

} // namespace etp::storage
