#pragma once

#include "plan/Plan.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

namespace etp::ui {

class ProjectSession;

/// The plan as a tree: the phases in dependency order, each with its tasks, and at the end the obsolete tasks
/// (saved states whose task left the plan). A task's status, owner, date and note are edited in place, through the
/// session's core edit; a phase row tells what holds it and whether it can start.
class PlanTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn = 0, StatusColumn, OwnerColumn, DateColumn, NoteColumn, StateColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, IsPhaseRole, StatusRole, OwnerRole, DateRole, FinishedRole };

    explicit PlanTreeModel(ProjectSession *session, QObject *parent = nullptr);

    /// The phase a row shows (a task row: its phase); nullptr for the obsolete group and its tasks.
    const Phase *phase(const QModelIndex &index) const;
    /// The widest texts a column shows besides names and notes (progress, statuses, holds), for sizing it.
    static QStringList typicalTexts(int column);
    /// The task a row shows; nullptr for a phase row.
    const Task *task(const QModelIndex &index) const;
    QModelIndex indexOfPhase(const QString &phaseKey) const;
    QModelIndex indexOfTask(const QString &taskKey) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuild();
    void refreshTasks(const QStringList &keys);
    QVariant phaseData(int row, int column, int role) const;
    QVariant taskData(const Task &task, int column, int role) const;
    const QList<Task> &tasksOf(int phaseRow) const;
    bool hasObsoleteGroup() const;

    ProjectSession *m_session;
    QSet<QString> m_canStart;
    /// Task key -> (phase row, task row), built on first use after a rebuild.
    const QHash<QString, std::pair<int, int>> &taskPositions() const;
    mutable QHash<QString, std::pair<int, int>> m_taskPosition;
    mutable bool m_positionsKnown = false;
    QHash<QString, int> m_phaseRow;
    int m_phaseCount = 0; ///< the tree's shape as last reset
    int m_obsoleteCount = 0;
};

/// Filters the plan tree's tasks by status, owner and overdue date; a phase stays while one of its tasks does.
class PlanFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit PlanFilter(QObject *parent = nullptr);

    /// -1 for every status, else a TaskStatus value.
    void setStatus(int status);
    void setOwner(const QString &owner);
    /// Only tasks not finished whose date is before `today`.
    void setOverdueOnly(bool overdue, QDate today = QDate::currentDate());
    bool isActive() const { return m_status >= 0 || !m_owner.isEmpty() || m_overdue; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_status = -1;
    QString m_owner;
    bool m_overdue = false;
    QDate m_today;
};

} // namespace etp::ui
