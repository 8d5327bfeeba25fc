#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <type_traits>

namespace etp {

/// Where a value came from. Rediscovery overwrites Directory and Ldif values, never Typed or Csv ones.
enum class Source : int { Typed = 0, Directory = 1, Ldif = 2, Csv = 3 };

/// Names for the values of an enum, in declaration order; specialised next to each enum.
/// Used by storage, JSON and the command line, so the names are stable and never translated.
template <class E> struct EnumNames;

template <> struct EnumNames<Source> {
    static constexpr std::array<const char *, 4> names{"typed", "directory", "ldif", "csv"};
};

/// The stable name of an enum value (the empty string for a value outside the table).
template <class E> QString enumName(E value)
{
    const auto index = static_cast<std::size_t>(value);
    const auto &names = EnumNames<E>::names;
    return index < names.size() ? QString::fromLatin1(names[index]) : QString();
}

/// Parses a stable enum name; returns nullopt for an unknown name.
template <class E> std::optional<E> enumFromName(QStringView name)
{
    const auto &names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

/// A new stable id for an object a person typed (a random UUID without braces).
QString newId();

/// Formats a binary objectGUID (16 bytes, little-endian as AD stores it) as the usual GUID string.
QString guidToString(const QByteArray &objectGuid);

/// Identity and provenance every inventory object carries.
///
/// `id` is stable for the life of the project: the objectGUID when the object was discovered first, a new UUID when
/// a person typed it first. Phase and task keys are built from it, never from display names.
struct ObjectMeta {
    QString id;
    QString guid;     ///< objectGUID as a GUID string, when known from the directory
    QString dn;       ///< distinguishedName in its one spelling (canonicalDn: RFC 4514, fewest escapes)
    QString legacyDn; ///< legacyExchangeDN, where the object has one
    Source origin = Source::Typed;
    /// Fields whose source differs from `origin` (a typed correction to a discovered object, for example).
    QMap<QString, Source> fieldSources;

    Source sourceOf(const QString &field) const { return fieldSources.value(field, origin); }
    /// Records that `field` now holds a value from `source`.
    void setSource(const QString &field, Source source);
    /// True when rediscovery may overwrite `field`.
    bool fromDirectory(const QString &field) const
    {
        const Source s = sourceOf(field);
        return s == Source::Directory || s == Source::Ldif;
    }

    bool operator==(const ObjectMeta &) const = default;
};

/// Creates the meta of a typed object with a fresh id.
ObjectMeta typedMeta();

// Field reflection. Every model struct lists its fields once, in `fields(v)`, as v("name", member). Storage, JSON,
// merge and comparison visit that list, so a field added there is saved, shown and merged everywhere.

template <class T> struct IsOptional : std::false_type {
};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {
};

/// Calls `v(name, member)` for every field of a model object (const or not).
template <class Object, class Visitor> void visitFields(Object &object, Visitor &&v)
{
    using Plain = std::remove_const_t<Object>;
    const_cast<Plain &>(object).fields(v);
}

template <class T>
concept HasMeta = requires(T t)
{
    t.meta;
};

} // namespace etp
