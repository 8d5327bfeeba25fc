// plan P [--format text|json]: prints the transition plan of a project (PRODUCT.md "Command line"): the readiness
// findings, the phases in dependency order with their tasks, the kept legacy servers and the effort. Options that
// change the plan (routing-group order, effort settings) are saved in P first.
#include "Command.h"
#include "EditSupport.h"
#include "edit/PlanEdits.h"
#include "plan/Planner.h"
#include "report/PlanJson.h"
#include "report/PlanText.h"
#include "rules/RuleCatalog.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate("etp::app::PlanCommand",
                                       "Usage: exchange-transition-planner plan PROJECT.etplan [--format text|json] "
                                       "[--routing-group-order ID,...|default] [--move-rate GB] [--concurrent-moves N] "
                                       "[--hours-per-night H]");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate(
               "etp::app::PlanCommand",
               "Prints the transition plan: the readiness findings (those that hold a phase first, with manual answers "
               "recorded with `answer`), then the phases per AD site and routing group in dependency order, each with "
               "the findings that hold it and its tasks, then the legacy servers to keep and the mailbox-move effort. "
               "Without the options that change the plan, the project file is only read.")
        << "\n\n"
        << "  --format text|json              "
        << QCoreApplication::translate("etp::app::PlanCommand",
                                       "text (the default) for people; json for scripts (documented in "
                                       "docs/plan-json.md).")
        << '\n'
        << "  --routing-group-order ID,...    "
        << QCoreApplication::translate("etp::app::PlanCommand",
                                       "Save the order of the routing groups (their ids, as in the JSON; routing "
                                       "groups not named follow in the default order); \"default\" forgets it.")
        << '\n'
        << "  --move-rate GB                  "
        << QCoreApplication::translate("etp::app::PlanCommand",
                                       "Save the mailbox move rate, in GB an hour per move (default 2).")
        << '\n'
        << "  --concurrent-moves N            "
        << QCoreApplication::translate("etp::app::PlanCommand", "Save the number of moves at a time (default 4).")
        << '\n'
        << "  --hours-per-night H             "
        << QCoreApplication::translate("etp::app::PlanCommand", "Save the hours of a move night (default 8).")
        << Qt::endl;
}

int usageError(CommandIo &io, const QString &message)
{
    return app::usageError(io, message, usage());
}

int run(const QStringList &arguments, CommandIo &io)
{
    QStringList positional;
    QString format = QStringLiteral("text");
    std::optional<QString> order;
    std::optional<double> rate;
    std::optional<double> moves;
    std::optional<double> hours;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        std::optional<double> *number = nullptr;
        if (argument == QLatin1String("--move-rate"))
            number = &rate;
        else if (argument == QLatin1String("--concurrent-moves"))
            number = &moves;
        else if (argument == QLatin1String("--hours-per-night"))
            number = &hours;
        if (number) {
            bool ok = false;
            const double value = i + 1 < arguments.size() ? arguments.at(i + 1).toDouble(&ok) : 0;
            const bool whole = number != &moves || value == double(int(value));
            if (!ok || value <= 0 || !whole)
                return usageError(
                    io, QCoreApplication::translate("etp::app::PlanCommand", "plan: %1 needs a positive number%2.")
                            .arg(argument, number == &moves
                                               ? QCoreApplication::translate("etp::app::PlanCommand", " (whole)")
                                               : QString()));
            *number = value;
            ++i;
        } else if (argument == QLatin1String("--routing-group-order")) {
            if (i + 1 >= arguments.size())
                return usageError(io, QCoreApplication::translate("etp::app::PlanCommand",
                                                                  "plan: --routing-group-order needs routing group ids "
                                                                  "separated by commas, or \"default\"."));
            order = arguments.at(++i);
        } else if (argument == QLatin1String("--format")) {
            if (i + 1 >= arguments.size())
                return usageError(io, QCoreApplication::translate("etp::app::PlanCommand",
                                                                  "plan: --format needs a value (text or json)."));
            format = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--format="))) {
            format = argument.mid(9);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return usageError(
                io, QCoreApplication::translate("etp::app::PlanCommand", "plan: unknown option \"%1\".").arg(argument));
        } else {
            positional.append(argument);
        }
    }
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(
            io, QCoreApplication::translate("etp::app::PlanCommand", "plan: unknown format \"%1\"; use text or json.")
                    .arg(format));
    if (positional.size() != 1)
        return usageError(io, QCoreApplication::translate("etp::app::PlanCommand", "plan: name one project file."));

    const QString path = positional.first();
    Result<Project> loaded = loadProject(path);
    if (!loaded) {
        io.err << loaded.error().message << Qt::endl;
        return ExitFailure;
    }
    Project &project = *loaded;
    if (order || rate || moves || hours) {
        bool changed = false;
        if (order) {
            const Result<Change> change = setRoutingGroupOrder(project, idList(*order));
            if (!change) {
                io.err << QCoreApplication::translate("etp::app::PlanCommand", "plan: %1").arg(change.error().message)
                       << Qt::endl;
                return ExitFailure;
            }
            changed = changed || !change->isEmpty();
        }
        if (rate || moves || hours) {
            EffortSettings effort = project.plan.effort;
            effort.moveRateGbPerHour = rate.value_or(effort.moveRateGbPerHour);
            effort.concurrentMoves = moves ? int(*moves) : effort.concurrentMoves;
            effort.hoursPerNight = hours.value_or(effort.hoursPerNight);
            const Result<Change> change = setEffortSettings(project, effort);
            if (!change) {
                io.err << QCoreApplication::translate("etp::app::PlanCommand", "plan: %1").arg(change.error().message)
                       << Qt::endl;
                return ExitFailure;
            }
            changed = changed || !change->isEmpty();
        }
        const Status saved = changed ? saveProject(path, project) : Status::success();
        if (!saved) {
            io.err << saved.error().message << Qt::endl;
            return ExitFailure;
        }
    }

    const Plan plan = buildPlan(project, evaluateRules(project));
    if (format == QLatin1String("json"))
        writePlanJson(io.out, plan);
    else
        writePlanText(io.out, plan);
    io.out.flush();
    return ExitSuccess;
}

const CommandRegistration registration([] {
    return Command{
        QStringLiteral("plan"),
        QCoreApplication::translate("etp::app::PlanCommand",
                                    "plan P [--format text|json]     findings, phases, tasks, kept servers and effort"),
        run, help};
});

} // namespace

} // namespace etp::app
