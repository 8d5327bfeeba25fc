#pragma once

#include "document/Document.h"

#include <QByteArray>

namespace etp::document {

struct CsvOptions {
    bool byteOrderMark = false; ///< start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8
};

/// One row per task of the document's checklists (key, phase, scope, subject, title, status, owner, date, note, held
/// by) after a header row; RFC 4180: comma separated, CRLF line ends, fields quoted, quotes doubled; UTF-8. A field
/// that a spreadsheet would take for a formula (starting with =, +, - or @) gets a leading apostrophe.
QByteArray renderCsv(const Document &document, const CsvOptions &options = {});

/// One CSV field, quoted as RFC 4180 asks.
QString csvField(const QString &text);

} // namespace etp::document
