#include "InventoryMerge.h"

#include "Dn.h"

#include <QHash>

#include <type_traits>
#include <vector>

namespace etp {

namespace {

bool fromDirectory(Source source)
{
    return source == Source::Directory || source == Source::Ldif;
}

bool isKeyField(const char *name)
{
    static const char *const keys[] = {"name", "prefix", "dnsName", "domain", "host"};
    for (const char *key : keys) {
        if (qstrcmp(name, key) == 0)
            return true;
    }
    return false;
}

/// The object's name-like key for the last matching step (kind and name).
template <class T> QString naturalKey(const T &object)
{
    if constexpr (std::is_same_v<T, PrivilegedMember>) {
        return enumName(object.group) + QLatin1Char(':') + object.account.toLower();
    } else {
        QString key;
        visitFields(object, [&key](const char *name, const auto &value) {
            using V = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<V, QString>) {
                if (key.isEmpty() && isKeyField(name))
                    key = value.toLower();
            }
        });
        return key;
    }
}

template <class T> QString displayName(const T &object)
{
    if constexpr (std::is_same_v<T, PrivilegedMember>) {
        return object.account;
    } else {
        QString name;
        visitFields(object, [&name](const char *field, const auto &value) {
            using V = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<V, QString>) {
                if (name.isEmpty() && isKeyField(field))
                    name = value;
            }
        });
        return name;
    }
}

/// Rewrites references (fields named …Id and …Ids) through `ids`.
template <class T> void remapReferences(T &object, const QHash<QString, QString> &ids)
{
    visitFields(object, [&ids](const char *name, auto &value) {
        using V = std::decay_t<decltype(value)>;
        const QLatin1String field(name);
        if constexpr (std::is_same_v<V, QString>) {
            if (field.endsWith(QLatin1String("Id")))
                value = ids.value(value, value);
        } else if constexpr (std::is_same_v<V, QStringList>) {
            if (field.endsWith(QLatin1String("Ids"))) {
                for (auto &id : value)
                    id = ids.value(id, id);
            }
        }
    });
}

/// Merges the fields of `incoming` into `target`; returns the names of the fields that changed.
template <class T>
QStringList mergeFields(T &target, const T &incoming, const QSet<QString> &keptFields, MergeReport &report)
{
    std::vector<const void *> values;
    visitFields(incoming, [&values](const char *, const auto &value) { values.push_back(&value); });
    QStringList changed;
    std::size_t index = 0;
    visitFields(target, [&](const char *name, auto &value) {
        using V = std::decay_t<decltype(value)>;
        const V &fresh = *static_cast<const V *>(values[index++]);
        if (value == fresh)
            return;
        const QString field = QString::fromLatin1(name);
        if (keptFields.contains(field))
            return;
        const Source source = target.meta.sourceOf(field);
        if (fromDirectory(source)) {
            value = fresh;
            changed.append(field);
        } else if (value == V{}) {
            // Nothing was typed here: the discovered value fills the gap and is marked as discovered.
            value = fresh;
            target.meta.setSource(field, incoming.meta.origin);
            changed.append(field);
        } else if (!(fresh == V{})) {
            ++report.keptTypedValues;
        }
    });
    return changed;
}

void mergeMeta(ObjectMeta &target, const ObjectMeta &incoming)
{
    if (!incoming.guid.isEmpty())
        target.guid = incoming.guid;
    if (!incoming.dn.isEmpty())
        target.dn = incoming.dn;
    if (!incoming.legacyDn.isEmpty())
        target.legacyDn = incoming.legacyDn;
}

