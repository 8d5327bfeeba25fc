#include "PdfRenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace etp::render {

using namespace etp::document;

namespace {

class RenderText {
    Q_DECLARE_TR_FUNCTIONS(etp::render)

public:
    static Error cancelled() { return {QStringLiteral("cancelled"), tr("The export was cancelled.")}; }
    static Error notPainted()
    {
        return {QStringLiteral("paint"), tr("The document could not be drawn: the printer or file refused it.")};
    }
};

enum Font : quint8 { Body = 0, Bold, Cell, CellBold, Small, Mono, Heading1, Heading2, Title, Subtitle, FontCount };
enum Color : quint8 { Ink = 0, Grey, Accent, AlertInk, AlertFill, HeaderFill, EmptyFill, Rule, ColorCount };

const std::array<QColor, ColorCount> kColors{
    QColor(0x1a, 0x1a, 0x1a), QColor(0x55, 0x55, 0x55), QColor(0x2f, 0x55, 0x97), QColor(0x9c, 0x00, 0x06),
    QColor(0xff, 0xe8, 0xe8), QColor(0xdf, 0xe6, 0xf3), QColor(0xff, 0xf4, 0xd6), QColor(0xb7, 0xb7, 0xb7)};

/// One thing to paint on a page, in device units.
struct Op {
    enum Kind : quint8 { Text, Fill, Frame, HorizontalRule, CheckBox };
    Kind kind = Text;
    quint8 font = Body;
    quint8 color = Ink;
    bool checked = false;
    QRectF rect;
    QString text;
};

/// Lays the document out into pages of paint operations (pass one), then paints them (pass two), so that the table
/// of contents and the footers know every page number before anything is painted.
class Pager {
public:
    Pager(const Document &document, QPagedPaintDevice &device, const PageOptions &options)
        : m_document(document)
        , m_device(device)
        , m_options(options)
    {
        m_k = device.logicalDpiY() / 72.0;
        m_width = device.width();
        m_height = device.height();
        const double headerHeight = pt(20);
        m_top = headerHeight;
        m_bottom = m_height - pt(20);
        const std::array<std::pair<double, bool>, FontCount> sizes{{{9, false},
                                                                    {9, true},
                                                                    {8, false},
                                                                    {8, true},
                                                                    {7.5, false},
                                                                    {7, false},
                                                                    {15, true},
                                                                    {11.5, true},
                                                                    {24, true},
                                                                    {14, false}}};
        for (int f = 0; f < FontCount; ++f) {
            QFont font(f == Mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
            font.setPointSizeF(sizes[f].first);
            font.setBold(sizes[f].second);
            // No ligatures: a reader copying "fi" from the PDF, or searching it, gets two letters, not U+FB01.
            // (Scripts that need shaping, such as Arabic, are still shaped.)
            font.setStyleStrategy(QFont::PreferNoShaping);
            m_fonts[f] = font;
            m_metrics[f] = std::make_unique<QFontMetricsF>(font, &device);
        }
    }

    Status run()
    {
        for (const DocumentSection &section : m_document.sections) {
            if (section.level <= m_document.tocDepth)
                m_tocEntries.append(&section);
        }
        m_total = int(m_document.sections.size()) * 2 + 2;
        titlePage();
        reserveContents();
        int done = 0;
        for (const DocumentSection &section : m_document.sections) {
            layOutSection(section);
            if (!report(++done))
                return RenderText::cancelled();
        }
        return paint(done);
    }

private:
    double pt(double points) const { return points * m_k; }
    double bodyHeight() const { return m_bottom - m_top; }
    const QFontMetricsF &metrics(int font) const { return *m_metrics[font]; }

    bool report(int done) const { return !m_options.progress || m_options.progress(done, m_total); }

    // --- text ---

    static QString forLayout(QString text)
    {
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        text.remove(QLatin1Char('\r'));
        return text;
    }

    bool fitsOnOneLine(const QString &text, int font, double width) const
    {
        return !text.contains(QLatin1Char('\n')) && metrics(font).horizontalAdvance(text) <= width;
    }

    /// Breaks the text into lines of the width (at word boundaries, or anywhere in a word longer than a line);
    /// returns the height.
    static double breakLines(QTextLayout &layout, double width)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        double y = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        return y;
    }

