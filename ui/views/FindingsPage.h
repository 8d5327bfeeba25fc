#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace etp::ui {

class AnswerPanel;
class FindingsFilter;
class FindingsModel;
class ProjectSession;
class RefreshWhenShown;

/// Every finding of the plan, grouped by rule, filtered by severity and text; the selected one with its message,
/// remediation, the phases it holds or concerns and, for a manual rule, its answer.
class FindingsPage : public QWidget {
    Q_OBJECT

public:
    explicit FindingsPage(ProjectSession *session, QWidget *parent = nullptr);

    /// Selects a finding; false when the plan has none with that id.
    bool selectFinding(const QString &findingId);
    /// Shows only findings of this severity (-1: all).
    void showSeverity(int severity);

    FindingsModel *model() const { return m_model; }
    FindingsFilter *filter() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    QComboBox *severityBox() const { return m_severity; }
    QLineEdit *searchEdit() const { return m_search; }
    AnswerPanel *answerPanel() const { return m_answer; }
    QLabel *detailLabel() const { return m_detail; }

Q_SIGNALS:
    void linkActivated(const QString &href);

private:
    void refresh();
    void showCurrent();

    ProjectSession *m_session;
    FindingsModel *m_model;
    FindingsFilter *m_filter;
    QComboBox *m_severity;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_empty;
    QLabel *m_detail;
    AnswerPanel *m_answer;
    RefreshWhenShown *m_refresh = nullptr;
};

} // namespace etp::ui
