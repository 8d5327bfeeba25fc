#include "ProjectLock.h"

#include "StorageError.h"

#include <QCoreApplication>

namespace etp::storage {

QString lockFilePath(const QString &projectPath)
{
    return projectPath + QLatin1String(".lock");
}

Result<std::shared_ptr<QLockFile>> acquireEditLock(const QString &projectPath)
{
    auto lock = std::make_shared<QLockFile>(lockFilePath(projectPath));
    // Only a dead owner makes a lock stale, never its age: an editor may keep a project open for days.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    // An empty lock file: its owner was stopped between creating the file and writing its process id, so QLockFile
    // cannot tell whether it lives. removeStaleLockFile() refuses while a living owner holds the file's flock.
    qint64 ownerPid = 0;
    QString ownerHost;
    QString ownerApplication;
    if (lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&ownerPid, &ownerHost, &ownerApplication) &&
        lock->removeStaleLockFile() && lock->tryLock(0))
        return lock;
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        QString holder;
        if (lock->getLockInfo(&pid, &host, &application)) {
            holder = QCoreApplication::translate("etp::ProjectFile", "%1 (process %2 on %3)")
                         .arg(application.isEmpty() ? QStringLiteral("?") : application)
                         .arg(pid)
                         .arg(host.isEmpty() ? QStringLiteral("?") : host);
        }
        return lockedError(projectPath, holder);
    }
    case QLockFile::PermissionError:
        return notWritableError(projectPath);
    default:
        return writeFailedError(projectPath,
                                QCoreApplication::translate("etp::ProjectFile", "the lock file %1 cannot be created")
                                    .arg(lockFilePath(projectPath)));
    }
}

} // namespace etp::storage
