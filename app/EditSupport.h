#pragma once

// What the commands that edit a project share: load it, apply one core edit operation, save it when something
// changed, and report the change (or the reason it was refused) where the user is.

#include "Command.h"

#include "edit/Change.h"
#include "model/Result.h"

#include <functional>

namespace etp::app {

/// Loads `path`, runs `edit` on the project, saves the project when the change is not empty, and prints the change's
/// description and warnings to io.out. A refused edit prints its reason to io.err and returns ExitFailure; nothing
/// is saved. `done` (optional) prints more after a successful save.
int applyEdit(CommandIo &io, const QString &path, const std::function<Result<Change>(Project &)> &edit,
              const std::function<void(const Project &, const Change &)> &done = {});

/// Prints `message` and the command's usage to io.err; returns ExitUsage.
int usageError(CommandIo &io, const QString &message, const QString &usage);

/// Splits "a,b,c" into trimmed, non-empty parts; "default" (or the empty text) gives the empty list.
QStringList idList(const QString &text);

} // namespace etp::app
