#include "ProjectSaver.h"

#include "FileInspector.h"
#include "ProjectOpener.h"
#include "ProjectWriter.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace etp::storage {

namespace {

/// Makes a rename in `folder` durable (the directory entry reaches the disk).
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

void removeTemporary(const QString &temporary)
{
    QFile::remove(temporary);
    QFile::remove(journalPath(temporary));
}

/// Whether a process with this id runs on this machine (a process of another user counts as running).
bool processRuns(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(pid);
    return true; // cannot tell: keep the file
#endif
}

} // namespace

QString temporaryPathFor(const QString &path)
{
    const QFileInfo target(path);
    return target.absolutePath() + QLatin1String("/.") + target.fileName() + QLatin1Char('.') +
           QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::Id128).left(12) + QLatin1String(".tmp");
}

int removeStaleTemporaries(const QString &path)
{
    const QFileInfo target(path);
    const QDir folder(target.absolutePath());
    const QRegularExpression pattern(QLatin1String("^\\.") + QRegularExpression::escape(target.fileName()) +
                                     QLatin1String("\\.([0-9]{1,10})-[0-9a-f]{12}\\.tmp(-journal)?$"));
    const QString prefix = QLatin1Char('.') + target.fileName() + QLatin1Char('.');
    int removed = 0;
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!name.startsWith(prefix))
            continue;
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid == QCoreApplication::applicationPid() || processRuns(pid))
            continue;
        if (QFile::remove(folder.filePath(name)))
            ++removed;
    }
    return removed;
}

Status saveInPlace(const QString &path, const Project &project)
{
    removeStaleTemporaries(path);
    Result<SqliteDatabase> db = openProjectDatabase(path, Access::ReadWrite, builtinMigrations(), {false});
    if (!db)
        return db.error();
    return writeProject(*db, project, path);
}

Status saveReplacing(const QString &path, const Project &project)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return writeFailedError(path, QCoreApplication::translate("etp::ProjectFile", "the folder %1 does not exist")
                                          .arg(QDir::toNativeSeparators(folder)));
    removeStaleTemporaries(path);
    const QString temporary = temporaryPathFor(path);
    {
        Result<SqliteDatabase> db = createProjectDatabase(temporary);
        if (!db) {
            removeTemporary(temporary);
            return writeFailedError(path, db.error().message);
        }
        const Status written = writeProject(*db, project, path);
        if (!written) {
            db->close();
            removeTemporary(temporary);
            return written;
        }
    } // closed before the rename

    const QFile::Permissions permissions =
        target.exists() ? QFile::permissions(path)
                        : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    QFile::setPermissions(temporary, permissions);
    // rename(2) replaces the target atomically; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString detail = QString::fromLocal8Bit(std::strerror(errno));
        removeTemporary(temporary);
        return writeFailedError(path, detail);
    }
    syncFolder(folder);
    return Status::success();
}

Status saveToPath(const QString &path, const Project &project)
{
    if (QFileInfo::exists(path))
        return saveInPlace(path, project);
    return saveReplacing(path, project);
}

} // namespace etp::storage
