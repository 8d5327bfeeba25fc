// Entry point: the command line decides between a headless subcommand and the GUI.
#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Exchange Transition Planner"));
    QApplication::setApplicationVersion(QStringLiteral(ETP_VERSION));
    QTextStream(stdout) << QApplication::applicationName() << QLatin1Char(' ') << QApplication::applicationVersion()
                        << Qt::endl;
    return 0;
}
