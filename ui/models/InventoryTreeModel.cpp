#include "InventoryTreeModel.h"

namespace etp::ui {

namespace {

static_assert(sizeof(quintptr) >= 8, "the node encoding needs 64-bit internal ids");

quintptr encode(InventoryTreeModel::NodeKind kind, int section, int row)
{
    return quintptr(kind) << 60 | quintptr(section) << 32 | quintptr(quint32(row));
}

InventoryTreeModel::NodeKind kindOf(quintptr id)
{
    return InventoryTreeModel::NodeKind(id >> 60);
}

int sectionOf(quintptr id)
{
    return int((id >> 32) & 0x0FFFFFFF);
}

int rowOf(quintptr id)
{
    return int(id & 0xFFFFFFFF);
}

} // namespace

InventoryTreeModel::InventoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void InventoryTreeModel::setOutline(const InventoryOutline *outline)
{
    beginResetModel();
    m_outline = outline;
    m_groups.clear();
    m_groupOfSection.clear();
    m_positionOfSection.clear();
    if (m_outline) {
        for (int s = 0; s < m_outline->sectionCount(); ++s) {
            const OutlineGroup group = m_outline->section(s).group;
            if (m_groups.isEmpty() || m_groups.last().group != group)
                m_groups.append({group, {}});
            m_groupOfSection.append(int(m_groups.size()) - 1);
            m_positionOfSection.append(int(m_groups.last().sections.size()));
            m_groups.last().sections.append(s);
        }
    }
    endResetModel();
}

InventoryTreeModel::NodeKind InventoryTreeModel::kind(const QModelIndex &index) const
{
    return kindOf(index.internalId());
}

int InventoryTreeModel::section(const QModelIndex &index) const
{
    if (!index.isValid() || kind(index) == NodeKind::Group)
        return -1;
    return sectionOf(index.internalId());
}

int InventoryTreeModel::objectRow(const QModelIndex &index) const
{
    if (!index.isValid() || !m_outline)
        return -1;
    if (kind(index) == NodeKind::Object)
        return rowOf(index.internalId());
    if (kind(index) == NodeKind::Section && m_outline->section(section(index)).single)
        return 0;
    return -1;
}

QModelIndex InventoryTreeModel::indexOfSection(int section) const
{
    if (!m_outline || section < 0 || section >= m_outline->sectionCount())
        return {};
    return createIndex(m_positionOfSection.at(section), 0, encode(NodeKind::Section, section, 0));
}

QModelIndex InventoryTreeModel::indexOfObject(const QString &id) const
{
    if (!m_outline)
        return {};
    for (int s = 0; s < m_outline->sectionCount(); ++s) {
        const int count = m_outline->objectCount(s);
        for (int row = 0; row < count; ++row) {
            if (m_outline->objectMeta(s, row).id != id)
                continue;
            if (m_outline->section(s).single)
                return indexOfSection(s);
            return createIndex(row, 0, encode(NodeKind::Object, s, row));
        }
    }
    return {};
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, encode(NodeKind::Group, row, 0));
    if (kind(parent) == NodeKind::Group) {
        const int s = m_groups.at(parent.row()).sections.at(row);
        return createIndex(row, column, encode(NodeKind::Section, s, 0));
    }
    return createIndex(row, column, encode(NodeKind::Object, section(parent), row));
}

QModelIndex InventoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_outline)
        return {};
    switch (kind(child)) {
    case NodeKind::Group:
        return {};
    case NodeKind::Section: {
        const int group = m_groupOfSection.at(section(child));
        return createIndex(group, 0, encode(NodeKind::Group, group, 0));
    }
    case NodeKind::Object:
        return indexOfSection(section(child));
    }
    return {};
}

int InventoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_outline || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_groups.size());
    switch (kind(parent)) {
    case NodeKind::Group:
        return int(m_groups.at(parent.row()).sections.size());
    case NodeKind::Section: {
        const int s = section(parent);
        return m_outline->section(s).single ? 0 : m_outline->objectCount(s);
    }
    case NodeKind::Object:
        return 0;
    }
    return 0;
}

int InventoryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant InventoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_outline)
        return {};
    const NodeKind nodeKind = kind(index);
    if (role == NodeKindRole)
        return int(nodeKind);
    if (role == SectionRole)
        return section(index);
    if (role == RowRole)
        return objectRow(index);
    if (nodeKind == NodeKind::Group) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return InventoryOutline::groupTitle(m_groups.at(index.row()).group);
        return {};
    }
    const int s = section(index);
    const auto &info = m_outline->section(s);
    if (nodeKind == NodeKind::Section) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return info.single ? info.title : tr("%1 (%2)").arg(info.title).arg(m_outline->objectCount(s));
        case ObjectIdRole:
            return info.single ? m_outline->objectMeta(s, 0).id : QVariant();
        case Qt::ToolTipRole:
            return info.single ? m_outline->objectMeta(s, 0).dn : QVariant();
        default:
            return {};
        }
    }
    const int row = rowOf(index.internalId());
    switch (role) {
    case Qt::DisplayRole:
        return m_outline->objectLabel(s, row);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(m_outline->objectLabel(s, row), info.title);
    case Qt::ToolTipRole: {
        const QString &dn = m_outline->objectMeta(s, row).dn;
        return dn.isEmpty() ? QVariant() : QVariant(dn);
    }
    case ObjectIdRole:
        return m_outline->objectMeta(s, row).id;
    default:
        return {};
    }
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Inventory");
    return {};
}

Qt::ItemFlags InventoryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (rowCount(index) == 0)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

} // namespace etp::ui
