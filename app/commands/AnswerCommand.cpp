// answer P FINDING-ID yes|no [--by NAME] [--note TEXT]: records a person's answer to a manual finding.
#include "Command.h"
#include "EditSupport.h"
#include "edit/PlanEdits.h"
#include "rules/RuleCatalog.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate("etp::app::AnswerCommand",
                                       "Usage: exchange-transition-planner answer PROJECT.etplan FINDING-ID yes|no "
                                       "[--by NAME] [--note TEXT]");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate("etp::app::AnswerCommand",
                                       "Records the answer to a finding the directory cannot settle (severity "
                                       "manual), with who answered, when (now) and a note, and saves it in the "
                                       "project. \"yes\" clears what the finding holds; \"no\" keeps it holding. "
                                       "FINDING-ID is the id `plan` prints, e.g. AD-PREP-RIGHTS:forest. Answering "
                                       "again replaces the earlier answer.")
        << "\n\n"
        << "  --by NAME     "
        << QCoreApplication::translate("etp::app::AnswerCommand", "Who answers (default: the login name).") << '\n'
        << "  --note TEXT   " << QCoreApplication::translate("etp::app::AnswerCommand", "Why, or what was checked.")
        << Qt::endl;
}

int usageError(CommandIo &io, const QString &message)
{
    return app::usageError(io, message, usage());
}

QString loginName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

int run(const QStringList &arguments, CommandIo &io)
{
    QStringList positional;
    std::optional<QString> by, note;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        std::optional<QString> *target = nullptr;
        if (argument == QLatin1String("--by"))
            target = &by;
        else if (argument == QLatin1String("--note"))
            target = &note;
        if (target) {
            if (i + 1 >= arguments.size())
                return usageError(
                    io,
                    QCoreApplication::translate("etp::app::AnswerCommand", "answer: %1 needs a value.").arg(argument));
            *target = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return usageError(
                io,
                QCoreApplication::translate("etp::app::AnswerCommand", "answer: unknown option \"%1\".").arg(argument));
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 3)
        return usageError(io, QCoreApplication::translate("etp::app::AnswerCommand",
                                                          "answer: name the project file, one finding id and yes or "
                                                          "no."));
    const QString &path = positional.at(0);
    const QString &findingId = positional.at(1);
    const QString reply = positional.at(2).toLower();
    if (reply != QLatin1String("yes") && reply != QLatin1String("no"))
        return usageError(io, QCoreApplication::translate("etp::app::AnswerCommand",
                                                          "answer: the answer must be yes or no, not \"%1\".")
                                  .arg(positional.at(2)));

    const bool yes = reply == QLatin1String("yes");
    const QString answeredBy = by ? *by : loginName();
    QList<Finding> findings;
    return applyEdit(
        io, path,
        [&](Project &project) -> Result<Change> {
            findings = evaluateRules(project);
            Result<Change> change = answerFinding(project, findings, findingId, yes, answeredBy,
                                                  QDateTime::currentDateTimeUtc(), note.value_or(QString()));
            if (!change && change.error().code == QLatin1String("not-found"))
                return Error{change.error().code,
                             QCoreApplication::translate("etp::app::AnswerCommand",
                                                         "answer: %1 has no finding \"%2\". Run "
                                                         "`exchange-transition-planner plan %1` to list the findings "
                                                         "and their ids.")
                                 .arg(path, findingId)};
            return change;
        },
        [&](const Project &, const Change &) {
            const Finding *finding = nullptr;
            for (const auto &f : findings) {
                if (f.id == findingId)
                    finding = &f;
            }
            const QString who = answeredBy.isEmpty() ? QStringLiteral("-") : answeredBy;
            const int phases = int(finding->holds.size() + finding->concerns.size());
            if (yes)
                io.out << QCoreApplication::translate("etp::app::AnswerCommand",
                                                      "%1: answered yes by %2; it no longer holds its %n phase(s).",
                                                      nullptr, phases)
                              .arg(findingId, who)
                       << Qt::endl;
            else
                io.out << QCoreApplication::translate("etp::app::AnswerCommand",
                                                      "%1: answered no by %2; it still holds %n phase(s).", nullptr,
                                                      phases)
                              .arg(findingId, who)
                       << Qt::endl;
        });
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("answer"),
                   QCoreApplication::translate("etp::app::AnswerCommand",
                                               "answer P FINDING-ID yes|no [--by NAME] [--note TEXT]  answer a "
                                               "manual rule"),
                   run, help};
});

} // namespace

} // namespace etp::app