/// One collection: matching (phase 1) and merging (phase 2).
template <class T> struct CollectionMerge {
    QList<T> *existing = nullptr;
    QList<T> *incoming = nullptr;
    QList<qsizetype> match; ///< per incoming object: index in existing, or -1

    void matchObjects(QHash<QString, QString> &ids, const QSet<QString> &existingIds)
    {
        QHash<QString, qsizetype> byGuid;
        QHash<QString, qsizetype> byDn;
        QHash<QString, qsizetype> byName;
        for (qsizetype i = 0; i < existing->size(); ++i) {
            const T &object = existing->at(i);
            if (!object.meta.guid.isEmpty())
                byGuid.insert(object.meta.guid.toLower(), i);
            if (!object.meta.dn.isEmpty()) {
                if (const auto key = normalizeDn(object.meta.dn))
                    byDn.insert(*key, i);
            }
            const QString key = naturalKey(object);
            if (!key.isEmpty() && !byName.contains(key))
                byName.insert(key, i);
        }
        QSet<qsizetype> taken;
        match.clear();
        for (T &object : *incoming) {
            qsizetype found = -1;
            const auto take = [&](const QHash<QString, qsizetype> &index, const QString &key) {
                if (found < 0 && !key.isEmpty()) {
                    const auto it = index.constFind(key);
                    if (it != index.constEnd() && !taken.contains(*it))
                        found = *it;
                }
            };
            if (!existing->isEmpty()) {
                take(byGuid, object.meta.guid.toLower());
                if (!object.meta.dn.isEmpty() && !byDn.isEmpty())
                    take(byDn, normalizeDn(object.meta.dn).value_or(QString()));
                take(byName, naturalKey(object));
            }
            match.append(found);
            if (found >= 0) {
                taken.insert(found);
                if (object.meta.id != existing->at(found).meta.id)
                    ids.insert(object.meta.id, existing->at(found).meta.id);
            } else if (existingIds.contains(object.meta.id)) {
                const QString fresh = newId();
                ids.insert(object.meta.id, fresh);
                object.meta.id = fresh;
            }
        }
    }

    void merge(const QHash<QString, QString> &ids, bool covered, const QSet<QString> &keptFields, MergeReport &report)
    {
        const QString kind = QString::fromLatin1(T::kind);
        QSet<qsizetype> matched;
        for (qsizetype i = 0; i < incoming->size(); ++i) {
            T &object = (*incoming)[i];
            remapReferences(object, ids);
            if (match[i] < 0) {
                report.changes.append({kind, object.meta.id, displayName(object), MergeChangeKind::Added, {}});
                continue;
            }
            matched.insert(match[i]);
            T &target = (*existing)[match[i]];
            mergeMeta(target.meta, object.meta);
            const QStringList changed = mergeFields(target, object, keptFields, report);
            if (!changed.isEmpty())
                report.changes.append({kind, target.meta.id, displayName(target), MergeChangeKind::Changed, changed});
        }
        QList<T> result;
        result.reserve(existing->size() + incoming->size());
        for (qsizetype i = 0; i < existing->size(); ++i) {
            T &object = (*existing)[i];
            if (!matched.contains(i) && covered && fromDirectory(object.meta.origin)) {
                report.changes.append({kind, object.meta.id, displayName(object), MergeChangeKind::Removed, {}});
                continue;
            }
            result.append(std::move(object));
        }
        for (qsizetype i = 0; i < incoming->size(); ++i) {
            if (match[i] < 0)
                result.append(std::move((*incoming)[i]));
        }
        *existing = std::move(result);
    }
};

/// Finds the list of type L in an inventory.
template <class L> L *listOf(Inventory &inventory)
{
    L *found = nullptr;
    inventory.collections([&found](auto &list) {
        if constexpr (std::is_same_v<std::decay_t<decltype(list)>, L>)
            found = &list;
    });
    return found;
}

template <class S> S *singleOf(Inventory &inventory)
{
    S *found = nullptr;
    inventory.singles([&found](auto &single) {
        if constexpr (std::is_same_v<std::decay_t<decltype(single)>, S>)
            found = &single;
    });
    return found;
}

