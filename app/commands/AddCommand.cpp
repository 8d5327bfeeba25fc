// add P KIND [FIELD=VALUE ...]: adds a typed object to the inventory.
#include "Command.h"
#include "EditSupport.h"
#include "edit/InventoryEdits.h"
#include "model/FieldDescriptor.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString addUsage()
{
    return QCoreApplication::translate("etp::app::AddCommand",
                                       "Usage: exchange-transition-planner add PROJECT.etplan KIND [FIELD=VALUE ...]");
}

void addHelp(QTextStream &out)
{
    QStringList kinds;
    for (const QString &kind : inventoryKinds()) {
        if (!isSingleKind(kind))
            kinds.append(kind);
    }
    out << addUsage() << "\n\n"
        << QCoreApplication::translate("etp::app::AddCommand",
                                       "Adds an object a person knows about and the directory does not show (a "
                                       "server's hardware is set with `set`), with the fields given, checked as "
                                       "`set` checks them, and prints its new id. A name (or a subnet's prefix, a "
                                       "namespace's domain) is required.")
        << "\n\n"
        << QCoreApplication::translate("etp::app::AddCommand", "Kinds: %1").arg(kinds.join(QStringLiteral(", ")))
        << "\n\n"
        << QCoreApplication::translate("etp::app::AddCommand", "Example:") << '\n'
        << "  add P exchange_aware_product name=\"Archive Connector\" category=other heldPhases=mailbox" << Qt::endl;
}

int add(const QStringList &arguments, CommandIo &io)
{
    if (arguments.size() < 2)
        return usageError(
            io, QCoreApplication::translate("etp::app::AddCommand", "add: name the project file and a kind of object."),
            addUsage());
    const QString &path = arguments.at(0);
    const QString &kind = arguments.at(1);
    QList<std::pair<QString, QString>> values;
    for (const QString &argument : arguments.mid(2)) {
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(
                io,
                QCoreApplication::translate("etp::app::AddCommand", "add: \"%1\" is not FIELD=VALUE.").arg(argument),
                addUsage());
        values.append({argument.left(equals), argument.mid(equals + 1)});
    }
    return applyEdit(
        io, path,
        [&](Project &project) -> Result<Change> {
            QJsonObject json;
            for (const auto &[field, text] : values) {
                const FieldDescriptor *d = fieldDescriptor(kind, field);
                if (!d)
                    return addObject(project, kind, QJsonObject{{field, QJsonValue()}}); // refused with the reason
                const Result<QJsonValue> value = d->parse(text);
                if (!value)
                    return value.error();
                json.insert(field, *value);
            }
            return addObject(project, kind, json);
        },
        [&](const Project &, const Change &change) { io.out << change.objectId << Qt::endl; });
}

const CommandRegistration addRegistration([] {
    return Command{QStringLiteral("add"),
                   QCoreApplication::translate("etp::app::AddCommand",
                                               "add P KIND [FIELD=VALUE ...]     add an object to the inventory"),
                   add, addHelp};
});

} // namespace

} // namespace etp::app
