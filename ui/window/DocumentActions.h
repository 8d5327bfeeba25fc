#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace etp::ui {

class Banner;
class ProjectSession;
class RecentFiles;

/// File handling for the window: open (for editing or for review), the sample, save, save as, revert, the
/// unsaved-changes question and the offer to reload a file changed on disk. Failures are shown in the error banner;
/// what was open stays open.
class DocumentActions : public QObject {
    Q_OBJECT

public:
    DocumentActions(ProjectSession *session, QWidget *window, Banner *errors, Banner *notices, RecentFiles *recent);

    QAction *openAction() const { return m_open; }
    QAction *openForReviewAction() const { return m_openReview; }
    QAction *openSampleAction() const { return m_openSample; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *revertAction() const { return m_revert; }

    /// Opens a project file, after asking what to do with unsaved changes; false when it was not opened.
    bool openPath(const QString &path, bool readOnly);
    void openSample(bool readOnly = false);
    /// Saves (Save As for an untitled project); false when nothing was saved.
    bool save();
    bool saveAs();
    bool revert();
    /// Asks what to do with unsaved changes; true when the caller may go on (saved or discarded).
    bool mayDiscardChanges();
    /// The read-only reason, the file changed on disk, or nothing, in the notice banner.
    void updateNotice();

Q_SIGNALS:
    void opened();

private:
    QString askOpenPath(const QString &title);
    void updateActions();

    ProjectSession *m_session;
    QWidget *m_window;
    Banner *m_errors;
    Banner *m_notices;
    RecentFiles *m_recent;
    QAction *m_open;
    QAction *m_openReview;
    QAction *m_openSample;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_revert;
    bool m_changedOnDisk = false;
};

} // namespace etp::ui
