// set P OBJECT-ID [FIELD VALUE]: sets one field of one inventory object through the field descriptors; without a
// field, lists the object's fields with their kinds and values.
#include "Command.h"
#include "EditSupport.h"
#include "edit/InventoryEdits.h"
#include "model/FieldDescriptor.h"
#include "model/ObjectAccess.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate("etp::app::SetCommand",
                                       "Usage: exchange-transition-planner set PROJECT.etplan OBJECT-ID [FIELD VALUE]");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate(
               "etp::app::SetCommand",
               "Sets one field of one object of the inventory and saves the project. OBJECT-ID is the object's id as "
               "`show P --format json` prints it; the single objects are named by their kind (organization, forest, "
               "message_delivery, message_security, anti_spam, network_facts). The value is checked before it is "
               "saved, and becomes a typed value that rediscovery keeps. Without FIELD and VALUE, the command lists "
               "the object's fields with their kinds and values.")
        << "\n\n"
        << QCoreApplication::translate("etp::app::SetCommand",
                                       "Values: yes, no or unknown; numbers with a point for decimals; dates as "
                                       "YYYY-MM-DD; lists (addresses, references, phases, texts) separated by "
                                       "commas; references by the other object's id; the empty text \"\" clears the "
                                       "field. Derived fields (a server's product, service pack, build and site; "
                                       "probe results) are set by the program and refused here.")
        << "\n\n"
        << QCoreApplication::translate("etp::app::SetCommand", "Examples:") << '\n'
        << "  set P organization edgeWanted no\n"
        << "  set P SERVER-ID memoryGb 4\n"
        << "  set P PRODUCT-ID heldPhases mailbox,hub-transport\n"
        << Qt::endl;
}

void listFields(CommandIo &io, const Project &project, const QString &kind, const QString &id)
{
    io.out << objectKindLabel(kind) << ' ' << objectName(project.inventory, kind, id) << " (" << id << ")\n";
    visitObject(project.inventory, kind, id, [&](const auto &object) {
        for (const FieldDescriptor &d : fieldDescriptors(kind)) {
            QStringList flags{enumName(d.kind) + (d.list ? QStringLiteral(" list") : QString())};
            if (d.derived)
                flags.append(QCoreApplication::translate("etp::app::SetCommand", "derived"));
            if (d.manualOnly)
                flags.append(QCoreApplication::translate("etp::app::SetCommand", "manual"));
            io.out << "  " << d.name << " = " << d.format(fieldJson(object, d.name).value_or(QJsonValue())) << "   ["
                   << d.label() << "; " << flags.join(QStringLiteral(", ")) << "]\n";
        }
    });
    io.out.flush();
}

int run(const QStringList &arguments, CommandIo &io)
{
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("--")))
            return usageError(
                io, QCoreApplication::translate("etp::app::SetCommand", "set: unknown option \"%1\".").arg(argument),
                usage());
    }
    if (arguments.size() != 2 && arguments.size() != 4)
        return usageError(io,
                          QCoreApplication::translate("etp::app::SetCommand",
                                                      "set: name the project file, one object id, and a field with "
                                                      "its value (or neither, to list the fields)."),
                          usage());
    const QString &path = arguments.at(0);
    const QString &id = arguments.at(1);
    if (arguments.size() == 2) {
        const Result<Project> loaded = loadProject(path);
        if (!loaded) {
            io.err << loaded.error().message << Qt::endl;
            return ExitFailure;
        }
        const QString kind = kindOfObject(loaded->inventory, id);
        if (kind.isEmpty()) {
            io.err << QCoreApplication::translate("etp::app::SetCommand", "set: %1 has no object with the id \"%2\".")
                          .arg(path, id)
                   << Qt::endl;
            return ExitFailure;
        }
        listFields(io, *loaded, kind, id);
        return ExitSuccess;
    }
    const QString &field = arguments.at(2);
    const QString &text = arguments.at(3);
    return applyEdit(io, path, [&](Project &project) -> Result<Change> {
        const QString kind = kindOfObject(project.inventory, id);
        if (kind.isEmpty())
            return Error{
                QStringLiteral("not-found"),
                QCoreApplication::translate("etp::app::SetCommand", "set: %1 has no object with the id \"%2\".")
                    .arg(path, id)};
        const FieldDescriptor *d = fieldDescriptor(kind, field);
        if (!d)
            return setField(project, kind, id, field, QJsonValue()); // refused with the reason
        const Result<QJsonValue> value = d->parse(text);
        if (!value)
            return value.error();
        return setField(project, kind, id, field, *value);
    });
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("set"),
                   QCoreApplication::translate("etp::app::SetCommand",
                                               "set P OBJECT-ID [FIELD VALUE]    set (or list) the fields of an "
                                               "inventory object"),
                   run, help};
});

} // namespace

} // namespace etp::app
