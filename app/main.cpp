// Entry point: the command line decides between a headless subcommand and the window. Headless commands run on a
// QCoreApplication, so they need no display; only the window creates a QApplication.
#include "Command.h"
#include "GuiLauncher.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <memory>

namespace {

using namespace etp::app;

QString programName()
{
    return QStringLiteral("exchange-transition-planner");
}

void printUsageLine(QTextStream &err)
{
    err << QCoreApplication::translate("etp::app::Main",
                                       "Usage: %1 [PROJECT.etplan | --demo | COMMAND ...]; run \"%1 --help\" for "
                                       "the commands.")
               .arg(programName())
        << Qt::endl;
}

void printHelp(QTextStream &out)
{
    const QString p = programName();
    out << QCoreApplication::translate("etp::app::Main",
                                       "Exchange Transition Planner %1 plans the transition of an Exchange Server "
                                       "2003/2000 organization to Exchange Server 2007.")
               .arg(QStringLiteral(ETP_VERSION))
        << "\n\n";
    out << QCoreApplication::translate("etp::app::Main", "Usage:") << '\n';
    out << "  " << p << QCoreApplication::translate("etp::app::Main", " [PROJECT.etplan]") << "\n      "
        << QCoreApplication::translate("etp::app::Main", "Open the window on a project file.") << '\n';
    out << "  " << p << " --demo\n      "
        << QCoreApplication::translate("etp::app::Main", "Open the window on the bundled sample organization.") << '\n';
    out << "  " << p << QCoreApplication::translate("etp::app::Main", " --read-only PROJECT.etplan") << "\n      "
        << QCoreApplication::translate("etp::app::Main",
                                       "Open the window on a project file for review: everything is shown, nothing "
                                       "can be changed, the file stays as it is.")
        << '\n';
    out << "  " << p << QCoreApplication::translate("etp::app::Main", " COMMAND [OPTIONS]") << "\n      "
        << QCoreApplication::translate("etp::app::Main", "Run a command without a window.") << "\n\n";
    out << QCoreApplication::translate("etp::app::Main", "Commands:") << '\n';
    for (const auto &command : commands())
        out << "  " << command.synopsis << '\n';
    out << '\n' << QCoreApplication::translate("etp::app::Main", "Options:") << '\n';
    out << "  --lang de|en   "
        << QCoreApplication::translate("etp::app::Main", "Use this language instead of the system's.") << '\n';
    out << "  --help         " << QCoreApplication::translate("etp::app::Main", "Show this help.") << '\n';
    out << "  --version      " << QCoreApplication::translate("etp::app::Main", "Show the version.") << "\n\n";
    out << QCoreApplication::translate("etp::app::Main", "Run \"%1 COMMAND --help\" for the options of a command.")
               .arg(p)
        << '\n';
    out << QCoreApplication::translate("etp::app::Main",
                                       "Exit status: 0 success, 1 failure (the reason is written to standard error), "
                                       "2 bad usage.")
        << Qt::endl;
}

/// Removes "--lang X" / "--lang=X" from the arguments. Returns false when the option has no value.
bool takeLanguage(QStringList &arguments, QString &language)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
            arguments.removeAt(i);
            return !language.isEmpty();
        }
        if (argument == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size())
                return false;
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
            return true;
        }
    }
    return true;
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

/// `export` paints PDF pages with Qt Gui: it runs on a QGuiApplication on the offscreen platform, so it needs no
/// display either.
std::unique_ptr<QCoreApplication> makeHeadlessApplication(int &argc, char *argv[], const QString &command)
{
    if (command != QLatin1String("export"))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // On a server session without XDG_RUNTIME_DIR, Qt picks a private runtime folder itself but warns on stderr;
    // name the same folder so a script's error output stays clean.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::tempPath() + QStringLiteral("/runtime-") + qEnvironmentVariable("USER", QStringLiteral("user"));
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runHeadless(int argc, char *argv[], QStringList arguments, const QString &language, bool languageOk)
{
    const std::unique_ptr<QCoreApplication> application = makeHeadlessApplication(argc, argv, arguments.first());
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(programName());
    QCoreApplication::setApplicationVersion(QStringLiteral(ETP_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    installTranslators(app, language, err);
    // The command table translates its synopses when it is built: rebuild it now that the catalogue is installed.
    commands().clear();
    if (!languageOk) {
        err << QCoreApplication::translate("etp::app::Main", "The option --lang needs a language, e.g. --lang de.")
            << Qt::endl;
        return ExitUsage;
    }

    const QString first = arguments.first();
    if (isHelp(first)) {
        printHelp(out);
        return ExitSuccess;
    }
    if (first == QLatin1String("--version")) {
        out << programName() << ' ' << QStringLiteral(ETP_VERSION) << Qt::endl;
        return ExitSuccess;
    }
    const Command *command = findCommand(first);
    if (!command && !first.startsWith(QLatin1Char('-'))) {
        err << (arguments.size() == 1
                    ? QCoreApplication::translate("etp::app::Main", "\"%1\" is neither a command nor a project file.")
                    : QCoreApplication::translate("etp::app::Main",
                                                  "\"%1\" is not a command, and the window opens one project file "
                                                  "at a time."))
                   .arg(first)
            << Qt::endl;
        printUsageLine(err);
        return ExitUsage;
    }
    if (!command) {
        err << QCoreApplication::translate("etp::app::Main", "Unknown command or option \"%1\".").arg(first)
            << Qt::endl;
        printUsageLine(err);
        return ExitUsage;
    }
    arguments.removeFirst();
    if (std::any_of(arguments.cbegin(), arguments.cend(), isHelp)) {
        command->help(out);
        out.flush();
        return ExitSuccess;
    }
    CommandIo io{out, err};
    const int status = command->run(arguments, io);
    out.flush();
    err.flush();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QString language;
    const bool languageOk = takeLanguage(arguments, language);

    // --read-only asks the window for a review; without a window it is left for the command to refuse.
    const QStringList withReadOnly = arguments;
    const bool readOnly = arguments.removeAll(QStringLiteral("--read-only")) > 0;
    // No argument, --demo or one path that is not a command: the window. Anything else runs headless.
    bool gui = arguments.isEmpty() || (arguments.size() == 1 && arguments.first() == QLatin1String("--demo"));
    if (arguments.size() == 1 && !arguments.first().startsWith(QLatin1Char('-'))) {
        // A project file (existing, or named like one) opens the window; any other word is taken for a command, so
        // a mistyped command gets a usage message rather than a window. findCommand needs no application object.
        const QString &argument = arguments.first();
        gui = findCommand(argument) == nullptr &&
              (QFileInfo::exists(argument) || argument.endsWith(QLatin1String(".etplan"), Qt::CaseInsensitive));
    }
    if (gui && languageOk) {
        GuiRequest request;
        request.readOnly = readOnly;
        if (!arguments.isEmpty()) {
            if (arguments.first() == QLatin1String("--demo"))
                request.demo = true;
            else
                request.projectPath = arguments.first();
        }
        return runGui(argc, argv, request, language);
    }
    arguments = withReadOnly;
    if (arguments.isEmpty())
        arguments.append(QStringLiteral("--help"));
    return runHeadless(argc, argv, arguments, language, languageOk);
}
