#pragma once

// What a project file looked like on disk when this program last opened or saved it, so that Save can tell that
// someone else replaced, changed or deleted it in between.

#include <QString>

namespace etp::storage {

/// The identity and last change of a file: device, inode, size and modification time in nanoseconds. Taken with
/// stat(2) only (no descriptor is opened, so SQLite's locks on the file are never dropped).
struct FileFingerprint {
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;

    /// The fingerprint of `path` now (exists = false when there is no such file).
    static FileFingerprint of(const QString &path);

    bool operator==(const FileFingerprint &) const = default;
};

} // namespace etp::storage
