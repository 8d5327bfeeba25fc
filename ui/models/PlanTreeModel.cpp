#include "PlanTreeModel.h"

#include "PlanLabels.h"
#include "edit/PlanEdits.h"
#include "plan/Tracking.h"
#include "session/ProjectSession.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace etp::ui {

namespace {
constexpr quintptr PhaseNode = 0; ///< internalId of a phase row; a task row stores its phase row + 1
const QList<Task> noTasks;
} // namespace

PlanTreeModel::PlanTreeModel(ProjectSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(session, &ProjectSession::projectReplaced, this, &PlanTreeModel::rebuild);
    connect(session, &ProjectSession::planChanged, this, &PlanTreeModel::rebuild);
    connect(session, &ProjectSession::tasksChanged, this, &PlanTreeModel::refreshTasks);
    connect(session, &ProjectSession::documentStateChanged, this, [this] {
        // Read-only or not changes the flags of every task cell.
        if (rowCount() > 0)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    });
    rebuild();
}

void PlanTreeModel::rebuild()
{
    beginResetModel();
    const Plan &plan = m_session->plan();
    m_canStart = phasesThatCanStart(plan);
    // The task positions are found when first asked for: a re-plan at XL need not index 42,000 tasks up front.
    m_taskPosition.clear();
    m_positionsKnown = false;
    m_phaseRow.clear();
    m_phaseRow.reserve(plan.phases.size());
    for (int p = 0; p < plan.phases.size(); ++p)
        m_phaseRow.insert(plan.phases.at(p).key, p);
    m_phaseCount = int(plan.phases.size());
    m_obsoleteCount = int(plan.obsoleteTasks.size());
    endResetModel();
}

const QHash<QString, std::pair<int, int>> &PlanTreeModel::taskPositions() const
{
    if (!m_positionsKnown) {
        const Plan &plan = m_session->plan();
        qsizetype count = plan.obsoleteTasks.size();
        for (const Phase &phase : plan.phases)
            count += phase.tasks.size();
        m_taskPosition.reserve(count);
        for (int p = 0; p < m_phaseCount; ++p) {
            const QList<Task> &tasks = plan.phases.at(p).tasks;
            for (int t = 0; t < tasks.size(); ++t)
                m_taskPosition.insert(tasks.at(t).key, {p, t});
        }
        for (int t = 0; t < m_obsoleteCount; ++t)
            m_taskPosition.insert(plan.obsoleteTasks.at(t).key, {m_phaseCount, t});
        m_positionsKnown = true;
    }
    return m_taskPosition;
}

QStringList PlanTreeModel::typicalTexts(int column)
{
    switch (column) {
    case StatusColumn: {
        QStringList texts{tr("%1 of %2 finished").arg(88).arg(88)};
        for (const TaskStatus status :
             {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::NotApplicable})
            texts.append(PlanLabels::status(status));
        return texts;
    }
    case StateColumn:
        return {tr("Held by %n finding(s)", nullptr, 88), tr("Can start"), tr("Finished")};
    case DateColumn:
        return {QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)};
    default:
        return {};
    }
}

void PlanTreeModel::refreshTasks(const QStringList &keys)
{
    const Plan &plan = m_session->plan();
    if (m_obsoleteCount != plan.obsoleteTasks.size() || m_phaseCount != plan.phases.size() ||
        std::any_of(keys.begin(), keys.end(), [this](const QString &key) { return !taskPositions().contains(key); })) {
        rebuild(); // a task became obsolete or came back: the tree's shape changed
        return;
    }
    const QSet<QString> canStart = phasesThatCanStart(plan);
    QSet<int> phases;
    for (const QString &key : keys) {
        const auto [phaseRow, taskRow] = taskPositions().value(key);
        const QModelIndex first = createIndex(taskRow, 0, quintptr(phaseRow + 1));
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        phases.insert(phaseRow);
    }
    // A phase's progress changes with its tasks, and whether the phases after it can start.
    for (int p = 0; p < plan.phases.size(); ++p) {
        const QString &key = plan.phases.at(p).key;
        if (phases.contains(p) || canStart.contains(key) != m_canStart.contains(key))
            Q_EMIT dataChanged(createIndex(p, 0, PhaseNode), createIndex(p, ColumnCount - 1, PhaseNode));
    }
    m_canStart = canStart;
}

