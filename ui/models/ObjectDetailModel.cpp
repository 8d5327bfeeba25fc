#include "ObjectDetailModel.h"

#include "edit/InventoryEdits.h"
#include "model/FieldDescriptor.h"
#include "model/ObjectAccess.h"

#include <QApplication>
#include <QFont>
#include <QJsonArray>
#include <QPalette>

namespace etp::ui {

ObjectDetailModel::ObjectDetailModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ObjectDetailModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ObjectDetailModel::clear()
{
    setRows({});
}

void ObjectDetailModel::showObject(const InventoryOutline *outline, int section, int row)
{
    // The ids behind the reference fields, so that the view can go to the objects they name.
    const Inventory &inventory = outline->inventory();
    const QString id = outline->objectMeta(section, row).id;
    const QString kind = kindOfObject(inventory, id);
    QHash<QString, QStringList> references;
    visitObject(inventory, kind, id, [&](const auto &object) {
        for (const FieldDescriptor &d : fieldDescriptors(kind)) {
            if (d.kind != FieldKind::Reference && d.kind != FieldKind::ReferenceList)
                continue;
            const std::optional<QJsonValue> value = fieldJson(object, d.name);
            QStringList ids;
            if (value && value->isArray()) {
                for (const QJsonValue &entry : value->toArray())
                    if (!entry.toString().isEmpty())
                        ids.append(entry.toString());
            } else if (value && !value->toString().isEmpty()) {
                ids.append(value->toString());
            }
            if (!ids.isEmpty())
                references.insert(d.name, ids);
        }
    });
    QList<Row> rows;
    for (const auto &field : outline->objectFields(section, row)) {
        // The source of an empty value says nothing: leave it out.
        const QString source = field.value.isEmpty() ? QString() : InventoryOutline::sourceTitle(field.source);
        rows.append({field.label, field.value, source, field.name, references.value(field.name)});
    }
    setRows(std::move(rows));
}

void ObjectDetailModel::showSection(const InventoryOutline *outline, int section)
{
    QList<Row> rows;
    rows.append({tr("Objects"), QString::number(outline->objectCount(section)), {}, {}, {}});
    const QString note = outline->sectionNote(section);
    rows.append({tr("Note"), note, {}, {}, {}});
    setRows(std::move(rows));
}

void ObjectDetailModel::showGroup(const InventoryOutline *outline, OutlineGroup group)
{
    QList<Row> rows;
    for (int s = 0; s < outline->sectionCount(); ++s) {
        const auto &info = outline->section(s);
        if (info.group != group)
            continue;
        const QString value = info.single ? QString() : QString::number(outline->objectCount(s));
        rows.append({info.title, value, {}, info.key, {}});
    }
    setRows(std::move(rows));
}

int ObjectDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObjectDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectDetailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case FieldColumn:
            return row.label;
        case ValueColumn:
            return row.value;
        case SourceColumn:
            return row.source;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == FieldColumn && !row.field.isEmpty())
            return row.field;
        if (index.column() == ValueColumn && !row.targets.isEmpty())
            return tr("%1\n\nDouble-click or press Enter to go to it.").arg(row.value);
        if (index.column() == ValueColumn && !row.value.isEmpty())
            return row.value;
    }
    if (role == TargetIdsRole)
        return row.targets;
    if (role == Qt::ForegroundRole && index.column() == ValueColumn && !row.targets.isEmpty())
        return QApplication::palette().brush(QPalette::Link);
    if (role == Qt::FontRole && index.column() == ValueColumn && !row.targets.isEmpty()) {
        QFont font;
        font.setUnderline(true);
        return font;
    }
    return {};
}

QVariant ObjectDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace etp::ui
