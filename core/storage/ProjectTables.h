#pragma once

// The tables a project is stored in, derived from the model's field reflection: one table per model type, named by
// the type's `kind`. Single objects are tables with one row; collections keep their order in `position`.

#include "ColumnCodec.h"

#include "model/Project.h"

namespace etp::storage {

template <class T> struct IsList : std::false_type {
};
template <class T> struct IsList<QList<T>> : std::true_type {
};

/// Calls v(object) for each single object and v(list) for each collection of the project that has a table made
/// from its reflection, in table order. The other parts (routing-group order, section notes, title) have fixed
/// tables (see Schema.h).
template <class P, class V> void visitReflectedTables(P &project, V &&v)
{
    project.inventory.singles(v);
    project.inventory.collections(v);
    v(project.plan.answers);
    v(project.plan.tasks);
    v(project.plan.targetSites);
    v(project.plan.effort);
    v(project.connection);
    v(project.inventory.removedObjects); // since schema version 2
}

/// The element type of a table's rows: T for a single object, T for QList<T>.
template <class X> struct RowType {
    using type = X;
};
template <class T> struct RowType<QList<T>> {
    using type = T;
};

/// The meta columns every inventory object carries, after `position`.
QList<ColumnSpec> metaColumns();

/// The table a model type is stored in: position, meta columns (for objects with identity), one column per field.
template <class T> TableSpec tableSpecFor()
{
    TableSpec table;
    table.name = QString::fromLatin1(T::kind);
    table.columns.append(ColumnSpec{QStringLiteral("position"), QStringLiteral("INTEGER"), false, true});
    if constexpr (HasMeta<T>)
        table.columns.append(metaColumns());
    T object{};
    visitFields(object, [&](const char *name, const auto &value) {
        table.columns.append(fieldColumn<std::decay_t<decltype(value)>>(name));
    });
    return table;
}

} // namespace etp::storage
