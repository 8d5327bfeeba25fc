// remove P OBJECT-ID [--drop-references]: removes an object from the inventory.
#include "Command.h"
#include "EditSupport.h"
#include "edit/InventoryEdits.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString removeUsage()
{
    return QCoreApplication::translate(
        "etp::app::AddCommand",
        "Usage: exchange-transition-planner remove PROJECT.etplan OBJECT-ID [--drop-references]");
}

void removeHelp(QTextStream &out)
{
    out << removeUsage() << "\n\n"
        << QCoreApplication::translate(
               "etp::app::AddCommand",
               "Removes an object from the inventory. When other objects name it (a store its storage group, a "
               "server its routing group), the removal is refused and they are listed, unless --drop-references is "
               "given: then those references are cleared as well. A discovered object removed by hand stays removed "
               "when the directory is read again, and the import lists it.")
        << "\n\n"
        << "  --drop-references   "
        << QCoreApplication::translate("etp::app::AddCommand", "Clear the references of the objects that name it.")
        << Qt::endl;
}

int remove(const QStringList &arguments, CommandIo &io)
{
    QStringList positional;
    bool drop = false;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--drop-references"))
            drop = true;
        else if (argument.startsWith(QLatin1String("--")))
            return usageError(
                io, QCoreApplication::translate("etp::app::AddCommand", "remove: unknown option \"%1\".").arg(argument),
                removeUsage());
        else
            positional.append(argument);
    }
    if (positional.size() != 2)
        return usageError(
            io, QCoreApplication::translate("etp::app::AddCommand", "remove: name the project file and one object id."),
            removeUsage());
    const QString &path = positional.at(0);
    const QString &id = positional.at(1);
    return applyEdit(io, path, [&](Project &project) -> Result<Change> {
        const QString kind = kindOfObject(project.inventory, id);
        if (kind.isEmpty())
            return Error{
                QStringLiteral("not-found"),
                QCoreApplication::translate("etp::app::AddCommand", "remove: %1 has no object with the id \"%2\".")
                    .arg(path, id)};
        return removeObject(project, kind, id, drop ? ReferencePolicy::Drop : ReferencePolicy::Refuse);
    });
}

const CommandRegistration removeRegistration([] {
    return Command{
        QStringLiteral("remove"),
        QCoreApplication::translate("etp::app::AddCommand", "remove P OBJECT-ID [--drop-references]  remove an object"),
        remove, removeHelp};
});

} // namespace

} // namespace etp::app
