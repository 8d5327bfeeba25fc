#include "ProjectSession.h"

#include "edit/PlanEdits.h"
#include "plan/Planner.h"
#include "plan/Tracking.h"
#include "rules/RuleCatalog.h"
#include "sample/SampleOrganization.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace etp::ui {

namespace {

/// Frees a large plan on a worker thread: at XL, freeing the plan replaced takes as long as a frame.
void discardOffThread(Plan plan)
{
    QThread *thread = QThread::create([plan = std::move(plan)]() mutable { Plan discarded = std::move(plan); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowestPriority);
}

} // namespace

/// One core edit on the undo stack. The edit is already applied when it is pushed; undo reverts its steps, redo
/// reapplies them.
class EditCommand : public QUndoCommand {
public:
    EditCommand(ProjectSession *session, Change change)
        : m_session(session)
        , m_change(std::move(change))
    {
        setText(m_change.description);
    }

    void undo() override
    {
        revertChange(m_session->m_document->edit(), m_change);
        m_session->afterChange(m_change);
    }

    void redo() override
    {
        if (m_applied) {
            reapplyChange(m_session->m_document->edit(), m_change);
            m_session->afterChange(m_change);
        }
        m_applied = true;
    }

private:
    ProjectSession *m_session;
    Change m_change;
    bool m_applied = false; ///< false until the first redo, which QUndoStack::push calls on an applied edit
};

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_document(new ProjectDocument(this))
    , m_undo(new QUndoStack(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_document->setModified(!clean);
        Q_EMIT documentStateChanged();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (!m_saving && m_document->changedOnDisk())
            Q_EMIT fileChangedOnDisk();
        watchFile(); // a file renamed over the old one is watched anew
    });
}

ProjectSession::~ProjectSession()
{
    // Plans being built hold their own copy of the project; wait for them so that none outlives the application.
    for (QThread *thread : findChildren<QThread *>()) {
        thread->wait();
    }
}

Status ProjectSession::openFile(const QString &path, bool readOnly)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Status status = readOnly ? m_document->openReadOnly(absolute) : m_document->open(absolute);
    if (!status)
        return status;
    m_reviewOnly = readOnly;
    adoptOpened();
    return status;
}

void ProjectSession::openSample(bool readOnly)
{
    openProject(sampleProject(), readOnly);
}

void ProjectSession::openProject(Project project, bool readOnly)
{
    m_document->close();
    m_document->setProject(std::move(project));
    m_document->setModified(false);
    m_reviewOnly = readOnly;
    adoptOpened();
}

Status ProjectSession::revert()
{
    if (path().isEmpty())
        return Error{QStringLiteral("untitled"),
                     tr("This project has not been saved yet: there is no file to revert to.")};
    return openFile(path(), m_reviewOnly);
}

Status ProjectSession::save(ProjectDocument::IfChanged ifChanged)
{
    if (isReadOnly())
        return Error{QStringLiteral("read-only"), readOnlyReason()};
    m_saving = true;
    Status status = m_document->save(ifChanged);
    m_saving = false;
    if (status)
        m_undo->setClean();
    Q_EMIT documentStateChanged();
    return status;
}

Status ProjectSession::saveAs(const QString &path)
{
    if (m_reviewOnly)
        return Error{QStringLiteral("read-only"), readOnlyReason()};
    m_saving = true;
    Status status = m_document->saveAs(QFileInfo(path).absoluteFilePath());
    m_saving = false;
    if (status) {
        m_undo->setClean();
        watchFile();
    }
    Q_EMIT documentStateChanged();
    return status;
}

QString ProjectSession::readOnlyReason() const
{
    if (m_reviewOnly)
        return tr("opened for review. Everything is shown, nothing can be changed, and the file stays as it is.");
    return m_document->readOnlyReason();
}

QString ProjectSession::displayName() const
{
    if (!project().title.isEmpty())
        return project().title;
    if (!path().isEmpty())
        return QFileInfo(path()).completeBaseName();
    return tr("Untitled");
}

bool ProjectSession::apply(Result<Change> result)
{
    // editableProject() marked the document modified; a refused or empty edit changed nothing.
    if (!result || result->isEmpty()) {
        m_document->setModified(!m_undo->isClean());
        if (!result)
            Q_EMIT editRefused(result.error().message);
        return false;
    }
    Change change = std::move(result.value());
    const QStringList warnings = change.warnings;
    afterChange(change);
    m_undo->push(new EditCommand(this, std::move(change)));
    if (!warnings.isEmpty())
        Q_EMIT editWarned(warnings);
    return true;
}

Project &ProjectSession::editableProject()
{
    Q_ASSERT(!isReadOnly());
    return m_document->edit();
}

void ProjectSession::adoptOpened()
{
    m_hasProject = true;
    m_undo->clear();
    m_undo->setClean();
    m_document->setModified(false);
    watchFile();
    // The first plan is built off the GUI thread like every other: at XL it takes longer than a window may freeze.
    // Until it arrives the plan is empty and planning() is true; the window shows that it is being prepared.
    discardOffThread(std::exchange(m_plan, Plan()));
    Q_EMIT projectReplaced();
    Q_EMIT documentStateChanged();
    replan();
}

void ProjectSession::afterChange(const Change &change)
{
    if (change.structural) {
        Q_EMIT changed(change);
        replan();
        return;
    }
    updatePlan(m_plan, project(), change);
    QStringList keys;
    for (const EditStep &step : change.steps) {
        if (const auto *plan = std::get_if<PlanStateEdit>(&step)) {
            for (const TaskState &state : plan->after.tasks)
                if (!plan->before.taskState(state.taskKey) || !(*plan->before.taskState(state.taskKey) == state))
                    keys.append(state.taskKey);
            for (const TaskState &state : plan->before.tasks)
                if (!plan->after.taskState(state.taskKey))
                    keys.append(state.taskKey);
        }
    }
    Q_EMIT changed(change);
    Q_EMIT tasksChanged(keys);
}

void ProjectSession::replan()
{
    const quint64 generation = ++m_generation;
    const bool wasPlanning = planning();
    m_pendingPlan = generation;
    if (!wasPlanning)
        Q_EMIT planningChanged(true);
    // The destructor waits for the thread, so `this` outlives it; a result that arrives after the session is gone
    // is dropped with the session's queued events.
    QThread *thread = QThread::create([this, generation, project = project()] {
        Plan plan = buildPlan(project, evaluateRules(project));
        QMetaObject::invokeMethod(
            this,
            [this, generation, plan = std::move(plan), tasks = project.plan.tasks]() mutable {
                if (generation != m_generation)
                    return; // a newer edit asked for a newer plan
                // Task edits made while it was built are not in its copy of the project: apply them now.
                const QList<TaskState> &now = this->project().plan.tasks;
                if (!now.isSharedWith(tasks) && now != tasks)
                    reapplyTaskStates(plan, this->project().plan);
                discardOffThread(std::exchange(m_plan, std::move(plan)));
                m_pendingPlan = 0;
                Q_EMIT planChanged();
                Q_EMIT planningChanged(false);
            },
            Qt::QueuedConnection);
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void ProjectSession::waitForPlan()
{
    while (planning())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

void ProjectSession::watchFile()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!path().isEmpty() && QFileInfo::exists(path()))
        m_watcher->addPath(path());
}

} // namespace etp::ui
