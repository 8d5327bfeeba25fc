#pragma once

#include "document/Document.h"

#include <QByteArray>

namespace etp::document {

/// The document as one standalone HTML page (UTF-8, styles inline, print styles for A4 and Letter, no script, no
/// outside resource). Every text of the document is escaped: names from the directory come out as text.
QByteArray renderHtml(const Document &document);

/// Escapes text for HTML element content and attribute values; line breaks become <br>.
QString htmlEscaped(const QString &text);

} // namespace etp::document
