#pragma once

#include "document/Document.h"

#include <QByteArray>

namespace etp::document {

/// The document as Markdown (CommonMark with GitHub tables): tasks as `- [ ]` / `- [x]` items. Every text of the
/// document is escaped, so names from the directory come out as text, never as markup or links.
QByteArray renderMarkdown(const Document &document);

/// Escapes text for Markdown inline content: punctuation that could start markup or HTML gets a backslash; line
/// breaks become spaces (`inTable`: also pipes escaped and line breaks as <br>).
QString markdownEscaped(const QString &text, bool inTable = false);

} // namespace etp::document
