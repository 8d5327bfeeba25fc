#pragma once

// Runs the real exchange-transition-planner executable the way a script on a server would.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace etp::test {

struct AppRun {
    int exitCode = -1; ///< -1 when the program crashed
    QString out;
    QString err;
};

/// Runs the program with no display and an English UTF-8 locale; `environment` adds or overrides variables and
/// `input` is written to its standard input (then closed). Fails the test when it does not end within a minute.
AppRun runApp(const QStringList &arguments, const QMap<QString, QString> &environment = {},
              const QByteArray &input = {});

} // namespace etp::test
