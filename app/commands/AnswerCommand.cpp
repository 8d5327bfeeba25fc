// answer P FINDING-ID yes|no [--by NAME] [--note TEXT]: records a person's answer to a manual finding.
#include "Command.h"
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
    io.err << message << Qt::endl << usage() << Qt::endl;
    return ExitUsage;
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

    Result<Project> loaded = loadProject(path);
    if (!loaded) {
        io.err << loaded.error().message << Qt::endl;
        return ExitFailure;
    }
    Project project = std::move(*loaded);
    const QList<Finding> findings = evaluateRules(project);
    const Finding *finding = nullptr;
    for (const auto &f : findings) {
        if (f.id == findingId)
            finding = &f;
    }
    if (!finding) {
        io.err << QCoreApplication::translate("etp::app::AnswerCommand",
                                              "answer: %1 has no finding \"%2\". Run `exchange-transition-planner "
                                              "plan %1` to list the findings and their ids.")
                      .arg(path, findingId)
               << Qt::endl;
        return ExitFailure;
    }
    if (finding->severity != Severity::Manual) {
        io.err << QCoreApplication::translate("etp::app::AnswerCommand",
                                              "answer: %1 is a %2 finding, not a question: it clears when the "
                                              "inventory no longer shows the problem. %3")
                      .arg(findingId, enumName(finding->severity), finding->remediation)
               << Qt::endl;
        return ExitFailure;
    }

    ManualAnswer answer;
    answer.findingId = findingId;
    answer.yes = reply == QLatin1String("yes");
    answer.by = by ? *by : loginName();
    answer.at = QDateTime::currentDateTimeUtc();
    answer.note = note.value_or(QString());
    auto &answers = project.plan.answers;
    answers.erase(
        std::remove_if(answers.begin(), answers.end(), [&](const ManualAnswer &a) { return a.findingId == findingId; }),
        answers.end());
    answers.append(answer);

    const Status saved = saveProject(path, project);
    if (!saved) {
        io.err << saved.error().message << Qt::endl;
        return ExitFailure;
    }
    const QString who = answer.by.isEmpty() ? QStringLiteral("-") : answer.by;
    const int phases = int(finding->holds.size() + finding->concerns.size());
    if (answer.yes)
        io.out << QCoreApplication::translate("etp::app::AnswerCommand",
                                              "%1: answered yes by %2; it no longer holds its %n phase(s).", nullptr,
                                              phases)
                      .arg(findingId, who)
               << Qt::endl;
    else
        io.out << QCoreApplication::translate("etp::app::AnswerCommand",
                                              "%1: answered no by %2; it still holds %n phase(s).", nullptr, phases)
                      .arg(findingId, who)
               << Qt::endl;
    return ExitSuccess;
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
