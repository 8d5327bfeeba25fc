// The Catch2 runner for every test program. GUI test programs run offscreen unless told otherwise, so that they
// start without a display (CTest lists their tests at build time by running them).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef ETP_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <cstdlib>

int main(int argc, char *argv[])
{
#ifdef ETP_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
