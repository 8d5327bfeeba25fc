#pragma once

// The headless subcommands of the command line. Each lives in app/commands/<Name>Command.cpp and registers itself
// with a static CommandRegistration, so adding a subcommand touches no shared file.

#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace etp::app {

/// Exit codes of the command line (PRODUCT.md C10).
enum ExitCode : int { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

/// Where a command writes: normal output and error messages.
struct CommandIo {
    QTextStream &out;
    QTextStream &err;
};

struct Command {
    QString name;     ///< e.g. "plan"
    QString synopsis; ///< one usage line for --help (translated at registration time by the command)
    /// Runs the command with the arguments after its name; returns an ExitCode.
    std::function<int(const QStringList &arguments, CommandIo &io)> run;
    /// Prints the command's own --help.
    std::function<void(QTextStream &out)> help;
};

/// All registered commands, in registration order.
QList<Command> &commands();
const Command *findCommand(const QString &name);

/// Registers a command from a static object in the command's source file.
struct CommandRegistration {
    explicit CommandRegistration(std::function<Command()> make);
};

} // namespace etp::app
