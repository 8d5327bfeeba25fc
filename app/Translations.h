#pragma once

#include <QString>

class QCoreApplication;
class QTextStream;

namespace etp::app {

/// Installs the program's catalogue and Qt's own (for standard buttons) for `language` ("de", "en"), or for the
/// system locale when `language` is empty. A language without a catalogue is reported on `err` and English is used.
void installTranslators(QCoreApplication &app, const QString &language, QTextStream &err);

} // namespace etp::app
