#pragma once

// The sidecar lock (<file>.lock, a QLockFile) that marks a project file open for editing.

#include "model/Result.h"

#include <QLockFile>

#include <memory>

namespace etp::storage {

/// The lock file beside a project file.
QString lockFilePath(const QString &projectPath);

/// Takes the editing lock of a project file without waiting. A lock left by a process that no longer runs is
/// taken over. Errors: locked (naming the program, process and host that hold it), not-writable (the folder does
/// not allow a lock file).
Result<std::shared_ptr<QLockFile>> acquireEditLock(const QString &projectPath);

} // namespace etp::storage
