#include "ProjectDocument.h"

#include "ProjectFile.h"
#include "ProjectLock.h"
#include "ProjectOpener.h"
#include "ProjectReader.h"
#include "ProjectSaver.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace etp {

namespace {

/// Whether a failure to open for editing still allows opening read-only (someone else edits, or no write access).
bool allowsReadOnly(const Error &error)
{
    return error.code == QLatin1String(storage::code::locked) ||
           error.code == QLatin1String(storage::code::notWritable);
}

} // namespace

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{
    m_project.created = QDateTime::currentDateTimeUtc();
}

ProjectDocument::~ProjectDocument() = default;

Status ProjectDocument::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return storage::notFoundError(path);
    const bool reopening = m_lock && QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath();
    const auto lock = reopening ? Result<std::shared_ptr<QLockFile>>(m_lock) : storage::acquireEditLock(path);
    if (!lock) {
        if (!allowsReadOnly(lock.error()))
            return lock.error();
        Result<Project> project = loadProject(path);
        if (!project)
            return project.error();
        adopt(path, std::move(*project), nullptr, lock.error().message);
        return Status::success();
    }
    storage::removeStaleTemporaries(path);
    // Opening read-write rolls back a save that was interrupted and migrates an older file in place.
    Result<storage::SqliteDatabase> db = storage::openProjectDatabase(path, storage::Access::ReadWrite);
    if (!db) {
        if (!allowsReadOnly(db.error()))
            return db.error();
        Result<Project> project = loadProject(path);
        if (!project)
            return project.error();
        adopt(path, std::move(*project), nullptr, db.error().message);
        return Status::success();
    }
    Result<Project> project = storage::readProject(*db, path);
    if (!project)
        return project.error();
    adopt(path, std::move(*project), *lock, QString());
    return Status::success();
}

Status ProjectDocument::openReadOnly(const QString &path)
{
    Result<Project> project = loadProject(path);
    if (!project)
        return project.error();
    adopt(path, std::move(*project), nullptr, tr("opened read-only for review"));
    return Status::success();
}

void ProjectDocument::close()
{
    Project project;
    project.created = QDateTime::currentDateTimeUtc();
    adopt(QString(), std::move(project), nullptr, QString());
}

Status ProjectDocument::save(IfChanged ifChanged)
{
    if (m_path.isEmpty())
        return storage::noPathError();
    if (m_readOnly)
        return storage::readOnlyError(m_path, m_readOnlyReason);
    const bool changed = changedOnDisk();
    if (changed && ifChanged == IfChanged::Refuse)
        return storage::changedOnDiskError(m_path, !QFileInfo::exists(m_path));
    // Over a file someone else wrote (possibly not a project file at all), the whole project goes into a new file
    // renamed into place: their file stays whole until the rename, and nothing of it is mixed into the save.
    const Status saved = changed ? storage::saveReplacing(m_path, m_project) : storage::saveToPath(m_path, m_project);
    if (saved) {
        m_fingerprint = storage::FileFingerprint::of(m_path);
        setModified(false);
    }
    return saved;
}

bool ProjectDocument::changedOnDisk() const
{
    return !m_path.isEmpty() && storage::FileFingerprint::of(m_path) != m_fingerprint;
}

Status ProjectDocument::saveAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_readOnly && !m_path.isEmpty() && absolute == QFileInfo(m_path).absoluteFilePath())
        return save(IfChanged::Overwrite);
    const auto lock = storage::acquireEditLock(absolute);
    if (!lock)
        return lock.error();
    const Status saved = storage::saveReplacing(absolute, m_project);
    if (!saved)
        return saved;
    adopt(absolute, m_project, *lock, QString());
    return Status::success();
}

Project &ProjectDocument::edit()
{
    setModified(true);
    return m_project;
}

void ProjectDocument::setProject(Project project)
{
    m_project = std::move(project);
    setModified(true);
}

void ProjectDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void ProjectDocument::adopt(const QString &path, Project project, std::shared_ptr<QLockFile> lock,
                            const QString &readOnlyReason)
{
    m_project = std::move(project);
    m_lock = std::move(lock); // releases the previous file's lock
    const bool readOnly = !readOnlyReason.isEmpty();
    const bool pathChanged = m_path != path;
    m_path = path;
    m_fingerprint = path.isEmpty() ? storage::FileFingerprint() : storage::FileFingerprint::of(path);
    m_readOnlyReason = readOnlyReason;
    setModified(false);
    if (pathChanged)
        Q_EMIT this->pathChanged(path);
    if (m_readOnly != readOnly) {
        m_readOnly = readOnly;
        Q_EMIT readOnlyChanged(readOnly);
    }
}

} // namespace etp
