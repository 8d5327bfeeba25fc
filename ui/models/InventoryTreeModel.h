#pragma once

#include "inventory/InventoryOutline.h"

#include <QAbstractItemModel>

namespace etp::ui {

/// The inventory as a tree: the seed's tables (Exchange, Active Directory, network, products and features), their
/// sections, and the objects of each section. Read-only; reads an InventoryOutline that the owner keeps alive.
class InventoryTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class NodeKind { Group, Section, Object };
    enum Role { SectionRole = Qt::UserRole + 1, RowRole, NodeKindRole, ObjectIdRole };

    explicit InventoryTreeModel(QObject *parent = nullptr);

    /// Shows another outline (nullptr for none). The outline must outlive its use here.
    void setOutline(const InventoryOutline *outline);
    const InventoryOutline *outline() const { return m_outline; }

    NodeKind kind(const QModelIndex &index) const;
    /// The outline section of a section or object node; -1 for a group.
    int section(const QModelIndex &index) const;
    /// The object row of an object node (0 for a single-object section); -1 otherwise.
    int objectRow(const QModelIndex &index) const;
    /// The index of the node that shows the object with this id, or an invalid index.
    QModelIndex indexOfObject(const QString &id) const;
    /// The index of a section node.
    QModelIndex indexOfSection(int section) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group {
        OutlineGroup group;
        QList<int> sections;
    };
    const InventoryOutline *m_outline = nullptr;
    QList<Group> m_groups;
    QList<int> m_groupOfSection;    ///< outline section -> index in m_groups
    QList<int> m_positionOfSection; ///< outline section -> row under its group
};

} // namespace etp::ui
