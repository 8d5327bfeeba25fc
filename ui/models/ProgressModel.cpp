#include "ProgressModel.h"

namespace etp::ui {

ProgressModel::ProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProgressModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_rows.clear();
    QHash<QString, const RoutingGroupEffort *> effort;
    for (const RoutingGroupEffort &e : plan.effort)
        effort.insert(e.routingGroupId, &e);
    for (const SubjectProgress &subject : routingGroupProgress(plan)) {
        Row row{subject, true, {}};
        if (const RoutingGroupEffort *e = effort.value(subject.subjectId)) {
            row.effort = tr("%n mailbox(es)", nullptr, int(e->mailboxes)) + QStringLiteral(", ") +
                         tr("%1 GB").arg(QLocale().toString(e->gigabytes, 'f', 1)) + QStringLiteral(", ") +
                         tr("%n night(s)", nullptr, e->nights);
            if (e->storesWithoutSize > 0)
                row.effort +=
                    QStringLiteral(" ") + tr("(%n store(s) without a size left out)", nullptr, e->storesWithoutSize);
        }
        m_rows.append(row);
    }
    for (const SubjectProgress &subject : siteProgress(plan))
        m_rows.append(Row{subject, false, {}});
    endResetModel();
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Progress &progress = row.subject.progress;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return row.subject.subject;
        case KindColumn:
            return row.routingGroup ? tr("Routing group") : tr("AD site");
        case ProgressColumn:
            if (progress.notApplicable > 0)
                return tr("%1 of %2 tasks finished (%3 not applicable)")
                    .arg(progress.finished())
                    .arg(progress.total)
                    .arg(progress.notApplicable);
            return tr("%1 of %2 tasks finished").arg(progress.finished()).arg(progress.total);
        case EffortColumn:
            return row.effort;
        default:
            return {};
        }
    case SubjectIdRole:
        return row.subject.subjectId;
    case RatioRole:
        return progress.total == 0 ? 1.0 : double(progress.finished()) / progress.total;
    case IsRoutingGroupRole:
        return row.routingGroup;
    default:
        return {};
    }
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Routing group or site");
    case KindColumn:
        return tr("Kind");
    case ProgressColumn:
        return tr("Progress");
    case EffortColumn:
        return tr("Mailbox moves");
    default:
        return {};
    }
}

} // namespace etp::ui
