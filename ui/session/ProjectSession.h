#pragma once

#include "edit/Change.h"
#include "model/Result.h"
#include "plan/Plan.h"
#include "storage/ProjectDocument.h"

#include <QObject>

class QUndoStack;
class QFileSystemWatcher;

namespace etp::ui {

/// The project open in the window: the document (file, lock, read-only state), the undo stack over the core's edit
/// operations, and the plan with its findings, rebuilt off the GUI thread after a structural edit. Every page reads
/// it and edits through it, so that an edit in the window is the same core operation the command line makes.
class ProjectSession : public QObject {
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    /// Opens a project file for editing (read-only when another editor holds it or it cannot be written), or for
    /// review (`readOnly`). On failure the session keeps what it had.
    Status openFile(const QString &path, bool readOnly = false);
    /// Shows the bundled sample organization as a new, untitled project (read-only when `readOnly`).
    void openSample(bool readOnly = false);
    /// Shows a project as a new, untitled document (the wizard's result, a test's project).
    void openProject(Project project, bool readOnly = false);
    /// Reads the file again, dropping unsaved edits.
    Status revert();
    Status save(ProjectDocument::IfChanged ifChanged = ProjectDocument::IfChanged::Refuse);
    Status saveAs(const QString &path);

    bool hasProject() const { return m_hasProject; }
    const Project &project() const { return m_document->project(); }
    /// The plan of the project, as last built; planning() tells whether a newer one is being built.
    const Plan &plan() const { return m_plan; }
    bool planning() const { return m_pendingPlan != 0; }
    /// Waits (running the event loop) until the plan is up to date; for tests and for saving.
    void waitForPlan();

    QString path() const { return m_document->path(); }
    bool isModified() const { return m_document->isModified(); }
    bool isReadOnly() const { return m_document->isReadOnly() || m_reviewOnly; }
    /// Opened for review (File ▸ Open for Review, --read-only): nothing is changed, not even elsewhere.
    bool isReviewOnly() const { return m_reviewOnly; }
    /// Why the project is read-only (empty when it can be edited).
    QString readOnlyReason() const;
    bool changedOnDisk() const { return m_document->changedOnDisk(); }
    /// A short name for titles: the project's title, else the file's name, else "Untitled".
    QString displayName() const;

    QUndoStack *undoStack() const { return m_undo; }

    /// Applies the result of a core edit operation made on editableProject(): puts it on the undo stack and brings
    /// the plan up to date. A refused edit (an error) changes nothing and is reported by editRefused. Returns whether
    /// something changed.
    bool apply(Result<Change> result);
    /// The project to pass to a core edit operation, followed by apply(). Must not be used when read-only.
    Project &editableProject();

Q_SIGNALS:
    /// Another project (or the same file re-read) is now shown: every view starts over.
    void projectReplaced();
    /// The plan and its findings were rebuilt after a structural edit.
    void planChanged();
    /// Only task tracking changed: these tasks (keys) show another status, owner, date or note.
    void tasksChanged(const QStringList &taskKeys);
    /// The inventory or plan state changed through an edit, undo or redo.
    void changed(const etp::Change &change);
    /// Planning started (true) or finished (false).
    void planningChanged(bool planning);
    /// Modified, read-only or path changed.
    void documentStateChanged();
    /// An edit was refused; the message says why.
    void editRefused(const QString &message);
    /// An edit was made, but the person should know something about it (a task of a held phase marked done).
    void editWarned(const QStringList &warnings);
    /// The file was changed on disk by someone else while open here.
    void fileChangedOnDisk();

private:
    friend class EditCommand;
    void adoptOpened();
    void afterChange(const Change &change);
    void replan();
    void watchFile();

    ProjectDocument *m_document;
    QUndoStack *m_undo;
    QFileSystemWatcher *m_watcher;
    Plan m_plan;
    bool m_hasProject = false;
    bool m_reviewOnly = false;
    quint64 m_generation = 0;  ///< the newest plan asked for
    quint64 m_pendingPlan = 0; ///< the generation being built; 0 when the plan is up to date
    bool m_saving = false;
};

} // namespace etp::ui
