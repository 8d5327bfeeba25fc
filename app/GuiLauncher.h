#pragma once

#include <QString>

namespace etp::app {

/// What the window should open: the sample organization, a project file, or nothing yet.
struct GuiRequest {
    bool demo = false;
    bool readOnly = false; ///< --read-only: for review, nothing can be changed
    QString projectPath;
};

/// Creates the QApplication, opens the main window as asked and runs the event loop; returns the exit code.
int runGui(int argc, char *argv[], const GuiRequest &request, const QString &language);

} // namespace etp::app
