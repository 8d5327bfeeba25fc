#pragma once

#include "inventory/InventoryOutline.h"

#include <QAbstractTableModel>

namespace etp::ui {

/// The details of what is selected in the inventory tree, as a table of field, value and where the value came
/// from; a reference knows the objects it names (TargetIdsRole). For a section it lists the section's size and note;
/// for a group, its sections. Read-only.
class ObjectDetailModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FieldColumn = 0, ValueColumn, SourceColumn, ColumnCount };
    /// The ids of the objects a reference field names (a QStringList; empty for other rows).
    static constexpr int TargetIdsRole = Qt::UserRole + 1;

    explicit ObjectDetailModel(QObject *parent = nullptr);

    /// Shows the fields of one object.
    void showObject(const InventoryOutline *outline, int section, int row);
    /// Shows the size and note of a section.
    void showSection(const InventoryOutline *outline, int section);
    /// Shows the sections of a group with their sizes.
    void showGroup(const InventoryOutline *outline, OutlineGroup group);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString label;
        QString value;
        QString source;
        QString field;       ///< model field name, shown as a tooltip
        QStringList targets; ///< for a reference: the ids of the objects it names
    };
    void setRows(QList<Row> rows);
    QList<Row> m_rows;
};

} // namespace etp::ui
