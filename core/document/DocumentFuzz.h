#pragma once

// Entry points for fuzzing the renderers (libFuzzer's LLVMFuzzerTestOneInput calls one of them): the bytes become the
// texts of a document with every kind of block, which is then rendered. Each returns 0; a violated invariant aborts.

#include "document/Document.h"

#include <cstddef>
#include <cstdint>

namespace etp::document {

/// A document whose texts (titles, cells, task fields, notes) come from the bytes, read as UTF-8 and cut at 0x1F.
Document documentFromBytes(const uint8_t *data, std::size_t size);

/// Renders the bytes' document as HTML; aborts when escaped text still holds markup characters.
int fuzzHtmlRenderer(const uint8_t *data, std::size_t size);
/// Renders the bytes' document as CSV; aborts when a field does not start and end with a quote.
int fuzzCsvRenderer(const uint8_t *data, std::size_t size);
/// Renders the bytes' document as Markdown; aborts when escaped text still holds an unescaped '<'.
int fuzzMarkdownRenderer(const uint8_t *data, std::size_t size);

} // namespace etp::document
