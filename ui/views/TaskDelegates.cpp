#include "TaskDelegates.h"

#include "models/PlanLabels.h"
#include "models/PlanTreeModel.h"

#include <QComboBox>
#include <QDateEdit>

namespace etp::ui {

QWidget *TaskDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case PlanTreeModel::StatusColumn: {
        auto *box = new QComboBox(parent);
        for (const TaskStatus status :
             {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::NotApplicable})
            box->addItem(PlanLabels::status(status), int(status));
        box->setAccessibleName(tr("Task status"));
        return box;
    }
    case PlanTreeModel::DateColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setAccessibleName(tr("Task date"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void TaskDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toInt())));
        return;
    }
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        edit->setDate(index.data(Qt::EditRole).toDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TaskDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        if (box->currentData().toInt() != index.data(Qt::EditRole).toInt())
            model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        if (edit->date() != index.data(PlanTreeModel::DateRole).toDate())
            model->setData(index, edit->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace etp::ui
