#include "DocumentExport.h"

#include "document/CsvRenderer.h"
#include "document/HtmlRenderer.h"
#include "document/MarkdownRenderer.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace etp::render {

namespace {

class ExportText {
    Q_DECLARE_TR_FUNCTIONS(etp::render)

public:
    static Error notWritten(const QString &path, const QString &reason)
    {
        return {QStringLiteral("write"), tr("Could not write %1: %2").arg(path, reason)};
    }
};

} // namespace

bool formatSupports(Format format, document::DocumentKind kind)
{
    return format != Format::Csv || kind == document::DocumentKind::Plan;
}

Status writeDocument(const document::Document &document, QIODevice &output, const ExportOptions &options)
{
    QByteArray bytes;
    switch (options.format) {
    case Format::Pdf:
        return writePdf(document, output, options.page);
    case Format::Html:
        bytes = document::renderHtml(document);
        break;
    case Format::Csv:
        bytes = document::renderCsv(document, {options.csvByteOrderMark});
        break;
    case Format::Markdown:
        bytes = document::renderMarkdown(document);
        break;
    }
    if (output.write(bytes) != bytes.size())
        return ExportText::notWritten(QString(), output.errorString());
    return Status::success();
}

Status writeDocumentFile(const document::Document &document, const QString &path, const ExportOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportText::notWritten(path, file.errorString());
    const Status written = writeDocument(document, file, options);
    if (!written) {
        file.cancelWriting();
        if (written.error().code == QLatin1String("write"))
            return ExportText::notWritten(path, file.errorString());
        return written;
    }
    if (!file.commit())
        return ExportText::notWritten(path, file.errorString());
    return Status::success();
}

} // namespace etp::render
