#pragma once

// Looks at a project file's bytes before and while SQLite opens it, so that each kind of bad file gets its own
// message: missing, unreadable, not SQLite, truncated, another program's database.
//
// These functions open and close their own descriptor of the file. Closing any descriptor of a file drops the POSIX
// locks the process holds on it, SQLite's included, so they are called only while this process has no SQLite
// connection on the file (before opening; ProjectOpener asks SQLite's own file handle once it is open).

#include "model/Result.h"

namespace etp::storage {

/// What the 100-byte SQLite header says (https://www.sqlite.org/fileformat.html#the_database_header).
struct FileHeader {
    qint64 fileSize = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    bool pageCountValid = false; ///< the in-header size is valid only when its version-valid-for matches
    qint32 applicationId = 0;
    qint32 userVersion = 0;
    bool walMode = false;
};

/// Reads and checks the header: the file exists, is readable, is a SQLite database marked as a project file.
/// Errors: not-found, not-readable, not-sqlite (also for an empty file), truncated (shorter than a header), foreign.
Result<FileHeader> inspectFile(const QString &path);

/// Checks that the file holds all the pages its header announces (truncated otherwise). Meaningful only while no
/// save is under way: call it when there is no journal, or while holding a read transaction.
Status checkComplete(const QString &path);

/// The path of the rollback journal SQLite keeps beside a file during a save.
QString journalPath(const QString &path);

} // namespace etp::storage
