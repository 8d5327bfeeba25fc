#include "PdfFuzz.h"

#include "PdfRenderer.h"
#include "document/DocumentFuzz.h"

#include <QBuffer>

namespace etp::render {

int fuzzPdfRenderer(const uint8_t *data, std::size_t size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    (void)writePdf(document::documentFromBytes(data, size), buffer);
    return 0;
}

} // namespace etp::render
