// order P RG-ID,...|default: sets the order of the legacy routing groups.
#include "Command.h"
#include "EditSupport.h"
#include "edit/PlanEdits.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate("etp::app::OrderCommand",
                                       "Usage: exchange-transition-planner order PROJECT.etplan RG-ID,...|default");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate("etp::app::OrderCommand",
                                       "Saves the order in which the legacy routing groups move (their ids, as "
                                       "`plan P --format json` lists them under routing_group_order). Routing groups "
                                       "not named follow in the default order; \"default\" forgets the saved order.")
        << Qt::endl;
}

int run(const QStringList &arguments, CommandIo &io)
{
    if (arguments.size() != 2 || arguments.at(1).startsWith(QLatin1String("--")))
        return usageError(io,
                          QCoreApplication::translate("etp::app::OrderCommand",
                                                      "order: name the project file and the routing group ids "
                                                      "separated by commas, or \"default\"."),
                          usage());
    const QStringList ids = idList(arguments.at(1));
    return applyEdit(io, arguments.at(0), [&](Project &project) { return setRoutingGroupOrder(project, ids); });
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("order"),
                   QCoreApplication::translate("etp::app::OrderCommand",
                                               "order P RG-ID,...|default        set the routing-group order"),
                   run, help};
});

} // namespace

} // namespace etp::app
