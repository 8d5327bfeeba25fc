#include "MarkdownRenderer.h"

namespace etp::document {

namespace {

class MarkdownWriter {
public:
    explicit MarkdownWriter(const Document &document)
        : m_document(document)
    {
    }

    QString write()
    {
        m_out += QStringLiteral("# ") + markdownEscaped(m_document.title) + QStringLiteral("\n\n");
        if (!m_document.subtitle.isEmpty())
            m_out += QStringLiteral("**") + markdownEscaped(m_document.subtitle) + QStringLiteral("**\n\n");
        keyValues(m_document.titleBlock);
        m_out += QStringLiteral("## ") + markdownEscaped(m_document.labels.contents) + QStringLiteral("\n\n");
        for (const DocumentSection &section : m_document.sections) {
            if (section.level > m_document.tocDepth)
                continue;
            m_out += QString((section.level - 1) * 2, QLatin1Char(' ')) + QStringLiteral("- [") +
                     markdownEscaped(section.title) + QStringLiteral("](#") + section.id + QStringLiteral(")\n");
        }
        m_out += QLatin1Char('\n');
        for (const DocumentSection &section : m_document.sections) {
            m_out += QString(section.level + 1, QLatin1Char('#')) + QLatin1Char(' ') + markdownEscaped(section.title) +
                     QStringLiteral(" <a id=\"") + section.id + QStringLiteral("\"></a>\n\n");
            for (const Block &block : section.blocks)
                std::visit([this](const auto &b) { writeBlock(b); }, block);
        }
        return m_out;
    }

private:
    void keyValues(const KeyValues &values)
    {
        for (const auto &[label, value] : values.rows)
            m_out += QStringLiteral("- **") + markdownEscaped(label) + QStringLiteral(":** ") + markdownEscaped(value) +
                     QLatin1Char('\n');
        m_out += QLatin1Char('\n');
    }

    void writeBlock(const Paragraph &paragraph)
    {
        const QString text = markdownEscaped(paragraph.text);
        switch (paragraph.style) {
        case Paragraph::Style::Normal:
            m_out += text;
            break;
        case Paragraph::Style::Alert:
            m_out += QStringLiteral("> **") + text + QStringLiteral("**");
            break;
        case Paragraph::Style::Muted:
            m_out += QLatin1Char('_') + text + QLatin1Char('_');
            break;
        }
        m_out += QStringLiteral("\n\n");
    }

    void writeBlock(const KeyValues &values) { keyValues(values); }

    void writeBlock(const Table &table)
    {
        auto row = [this](const QStringList &cells) {
            m_out += QLatin1Char('|');
            for (const QString &cell : cells)
                m_out += QLatin1Char(' ') + markdownEscaped(cell, true) + QStringLiteral(" |");
            m_out += QLatin1Char('\n');
        };
        row(table.headers);
        m_out += QLatin1Char('|');
        for (qsizetype c = 0; c < table.headers.size(); ++c)
            m_out += QStringLiteral(" --- |");
        m_out += QLatin1Char('\n');
        for (const QStringList &cells : table.rows)
            row(cells);
        m_out += QLatin1Char('\n');
    }

    void writeBlock(const Checklist &checklist)
    {
        for (const ChecklistItem &item : checklist.items) {
            m_out += (item.checked() ? QStringLiteral("- [x] **") : QStringLiteral("- [ ] **")) +
                     markdownEscaped(item.title) + QStringLiteral("**  \n  `") + codeSpan(item.key) +
                     QStringLiteral("`  \n");
            if (!item.detail.isEmpty())
                m_out += QStringLiteral("  ") + markdownEscaped(item.detail) + QStringLiteral("  \n");
            m_out += QStringLiteral("  _") + markdownEscaped(item.metaLine) + QStringLiteral("_\n");
        }
        m_out += QLatin1Char('\n');
    }

    void writeBlock(const SignOff &signOff)
    {
        m_out += markdownEscaped(signOff.label) + QStringLiteral(" ______________________________\n\n");
    }

    /// Keys are made of stable ids; a backtick in one would end the code span, so it is dropped.
    static QString codeSpan(QString text)
    {
        text.remove(QLatin1Char('`'));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    }

    const Document &m_document;
    QString m_out;
};

} // namespace

QString markdownEscaped(const QString &text, bool inTable)
{
    static const QString kSpecial = QStringLiteral("\\`*_{}[]<>#|~&!()");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\r'))
            continue;
        if (c == QLatin1Char('\n')) {
            out += inTable ? QStringLiteral("<br>") : QStringLiteral(" ");
            continue;
        }
        if (kSpecial.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    // A line starting with digits and a dot, or with + or -, would become a list item.
    if (!out.isEmpty() &&
        (out.at(0) == QLatin1Char('+') || out.at(0) == QLatin1Char('-') || out.at(0) == QLatin1Char('=')))
        out.prepend(QLatin1Char('\\'));
    return out;
}

QByteArray renderMarkdown(const Document &document)
{
    return MarkdownWriter(document).write().toUtf8();
}

} // namespace etp::document
