#include "DocumentFuzz.h"

#include "document/CsvRenderer.h"
#include "document/HtmlRenderer.h"
#include "document/MarkdownRenderer.h"

#include <cstdlib>

namespace etp::document {

Document documentFromBytes(const uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = text.split(QChar(0x1f));
    int next = 0;
    auto take = [&parts, &next] {
        return parts.at(next++ % parts.size());
    };

    Document document;
    document.labels = currentLabels();
    document.language = take();
    document.title = take();
    document.subtitle = take();
    document.titleBlock.rows.append({take(), take()});
    DocumentSection section{QStringLiteral("s1"), take(), 1, {}};
    section.blocks.append(Paragraph{take(), Paragraph::Style::Alert});
    section.blocks.append(KeyValues{{{take(), take()}}});
    section.blocks.append(Table{{take(), take()}, {1, 2}, {{take(), take()}, {take()}}, {1}});
    Checklist checklist{take(), take(), take(), take(), take(), {}};
    for (int i = 0; i < 3; ++i) {
        ChecklistItem item;
        item.key = take();
        item.title = take();
        item.detail = take();
        item.status = TaskStatus(i % 4);
        item.owner = take();
        item.note = take();
        item.metaLine = take();
        checklist.items.append(item);
    }
    section.blocks.append(checklist);
    section.blocks.append(SignOff{take()});
    document.sections.append(section);
    document.sections.append(DocumentSection{QStringLiteral("s2"), take(), 2, {}});
    return document;
}

int fuzzHtmlRenderer(const uint8_t *data, std::size_t size)
{
    const Document document = documentFromBytes(data, size);
    (void)renderHtml(document);
    const QString escaped = htmlEscaped(document.title).remove(QStringLiteral("<br>"));
    for (const QChar c : {QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('"'), QLatin1Char('\'')}) {
        if (escaped.contains(c))
            std::abort();
    }
    return 0;
}

int fuzzCsvRenderer(const uint8_t *data, std::size_t size)
{
    const Document document = documentFromBytes(data, size);
    (void)renderCsv(document, {true});
    const QString field = csvField(document.title);
    if (!field.startsWith(QLatin1Char('"')) || !field.endsWith(QLatin1Char('"')) || field.size() < 2)
        std::abort();
    return 0;
}

int fuzzMarkdownRenderer(const uint8_t *data, std::size_t size)
{
    const Document document = documentFromBytes(data, size);
    (void)renderMarkdown(document);
    const QString escaped = markdownEscaped(document.title);
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped.at(i) == QLatin1Char('<') && (i == 0 || escaped.at(i - 1) != QLatin1Char('\\')))
            std::abort();
    }
    return 0;
}

} // namespace etp::document