    double textHeight(const QString &text, int font, double width) const
    {
        if (text.isEmpty())
            return 0;
        if (fitsOnOneLine(text, font, width))
            return metrics(font).height();
        QTextLayout layout(forLayout(text), m_fonts[font], &m_device);
        return breakLines(layout, width);
    }

    void drawText(QPainter &painter, const Op &op) const
    {
        painter.setFont(m_fonts[op.font]);
        painter.setPen(kColors[op.color]);
        if (fitsOnOneLine(op.text, op.font, op.rect.width())) {
            painter.drawText(QPointF(op.rect.left(), op.rect.top() + metrics(op.font).ascent()), op.text);
            return;
        }
        QTextLayout layout(forLayout(op.text), m_fonts[op.font], &m_device);
        const double height = breakLines(layout, op.rect.width());
        if (height > op.rect.height() + 0.5) {
            painter.save();
            painter.setClipRect(op.rect);
            layout.draw(&painter, op.rect.topLeft());
            painter.restore();
        } else {
            layout.draw(&painter, op.rect.topLeft());
        }
    }

    // --- flow ---

    QList<Op> &page() { return m_pages.last(); }

    void newPage()
    {
        m_pages.append(QList<Op>());
        m_y = m_top;
    }

    bool pageIsEmpty() const { return m_y <= m_top + 0.5; }

    /// Starts a new page unless `height` still fits on this one (or the page is empty anyway).
    void keep(double height)
    {
        if (m_y + height > m_bottom && !pageIsEmpty())
            newPage();
    }

    /// A unit never splits: one taller than a whole page is cut at the page's end.
    double clipped(double height) const { return std::min(height, bodyHeight()); }

    void text(const QRectF &rect, int font, int color, const QString &value)
    {
        if (!value.isEmpty())
            page().append({Op::Text, quint8(font), quint8(color), false, rect, value});
    }

    void shape(Op::Kind kind, const QRectF &rect, int color, bool checked = false)
    {
        page().append({kind, Body, quint8(color), checked, rect, QString()});
    }

    void titlePage()
    {
        newPage();
        m_y = m_top + pt(90);
        const double h1 = textHeight(m_document.title, Title, m_width);
        text(QRectF(0, m_y, m_width, h1), Title, Accent, m_document.title);
        m_y += h1 + pt(8);
        const double h2 = textHeight(m_document.subtitle, Subtitle, m_width);
        text(QRectF(0, m_y, m_width, h2), Subtitle, Grey, m_document.subtitle);
        m_y += h2 + pt(6);
        shape(Op::HorizontalRule, QRectF(0, m_y, m_width, 0), Accent);
        m_y += pt(18);
        keyValues(m_document.titleBlock);
    }

    double contentsLineHeight() const { return metrics(Body).height() + pt(4); }
    double contentsHeadingHeight() const { return metrics(Heading1).height() + pt(10); }

    /// The table of contents takes whole pages after the title page; how many depends only on its entry count.
    void reserveContents()
    {
        const int perFirst = std::max(1, int((bodyHeight() - contentsHeadingHeight()) / contentsLineHeight()));
        const int perNext = std::max(1, int(bodyHeight() / contentsLineHeight()));
        const int entries = int(m_tocEntries.size());
        m_contentsPages = entries <= perFirst ? 1 : 1 + (entries - perFirst + perNext - 1) / perNext;
        m_contentsPerFirst = perFirst;
        m_contentsPerNext = perNext;
        for (int i = 0; i < m_contentsPages; ++i)
            newPage();
        newPage();
    }

