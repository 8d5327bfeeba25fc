// first-connector P RG-ID|default: chooses the routing group that hosts the first connector to Exchange 2007.
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
        "etp::app::FirstConnectorCommand",
        "Usage: exchange-transition-planner first-connector PROJECT.etplan RG-ID|default");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate("etp::app::FirstConnectorCommand",
                                       "Saves the legacy routing group whose bridgehead the first Hub Transport "
                                       "server's setup names, so that it hosts the first routing group connector "
                                       "to Exchange 2007. \"default\" forgets the choice.")
        << Qt::endl;
}

int run(const QStringList &arguments, CommandIo &io)
{
    if (arguments.size() != 2 || arguments.at(1).startsWith(QLatin1String("--")))
        return usageError(io,
                          QCoreApplication::translate("etp::app::FirstConnectorCommand",
                                                      "first-connector: name the project file and one routing group "
                                                      "id, or \"default\"."),
                          usage());
    const QString id = idList(arguments.at(1)).value(0);
    return applyEdit(io, arguments.at(0), [&](Project &project) { return setFirstConnectorRoutingGroup(project, id); });
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("first-connector"),
                   QCoreApplication::translate("etp::app::FirstConnectorCommand",
                                               "first-connector P RG-ID|default  choose the routing group of the "
                                               "first connector"),
                   run, help};
});

} // namespace

} // namespace etp::app
