#pragma once

#include "plan/Tracking.h"

#include <QAbstractTableModel>

namespace etp::ui {

/// How far each legacy routing group and each AD site has come (the core's definition, Tracking.h), with the
/// mailbox-move effort of each routing group. One row per subject: routing groups in plan order, then sites.
class ProgressModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SubjectColumn = 0, KindColumn, ProgressColumn, EffortColumn, ColumnCount };
    enum Role { SubjectIdRole = Qt::UserRole + 1, RatioRole, IsRoutingGroupRole };

    explicit ProgressModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        SubjectProgress subject;
        bool routingGroup = true;
        QString effort;
    };
    QList<Row> m_rows;
};

} // namespace etp::ui