    void layOutSection(const DocumentSection &section)
    {
        if (section.level <= 1) {
            if (!pageIsEmpty())
                newPage();
        } else {
            keep(metrics(Heading2).height() + pt(80));
        }
        m_sectionPages.insert(&section, int(m_pages.size()));
        const int font = section.level <= 1 ? Heading1 : Heading2;
        const double h = clipped(textHeight(section.title, font, m_width));
        text(QRectF(0, m_y, m_width, h), font, Accent, section.title);
        m_y += h + pt(section.level <= 1 ? 3 : 2);
        if (section.level <= 1) {
            shape(Op::HorizontalRule, QRectF(0, m_y, m_width, 0), Accent);
            m_y += pt(8);
        } else {
            m_y += pt(3);
        }
        for (const Block &block : section.blocks)
            std::visit([this](const auto &b) { layOut(b); }, block);
        m_y += pt(6);
    }

    void layOut(const Paragraph &paragraph)
    {
        const bool alert = paragraph.style == Paragraph::Style::Alert;
        const double pad = alert ? pt(4) : 0;
        const int color = alert ? AlertInk : paragraph.style == Paragraph::Style::Muted ? Grey : Ink;
        const double h = clipped(textHeight(paragraph.text, alert ? Bold : Body, m_width - 2 * pad) + 2 * pad);
        keep(h);
        if (alert) {
            shape(Op::Fill, QRectF(0, m_y, m_width, h), AlertFill);
            shape(Op::Fill, QRectF(0, m_y, pt(3), h), AlertInk);
        }
        text(QRectF(pad * 2, m_y + pad, m_width - 3 * pad, h - 2 * pad), alert ? Bold : Body, color, paragraph.text);
        m_y += h + pt(6);
    }

    void layOut(const KeyValues &values) { keyValues(values); }

    void keyValues(const KeyValues &values)
    {
        const double labelWidth = m_width * 0.3;
        const double valueWidth = m_width - labelWidth - pt(8);
        for (const auto &[label, value] : values.rows) {
            const double h =
                clipped(std::max(textHeight(label, Bold, labelWidth), textHeight(value, Body, valueWidth)));
            keep(h);
            text(QRectF(0, m_y, labelWidth, h), Bold, Ink, label);
            text(QRectF(labelWidth + pt(8), m_y, valueWidth, h), Body, Ink, value);
            m_y += h + pt(2);
        }
        m_y += pt(6);
    }

    void layOut(const Table &table)
    {
        const int columns = int(table.headers.size());
        if (columns == 0)
            return;
        int total = 0;
        for (int c = 0; c < columns; ++c)
            total += c < table.weights.size() ? table.weights.at(c) : 1;
        QList<double> x{0};
        for (int c = 0; c < columns; ++c)
            x.append(x.last() + m_width * (c < table.weights.size() ? table.weights.at(c) : 1) / total);
        const double pad = pt(3);
        auto rowHeight = [&](const QStringList &cells, int font) {
            double h = 0;
            for (int c = 0; c < columns && c < cells.size(); ++c)
                h = std::max(h, textHeight(cells.at(c), font, x.at(c + 1) - x.at(c) - 2 * pad));
            return h + 2 * pad;
        };
        const double headerHeight = rowHeight(table.headers, CellBold);
        auto drawRow = [&](const QStringList &cells, double h, int font, int fill) {
            if (fill >= 0)
                shape(Op::Fill, QRectF(0, m_y, m_width, h), fill);
            for (int c = 0; c < columns; ++c) {
                const QRectF cell(x.at(c), m_y, x.at(c + 1) - x.at(c), h);
                shape(Op::Frame, cell, Rule);
                if (c < cells.size())
                    text(cell.adjusted(pad, pad, -pad, -pad), font, Ink, cells.at(c));
            }
            m_y += h;
        };
        // The header and the first row stay together; the header repeats on every page the table runs onto.
        keep(headerHeight + (table.rows.isEmpty() ? 0 : rowHeight(table.rows.first(), Cell)));
        drawRow(table.headers, headerHeight, CellBold, HeaderFill);
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList &cells = table.rows.at(r);
            const double h = std::min(rowHeight(cells, Cell), bodyHeight() - headerHeight);
            if (m_y + h > m_bottom) {
                newPage();
                drawRow(table.headers, headerHeight, CellBold, HeaderFill);
            }
            drawRow(cells, h, Cell, table.emptyRows.contains(r) ? EmptyFill : -1);
        }
        m_y += pt(8);
    }

