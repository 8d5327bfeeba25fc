// task P TASK-KEY [--status STATUS] [--owner NAME] [--date D] [--note TEXT]: tracks one task of the plan.
#include "Command.h"
#include "EditSupport.h"
#include "edit/PlanEdits.h"
#include "plan/Planner.h"
#include "plan/Tracking.h"
#include "rules/RuleCatalog.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate("etp::app::TaskCommand",
                                       "Usage: exchange-transition-planner task PROJECT.etplan TASK-KEY [--status "
                                       "STATUS] [--owner NAME] [--date YYYY-MM-DD] [--note TEXT]");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate("etp::app::TaskCommand",
                                       "Sets the status, owner, date and note of one task of the plan and saves them "
                                       "in the project. TASK-KEY is a task key as `plan` prints it. Without options "
                                       "it prints the task's current state. A task that is no longer in the plan "
                                       "(obsolete) can still be updated.")
        << "\n\n"
        << "  --status STATUS   "
        << QCoreApplication::translate("etp::app::TaskCommand", "not-started, in-progress, done or not-applicable.")
        << '\n'
        << "  --owner NAME      " << QCoreApplication::translate("etp::app::TaskCommand", "Who does it (empty clears).")
        << '\n'
        << "  --date D          "
        << QCoreApplication::translate("etp::app::TaskCommand", "A date as YYYY-MM-DD (empty clears).") << '\n'
        << "  --note TEXT       " << QCoreApplication::translate("etp::app::TaskCommand", "A note (empty clears).")
        << "\n\n"
        << QCoreApplication::translate("etp::app::TaskCommand",
                                       "Marking a task of a held phase done or in progress is saved, with a warning "
                                       "that names the findings holding the phase.")
        << Qt::endl;
}

int usageError(CommandIo &io, const QString &message)
{
    return app::usageError(io, message, usage());
}

void printTask(CommandIo &io, const Task &task)
{
    io.out << task.key << '\n'
           << "  " << task.title << '\n'
           << "  " << QCoreApplication::translate("etp::app::TaskCommand", "status: %1").arg(enumName(task.status))
           << '\n';
    if (!task.owner.isEmpty())
        io.out << "  " << QCoreApplication::translate("etp::app::TaskCommand", "owner: %1").arg(task.owner) << '\n';
    if (task.date.isValid())
        io.out << "  "
               << QCoreApplication::translate("etp::app::TaskCommand", "date: %1").arg(task.date.toString(Qt::ISODate))
               << '\n';
    if (!task.note.isEmpty())
        io.out << "  " << QCoreApplication::translate("etp::app::TaskCommand", "note: %1").arg(task.note) << '\n';
    if (task.obsolete)
        io.out << "  "
               << QCoreApplication::translate("etp::app::TaskCommand", "obsolete: this task is no longer in the plan")
               << '\n';
    io.out.flush();
}

int run(const QStringList &arguments, CommandIo &io)
{
    QStringList positional;
    std::optional<QString> status, owner, date, note;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        std::optional<QString> *target = nullptr;
        if (argument == QLatin1String("--status"))
            target = &status;
        else if (argument == QLatin1String("--owner"))
            target = &owner;
        else if (argument == QLatin1String("--date"))
            target = &date;
        else if (argument == QLatin1String("--note"))
            target = &note;
        if (target) {
            if (i + 1 >= arguments.size())
                return usageError(
                    io, QCoreApplication::translate("etp::app::TaskCommand", "task: %1 needs a value.").arg(argument));
            *target = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return usageError(
                io, QCoreApplication::translate("etp::app::TaskCommand", "task: unknown option \"%1\".").arg(argument));
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 2)
        return usageError(
            io, QCoreApplication::translate("etp::app::TaskCommand", "task: name the project file and one task key."));
    const QString path = positional.at(0);
    const QString key = positional.at(1);

    std::optional<TaskStatus> newStatus;
    if (status) {
        newStatus = enumFromName<TaskStatus>(*status);
        if (!newStatus)
            return usageError(io, QCoreApplication::translate("etp::app::TaskCommand",
                                                              "task: unknown status \"%1\"; use not-started, "
                                                              "in-progress, done or not-applicable.")
                                      .arg(*status));
    }
    QDate newDate;
    if (date && !date->isEmpty()) {
        newDate = QDate::fromString(*date, Qt::ISODate);
        if (!newDate.isValid())
            return usageError(io, QCoreApplication::translate("etp::app::TaskCommand",
                                                              "task: \"%1\" is not a date; write it as YYYY-MM-DD.")
                                      .arg(*date));
    }

    if (!status && !owner && !date && !note) {
        auto loaded = loadProject(path);
        if (!loaded) {
            io.err << loaded.error().message << Qt::endl;
            return ExitFailure;
        }
        const Plan plan = buildPlan(*loaded, evaluateRules(*loaded));
        const Task *task = plan.task(key);
        if (!task) {
            io.err << QCoreApplication::translate("etp::app::TaskCommand",
                                                  "task: the plan of %1 has no task \"%2\"; `plan %1` lists the task "
                                                  "keys.")
                          .arg(path, key)
                   << Qt::endl;
            return ExitFailure;
        }
        printTask(io, *task);
        return ExitSuccess;
    }

    TaskEdit edit;
    edit.status = newStatus;
    edit.owner = owner;
    if (date)
        edit.date = newDate;
    edit.note = note;
    Plan plan;
    return applyEdit(
        io, path,
        [&](Project &project) {
            plan = buildPlan(project, evaluateRules(project));
            return setTaskState(project, plan, key, edit);
        },
        [&](const Project &project, const Change &) {
            reapplyTaskStates(plan, project.plan);
            printTask(io, *plan.task(key));
        });
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("task"),
                   QCoreApplication::translate("etp::app::TaskCommand",
                                               "task P TASK-KEY [--status S ...] set status, owner, date or "
                                               "note of a plan task"),
                   run, help};
});

} // namespace

} // namespace etp::app
