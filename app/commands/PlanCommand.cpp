// plan P [--format text|json]: prints the readiness findings of a project (PRODUCT.md "Command line").
#include "Command.h"
#include "report/FindingsJson.h"
#include "rules/RuleCatalog.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate("etp::app::PlanCommand",
                                       "Usage: exchange-transition-planner plan PROJECT.etplan [--format text|json]");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate("etp::app::PlanCommand",
                                       "Checks the project's readiness for Exchange 2007 and prints every finding: "
                                       "its rule, severity, subject, message, remediation and the phases it holds or "
                                       "concerns. Manual findings show the answer recorded with `answer`. The project "
                                       "file is only read.")
        << "\n\n"
        << "  --format text|json   "
        << QCoreApplication::translate("etp::app::PlanCommand",
                                       "text (the default) for people, findings that hold a phase first; json for "
                                       "scripts (documented in docs/plan-json.md).")
        << Qt::endl;
}

int usageError(CommandIo &io, const QString &message)
{
    io.err << message << Qt::endl << usage() << Qt::endl;
    return ExitUsage;
}

int run(const QStringList &arguments, CommandIo &io)
{
    QStringList positional;
    QString format = QStringLiteral("text");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--format")) {
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

    const Result<Project> project = loadProject(positional.first());
    if (!project) {
        io.err << project.error().message << Qt::endl;
        return ExitFailure;
    }
    const QList<Finding> findings = evaluateRules(*project);
    if (format == QLatin1String("json")) {
        io.out << "{\"findings\": ";
        writeFindingsJson(io.out, findings);
        io.out << "}\n";
    } else {
        io.out << findingsToText(findings);
    }
    io.out.flush();
    return ExitSuccess;
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("plan"),
                   QCoreApplication::translate("etp::app::PlanCommand",
                                               "plan P [--format text|json]     readiness findings of a project"),
                   run, help};
});

} // namespace

} // namespace etp::app
