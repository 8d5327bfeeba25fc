#pragma once

#include "model/Inventory.h"

#include <QHash>
#include <QList>

#include <functional>

namespace etp {

/// The seed's tables, as the outline groups the inventory's sections.
enum class OutlineGroup : int { Exchange = 0, ActiveDirectory, Network, Readiness, Other };

/// One field of an object, as a person reads it.
struct OutlineField {
    QString name;  ///< the model's field name (stable)
    QString label; ///< translated label
    QString value; ///< formatted value; empty when unknown or empty
    Source source = Source::Typed;
};

/// A read-only view of an inventory as sections of objects with labels and formatted fields. The command line's text
/// output and the window's inventory tree both read it, so they show the same thing. Holds a reference: the inventory
/// must outlive the outline and stay unchanged while it is used.
class InventoryOutline {
public:
    struct SectionInfo {
        QString key;   ///< stable key, also the JSON member name (e.g. "servers")
        QString title; ///< translated title (e.g. "Exchange servers")
        OutlineGroup group = OutlineGroup::Other;
        bool single = false; ///< a single object (the organization, the forest, ...), not a collection
        QString noteSection; ///< the EnumNames<Section> name whose note belongs here, if any
    };

    explicit InventoryOutline(const Inventory &inventory);

    int sectionCount() const { return int(m_sections.size()); }
    const SectionInfo &section(int s) const { return m_sections.at(s).info; }
    int objectCount(int s) const { return m_sections.at(s).count(); }
    const ObjectMeta &objectMeta(int s, int row) const { return m_sections.at(s).meta(row); }
    /// A short name for the object ("SEA-EX01", "192.0.2.0/26").
    QString objectLabel(int s, int row) const { return m_sections.at(s).label(row); }
    /// Every field, formatted; ids of other objects are shown as those objects' labels.
    QList<OutlineField> objectFields(int s, int row) const;
    /// The free-text note a person wrote for this section, if any.
    QString sectionNote(int s) const;
    /// Why section `s` is incomplete (discovery could not read it); empty when it is complete.
    QString sectionIncomplete(int s) const;

    const Inventory &inventory() const { return m_inventory; }

    /// The label of any object of the inventory by its id; the id itself when unknown.
    QString labelForId(const QString &id) const;

    /// The stable section key (JSON member name) of a model kind ("exchange_server" -> "servers").
    static QString keyForKind(const char *kind);
    static QString groupTitle(OutlineGroup group);
    /// Translated name of a value source ("directory", "typed", ...).
    static QString sourceTitle(Source source);

private:
    struct Section {
        SectionInfo info;
        int order = 0;
        std::function<int()> count;
        std::function<const ObjectMeta &(int)> meta;
        std::function<QString(int)> label;
        std::function<QList<std::pair<QString, QString>>(int, const InventoryOutline &)> fields;
    };
    template <class T> void addSection(const QList<T> *list, const T *single);

    const Inventory &m_inventory;
    QList<Section> m_sections;
    mutable QHash<QString, QString> m_labels; ///< id -> label, built on first use
};

} // namespace etp
