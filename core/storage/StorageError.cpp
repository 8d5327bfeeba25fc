#include "StorageError.h"

#include <QCoreApplication>
#include <QDir>

namespace etp::storage {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error make(const char *code, const QString &message)
{
    return Error{QLatin1String(code), message};
}

} // namespace

Error notFoundError(const QString &path)
{
    return make(code::notFound,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "The project file %1 does not exist. Check the name and folder, or create a new project.")
                    .arg(shown(path)));
}

Error notReadableError(const QString &path, const QString &detail)
{
    return make(code::notReadable,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "The project file %1 cannot be read (%2). Check that it is a file and that you may read it.")
                    .arg(shown(path), detail));
}

Error notWritableError(const QString &path)
{
    return make(code::notWritable,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "The project file %1 cannot be written. Check the permissions of the file and its folder, or open "
                    "it read-only.")
                    .arg(shown(path)));
}

Error notSqliteError(const QString &path)
{
    return make(code::notSqlite,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "%1 is not a project file of Exchange Transition Planner: it is not a SQLite database. Choose a "
                    ".etplan file.")
                    .arg(shown(path)));
}

Error emptyFileError(const QString &path)
{
    return make(
        code::notSqlite,
        QCoreApplication::translate(
            "etp::ProjectFile", "%1 is empty, so it holds no project. Choose another file or restore it from a backup.")
            .arg(shown(path)));
}

Error corruptError(const QString &path, const QString &detail)
{
    return make(code::corrupt, QCoreApplication::translate(
                                   "etp::ProjectFile", "The project file %1 is damaged (%2). Restore it from a backup.")
                                   .arg(shown(path), detail));
}

Error truncatedError(const QString &path, qint64 expectedBytes, qint64 actualBytes)
{
    return make(code::truncated,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "The project file %1 is truncated: it should hold %2 bytes but holds only %3. It was probably "
                    "copied incompletely; copy it again or restore it from a backup.")
                    .arg(shown(path))
                    .arg(expectedBytes)
                    .arg(actualBytes));
}

Error foreignError(const QString &path)
{
    return make(code::foreign,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "%1 is a SQLite database of another program, not a project file of Exchange Transition Planner. "
                    "Choose a .etplan file.")
                    .arg(shown(path)));
}

Error newerVersionError(const QString &path, int fileVersion, int supportedVersion)
{
    return make(code::newerVersion,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "The project file %1 was saved by a newer version of Exchange Transition Planner (file format %2; "
                    "this version reads up to %3). Open it with the newer version.")
                    .arg(shown(path))
                    .arg(fileVersion)
                    .arg(supportedVersion));
}

Error lockedError(const QString &path, const QString &holder)
{
    const QString who = holder.isEmpty() ? QCoreApplication::translate("etp::ProjectFile", "another program") : holder;
    return make(code::locked,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "The project file %1 is open for editing by %2. Close it there first, or open it read-only.")
                    .arg(shown(path), who));
}

Error interruptedSaveError(const QString &path)
{
    return make(code::interruptedSave,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "The project file %1 was being saved when a program stopped, and its last saved state has not "
                    "been restored yet. Open it for editing once (not read-only) to restore it.")
                    .arg(shown(path)));
}

Error busyError(const QString &path)
{
    return make(code::busy,
                QCoreApplication::translate(
                    "etp::ProjectFile", "The project file %1 is being saved by another program. Try again in a moment.")
                    .arg(shown(path)));
}

Error migrationFailedError(const QString &path, int version, const QString &detail)
{
    return make(code::migrationFailed,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "The project file %1 could not be updated to file format %2 (%3). The file was left as it was.")
                    .arg(shown(path))
                    .arg(version)
                    .arg(detail));
}

Error writeFailedError(const QString &path, const QString &detail)
{
    return make(code::writeFailed,
                QCoreApplication::translate(
                    "etp::ProjectFile",
                    "The project could not be saved to %1 (%2). The file holds its last saved state; check the free "
                    "space and permissions and save again.")
                    .arg(shown(path), detail));
}

Error readOnlyError(const QString &path, const QString &reason)
{
    return make(code::readOnly, QCoreApplication::translate(
                                    "etp::ProjectFile",
                                    "The project %1 is open read-only (%2). Use Save As to save it under another name.")
                                    .arg(shown(path), reason));
}

Error noPathError()
{
    return make(code::noPath, QCoreApplication::translate("etp::ProjectFile",
                                                          "The project has no file yet. Use Save As to choose one."));
}

Error changedOnDiskError(const QString &path, bool deleted)
{
    return make(code::changedOnDisk,
                deleted ? QCoreApplication::translate("etp::ProjectFile",
                                                      "The project file %1 was deleted or moved by someone else since "
                                                      "it was opened. Save it again there, or use Save As to choose "
                                                      "another name.")
                              .arg(shown(path))
                        : QCoreApplication::translate("etp::ProjectFile",
                                                      "The project file %1 was changed or replaced by someone else "
                                                      "since it was opened. Saving now overwrites their changes; use "
                                                      "Save As to keep both.")
                              .arg(shown(path)));
}

} // namespace etp::storage
