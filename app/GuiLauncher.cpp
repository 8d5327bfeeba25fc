#include "GuiLauncher.h"

#include "MainWindow.h"
#include "Translations.h"
#include "window/Banner.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>

namespace etp::app {

namespace {

/// True when a window can be shown: a platform was chosen, or an X11 or Wayland display is there.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int runGui(int argc, char *argv[], const GuiRequest &request, const QString &language)
{
    if (!displayAvailable()) {
        QCoreApplication core(argc, argv);
        QTextStream err(stderr);
        installTranslators(core, language, err);
        err << QCoreApplication::translate("etp::app::Gui",
                                           "There is no display to open the window on (neither DISPLAY nor "
                                           "WAYLAND_DISPLAY is set). Run it in a desktop session, or use a command "
                                           "such as \"show\" that needs no window; \"--help\" lists them.")
            << Qt::endl;
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("exchange-transition-planner"));
    QApplication::setOrganizationName(QStringLiteral("exchange-transition-planner"));
    QApplication::setApplicationDisplayName(QApplication::translate("etp::app::Gui", "Exchange Transition Planner"));
    QApplication::setApplicationVersion(QStringLiteral(ETP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("exchange-transition-planner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/exchange-transition-planner.png")));
    QTextStream err(stderr);
    installTranslators(app, language, err);

    ui::MainWindow window;
    if (request.demo) {
        window.openSample(request.readOnly);
    } else if (!request.projectPath.isEmpty()) {
        const QString path = QFileInfo(request.projectPath).absoluteFilePath();
        // A failure is said where the person looks (the window's banner) and where a script looks (standard error).
        if (!window.openPath(path, request.readOnly))
            err << window.banner()->text() << Qt::endl;
    }
    window.show();
    return QApplication::exec();
}

} // namespace etp::app