/// Takes the objects a person removed by hand out of a discovered inventory, and the references to them.
void dropRemovedObjects(Inventory &discovered, const QList<RemovedObject> &removed, MergeReport &report)
{
    if (removed.isEmpty())
        return;
    QSet<QString> guids;
    QSet<QString> dns;
    QSet<QString> ids;
    for (const RemovedObject &object : removed) {
        if (!object.guid.isEmpty())
            guids.insert(object.guid.toLower());
        if (const auto dn = normalizeDn(object.dn))
            dns.insert(*dn);
        ids.insert(object.objectId);
    }
    QSet<QString> dropped;
    discovered.collections([&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const T &object) {
                                      const auto dn =
                                          object.meta.dn.isEmpty() ? std::nullopt : normalizeDn(object.meta.dn);
                                      const bool gone =
                                          ids.contains(object.meta.id) ||
                                          (!object.meta.guid.isEmpty() && guids.contains(object.meta.guid.toLower())) ||
                                          (dn && dns.contains(*dn));
                                      if (gone) {
                                          dropped.insert(object.meta.id);
                                          report.changes.append({QString::fromLatin1(T::kind),
                                                                 object.meta.id,
                                                                 displayName(object),
                                                                 MergeChangeKind::StaysRemoved,
                                                                 {}});
                                      }
                                      return gone;
                                  }),
                   list.end());
    });
    if (dropped.isEmpty())
        return;
    const auto clear = [&dropped](auto &object) {
        visitFields(object, [&dropped](const char *name, auto &value) {
            using V = std::decay_t<decltype(value)>;
            const QLatin1String field(name);
            if constexpr (std::is_same_v<V, QString>) {
                if (field.endsWith(QLatin1String("Id")) && dropped.contains(value))
                    value.clear();
            } else if constexpr (std::is_same_v<V, QStringList>) {
                if (field.endsWith(QLatin1String("Ids")))
                    value.erase(std::remove_if(value.begin(), value.end(),
                                               [&dropped](const QString &id) { return dropped.contains(id); }),
                                value.end());
            }
        });
    };
    discovered.singles(clear);
    discovered.collections([&](auto &list) {
        for (auto &object : list)
            clear(object);
    });
}

} // namespace

int MergeReport::count(MergeChangeKind change, const QString &kind) const
{
    int n = 0;
    for (const auto &c : changes) {
        if (c.change == change && (kind.isEmpty() || c.kind == kind))
            ++n;
    }
    return n;
}

QStringList MergeReport::kinds() const
{
    QStringList out;
    Inventory().singles([&](const auto &single) {
        const QString kind = QString::fromLatin1(std::decay_t<decltype(single)>::kind);
        for (const auto &c : changes) {
            if (c.kind == kind && !out.contains(kind))
                out.append(kind);
        }
    });
    Inventory().collections([&](const auto &list) {
        const QString kind = QString::fromLatin1(std::decay_t<decltype(list)>::value_type::kind);
        for (const auto &c : changes) {
            if (c.kind == kind && !out.contains(kind))
                out.append(kind);
        }
    });
    return out;
}

MergeReport mergeInventory(Inventory &project, Inventory discovered, const QSet<QString> &coveredKinds,
                           const QSet<QString> &keptFields)
{
    MergeReport report;
    dropRemovedObjects(discovered, project.removedObjects, report);
    QSet<QString> existingIds;
    project.collections([&existingIds](const auto &list) {
        for (const auto &object : list)
            existingIds.insert(object.meta.id);
    });

    // Phase 1: match every collection, so that phase 2 can rewrite references across collections.
    QHash<QString, QString> ids;
    std::vector<std::function<void()>> merges;
    project.collections([&](auto &list) {
        using L = std::decay_t<decltype(list)>;
        using T = typename L::value_type;
        auto state = std::make_shared<CollectionMerge<T>>();
        state->existing = &list;
        state->incoming = listOf<L>(discovered);
        state->matchObjects(ids, existingIds);
        const bool covered = coveredKinds.contains(QString::fromLatin1(T::kind));
        merges.push_back(
            [state, &ids, covered, &keptFields, &report] { state->merge(ids, covered, keptFields, report); });
    });
    // Phase 2: singles field by field (their ids are fixed), then the collections.
    project.singles([&](auto &single) {
        using S = std::decay_t<decltype(single)>;
        S &incoming = *singleOf<S>(discovered);
        remapReferences(incoming, ids);
        mergeMeta(single.meta, incoming.meta);
        const QStringList changed = mergeFields(single, incoming, keptFields, report);
        if (!changed.isEmpty())
            report.changes.append(
                {QString::fromLatin1(S::kind), single.meta.id, QString(), MergeChangeKind::Changed, changed});
    });
    for (const auto &merge : merges)
        merge();
    return report;
}

} // namespace etp
