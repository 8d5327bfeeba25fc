#include "ColumnCodec.h"

#include <QJsonArray>

namespace etp::storage {

QString columnName(const char *fieldName)
{
    QString name;
    for (const char *c = fieldName; *c; ++c) {
        if (*c >= 'A' && *c <= 'Z') {
            if (!name.isEmpty())
                name.append(QLatin1Char('_'));
            name.append(QLatin1Char(char(*c - 'A' + 'a')));
        } else {
            name.append(QLatin1Char(*c));
        }
    }
    return name;
}

QByteArray listToJson(const QStringList &list)
{
    if (list.isEmpty())
        return QByteArrayLiteral("[]");
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

bool listFromJson(const QByteArray &json, QStringList &list)
{
    list.clear();
    if (json == "[]")
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    const QJsonArray array = document.array();
    list.reserve(array.size());
    for (const auto &item : array) {
        if (!item.isString())
            return false;
        list.append(item.toString());
    }
    return true;
}

} // namespace etp::storage