    void layOut(const Checklist &checklist)
    {
        const double boxColumn = pt(16);
        const double width = m_width - boxColumn;
        const double gap = pt(1.5);
        for (const ChecklistItem &item : checklist.items) {
            const double title = textHeight(item.title, Bold, width);
            const double key = textHeight(item.key, Mono, width);
            const double detail = textHeight(item.detail, Cell, width);
            const double meta = textHeight(item.metaLine, Small, width);
            const double h = clipped(title + key + detail + meta + 3 * gap);
            keep(h);
            const double box = pt(9);
            shape(Op::CheckBox, QRectF(pt(1), m_y + pt(1), box, box), Ink, item.checked());
            double y = m_y;
            const double bottom = m_y + h;
            auto line = [&](double height, int font, int color, const QString &value) {
                const double shown = std::min(height, bottom - y);
                if (shown > 0)
                    text(QRectF(boxColumn, y, width, shown), font, color, value);
                y += height + gap;
            };
            line(title, Bold, Ink, item.title);
            line(key, Mono, Grey, item.key);
            if (!item.detail.isEmpty())
                line(detail, Cell, Ink, item.detail);
            line(meta, Small, Grey, item.metaLine);
            m_y += h + pt(6);
        }
    }

    void layOut(const SignOff &signOff)
    {
        const double label = textHeight(signOff.label, Small, m_width);
        const double h = label + pt(22);
        keep(h);
        text(QRectF(0, m_y, m_width, label), Small, Grey, signOff.label);
        shape(Op::HorizontalRule, QRectF(0, m_y + h - pt(2), m_width * 0.75, 0), Ink);
        m_y += h + pt(10);
    }

    // --- paint ---

    Status paint(int done)
    {
        QPainter painter;
        if (!painter.begin(&m_device))
            return RenderText::notPainted();
        painter.setRenderHint(QPainter::Antialiasing);
        const int pages = int(m_pages.size());
        m_total = done + pages;
        for (int p = 0; p < pages; ++p) {
            if (p > 0 && !m_device.newPage()) {
                painter.end();
                return RenderText::notPainted();
            }
            if (p >= 1 && p <= m_contentsPages)
                paintContents(painter, p - 1);
            for (const Op &op : m_pages.at(p))
                paintOp(painter, op);
            paintFrame(painter, p + 1, pages);
            if (p % 16 == 15 && !report(done + p + 1)) {
                painter.end();
                return RenderText::cancelled();
            }
        }
        if (!painter.end())
            return RenderText::notPainted();
        return Status::success();
    }

