// export P --format pdf|html|csv|md --out FILE [--document plan|inventory] [--routing-group NAME|ID | --site NAME|ID]
// [--open-only] [--paper a4|letter] [--bom]: writes a printable document of a project (PRODUCT.md C9) without a
// display. The project file is only read.
#include "Command.h"
#include "DocumentExport.h"
#include "document/DocumentBuilder.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "etp::app::ExportCommand",
        "Usage: exchange-transition-planner export PROJECT.etplan --format pdf|html|csv|md --out FILE "
        "[--document plan|inventory] [--routing-group NAME|ID | --site NAME|ID] [--open-only] [--paper a4|letter] "
        "[--bom]");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate(
               "etp::app::ExportCommand",
               "Writes a printable document of the project: the transition checklist (blockers and open questions "
               "first, then the phases with their tasks, checkboxes and a sign-off line each, the legacy servers to "
               "keep and the effort), or the inventory report (the Tables 1, 2 and 3 of Microsoft's Exchange 2007 "
               "transition guidance, filled from the project with the source of each value). Needs no display; the "
               "project file is only read.")
        << "\n\n"
        << "  --format pdf|html|csv|md        "
        << QCoreApplication::translate("etp::app::ExportCommand",
                                       "PDF with a title page, contents and page numbers; standalone HTML; CSV with "
                                       "one row per task (checklist only); Markdown with task boxes.")
        << '\n'
        << "  --out FILE                      "
        << QCoreApplication::translate("etp::app::ExportCommand", "The file to write; an earlier one is replaced.")
        << '\n'
        << "  --document plan|inventory       "
        << QCoreApplication::translate("etp::app::ExportCommand",
                                       "The checklist of the plan (the default) or the inventory report.")
        << '\n'
        << "  --routing-group NAME|ID         "
        << QCoreApplication::translate("etp::app::ExportCommand",
                                       "Only the phases of one routing group (by its name, or by its id where names "
                                       "repeat).")
        << '\n'
        << "  --site NAME|ID                  "
        << QCoreApplication::translate("etp::app::ExportCommand",
                                       "Only the phases of one AD site and of the routing groups that move into it.")
        << '\n'
        << "  --open-only                     "
        << QCoreApplication::translate("etp::app::ExportCommand", "Only tasks not started or in progress.") << '\n'
        << "  --paper a4|letter               "
        << QCoreApplication::translate("etp::app::ExportCommand", "Paper size of the PDF (default A4).") << '\n'
        << "  --bom                           "
        << QCoreApplication::translate("etp::app::ExportCommand",
                                       "Start the CSV with a byte-order mark, so Excel reads it as UTF-8.")
        << Qt::endl;
}

int usageError(CommandIo &io, const QString &message)
{
    io.err << message << Qt::endl << usage() << Qt::endl;
    return ExitUsage;
}

/// The command's run, translated in the "etp::app::ExportCommand" context.
class ExportRun {
    Q_DECLARE_TR_FUNCTIONS(etp::app::ExportCommand)

public:
    static int run(const QStringList &arguments, CommandIo &io);
};