bool PlanTreeModel::hasObsoleteGroup() const
{
    return m_obsoleteCount > 0;
}

const QList<Task> &PlanTreeModel::tasksOf(int phaseRow) const
{
    const Plan &plan = m_session->plan();
    if (phaseRow < plan.phases.size())
        return plan.phases.at(phaseRow).tasks;
    if (phaseRow == plan.phases.size())
        return plan.obsoleteTasks;
    return noTasks;
}

const Phase *PlanTreeModel::phase(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == PhaseNode ? index.row() : int(index.internalId() - 1);
    const Plan &plan = m_session->plan();
    return row < plan.phases.size() ? &plan.phases.at(row) : nullptr;
}

const Task *PlanTreeModel::task(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == PhaseNode)
        return nullptr;
    const QList<Task> &tasks = tasksOf(int(index.internalId() - 1));
    return index.row() < tasks.size() ? &tasks.at(index.row()) : nullptr;
}

QModelIndex PlanTreeModel::indexOfPhase(const QString &phaseKey) const
{
    const auto it = m_phaseRow.constFind(phaseKey);
    return it == m_phaseRow.constEnd() ? QModelIndex() : createIndex(*it, 0, PhaseNode);
}

QModelIndex PlanTreeModel::indexOfTask(const QString &taskKey) const
{
    const auto &positions = taskPositions();
    const auto it = positions.constFind(taskKey);
    return it == positions.constEnd() ? QModelIndex() : createIndex(it->second, 0, quintptr(it->first + 1));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, PhaseNode);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PhaseNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, PhaseNode);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_phaseCount + (hasObsoleteGroup() ? 1 : 0);
    if (parent.column() != 0 || parent.internalId() != PhaseNode)
        return 0;
    return int(tasksOf(parent.row()).size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == PhaseNode)
        return phaseData(index.row(), index.column(), role);
    const Task *t = task(index);
    return t ? taskData(*t, index.column(), role) : QVariant();
}

QVariant PlanTreeModel::phaseData(int row, int column, int role) const
{
    const Plan &plan = m_session->plan();
    if (row == plan.phases.size()) { // the obsolete tasks
        if (role == Qt::DisplayRole && column == NameColumn)
            return tr("No longer in the plan (%n task(s))", nullptr, int(plan.obsoleteTasks.size()));
        if (role == Qt::ToolTipRole && column == NameColumn)
            return tr("Tasks tracked earlier whose object or phase left the plan; their status is kept.");
        if (role == IsPhaseRole)
            return true;
        return {};
    }
    const Phase &phase = plan.phases.at(row);
    const Progress progress = phaseProgress(phase);
    const bool canStart = m_canStart.contains(phase.key);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return PlanLabels::phase(phase);
        case StatusColumn:
            return tr("%1 of %2 finished").arg(progress.finished()).arg(progress.total);
        case StateColumn: {
            if (phase.isHeld())
                return tr("Held by %n finding(s)", nullptr, int(phase.heldBy.size()));
            if (progress.complete() && progress.total > 0)
                return tr("Finished");
            if (canStart)
                return tr("Can start");
            QStringList waiting;
            for (const QString &after : phase.after) {
                const auto it = m_phaseRow.constFind(after);
                if (it != m_phaseRow.constEnd() && !phaseProgress(plan.phases.at(*it)).complete())
                    waiting.append(PlanLabels::phase(plan.phases.at(*it)));
            }
            return waiting.isEmpty() ? tr("Waits") : tr("Waits for %1").arg(waiting.join(QStringLiteral(", ")));
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column != NameColumn)
            return {};
        if (phase.isHeld())
            return PlanLabels::severityIcon(Severity::Blocker);
        if (progress.complete() && progress.total > 0)
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        return {};
    case Qt::ToolTipRole:
        return column == NameColumn ? PlanLabels::scope(phase.scope) : QVariant();
    case KeyRole:
        return phase.key;
    case IsPhaseRole:
        return true;
    case FinishedRole:
        return progress.complete();
    default:
        return {};
    }
}

