#pragma once

// Internal to the directory mapper: a directory entry packed for keeping until finish(). A DirectoryEntry holds a
// hash and a list per attribute and a buffer per value (about 2.5 KB for a subnet); a large organization's tens of
// thousands of kept entries would cost hundreds of megabytes that way. A StoredEntry holds the same attributes and
// values in three buffers and answers the same questions as DirectoryEntry.

#include "DirectoryEntry.h"

#include <QStringList>

#include <vector>

namespace etp::mapping {

/// A DirectoryEntry's DN, attributes and values, packed: every value back to back in one buffer.
class StoredEntry {
public:
    StoredEntry() = default;
    /// Packs `entry` (whose attribute names are lower case, as DirectoryEntry promises). Counted attributes are not
    /// kept; the caller takes what it needs from `entry.counted` first.
    explicit StoredEntry(DirectoryEntry &&entry)
        : dn(std::move(entry.dn))
    {
        qsizetype bytes = 0;
        qsizetype count = 0;
        for (auto it = entry.attributes.cbegin(); it != entry.attributes.cend(); ++it) {
            count += it.value().size();
            for (const auto &value : it.value())
                bytes += value.size();
        }
        m_data.reserve(bytes);
        m_offsets.reserve(size_t(count) + 1);
        m_attributes.reserve(size_t(entry.attributes.size()));
        m_offsets.push_back(0);
        for (auto it = entry.attributes.cbegin(); it != entry.attributes.cend(); ++it) {
            m_attributes.push_back({it.key(), quint32(m_offsets.size() - 1), quint32(it.value().size())});
            for (const auto &value : it.value()) {
                m_data.append(value);
                m_offsets.push_back(quint32(m_data.size()));
            }
        }
        entry.attributes.clear();
    }

    QString dn;

    /// All values of an attribute (name in any case); empty when absent.
    QList<QByteArray> values(const QString &attribute) const
    {
        QList<QByteArray> out;
        if (const Attribute *a = find(attribute)) {
            out.reserve(a->count);
            for (quint32 i = 0; i < a->count; ++i)
                out.append(value(a->first + i));
        }
        return out;
    }
    /// The first value as UTF-8 text; empty when absent.
    QString text(const QString &attribute) const
    {
        const Attribute *a = find(attribute);
        return a && a->count > 0 ? QString::fromUtf8(view(a->first)) : QString();
    }
    /// All values as UTF-8 text.
    QStringList texts(const QString &attribute) const
    {
        QStringList out;
        if (const Attribute *a = find(attribute)) {
            out.reserve(a->count);
            for (quint32 i = 0; i < a->count; ++i)
                out.append(QString::fromUtf8(view(a->first + i)));
        }
        return out;
    }
    bool has(const QString &attribute) const { return find(attribute) != nullptr; }

private:
    struct Attribute {
        QString name; ///< lower case; shares the reader's or discovery's string
        quint32 first;
        quint32 count;
    };

    const Attribute *find(const QString &attribute) const
    {
        for (const auto &a : m_attributes) {
            if (a.name.compare(attribute, Qt::CaseInsensitive) == 0)
                return &a;
        }
        return nullptr;
    }
    QByteArrayView view(quint32 index) const
    {
        return QByteArrayView(m_data).sliced(m_offsets[index], m_offsets[index + 1] - m_offsets[index]);
    }
    QByteArray value(quint32 index) const { return view(index).toByteArray(); }

    QByteArray m_data;
    std::vector<quint32> m_offsets;
    std::vector<Attribute> m_attributes;
};

} // namespace etp::mapping
