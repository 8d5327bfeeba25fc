#include "Schema.h"

#include "ProjectTables.h"

namespace etp::storage {

namespace {

ColumnSpec column(const char *name, const char *type, bool notNull, bool primaryKey = false)
{
    return ColumnSpec{QLatin1String(name), QLatin1String(type), notNull, primaryKey};
}

QList<TableSpec> fixedTables()
{
    return {
        TableSpec{QLatin1String(table::project),
                  {column("key", "INTEGER", false, true), column("title", "TEXT", true),
                   column("created", "TEXT", false), column("saved_at", "TEXT", false),
                   column("saved_with", "TEXT", true)}},
        TableSpec{QLatin1String(table::planSettings),
                  {column("key", "INTEGER", false, true), column("first_connector_routing_group_id", "TEXT", true)}},
        TableSpec{QLatin1String(table::routingGroupOrder),
                  {column("position", "INTEGER", false, true), column("routing_group_id", "TEXT", true)}},
        TableSpec{QLatin1String(table::sectionNote),
                  {column("section", "TEXT", true, true), column("note", "TEXT", true)}},
    };
}

} // namespace

QList<ColumnSpec> metaColumns()
{
    return {column("id", "TEXT", true),        column("guid", "TEXT", true),   column("dn", "TEXT", true),
            column("legacy_dn", "TEXT", true), column("origin", "TEXT", true), column("field_sources", "TEXT", true)};
}

QList<TableSpec> modelSchema()
{
    QList<TableSpec> tables = fixedTables();
    Project project;
    visitReflectedTables(project, [&](auto &part) {
        using Row = typename RowType<std::decay_t<decltype(part)>>::type;
        tables.append(tableSpecFor<Row>());
    });
    // Added by a later schema version: created after the generated tables.
    tables.append(TableSpec{QLatin1String(table::sectionIncomplete),
                            {column("section", "TEXT", true, true), column("reason", "TEXT", true)}});
    return tables;
}

QString quoted(const QString &identifier)
{
    QString copy = identifier;
    return QLatin1Char('"') + copy.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString schemaDdl(const QList<TableSpec> &tables)
{
    QString sql;
    for (const TableSpec &table : tables) {
        sql += QLatin1String("CREATE TABLE ") + quoted(table.name) + QLatin1String(" (\n");
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const ColumnSpec &c = table.columns.at(i);
            sql += QLatin1String("    ") + quoted(c.name) + QLatin1Char(' ') + c.type;
            if (c.primaryKey)
                sql += QLatin1String(" PRIMARY KEY");
            if (c.notNull)
                sql += QLatin1String(" NOT NULL");
            if (i + 1 < table.columns.size())
                sql += QLatin1Char(',');
            sql += QLatin1Char('\n');
        }
        sql += QLatin1String(") STRICT;\n");
    }
    return sql;
}

QString modelSchemaDdl()
{
    return schemaDdl(modelSchema());
}

} // namespace etp::storage
