#pragma once

// One directory entry as discovery (libldap) or LDIF import hands it to the mapper: a DN and its attribute values.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace etp {

struct DirectoryEntry {
    QString dn;
    /// Attribute values keyed by the attribute name in lower case, with any ";range=…" option removed and the ranged
    /// chunks already joined. Values are raw bytes (binary attributes such as objectGUID and objectSid stay binary).
    QHash<QString, QList<QByteArray>> attributes;

    /// All values of an attribute (name in any case); empty when absent.
    QList<QByteArray> values(const QString &attribute) const { return attributes.value(attribute.toLower()); }
    /// The first value as UTF-8 text; empty when absent.
    QString text(const QString &attribute) const
    {
        const auto v = attributes.value(attribute.toLower());
        return v.isEmpty() ? QString() : QString::fromUtf8(v.first());
    }
    QStringList texts(const QString &attribute) const
    {
        QStringList out;
        for (const auto &v : attributes.value(attribute.toLower()))
            out.append(QString::fromUtf8(v));
        return out;
    }
    bool has(const QString &attribute) const { return attributes.contains(attribute.toLower()); }
    /// Attributes whose values were counted but not kept (a store's homeMDBBL lists every mailbox; only the number is
    /// used), keyed like `attributes`. The reader or discovery decides what to count; see valueCount().
    QHash<QString, int> counted;

    /// The number of values of an attribute, whether kept or only counted.
    int valueCount(const QString &attribute) const
    {
        const QString key = attribute.toLower();
        return int(attributes.value(key).size()) + counted.value(key);
    }
    /// Appends values (used when ranged answers arrive in chunks).
    void add(const QString &attribute, const QByteArray &value) { attributes[attribute.toLower()].append(value); }
};

} // namespace etp