int ExportRun::run(const QStringList &arguments, CommandIo &io)
{
    QStringList positional;
    QMap<QString, QString> values;
    bool openOnly = false;
    bool bom = false;
    static const QStringList kValued{QStringLiteral("--format"),        QStringLiteral("--out"),
                                     QStringLiteral("--document"),      QStringLiteral("--paper"),
                                     QStringLiteral("--routing-group"), QStringLiteral("--site")};
    for (int i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString value;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (argument.startsWith(QLatin1String("--")) && equals > 0) {
            value = argument.mid(equals + 1);
            argument = argument.left(equals);
            if (!kValued.contains(argument))
                return usageError(io, tr("export: unknown option \"%1\".").arg(argument));
            values.insert(argument, value);
        } else if (kValued.contains(argument)) {
            if (i + 1 >= arguments.size())
                return usageError(io, tr("export: %1 needs a value.").arg(argument));
            values.insert(argument, arguments.at(++i));
        } else if (argument == QLatin1String("--open-only")) {
            openOnly = true;
        } else if (argument == QLatin1String("--bom")) {
            bom = true;
        } else if (argument.startsWith(QLatin1String("--"))) {
            return usageError(io, tr("export: unknown option \"%1\".").arg(argument));
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 1)
        return usageError(io, tr("export: name one project file."));
    if (!values.contains(QStringLiteral("--format")))
        return usageError(io, tr("export: --format is required (pdf, html, csv or md)."));
    if (values.value(QStringLiteral("--out")).isEmpty())
        return usageError(io, tr("export: --out FILE is required."));

    const auto format = enumFromName<render::Format>(values.value(QStringLiteral("--format")));
    if (!format)
        return usageError(io, tr("export: unknown format \"%1\"; use pdf, html, csv or md.")
                                  .arg(values.value(QStringLiteral("--format"))));
    const auto kind =
        enumFromName<document::DocumentKind>(values.value(QStringLiteral("--document"), QStringLiteral("plan")));
    if (!kind)
        return usageError(io, tr("export: unknown document \"%1\"; use plan or inventory.")
                                  .arg(values.value(QStringLiteral("--document"))));
    const auto paper =
        enumFromName<render::Paper>(values.value(QStringLiteral("--paper"), QStringLiteral("a4")).toLower());
    if (!paper)
        return usageError(
            io, tr("export: unknown paper \"%1\"; use a4 or letter.").arg(values.value(QStringLiteral("--paper"))));
    const bool byRoutingGroup = values.contains(QStringLiteral("--routing-group"));
    const bool bySite = values.contains(QStringLiteral("--site"));
    if (byRoutingGroup && bySite)
        return usageError(io, tr("export: name either --routing-group or --site, not both."));
    if (*kind == document::DocumentKind::Inventory && (byRoutingGroup || bySite || openOnly))
        return usageError(io, tr("export: the inventory report covers the whole organization; --routing-group, "
                                 "--site and --open-only belong to the plan."));
    if (!render::formatSupports(*format, *kind))
        return usageError(io, tr("export: CSV holds one row per task, so it writes the plan only; write the "
                                 "inventory report as pdf, html or md."));

    const QString path = positional.first();
    const Result<Project> loaded = loadProject(path);
    if (!loaded) {
        io.err << loaded.error().message << Qt::endl;
        return ExitFailure;
    }
    document::DocumentScope scope;
    if (byRoutingGroup || bySite) {
        Result<document::DocumentScope> found =
            byRoutingGroup
                ? document::routingGroupScope(loaded->inventory, values.value(QStringLiteral("--routing-group")))
                : document::siteScope(loaded->inventory, values.value(QStringLiteral("--site")));
        if (!found) {
            io.err << tr("export: %1").arg(found.error().message) << Qt::endl;
            return ExitFailure;
        }
        scope = *found;
    }
    scope.openOnly = openOnly;
    if (*format == render::Format::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        io.err << tr("export: PDF needs the graphics library, which could not start.") << Qt::endl;
        return ExitFailure;
    }

    const document::DocumentOrigin origin{QFileInfo(path).absoluteFilePath(), QFileInfo(path).lastModified()};
    const document::Document document = document::buildDocument(*loaded, *kind, scope, origin);
    render::ExportOptions options;
    options.format = *format;
    options.page.paper = *paper;
    options.csvByteOrderMark = bom;
    const QString out = values.value(QStringLiteral("--out"));
    const Status written = render::writeDocumentFile(document, out, options);
    if (!written) {
        io.err << written.error().message << Qt::endl;
        return ExitFailure;
    }
    return ExitSuccess;
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("export"),
                   QCoreApplication::translate("etp::app::ExportCommand",
                                               "export P --format pdf|html|csv|md --out FILE   printable checklist or "
                                               "inventory report"),
                   ExportRun::run, help};
});

} // namespace

} // namespace etp::app
