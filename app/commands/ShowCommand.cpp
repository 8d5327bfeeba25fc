// show P [--format text|json]: prints the whole inventory of a project file.
#include "Command.h"
#include "inventory/InventoryJson.h"
#include "inventory/InventoryText.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate("etp::app::ShowCommand",
                                       "Usage: exchange-transition-planner show PROJECT.etplan [--format text|json]");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate("etp::app::ShowCommand",
                                       "Prints the whole inventory of a project: every section that Microsoft's "
                                       "Exchange 2007 transition guidance asks to document, servers, products and "
                                       "features, with each object's fields. The file is opened read-only and is "
                                       "not changed.")
        << "\n\n"
        << "  --format text   "
        << QCoreApplication::translate("etp::app::ShowCommand", "Readable text for a terminal (the default).") << '\n'
        << "  --format json   "
        << QCoreApplication::translate("etp::app::ShowCommand", "One JSON object, described in docs/json-show.md.")
        << Qt::endl;
}

int run(const QStringList &arguments, CommandIo &io)
{
    QString path;
    QString format = QStringLiteral("text");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--format") && i + 1 < arguments.size()) {
            format = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--format="))) {
            format = argument.mid(9);
        } else if (!argument.startsWith(QLatin1Char('-')) && path.isEmpty()) {
            path = argument;
        } else {
            io.err << QCoreApplication::translate("etp::app::ShowCommand", "show: unexpected argument \"%1\".")
                          .arg(argument)
                   << Qt::endl
                   << usage() << Qt::endl;
            return ExitUsage;
        }
    }
    if (path.isEmpty()) {
        io.err << QCoreApplication::translate("etp::app::ShowCommand", "show: name the project file to print.")
               << Qt::endl
               << usage() << Qt::endl;
        return ExitUsage;
    }
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        io.err << QCoreApplication::translate("etp::app::ShowCommand", "show: unknown format \"%1\"; use text or json.")
                      .arg(format)
               << Qt::endl;
        return ExitUsage;
    }
    const auto project = loadProject(path);
    if (!project) {
        io.err << project.error().message << Qt::endl;
        return ExitFailure;
    }
    if (format == QLatin1String("json"))
        io.out << QString::fromUtf8(QJsonDocument(inventoryToJson(*project)).toJson(QJsonDocument::Indented));
    else
        io.out << inventoryToText(*project);
    io.out.flush();
    return ExitSuccess;
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("show"),
                   QCoreApplication::translate("etp::app::ShowCommand",
                                               "show P [--format text|json]     print the whole inventory"),
                   run, help};
});

} // namespace

} // namespace etp::app
