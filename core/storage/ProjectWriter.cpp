#include "ProjectWriter.h"

#include "ProjectTables.h"
#include "Schema.h"
#include "StorageError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace etp::storage {

namespace {

QString insertSql(const TableSpec &table)
{
    QString columns;
    QString parameters;
    for (const ColumnSpec &column : table.columns) {
        if (!columns.isEmpty()) {
            columns += QLatin1Char(',');
            parameters += QLatin1Char(',');
        }
        columns += quoted(column.name);
        parameters += QLatin1Char('?');
    }
    return QLatin1String("INSERT INTO ") + quoted(table.name) + QLatin1String(" (") + columns +
           QLatin1String(") VALUES (") + parameters + QLatin1Char(')');
}

QByteArray fieldSourcesJson(const QMap<QString, Source> &sources)
{
    QJsonObject object;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        object.insert(it.key(), enumName(it.value()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void bindMeta(SqliteStatement &statement, int &index, const ObjectMeta &meta)
{
    statement.bindText(index++, meta.id);
    statement.bindText(index++, meta.guid);
    statement.bindText(index++, meta.dn);
    statement.bindText(index++, meta.legacyDn);
    bindField(statement, index++, meta.origin);
    if (meta.fieldSources.isEmpty())
        statement.bindStaticLatin1(index++, "{}");
    else
        statement.bindUtf8Copy(index++, fieldSourcesJson(meta.fieldSources));
}

/// Inserts rows of one model type into its table with one prepared statement.
class TableWriter {
public:
    explicit TableWriter(SqliteDatabase &db)
        : m_db(db)
    {
    }

    template <class Row> bool write(const Row *rows, qsizetype count)
    {
        if (count == 0)
            return true;
        SqliteStatement statement = m_db.prepare(insertSql(tableSpecFor<Row>()));
        if (!statement.isValid())
            return false;
        for (qsizetype i = 0; i < count; ++i) {
            const Row &row = rows[i];
            int index = 1;
            statement.bindInt(index++, i);
            if constexpr (HasMeta<Row>)
                bindMeta(statement, index, row.meta);
            visitFields(row, [&](const char *, const auto &value) { bindField(statement, index++, value); });
            if (statement.step() != SQLITE_DONE) {
                m_db.captureError();
                return false;
            }
            statement.reset();
        }
        return true;
    }

private:
    SqliteDatabase &m_db;
};

bool writeFixedTables(SqliteDatabase &db, const Project &project)
{
    SqliteStatement statement = db.prepare(
        QStringLiteral("INSERT INTO project (key, title, created, saved_at, saved_with) VALUES (1, ?, ?, ?, ?)"));
    if (!statement.isValid())
        return false;
    statement.bindText(1, project.title);
    bindField(statement, 2, project.created);
    bindField(statement, 3, QDateTime::currentDateTimeUtc());
    statement.bindStaticLatin1(4, ETP_VERSION);
    if (statement.step() != SQLITE_DONE)
        return false;

    statement = db.prepare(QStringLiteral("INSERT INTO plan_settings (key, first_connector_routing_group_id) "
                                          "VALUES (1, ?)"));
    if (!statement.isValid())
        return false;
    statement.bindText(1, project.plan.firstConnectorRoutingGroupId);
    if (statement.step() != SQLITE_DONE)
        return false;

    statement = db.prepare(QStringLiteral("INSERT INTO routing_group_order (position, routing_group_id) "
                                          "VALUES (?, ?)"));
    if (!statement.isValid())
        return false;
    for (qsizetype i = 0; i < project.plan.routingGroupOrder.size(); ++i) {
        statement.bindInt(1, i);
        statement.bindText(2, project.plan.routingGroupOrder.at(i));
        if (statement.step() != SQLITE_DONE)
            return false;
        statement.reset();
    }

    statement = db.prepare(QStringLiteral("INSERT INTO section_note (section, note) VALUES (?, ?)"));
    if (!statement.isValid())
        return false;
    for (const auto *map : {&project.inventory.sectionNotes, &project.inventory.incompleteSections}) {
        if (map == &project.inventory.incompleteSections) {
            statement = db.prepare(QStringLiteral("INSERT INTO section_incomplete (section, reason) VALUES (?, ?)"));
            if (!statement.isValid())
                return false;
        }
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            statement.bindText(1, it.key());
            statement.bindText(2, it.value());
            if (statement.step() != SQLITE_DONE)
                return false;
            statement.reset();
        }
    }
    return true;
}

} // namespace

Status writeProject(SqliteDatabase &db, const Project &project, const QString &path)
{
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if ((db.lastErrorCode() & 0xff) == SQLITE_BUSY)
            return busyError(path);
        return writeFailedError(path, db.lastError());
    }
    QString clear;
    for (const TableSpec &table : modelSchema())
        clear += QLatin1String("DELETE FROM ") + quoted(table.name) + QLatin1String(";\n");
    bool ok = db.exec(clear);

    TableWriter writer(db);
    visitReflectedTables(project, [&](const auto &part) {
        if (!ok)
            return;
        using Part = std::decay_t<decltype(part)>;
        if constexpr (IsList<Part>::value)
            ok = writer.write(part.constData(), part.size());
        else
            ok = writer.write(&part, 1);
    });
    if (ok) {
        ok = writeFixedTables(db, project);
        if (!ok)
            db.captureError();
    }
    if (ok && db.exec(QStringLiteral("COMMIT")))
        return Status::success();
    const QString detail = db.lastError();
    db.exec(QStringLiteral("ROLLBACK"));
    return writeFailedError(path, detail);
}

} // namespace etp::storage
