#pragma once

// The errors of the project file: a stable code each (for tests and scripts) and a translated message that names
// the file and says what to do.

#include "model/Result.h"

namespace etp::storage {

/// Stable error codes of the project file.
namespace code {
inline constexpr const char *notFound = "not-found";
inline constexpr const char *notReadable = "not-readable";
inline constexpr const char *notWritable = "not-writable";
inline constexpr const char *notSqlite = "not-sqlite";
inline constexpr const char *corrupt = "corrupt";
inline constexpr const char *truncated = "truncated";
inline constexpr const char *foreign = "foreign";
inline constexpr const char *newerVersion = "newer-version";
inline constexpr const char *locked = "locked";
inline constexpr const char *interruptedSave = "interrupted-save";
inline constexpr const char *busy = "busy";
inline constexpr const char *migrationFailed = "migration-failed";
inline constexpr const char *writeFailed = "write-failed";
inline constexpr const char *readOnly = "read-only";
inline constexpr const char *noPath = "no-path";
inline constexpr const char *changedOnDisk = "changed-on-disk";
} // namespace code

// One factory per error: the code above and a message naming `path` (shown with native separators).
Error notFoundError(const QString &path);
Error notReadableError(const QString &path, const QString &detail);
Error notWritableError(const QString &path);
Error notSqliteError(const QString &path);
Error emptyFileError(const QString &path);
Error corruptError(const QString &path, const QString &detail);
Error truncatedError(const QString &path, qint64 expectedBytes, qint64 actualBytes);
Error foreignError(const QString &path);
Error newerVersionError(const QString &path, int fileVersion, int supportedVersion);
/// `holder` describes who holds the lock (user, host, process), or is empty when unknown.
Error lockedError(const QString &path, const QString &holder);
Error interruptedSaveError(const QString &path);
Error busyError(const QString &path);
Error migrationFailedError(const QString &path, int version, const QString &detail);
Error writeFailedError(const QString &path, const QString &detail);
Error readOnlyError(const QString &path, const QString &reason);
Error noPathError();
/// The file was replaced, changed or deleted by someone else since it was opened or last saved (`deleted` says which).
Error changedOnDiskError(const QString &path, bool deleted);

} // namespace etp::storage
