#pragma once

// Writes a document in one of the export formats (C9), for the command line and the window alike.

#include "PdfRenderer.h"

class QIODevice;

namespace etp::render {

enum class Format : int { Pdf = 0, Html, Csv, Markdown };

/// How to write a document.
struct ExportOptions {
    Format format = Format::Pdf;
    PageOptions page; ///< paper, progress and cancel (progress is called for PDF only)
    bool csvByteOrderMark = false;
};

/// True when the format can hold that document: CSV holds tasks, so it writes only the plan's checklist.
bool formatSupports(Format format, document::DocumentKind kind);

/// Writes the document to an open device.
Status writeDocument(const document::Document &document, QIODevice &output, const ExportOptions &options);

/// Writes the document to a file, atomically: a failed or cancelled export leaves any earlier file as it was.
Status writeDocumentFile(const document::Document &document, const QString &path, const ExportOptions &options);

} // namespace etp::render

template <> struct etp::EnumNames<etp::render::Format> {
    static constexpr std::array<const char *, 4> names{"pdf", "html", "csv", "md"};
};
template <> struct etp::EnumNames<etp::render::Paper> {
    static constexpr std::array<const char *, 2> names{"a4", "letter"};
};
