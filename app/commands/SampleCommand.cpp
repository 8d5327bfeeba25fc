// sample --out P [--force]: writes the bundled sample organization to a project file.
#include "Command.h"
#include "sample/SampleOrganization.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace etp::app {

namespace {

void help(QTextStream &out)
{
    out << QCoreApplication::translate("etp::app::SampleCommand",
                                       "Usage: exchange-transition-planner sample --out PROJECT.etplan [--force]")
        << "\n\n"
        << QCoreApplication::translate("etp::app::SampleCommand",
                                       "Writes the bundled sample organization (Fabrikam: 3 administrative groups, "
                                       "5 routing groups, 15 servers, 6 AD sites) to a new project file.")
        << "\n\n"
        << "  --out FILE   " << QCoreApplication::translate("etp::app::SampleCommand", "The project file to write.")
        << '\n'
        << "  --force      "
        << QCoreApplication::translate("etp::app::SampleCommand", "Replace the file when it exists already.")
        << Qt::endl;
}

int run(const QStringList &arguments, CommandIo &io)
{
    QString out;
    bool force = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--out") && i + 1 < arguments.size() && out.isEmpty()) {
            out = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--out=")) && out.isEmpty()) {
            out = argument.mid(6);
        } else if (argument == QLatin1String("--force")) {
            force = true;
        } else {
            io.err << QCoreApplication::translate("etp::app::SampleCommand", "sample: unexpected argument \"%1\".")
                          .arg(argument)
                   << Qt::endl;
            io.err << QCoreApplication::translate(
                          "etp::app::SampleCommand",
                          "Usage: exchange-transition-planner sample --out PROJECT.etplan [--force]")
                   << Qt::endl;
            return ExitUsage;
        }
    }
    if (out.isEmpty()) {
        io.err << QCoreApplication::translate("etp::app::SampleCommand",
                                              "sample: say where to write the project with --out PROJECT.etplan.")
               << Qt::endl;
        return ExitUsage;
    }
    if (QFileInfo::exists(out) && !force) {
        io.err << QCoreApplication::translate("etp::app::SampleCommand",
                                              "%1 exists already. Choose another file, or pass --force to replace it "
                                              "with the sample organization.")
                      .arg(out)
               << Qt::endl;
        return ExitFailure;
    }
    const QFileInfo target(out);
    if (!target.absoluteDir().exists()) {
        io.err << QCoreApplication::translate("etp::app::SampleCommand",
                                              "The folder %1 does not exist. Create it first, or choose a file in "
                                              "an existing folder.")
                      .arg(QDir::toNativeSeparators(target.absolutePath()))
               << Qt::endl;
        return ExitFailure;
    }
    const Status saved = saveProject(out, sampleProject());
    if (!saved) {
        io.err << saved.error().message << Qt::endl;
        return ExitFailure;
    }
    return ExitSuccess;
}

const CommandRegistration registration([] {
    return Command{
        QStringLiteral("sample"),
        QCoreApplication::translate("etp::app::SampleCommand",
                                    "sample --out P [--force]        write the bundled sample organization to a "
                                    "project file"),
        run, help};
});

} // namespace

} // namespace etp::app
