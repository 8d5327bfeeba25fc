#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace etp::ui {

class ProjectSession;
class ProgressModel;
class RefreshWhenShown;

/// The page a project opens on: the organization, readiness in one line, progress per routing group and AD site,
/// the phases that can start now, the legacy servers that must be kept, and the mailbox-move effort. Every item
/// links to where it is detailed (linkActivated, a Link).
class OverviewPage : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(ProjectSession *session, QWidget *parent = nullptr);

    QLabel *readinessLabel() const { return m_readiness; }
    QLabel *startLabel() const { return m_start; }
    QLabel *keptLabel() const { return m_kept; }
    ProgressModel *progressModel() const { return m_progressModel; }
    QTableView *progressView() const { return m_progress; }

Q_SIGNALS:
    void linkActivated(const QString &href);

private:
    void refresh();
    QLabel *addHeading(QVBoxLayout *layout, const QString &text);

    ProjectSession *m_session;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_readiness;
    QLabel *m_planning;
    QLabel *m_start;
    QLabel *m_kept;
    ProgressModel *m_progressModel;
    RefreshWhenShown *m_refresh = nullptr;
    QTableView *m_progress;
};

} // namespace etp::ui
