#include "HtmlRenderer.h"

namespace etp::document {

namespace {

const char *const kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 2em auto;
       max-width: 60em; line-height: 1.35; }
h1 { font-size: 20pt; margin-bottom: 0.1em; }
.subtitle { font-size: 13pt; color: #444; margin-top: 0; }
h2 { font-size: 14pt; border-bottom: 2px solid #2f5597; padding-bottom: 2px; margin-top: 1.6em; }
h3 { font-size: 11.5pt; margin-top: 1.3em; color: #2f5597; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { border: 1px solid #b7b7b7; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #dfe6f3; }
tr.empty td { background: #fff4d6; }
table.facts td, table.facts th { border: none; padding: 1px 8px 1px 0; background: none; }
table.facts th { font-weight: bold; white-space: nowrap; width: 12em; }
.alert { color: #9c0006; background: #ffe8e8; border-left: 4px solid #c00000; padding: 3px 6px; }
.muted { color: #666; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li { margin: 0.45em 0; padding-left: 1.7em; position: relative; }
.box { position: absolute; left: 0; top: 0; font-size: 13pt; line-height: 1; }
.title { font-weight: bold; }
.key { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; color: #555; word-break: break-all; }
.detail { color: #333; }
.meta { font-size: 9pt; color: #333; }
.signoff { margin: 1.2em 0 0.5em; padding-top: 2.2em; border-bottom: 1px solid #000; width: 70%; }
.signoff span { position: relative; top: -2.4em; }
nav ol { padding-left: 1.5em; }
nav li.level2 { margin-left: 1.5em; list-style: none; }
@page { margin: 18mm 15mm; }
@media print {
  body { margin: 0; max-width: none; }
  nav { page-break-after: always; }
  h2 { page-break-after: avoid; }
  h3 { page-break-after: avoid; }
  tr, li, .signoff { page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
)";

class HtmlWriter {
public:
    explicit HtmlWriter(const Document &document)
        : m_document(document)
    {
    }

    QString write()
    {
        m_out.reserve(1 << 16);
        m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + htmlEscaped(m_document.language) +
                 QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + htmlEscaped(m_document.title) +
                 QStringLiteral(" — ") + htmlEscaped(m_document.subtitle) + QStringLiteral("</title>\n<style>") +
                 QLatin1String(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n");
        m_out += QStringLiteral("<header>\n<h1>") + htmlEscaped(m_document.title) +
                 QStringLiteral("</h1>\n<p class=\"subtitle\">") + htmlEscaped(m_document.subtitle) +
                 QStringLiteral("</p>\n");
        keyValues(m_document.titleBlock);
        m_out += QStringLiteral("</header>\n");
        contents();
        for (const DocumentSection &section : m_document.sections)
            writeSection(section);
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out;
    }

private:
    void contents()
    {
        m_out +=
            QStringLiteral("<nav>\n<h2>") + htmlEscaped(m_document.labels.contents) + QStringLiteral("</h2>\n<ul>\n");
        for (const DocumentSection &section : m_document.sections) {
            if (section.level > m_document.tocDepth)
                continue;
            m_out += QStringLiteral("<li class=\"level%1\"><a href=\"#").arg(section.level) + htmlEscaped(section.id) +
                     QStringLiteral("\">") + htmlEscaped(section.title) + QStringLiteral("</a></li>\n");
        }
        m_out += QStringLiteral("</ul>\n</nav>\n");
    }

    void writeSection(const DocumentSection &section)
    {
        const QString tag = section.level <= 1 ? QStringLiteral("h2") : QStringLiteral("h3");
        m_out += QStringLiteral("<section>\n<") + tag + QStringLiteral(" id=\"") + htmlEscaped(section.id) +
                 QStringLiteral("\">") + htmlEscaped(section.title) + QStringLiteral("</") + tag +
                 QStringLiteral(">\n");
        for (const Block &block : section.blocks)
            std::visit([this](const auto &b) { writeBlock(b); }, block);
        m_out += QStringLiteral("</section>\n");
    }

    void writeBlock(const Paragraph &paragraph)
    {
        switch (paragraph.style) {
        case Paragraph::Style::Normal:
            m_out += QStringLiteral("<p>");
            break;
        case Paragraph::Style::Alert:
            m_out += QStringLiteral("<p class=\"alert\">");
            break;
        case Paragraph::Style::Muted:
            m_out += QStringLiteral("<p class=\"muted\">");
            break;
        }
        m_out += htmlEscaped(paragraph.text) + QStringLiteral("</p>\n");
    }

    void writeBlock(const KeyValues &values) { keyValues(values); }

    void keyValues(const KeyValues &values)
    {
        m_out += QStringLiteral("<table class=\"facts\">\n");
        for (const auto &[label, value] : values.rows)
            m_out += QStringLiteral("<tr><th>") + htmlEscaped(label) + QStringLiteral("</th><td>") +
                     htmlEscaped(value) + QStringLiteral("</td></tr>\n");
        m_out += QStringLiteral("</table>\n");
    }

    void writeBlock(const Table &table)
    {
        int total = 0;
        for (int weight : table.weights)
            total += weight;
        m_out += QStringLiteral("<table>\n<thead><tr>");
        for (int c = 0; c < table.headers.size(); ++c) {
            const int weight = c < table.weights.size() ? table.weights.at(c) : 1;
            m_out += QStringLiteral("<th style=\"width:%1%\">").arg(total > 0 ? weight * 100 / total : 0) +
                     htmlEscaped(table.headers.at(c)) + QStringLiteral("</th>");
        }
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < table.rows.size(); ++r) {
            m_out += table.emptyRows.contains(r) ? QStringLiteral("<tr class=\"empty\">") : QStringLiteral("<tr>");
            for (const QString &cell : table.rows.at(r))
                m_out += QStringLiteral("<td>") + htmlEscaped(cell) + QStringLiteral("</td>");
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody>\n</table>\n");
    }

    void writeBlock(const Checklist &checklist)
    {
        m_out += QStringLiteral("<ul class=\"checklist\">\n");
        for (const ChecklistItem &item : checklist.items) {
            m_out += QStringLiteral("<li><span class=\"box\" aria-label=\"") +
                     htmlEscaped(item.checked() ? m_document.labels.checked : m_document.labels.unchecked) +
                     QStringLiteral("\">") + (item.checked() ? QStringLiteral("☑") : QStringLiteral("☐")) +
                     QStringLiteral("</span><span class=\"title\">") + htmlEscaped(item.title) +
                     QStringLiteral("</span><br><span class=\"key\">") + htmlEscaped(item.key) +
                     QStringLiteral("</span>");
            if (!item.detail.isEmpty())
                m_out += QStringLiteral("<br><span class=\"detail\">") + htmlEscaped(item.detail) +
                         QStringLiteral("</span>");
            m_out += QStringLiteral("<br><span class=\"meta\">") + htmlEscaped(item.metaLine) +
                     QStringLiteral("</span></li>\n");
        }
        m_out += QStringLiteral("</ul>\n");
    }

    void writeBlock(const SignOff &signOff)
    {
        m_out += QStringLiteral("<div class=\"signoff\"><span>") + htmlEscaped(signOff.label) +
                 QStringLiteral("</span></div>\n");
    }

    const Document &m_document;
    QString m_out;
};

} // namespace

QString htmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        case '\n':
            out += QLatin1String("<br>");
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray renderHtml(const Document &document)
{
    return HtmlWriter(document).write().toUtf8();
}

} // namespace etp::document
