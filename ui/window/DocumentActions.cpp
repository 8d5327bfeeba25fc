#include "DocumentActions.h"

#include "Banner.h"
#include "RecentFiles.h"
#include "dialogs/Questions.h"
#include "session/ProjectSession.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

namespace etp::ui {

namespace {

QString projectFilter()
{
    return DocumentActions::tr("Exchange Transition Planner projects (*.etplan)");
}

} // namespace

DocumentActions::DocumentActions(ProjectSession *session, QWidget *window, Banner *errors, Banner *notices,
                                 RecentFiles *recent)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_errors(errors)
    , m_notices(notices)
    , m_recent(recent)
    , m_open(new QAction(tr("&Open..."), this))
    , m_openReview(new QAction(tr("Open for &Review..."), this))
    , m_openSample(new QAction(tr("Open &Sample Organization"), this))
    , m_save(new QAction(tr("&Save"), this))
    , m_saveAs(new QAction(tr("Save &As..."), this))
    , m_revert(new QAction(tr("Re&vert"), this))
{
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a project file to work on it."));
    m_openReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openReview->setStatusTip(tr("Open a project file to look at it: nothing can be changed, the file stays as it "
                                  "is."));
    m_openSample->setStatusTip(tr("Look at the bundled sample organization, Fabrikam."));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Save the project to its file."));
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_saveAs->setStatusTip(tr("Save the project to another file and go on working there."));
    m_revert->setStatusTip(tr("Read the file again, dropping the changes made since it was last saved."));
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));

    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = askOpenPath(tr("Open Project"));
        if (!path.isEmpty())
            openPath(path, false);
    });
    connect(m_openReview, &QAction::triggered, this, [this] {
        const QString path = askOpenPath(tr("Open Project for Review"));
        if (!path.isEmpty())
            openPath(path, true);
    });
    connect(m_openSample, &QAction::triggered, this, [this] { openSample(); });
    connect(m_save, &QAction::triggered, this, &DocumentActions::save);
    connect(m_saveAs, &QAction::triggered, this, &DocumentActions::saveAs);
    connect(m_revert, &QAction::triggered, this, &DocumentActions::revert);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) { openPath(path, false); });
    connect(m_session, &ProjectSession::documentStateChanged, this, &DocumentActions::updateActions);
    connect(m_session, &ProjectSession::fileChangedOnDisk, this, [this] {
        m_changedOnDisk = true;
        updateNotice();
    });
    connect(m_notices, &Banner::actionTriggered, this, [this] {
        if (m_changedOnDisk)
            revert();
    });
    updateActions();
}

QString DocumentActions::askOpenPath(const QString &title)
{
    const QString start = m_session->path().isEmpty() ? QString() : QFileInfo(m_session->path()).absolutePath();
    return QFileDialog::getOpenFileName(m_window, title, start, projectFilter());
}

bool DocumentActions::mayDiscardChanges()
{
    if (!m_session->hasProject() || !m_session->isModified() || m_session->isReadOnly())
        return true;
    const auto answer =
        Questions::ask(m_window, tr("Unsaved Changes"),
                       tr("%1 has changes that are not saved. Save them first?").arg(m_session->displayName()),
                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool DocumentActions::openPath(const QString &path, bool readOnly)
{
    if (!mayDiscardChanges())
        return false;
    const Status status = m_session->openFile(path, readOnly);
    if (!status) {
        m_errors->showMessage(tr("%1 could not be opened: %2").arg(QFileInfo(path).fileName(), status.error().message));
        return false;
    }
    m_errors->dismiss();
    m_changedOnDisk = false;
    m_recent->add(m_session->path());
    updateNotice();
    Q_EMIT opened();
    return true;
}

void DocumentActions::openSample(bool readOnly)
{
    if (!mayDiscardChanges())
        return;
    m_session->openSample(readOnly);
    m_errors->dismiss();
    m_changedOnDisk = false;
    updateNotice();
    Q_EMIT opened();
}

bool DocumentActions::save()
{
    if (!m_session->hasProject() || m_session->isReadOnly())
        return false;
    if (m_session->path().isEmpty())
        return saveAs();
    m_session->waitForPlan();
    Status status = m_session->save();
    if (!status && status.error().code == QLatin1String("changed-on-disk")) {
        const auto answer = Questions::ask(
            m_window, tr("File Changed on Disk"),
            tr("%1 was changed by someone else since it was opened here. Overwrite it with this project, or "
               "cancel and choose Save As to keep both?")
                .arg(QFileInfo(m_session->path()).fileName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        status = m_session->save(ProjectDocument::IfChanged::Overwrite);
    }
    if (!status) {
        m_errors->showMessage(tr("The project was not saved: %1").arg(status.error().message));
        return false;
    }
    m_errors->dismiss();
    m_changedOnDisk = false;
    updateNotice();
    return true;
}

bool DocumentActions::saveAs()
{
    if (!m_session->hasProject() || m_session->isReviewOnly())
        return false;
    QString start = m_session->path();
    if (start.isEmpty())
        start = m_session->displayName() + QStringLiteral(".etplan");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), start, projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".etplan");
    m_session->waitForPlan();
    const Status status = m_session->saveAs(path);
    if (!status) {
        m_errors->showMessage(tr("The project was not saved: %1").arg(status.error().message));
        return false;
    }
    m_errors->dismiss();
    m_changedOnDisk = false;
    m_recent->add(m_session->path());
    updateNotice();
    return true;
}

bool DocumentActions::revert()
{
    if (m_session->path().isEmpty())
        return false;
    if (m_session->isModified() && !m_changedOnDisk) {
        const auto answer = Questions::ask(
            m_window, tr("Revert"),
            tr("Drop the changes made since %1 was last saved?").arg(QFileInfo(m_session->path()).fileName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    const Status status = m_session->revert();
    if (!status) {
        m_errors->showMessage(tr("The file could not be read again: %1").arg(status.error().message));
        return false;
    }
    m_errors->dismiss();
    m_changedOnDisk = false;
    updateNotice();
    return true;
}

void DocumentActions::updateNotice()
{
    if (m_changedOnDisk && m_session->hasProject()) {
        m_notices->showMessage(
            m_session->isModified()
                ? tr("%1 was changed on disk by someone else. Reload it to see their version (your unsaved changes "
                     "are dropped), or save yours with Save As.")
                      .arg(QFileInfo(m_session->path()).fileName())
                : tr("%1 was changed on disk by someone else. Reload it to see their version.")
                      .arg(QFileInfo(m_session->path()).fileName()),
            tr("&Reload"));
        return;
    }
    if (m_session->hasProject() && m_session->isReadOnly()) {
        m_notices->showMessage(tr("Read-only: %1").arg(m_session->readOnlyReason()));
        return;
    }
    m_notices->dismiss();
}

void DocumentActions::updateActions()
{
    const bool has = m_session->hasProject();
    const bool editable = has && !m_session->isReadOnly();
    m_save->setEnabled(editable && (m_session->isModified() || m_session->path().isEmpty()));
    // A project open read-only because another editor holds it can still be saved elsewhere; a review cannot.
    m_saveAs->setEnabled(has && !m_session->isReviewOnly());
    m_revert->setEnabled(has && !m_session->path().isEmpty() && (m_session->isModified() || m_changedOnDisk));
}

} // namespace etp::ui
