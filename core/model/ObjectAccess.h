#pragma once

// Reaching an inventory object and its fields by kind, id and field name, through the model's field reflection.

#include "FieldCodec.h"
#include "Inventory.h"

namespace etp {

/// Calls f(object) for every object of the inventory: the single objects, then each collection in inventory order.
template <class I, class F> void visitObjects(I &inventory, F &&f)
{
    inventory.singles([&](auto &single) { f(single); });
    inventory.collections([&](auto &list) {
        for (auto &object : list)
            f(object);
    });
}

/// Calls f(object) for the object of `kind` with `id` (a single object's id is its kind); false when there is none.
template <class I, class F> bool visitObject(I &inventory, const QString &kind, const QString &id, F &&f)
{
    bool found = false;
    inventory.singles([&](auto &single) {
        if (!found && kind == QLatin1String(std::decay_t<decltype(single)>::kind) && single.meta.id == id) {
            found = true;
            f(single);
        }
    });
    inventory.collections([&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (found || kind != QLatin1String(T::kind))
            return;
        for (auto &object : list) {
            if (object.meta.id == id) {
                found = true;
                f(object);
                return;
            }
        }
    });
    return found;
}

/// Calls f(list) for the collection of `kind`; false when `kind` names no collection.
template <class I, class F> bool visitCollection(I &inventory, const QString &kind, F &&f)
{
    bool found = false;
    inventory.collections([&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (!found && kind == QLatin1String(T::kind)) {
            found = true;
            f(list);
        }
    });
    return found;
}

/// A field's value in its JSON form (FieldCodec.h); nullopt when the object has no field of that name.
template <class T> std::optional<QJsonValue> fieldJson(const T &object, const QString &field)
{
    std::optional<QJsonValue> out;
    visitFields(object, [&](const char *name, const auto &value) {
        if (!out && field == QLatin1String(name))
            out = toJsonValue(value);
    });
    return out;
}

/// Sets a field from its JSON form; false when there is no such field or the value has the wrong type.
template <class T> bool setFieldJson(T &object, const QString &field, const QJsonValue &json)
{
    bool done = false;
    visitFields(object, [&](const char *name, auto &value) {
        if (!done && field == QLatin1String(name))
            done = fromJsonValue(json, value);
    });
    return done;
}

/// Reads a whole object from its JSON form (objectToJson); false when a value has the wrong type.
template <class T> bool objectFromJson(const QJsonObject &json, T &object)
{
    if constexpr (HasMeta<T>) {
        if (!metaFromJson(json, object.meta))
            return false;
    }
    bool ok = true;
    visitFields(object, [&](const char *name, auto &value) {
        ok = fromJsonValue(json.value(QLatin1String(name)), value) && ok;
    });
    return ok;
}

} // namespace etp
