#pragma once

// The PDF renderer's fuzzing entry point (see document/DocumentFuzz.h). Needs a QGuiApplication (offscreen).

#include <cstddef>
#include <cstdint>

namespace etp::render {

/// Paints the bytes' document (document::documentFromBytes) as a PDF into memory; returns 0.
int fuzzPdfRenderer(const uint8_t *data, std::size_t size);

} // namespace etp::render
