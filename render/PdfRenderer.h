#pragma once

// Paints a document (core/document) as paginated pages: a title page, a table of contents with page numbers, a
// header and a "page X of Y" footer on every page, checkboxes and sign-off lines, table headers repeated on each page
// and no table row or checklist item split across pages.

#include "document/Document.h"
#include "model/Result.h"

#include <functional>

class QIODevice;
class QPagedPaintDevice;

namespace etp::render {

enum class Paper : int { A4 = 0, Letter };

struct PageOptions {
    Paper paper = Paper::A4;
    /// Called now and then with the work done out of the total; returning false cancels the rendering.
    std::function<bool(int done, int total)> progress;
};

/// Sets the paper size and margins of a paged device (a QPdfWriter or a printer) for documents.
void setUpPage(QPagedPaintDevice &device, Paper paper);

/// Paints the document on a paged device whose page layout is already set (setUpPage, or a printer the person set
/// up). Returns an error with code "cancelled" when the progress callback asked to stop, "paint" when the device
/// could not be painted on.
Status paintDocument(const document::Document &document, QPagedPaintDevice &device, const PageOptions &options = {});

/// Writes the document as PDF to `output` (open for writing): A4 or Letter, with the document's title as the PDF
/// title.
Status writePdf(const document::Document &document, QIODevice &output, const PageOptions &options = {});

} // namespace etp::render
