#pragma once

// Helpers shared by the storage tests: a scratch folder, file bytes and times, files crafted with SQLite directly.

#include "QtStringMakers.h"
#include "SampleProjects.h"
#include "TestSupport.h"

#include "storage/SqliteDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace etp::test {

/// A temporary folder for one test; its listing shows every side file a test may have left.
class ScratchFolder {
public:
    ScratchFolder() { REQUIRE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private:
    QTemporaryDir m_dir;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QDateTime modificationTime(const QString &path)
{
    return QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
}

/// Runs SQL on a file with SQLite directly (to craft foreign, newer or changed files).
inline void runSql(const QString &path, const QString &sql)
{
    storage::SqliteDatabase db;
    REQUIRE(db.open(path, storage::SqliteDatabase::Mode::Create));
    INFO(db.lastError().toStdString());
    REQUIRE(db.exec(sql));
}

/// A small filled project with awkward text everywhere.
inline Project smallProject(int generation = 0)
{
    FillOptions options;
    options.generation = generation;
    return filledProject(options);
}

} // namespace etp::test
