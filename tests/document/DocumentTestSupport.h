#pragma once

// Projects for the document tests: the bundled sample, and the sample with hostile names in the places the documents
// print (a routing group, a server, an AD site, a task's owner and note).

#include "model/Project.h"

#include <QString>

namespace etp::test {

/// Text that must come out as text: markup, entities, quotes, commas, a line break and non-Latin letters.
QString hostileName();

/// The sample with a routing group, a server and a site renamed to hostileName(), and the first task of the plan
/// given a hostile owner and note.
Project hostileProject();

/// Runs python3 with a script and arguments; returns its standard output (fails the test when it fails).
QString runPython(const QString &script, const QStringList &arguments);

/// pdftotext -raw of a PDF file (fails the test when it fails).
QString pdfText(const QString &pdf);

} // namespace etp::test
