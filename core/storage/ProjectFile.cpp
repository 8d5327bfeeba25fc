#include "ProjectFile.h"

#include "ProjectLock.h"
#include "ProjectOpener.h"
#include "ProjectReader.h"
#include "ProjectSaver.h"

#include <QFileInfo>

namespace etp {

Result<Project> loadProject(const QString &path)
{
    Result<storage::SqliteDatabase> db = storage::openProjectDatabase(path, storage::Access::ReadOnly);
    if (!db)
        return db.error();
    return storage::readProject(*db, path);
}

Result<Project> loadOrCreateProject(const QString &path)
{
    if (QFileInfo::exists(path))
        return loadProject(path);
    Project project;
    project.created = QDateTime::currentDateTimeUtc();
    project.title = QFileInfo(path).completeBaseName();
    return project;
}

Status saveProject(const QString &path, const Project &p)
{
    const auto lock = storage::acquireEditLock(path);
    if (!lock)
        return lock.error();
    return storage::saveToPath(path, p);
}

} // namespace etp
