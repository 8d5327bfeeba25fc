#pragma once

// How one model field maps to one typed SQLite column: its declared type, how it is bound and how it is read back.
// Text is TEXT, numbers INTEGER or REAL, enums their stable names, lists JSON text (FieldCodec), times ISO 8601 UTC;
// optional values and invalid dates are NULL.

#include "SqliteDatabase.h"

#include "model/FieldCodec.h"

#include <QJsonDocument>

namespace etp::storage {

/// One column as the schema declares it.
struct ColumnSpec {
    QString name;
    QString type; ///< TEXT, INTEGER or REAL
    bool notNull = false;
    bool primaryKey = false;
    bool operator==(const ColumnSpec &) const = default;
};

/// One table: its name and its columns in order.
struct TableSpec {
    QString name;
    QList<ColumnSpec> columns;
    bool operator==(const TableSpec &) const = default;
};

/// The column name of a model field: camelCase becomes snake_case ("legacyServerRole" -> "legacy_server_role").
QString columnName(const char *fieldName);

/// The declared SQL type of a field type and whether its column allows NULL (optional values, invalid dates).
template <class T> struct ColumnTraits {
    static constexpr bool nullable = false;
    static constexpr const char *type()
    {
        if constexpr (std::is_same_v<T, bool> || (std::is_integral_v<T> && !std::is_enum_v<T>))
            return "INTEGER";
        else if constexpr (std::is_floating_point_v<T>)
            return "REAL";
        else
            return "TEXT";
    }
};
template <class T> struct ColumnTraits<std::optional<T>> {
    static constexpr bool nullable = true;
    static constexpr const char *type() { return ColumnTraits<T>::type(); }
};
template <> struct ColumnTraits<QDateTime> {
    static constexpr bool nullable = true;
    static constexpr const char *type() { return "TEXT"; }
};
template <> struct ColumnTraits<QDate> {
    static constexpr bool nullable = true;
    static constexpr const char *type() { return "TEXT"; }
};

/// The column a field of type T named `fieldName` is stored in.
template <class T> ColumnSpec fieldColumn(const char *fieldName)
{
    return ColumnSpec{columnName(fieldName), QString::fromLatin1(ColumnTraits<T>::type()), !ColumnTraits<T>::nullable,
                      false};
}

/// Compact JSON text of a string list ("[]" without allocating when empty).
QByteArray listToJson(const QStringList &list);
/// Parses JSON text written by listToJson; false when it is not an array of strings.
bool listFromJson(const QByteArray &json, QStringList &list);

/// Binds a field value to parameter `index` of an INSERT statement.
template <class T> void bindField(SqliteStatement &statement, int index, const T &value)
{
    if constexpr (IsOptional<T>::value) {
        if (value)
            bindField(statement, index, *value);
        else
            statement.bindNull(index);
    } else if constexpr (std::is_same_v<T, QString>) {
        statement.bindText(index, value);
    } else if constexpr (std::is_same_v<T, QStringList>) {
        if (value.isEmpty())
            statement.bindStaticLatin1(index, "[]");
        else
            statement.bindUtf8Copy(index, listToJson(value));
    } else if constexpr (std::is_same_v<T, bool>) {
        statement.bindInt(index, value ? 1 : 0);
    } else if constexpr (std::is_enum_v<T>) {
        const auto position = static_cast<std::size_t>(value);
        const auto &names = EnumNames<T>::names;
        statement.bindStaticLatin1(index, position < names.size() ? names[position] : "");
    } else if constexpr (std::is_integral_v<T>) {
        statement.bindInt(index, static_cast<qint64>(value));
    } else if constexpr (std::is_floating_point_v<T>) {
        statement.bindDouble(index, static_cast<double>(value));
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        if (value.isValid())
            statement.bindUtf8Copy(index, value.toUTC().toString(Qt::ISODateWithMs).toLatin1());
        else
            statement.bindNull(index);
    } else if constexpr (std::is_same_v<T, QDate>) {
        if (value.isValid())
            statement.bindUtf8Copy(index, value.toString(Qt::ISODate).toLatin1());
        else
            statement.bindNull(index);
    } else {
        static_assert(sizeof(T) == 0, "no column form for this field type");
    }
}

/// Reads column `column` of the current row into a field. False when the stored value cannot be that field's value
/// (an unknown enum name, malformed JSON or date): the file was changed by something other than this program.
template <class T> bool readField(const SqliteStatement &statement, int column, T &value)
{
    if constexpr (IsOptional<T>::value) {
        if (statement.isNull(column)) {
            value.reset();
            return true;
        }
        typename T::value_type inner{};
        if (!readField(statement, column, inner))
            return false;
        value = std::move(inner);
        return true;
    } else if constexpr (std::is_same_v<T, QString>) {
        value = statement.columnText(column);
        return true;
    } else if constexpr (std::is_same_v<T, QStringList>) {
        return listFromJson(statement.columnUtf8(column), value);
    } else if constexpr (std::is_same_v<T, bool>) {
        value = statement.columnInt(column) != 0;
        return true;
    } else if constexpr (std::is_enum_v<T>) {
        const auto parsed = enumFromName<T>(statement.columnText(column));
        if (!parsed)
            return false;
        value = *parsed;
        return true;
    } else if constexpr (std::is_integral_v<T>) {
        value = static_cast<T>(statement.columnInt(column));
        return true;
    } else if constexpr (std::is_floating_point_v<T>) {
        value = static_cast<T>(statement.columnDouble(column));
        return true;
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        if (statement.isNull(column)) {
            value = QDateTime();
            return true;
        }
        value = QDateTime::fromString(statement.columnText(column), Qt::ISODateWithMs);
        return value.isValid();
    } else if constexpr (std::is_same_v<T, QDate>) {
        if (statement.isNull(column)) {
            value = QDate();
            return true;
        }
        value = QDate::fromString(statement.columnText(column), Qt::ISODate);
        return value.isValid();
    } else {
        static_assert(sizeof(T) == 0, "no column form for this field type");
    }
}

} // namespace etp::storage
