#include "FileFingerprint.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace etp::storage {

FileFingerprint FileFingerprint::of(const QString &path)
{
    FileFingerprint fingerprint;
#ifdef Q_OS_UNIX
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return fingerprint;
    fingerprint.exists = true;
    fingerprint.device = quint64(info.st_dev);
    fingerprint.inode = quint64(info.st_ino);
    fingerprint.size = qint64(info.st_size);
    fingerprint.modifiedNs = qint64(info.st_mtim.tv_sec) * 1000000000 + qint64(info.st_mtim.tv_nsec);
#else
    const QFileInfo info(path);
    if (!info.exists())
        return fingerprint;
    fingerprint.exists = true;
    fingerprint.size = info.size();
    fingerprint.modifiedNs = info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch() * 1000000;
#endif
    return fingerprint;
}

} // namespace etp::storage
