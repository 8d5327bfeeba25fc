// targets P RG-ID SITE-ID,...|default: chooses the AD sites a routing group's Exchange 2007 servers go to.
#include "Command.h"
#include "EditSupport.h"
#include "edit/PlanEdits.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "etp::app::TargetsCommand",
        "Usage: exchange-transition-planner targets PROJECT.etplan RG-ID SITE-ID,...|default");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate("etp::app::TargetsCommand",
                                       "Saves the AD sites the Exchange 2007 servers of a routing group go to (site "
                                       "ids, separated by commas). \"default\" forgets the choice: the routing group "
                                       "then targets the sites of its legacy mailbox servers.")
        << Qt::endl;
}

int run(const QStringList &arguments, CommandIo &io)
{
    if (arguments.size() != 3 || arguments.at(2).startsWith(QLatin1String("--")))
        return usageError(io,
                          QCoreApplication::translate("etp::app::TargetsCommand",
                                                      "targets: name the project file, one routing group id and the "
                                                      "site ids separated by commas, or \"default\"."),
                          usage());
    const QStringList sites = idList(arguments.at(2));
    return applyEdit(io, arguments.at(0),
                     [&](Project &project) { return setTargetSites(project, arguments.at(1), sites); });
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("targets"),
                   QCoreApplication::translate("etp::app::TargetsCommand",
                                               "targets P RG-ID SITE-ID,...|default  set a routing group's target "
                                               "sites"),
                   run, help};
});

} // namespace

} // namespace etp::app
