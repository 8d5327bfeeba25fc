#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace etp::ui {

class PlanFilter;
class PlanTreeModel;
class PlanningChoicesPanel;
class ProjectSession;

/// The plan: phases in dependency order with their tasks, edited in place; filters by status, owner and overdue
/// date; the selected phase or task in detail; the planning choices beside it.
class PlanPage : public QWidget {
    Q_OBJECT

public:
    explicit PlanPage(ProjectSession *session, QWidget *parent = nullptr);

    bool selectPhase(const QString &phaseKey);
    bool selectTask(const QString &taskKey);
    /// Shows the phases of one routing group or AD site first selected (the overview's links).
    bool selectSubject(const QString &subjectId);

    PlanTreeModel *model() const { return m_model; }
    PlanFilter *filter() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QCheckBox *overdueBox() const { return m_overdue; }
    QLabel *detailLabel() const { return m_detail; }
    PlanningChoicesPanel *choices() const { return m_choices; }
    QAction *clearDateAction() const { return m_clearDate; }

Q_SIGNALS:
    void linkActivated(const QString &href);

private:
    bool selectSource(const QModelIndex &sourceIndex);
    void showCurrent();
    void clearDate();
    void afterReset();

    ProjectSession *m_session;
    PlanTreeModel *m_model;
    PlanFilter *m_filter;
    QComboBox *m_status;
    QLineEdit *m_owner;
    QCheckBox *m_overdue;
    QTreeView *m_tree;
    QLabel *m_empty;
    QLabel *m_detail;
    PlanningChoicesPanel *m_choices;
    QAction *m_clearDate;
};

} // namespace etp::ui
