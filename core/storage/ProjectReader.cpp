#include "ProjectReader.h"

#include "ProjectTables.h"
#include "Schema.h"
#include "StorageError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace etp::storage {

namespace {

QString selectSql(const TableSpec &table, const char *orderBy)
{
    QString columns;
    for (const ColumnSpec &column : table.columns) {
        if (!columns.isEmpty())
            columns += QLatin1Char(',');
        columns += quoted(column.name);
    }
    return QLatin1String("SELECT ") + columns + QLatin1String(" FROM ") + quoted(table.name) +
           QLatin1String(" ORDER BY ") + QLatin1String(orderBy);
}

bool readMeta(const SqliteStatement &statement, int &column, ObjectMeta &meta)
{
    meta.id = statement.columnText(column++);
    meta.guid = statement.columnText(column++);
    meta.dn = statement.columnText(column++);
    meta.legacyDn = statement.columnText(column++);
    if (!readField(statement, column++, meta.origin))
        return false;
    meta.fieldSources.clear();
    const QByteArray sources = statement.columnUtf8(column++);
    if (sources == "{}")
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(sources, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto source = enumFromName<Source>(it.value().toString());
        if (!source)
            return false;
        meta.fieldSources.insert(it.key(), *source);
    }
    return true;
}

/// Reads the rows of one model type from its table, in saved order.
class TableReader {
public:
    TableReader(SqliteDatabase &db, const QString &path)
        : m_db(db)
        , m_path(path)
    {
    }

    /// Calls add(row) for each row; returns false with error() set when the table cannot be read.
    template <class Row, class Add> bool read(Add &&add)
    {
        const TableSpec table = tableSpecFor<Row>();
        SqliteStatement statement = m_db.prepare(selectSql(table, "position"));
        if (!statement.isValid())
            return fail(m_db.lastError());
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            Row row{};
            int column = 1; // after position
            bool valid = true;
            if constexpr (HasMeta<Row>)
                valid = readMeta(statement, column, row.meta);
            if (!valid)
                return invalid(table, statement);
            visitFields(row, [&](const char *, auto &value) {
                if (valid && !readField(statement, column, value))
                    valid = false;
                else
                    ++column;
            });
            if (!valid)
                return invalid(table, statement, column);
            add(std::move(row));
        }
        if (rc != SQLITE_DONE) {
            m_db.captureError();
            return fail(m_db.lastError());
        }
        return true;
    }

    const Error &error() const { return m_error; }

private:
    bool fail(const QString &detail)
    {
        m_error = corruptError(m_path, detail);
        return false;
    }
    bool invalid(const TableSpec &table, const SqliteStatement &statement, int column = -1)
    {
        const QString where = column >= 0 && column < table.columns.size()
                                  ? table.name + QLatin1Char('.') + table.columns.at(column).name
                                  : table.name;
        return fail(QCoreApplication::translate("etp::ProjectFile", "%1 holds an invalid value in row %2")
                        .arg(where)
                        .arg(statement.columnInt(0) + 1));
    }

    SqliteDatabase &m_db;
    QString m_path;
    Error m_error;
};

bool readFixedTables(SqliteDatabase &db, Project &project)
{
    SqliteStatement statement = db.prepare(QStringLiteral("SELECT title, created FROM project WHERE key = 1"));
    if (!statement.isValid())
        return false;
    int rc = statement.step();
    if (rc == SQLITE_ROW) {
        project.title = statement.columnText(0);
        if (!readField(statement, 1, project.created))
            return false;
    } else if (rc != SQLITE_DONE) {
        return false;
    }

    statement = db.prepare(QStringLiteral("SELECT first_connector_routing_group_id FROM plan_settings WHERE key = 1"));
    if (!statement.isValid())
        return false;
    rc = statement.step();
    if (rc == SQLITE_ROW)
        project.plan.firstConnectorRoutingGroupId = statement.columnText(0);
    else if (rc != SQLITE_DONE)
        return false;

    statement = db.prepare(QStringLiteral("SELECT routing_group_id FROM routing_group_order ORDER BY position"));
    if (!statement.isValid())
        return false;
    while ((rc = statement.step()) == SQLITE_ROW)
        project.plan.routingGroupOrder.append(statement.columnText(0));
    if (rc != SQLITE_DONE)
        return false;

    statement = db.prepare(QStringLiteral("SELECT section, note FROM section_note"));
    if (!statement.isValid())
        return false;
    while ((rc = statement.step()) == SQLITE_ROW)
        project.inventory.sectionNotes.insert(statement.columnText(0), statement.columnText(1));
    if (rc != SQLITE_DONE)
        return false;

    statement = db.prepare(QStringLiteral("SELECT section, reason FROM section_incomplete"));
    if (!statement.isValid())
        return false;
    while ((rc = statement.step()) == SQLITE_ROW)
        project.inventory.incompleteSections.insert(statement.columnText(0), statement.columnText(1));
    return rc == SQLITE_DONE;
}

} // namespace

Result<Project> readProject(SqliteDatabase &db, const QString &path)
{
    if (!db.exec(QStringLiteral("BEGIN")))
        return corruptError(path, db.lastError());
    Project project;
    TableReader reader(db, path);
    bool ok = true;
    visitReflectedTables(project, [&](auto &part) {
        if (!ok)
            return;
        using Part = std::decay_t<decltype(part)>;
        using Row = typename RowType<Part>::type;
        if constexpr (IsList<Part>::value) {
            part.clear();
            ok = reader.read<Row>([&](Row &&row) { part.append(std::move(row)); });
        } else {
            ok = reader.read<Row>([&](Row &&row) { part = std::move(row); });
        }
    });
    if (!ok) {
        db.exec(QStringLiteral("ROLLBACK"));
        return reader.error();
    }
    if (!readFixedTables(db, project)) {
        db.captureError();
        const QString detail = db.lastError();
        db.exec(QStringLiteral("ROLLBACK"));
        return corruptError(path, detail);
    }
    db.exec(QStringLiteral("COMMIT"));
    return project;
}

} // namespace etp::storage
