// effort P [--move-rate GB] [--concurrent-moves N] [--hours-per-night H]: sets the mailbox-move effort settings.
#include "Command.h"
#include "EditSupport.h"
#include "edit/PlanEdits.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate("etp::app::EffortCommand",
                                       "Usage: exchange-transition-planner effort PROJECT.etplan [--move-rate GB] "
                                       "[--concurrent-moves N] [--hours-per-night H]");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate("etp::app::EffortCommand",
                                       "Saves the settings of the mailbox-move estimate; without options, prints "
                                       "them.")
        << "\n\n"
        << "  --move-rate GB          "
        << QCoreApplication::translate("etp::app::EffortCommand", "GB an hour per move (default 2).") << '\n'
        << "  --concurrent-moves N    "
        << QCoreApplication::translate("etp::app::EffortCommand", "Moves at a time (default 4).") << '\n'
        << "  --hours-per-night H     "
        << QCoreApplication::translate("etp::app::EffortCommand", "Hours of a move night (default 8).") << Qt::endl;
}

void print(CommandIo &io, const EffortSettings &s)
{
    io.out << QCoreApplication::translate("etp::app::EffortCommand",
                                          "move rate: %1 GB/h, concurrent moves: %2, hours per night: %3")
                  .arg(s.moveRateGbPerHour)
                  .arg(s.concurrentMoves)
                  .arg(s.hoursPerNight)
           << Qt::endl;
}

int run(const QStringList &arguments, CommandIo &io)
{
    QStringList positional;
    std::optional<double> rate, moves, hours;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        std::optional<double> *target = nullptr;
        if (argument == QLatin1String("--move-rate"))
            target = &rate;
        else if (argument == QLatin1String("--concurrent-moves"))
            target = &moves;
        else if (argument == QLatin1String("--hours-per-night"))
            target = &hours;
        if (target) {
            bool ok = false;
            const double value = i + 1 < arguments.size() ? arguments.at(i + 1).toDouble(&ok) : 0;
            if (!ok)
                return usageError(
                    io,
                    QCoreApplication::translate("etp::app::EffortCommand", "effort: %1 needs a number.").arg(argument),
                    usage());
            *target = value;
            ++i;
        } else if (argument.startsWith(QLatin1String("--"))) {
            return usageError(
                io,
                QCoreApplication::translate("etp::app::EffortCommand", "effort: unknown option \"%1\".").arg(argument),
                usage());
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 1)
        return usageError(io, QCoreApplication::translate("etp::app::EffortCommand", "effort: name one project file."),
                          usage());
    if (!rate && !moves && !hours) {
        const Result<Project> loaded = loadProject(positional.first());
        if (!loaded) {
            io.err << loaded.error().message << Qt::endl;
            return ExitFailure;
        }
        print(io, loaded->plan.effort);
        return ExitSuccess;
    }
    if (moves && *moves != double(int(*moves)))
        return usageError(
            io,
            QCoreApplication::translate("etp::app::EffortCommand", "effort: --concurrent-moves needs a whole number."),
            usage());
    return applyEdit(
        io, positional.first(),
        [&](Project &project) {
            EffortSettings effort = project.plan.effort;
            effort.moveRateGbPerHour = rate.value_or(effort.moveRateGbPerHour);
            effort.concurrentMoves = moves ? int(*moves) : effort.concurrentMoves;
            effort.hoursPerNight = hours.value_or(effort.hoursPerNight);
            return setEffortSettings(project, effort);
        },
        [&](const Project &project, const Change &) { print(io, project.plan.effort); });
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("effort"),
                   QCoreApplication::translate("etp::app::EffortCommand",
                                               "effort P [--move-rate GB ...]    set the mailbox-move effort settings"),
                   run, help};
});

} // namespace

} // namespace etp::app
