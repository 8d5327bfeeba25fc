#pragma once

// One conversion of model field values to and from JSON values, shared by storage (lists are stored as JSON text),
// the command line's JSON output and comparisons. Unknown (nullopt) values become null.

#include "Meta.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace etp {

template <class T> QJsonValue toJsonValue(const T &value)
{
    if constexpr (IsOptional<T>::value) {
        return value ? toJsonValue(*value) : QJsonValue(QJsonValue::Null);
    } else if constexpr (std::is_same_v<T, QString>) {
        return value;
    } else if constexpr (std::is_same_v<T, QStringList>) {
        return QJsonArray::fromStringList(value);
    } else if constexpr (std::is_same_v<T, bool>) {
        return value;
    } else if constexpr (std::is_enum_v<T>) {
        return enumName(value);
    } else if constexpr (std::is_integral_v<T>) {
        return static_cast<qint64>(value);
    } else if constexpr (std::is_floating_point_v<T>) {
        return static_cast<double>(value);
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    } else if constexpr (std::is_same_v<T, QDate>) {
        return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    } else {
        static_assert(sizeof(T) == 0, "no JSON form for this field type");
    }
}

/// Reads a JSON value into a field. Returns false (leaving the field as it was) when the value has the wrong type.
template <class T> bool fromJsonValue(const QJsonValue &json, T &value)
{
    if constexpr (IsOptional<T>::value) {
        if (json.isNull() || json.isUndefined()) {
            value.reset();
            return true;
        }
        typename T::value_type inner{};
        if (!fromJsonValue(json, inner))
            return false;
        value = inner;
        return true;
    } else if constexpr (std::is_same_v<T, QString>) {
        if (json.isNull() || json.isUndefined()) {
            value.clear();
            return true;
        }
        if (!json.isString())
            return false;
        value = json.toString();
        return true;
    } else if constexpr (std::is_same_v<T, QStringList>) {
        if (json.isNull() || json.isUndefined()) {
            value.clear();
            return true;
        }
        if (!json.isArray())
            return false;
        QStringList list;
        for (const auto &item : json.toArray()) {
            if (!item.isString())
                return false;
            list.append(item.toString());
        }
        value = list;
        return true;
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!json.isBool())
            return false;
        value = json.toBool();
        return true;
    } else if constexpr (std::is_enum_v<T>) {
        const auto parsed = enumFromName<T>(json.toString());
        if (!parsed)
            return false;
        value = *parsed;
        return true;
    } else if constexpr (std::is_integral_v<T>) {
        if (!json.isDouble())
            return false;
        value = static_cast<T>(json.toInteger());
        return true;
    } else if constexpr (std::is_floating_point_v<T>) {
        if (!json.isDouble())
            return false;
        value = static_cast<T>(json.toDouble());
        return true;
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        if (json.isNull() || json.isUndefined()) {
            value = {};
            return true;
        }
        value = QDateTime::fromString(json.toString(), Qt::ISODateWithMs);
        return value.isValid();
    } else if constexpr (std::is_same_v<T, QDate>) {
        if (json.isNull() || json.isUndefined()) {
            value = {};
            return true;
        }
        value = QDate::fromString(json.toString(), Qt::ISODate);
        return value.isValid();
    } else {
        static_assert(sizeof(T) == 0, "no JSON form for this field type");
    }
}

/// The fields of a model object as a JSON object (meta not included).
template <class Object> QJsonObject fieldsToJson(const Object &object)
{
    QJsonObject out;
    visitFields(object,
                [&](const char *name, const auto &value) { out.insert(QLatin1String(name), toJsonValue(value)); });
    return out;
}

/// Identity and provenance as JSON: id, guid, dn, legacyExchangeDN, source and per-field sources.
QJsonObject metaToJson(const ObjectMeta &meta);
bool metaFromJson(const QJsonObject &json, ObjectMeta &meta);

/// A whole model object as JSON: its meta (when it has one) followed by its fields.
template <class Object> QJsonObject objectToJson(const Object &object)
{
    QJsonObject out;
    if constexpr (HasMeta<Object>) {
        const QJsonObject meta = metaToJson(object.meta);
        for (auto it = meta.begin(); it != meta.end(); ++it)
            out.insert(it.key(), it.value());
    }
    const QJsonObject fields = fieldsToJson(object);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace etp
