#include "Migrations.h"

#include "Schema.h"
#include "StorageError.h"

#include "storage/MigrationSql.h"

namespace etp::storage {

const QList<Migration> &builtinMigrations()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        for (const auto &text : embedded::migrations)
            list.append(Migration{text.version, QString::fromLatin1(text.name), QString::fromUtf8(text.sql)});
        return list;
    }();
    return migrations;
}

int latestVersion(const QList<Migration> &migrations)
{
    int latest = 0;
    for (const Migration &m : migrations)
        latest = std::max(latest, m.version);
    return latest;
}

Status migrate(SqliteDatabase &db, int fromVersion, const QList<Migration> &migrations, const QString &path)
{
    if (fromVersion >= latestVersion(migrations))
        return Status::success();
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return migrationFailedError(path, fromVersion + 1, db.lastError());

    auto fail = [&](int version, const QString &detail) {
        db.exec(QStringLiteral("ROLLBACK"));
        return Status(migrationFailedError(path, version, detail));
    };
    if (fromVersion == 0 && !db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
        return fail(1, db.lastError());

    int version = fromVersion;
    for (const Migration &step : migrations) {
        if (step.version <= fromVersion)
            continue;
        if (step.version != version + 1)
            return fail(version + 1, QStringLiteral("no migration to version %1").arg(version + 1));
        const bool applied = db.exec(QStringLiteral("SAVEPOINT migration")) && db.exec(step.sql) &&
                             db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) &&
                             db.exec(QStringLiteral("RELEASE migration"));
        if (!applied)
            return fail(step.version, step.name + QLatin1String(": ") + db.lastError());
        version = step.version;
    }
    if (!db.exec(QStringLiteral("COMMIT")))
        return fail(version, db.lastError());
    return Status::success();
}

} // namespace etp::storage