    void paintOp(QPainter &painter, const Op &op) const
    {
        switch (op.kind) {
        case Op::Text:
            drawText(painter, op);
            break;
        case Op::Fill:
            painter.fillRect(op.rect, kColors[op.color]);
            break;
        case Op::Frame:
            painter.setPen(QPen(kColors[op.color], pt(0.5)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(op.rect);
            break;
        case Op::HorizontalRule:
            painter.setPen(QPen(kColors[op.color], pt(0.8)));
            painter.drawLine(op.rect.topLeft(), op.rect.topRight());
            break;
        case Op::CheckBox: {
            painter.setPen(QPen(kColors[op.color], pt(0.8)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(op.rect);
            if (op.checked) {
                QPainterPath tick;
                const QRectF r = op.rect;
                tick.moveTo(r.left() + r.width() * 0.2, r.top() + r.height() * 0.55);
                tick.lineTo(r.left() + r.width() * 0.42, r.top() + r.height() * 0.78);
                tick.lineTo(r.left() + r.width() * 0.82, r.top() + r.height() * 0.22);
                painter.setPen(QPen(kColors[Accent], pt(1.4)));
                painter.drawPath(tick);
            }
            break;
        }
        }
    }

    void paintContents(QPainter &painter, int contentsPage) const
    {
        double y = m_top;
        int first = 0;
        int count = m_contentsPerFirst;
        if (contentsPage == 0) {
            Op heading{Op::Text,
                       Heading1,
                       Accent,
                       false,
                       QRectF(0, y, m_width, metrics(Heading1).height()),
                       m_document.labels.contents};
            drawText(painter, heading);
            y += contentsHeadingHeight();
        } else {
            first = m_contentsPerFirst + (contentsPage - 1) * m_contentsPerNext;
            count = m_contentsPerNext;
        }
        const QFontMetricsF &fm = metrics(Body);
        const double numberWidth = pt(40);
        for (int i = first; i < first + count && i < m_tocEntries.size(); ++i) {
            const DocumentSection *section = m_tocEntries.at(i);
            const double indent = section->level > 1 ? pt(14) : 0;
            const int font = section->level > 1 ? Body : Bold;
            const QString title =
                metrics(font).elidedText(QString(section->title).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                         Qt::ElideRight, m_width - indent - numberWidth - pt(6));
            painter.setFont(m_fonts[font]);
            painter.setPen(kColors[Ink]);
            painter.drawText(QPointF(indent, y + fm.ascent()), title);
            const QString number = QString::number(m_sectionPages.value(section));
            painter.drawText(QPointF(m_width - metrics(font).horizontalAdvance(number), y + fm.ascent()), number);
            y += contentsLineHeight();
        }
    }

    void paintFrame(QPainter &painter, int page, int pages) const
    {
        painter.setFont(m_fonts[Small]);
        painter.setPen(kColors[Grey]);
        const QFontMetricsF &fm = metrics(Small);
        if (page > 1) {
            const QString header =
                fm.elidedText(m_document.title + QStringLiteral(" — ") + m_document.subtitle, Qt::ElideRight, m_width);
            painter.drawText(QPointF(0, fm.ascent()), header);
            painter.setPen(QPen(kColors[Rule], pt(0.5)));
            painter.drawLine(QPointF(0, fm.height() + pt(3)), QPointF(m_width, fm.height() + pt(3)));
            painter.setPen(kColors[Grey]);
        }
        const QString footer = m_document.labels.pageOfPages.arg(page).arg(pages);
        painter.drawText(QPointF((m_width - fm.horizontalAdvance(footer)) / 2, m_height - fm.descent()), footer);
    }

    const Document &m_document;
    QPagedPaintDevice &m_device;
    const PageOptions &m_options;
    double m_k = 1;
    double m_width = 0;
    double m_height = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_total = 1;
    std::array<QFont, FontCount> m_fonts;
    std::array<std::unique_ptr<QFontMetricsF>, FontCount> m_metrics;
    QList<QList<Op>> m_pages;
    QList<const DocumentSection *> m_tocEntries;
    QHash<const DocumentSection *, int> m_sectionPages; ///< 1-based page of each section's heading
    int m_contentsPages = 0;
    int m_contentsPerFirst = 1;
    int m_contentsPerNext = 1;
};

} // namespace

void setUpPage(QPagedPaintDevice &device, Paper paper)
{
    const QPageSize size(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
    device.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
}

Status paintDocument(const Document &document, QPagedPaintDevice &device, const PageOptions &options)
{
    return Pager(document, device, options).run();
}

Status writePdf(const Document &document, QIODevice &output, const PageOptions &options)
{
    QPdfWriter writer(&output);
    writer.setResolution(300);
    writer.setTitle(document.title + QStringLiteral(" — ") + document.subtitle);
    writer.setCreator(QStringLiteral("Exchange Transition Planner"));
    setUpPage(writer, options.paper);
    return paintDocument(document, writer, options);
}

} // namespace etp::render