QVariant PlanTreeModel::taskData(const Task &task, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return task.title;
        case StatusColumn:
            return PlanLabels::status(task.status);
        case OwnerColumn:
            return task.owner;
        case DateColumn:
            return task.date.isValid() ? QLocale().toString(task.date, QLocale::ShortFormat) : QString();
        case NoteColumn:
            return task.note.section(QLatin1Char('\n'), 0, 0);
        case StateColumn:
            if (task.obsolete)
                return tr("No longer in the plan");
            if (!task.doneBy.isEmpty())
                return tr("Done by an Exchange 2007 server");
            if (!task.waitsFor.isEmpty()) {
                QStringList names;
                for (const QString &key : task.waitsFor) {
                    const auto it = m_phaseRow.constFind(key);
                    names.append(it == m_phaseRow.constEnd() ? key
                                                             : PlanLabels::phase(m_session->plan().phases.at(*it)));
                }
                return tr("Waits for %1").arg(names.join(QStringLiteral(", ")));
            }
            return {};
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case StatusColumn:
            return int(task.status);
        case OwnerColumn:
            return task.owner;
        case DateColumn:
            return task.date.isValid() ? task.date : QDate::currentDate();
        case NoteColumn:
            return task.note;
        default:
            return taskData(task, column, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return task.detail.isEmpty() ? task.title : task.title + QStringLiteral("\n\n") + task.detail;
        if (column == NoteColumn)
            return task.note;
        return {};
    case Qt::CheckStateRole:
        if (column == NameColumn)
            return task.status == TaskStatus::Done || task.status == TaskStatus::NotApplicable
                       ? Qt::Checked
                       : (task.status == TaskStatus::InProgress ? Qt::PartiallyChecked : Qt::Unchecked);
        return {};
    case Qt::ForegroundRole:
        if (task.obsolete || task.status == TaskStatus::NotApplicable)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (task.obsolete) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KeyRole:
        return task.key;
    case IsPhaseRole:
        return false;
    case StatusRole:
        return int(task.status);
    case OwnerRole:
        return task.owner;
    case DateRole:
        return task.date;
    case FinishedRole:
        return task.status == TaskStatus::Done || task.status == TaskStatus::NotApplicable;
    default:
        return {};
    }
}

bool PlanTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Task *t = task(index);
    if (!t || m_session->isReadOnly())
        return false;
    TaskEdit edit;
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        edit.status = value.toInt() == Qt::Checked ? TaskStatus::Done : TaskStatus::NotStarted;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case StatusColumn:
            edit.status = TaskStatus(std::clamp(value.toInt(), 0, int(TaskStatus::NotApplicable)));
            break;
        case OwnerColumn:
            edit.owner = value.toString().trimmed();
            break;
        case DateColumn:
            edit.date = value.toDate();
            break;
        case NoteColumn:
            edit.note = value.toString();
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    const QString key = t->key;
    return m_session->apply(setTaskState(m_session->editableProject(), m_session->plan(), key, edit));
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Phase and task");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case DateColumn:
        return tr("Date");
    case NoteColumn:
        return tr("Note");
    case StateColumn:
        return tr("Holds and waits");
    default:
        return {};
    }
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!task(index) || m_session->isReadOnly())
        return flags;
    switch (index.column()) {
    case NameColumn:
        return flags | Qt::ItemIsUserCheckable;
    case StatusColumn:
    case OwnerColumn:
    case DateColumn:
    case NoteColumn:
        return flags | Qt::ItemIsEditable;
    default:
        return flags;
    }
}

PlanFilter::PlanFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void PlanFilter::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void PlanFilter::setOwner(const QString &owner)
{
    m_owner = owner.trimmed();
    invalidateFilter();
}

void PlanFilter::setOverdueOnly(bool overdue, QDate today)
{
    m_overdue = overdue;
    m_today = today;
    invalidateFilter();
}

bool PlanFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(PlanTreeModel::IsPhaseRole).toBool())
        return !isActive(); // with a filter, a phase stays while one of its tasks does
    if (m_status >= 0 && index.data(PlanTreeModel::StatusRole).toInt() != m_status)
        return false;
    if (!m_owner.isEmpty() && !index.data(PlanTreeModel::OwnerRole).toString().contains(m_owner, Qt::CaseInsensitive))
        return false;
    if (m_overdue) {
        const QDate date = index.data(PlanTreeModel::DateRole).toDate();
        if (!date.isValid() || date >= m_today || index.data(PlanTreeModel::FinishedRole).toBool())
            return false;
    }
    return true;
}

} // namespace etp::ui
