#include "CsvRenderer.h"

namespace etp::document {

QString csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@'))
            value.prepend(QLatin1Char('\''));
    }
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray renderCsv(const Document &document, const CsvOptions &options)
{
    QString out;
    auto row = [&out](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += csvField(fields.at(i));
        }
        out += QLatin1String("\r\n");
    };
    row(document.labels.csvHeaders);
    for (const Checklist *checklist : document.checklists()) {
        for (const ChecklistItem &item : checklist->items) {
            row({item.key, checklist->phase, checklist->scope, checklist->subject, item.title, item.statusText,
                 item.owner, item.date.isValid() ? item.date.toString(Qt::ISODate) : QString(), item.note,
                 checklist->heldBy});
        }
    }
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += out.toUtf8();
    return bytes;
}

} // namespace etp::document
