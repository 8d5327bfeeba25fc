#pragma once

// Merges a freshly discovered or imported inventory into the one a project already holds (PRODUCT.md C3).
//
// Objects are matched by objectGUID, then by normalized DN, then by kind and name. A matched object keeps its id
// (phase and task keys depend on it); its fields that came from the directory take the new values, fields a person
// typed (or imported from CSV) are kept, except that an empty typed field takes the discovered value. Objects seen
// for the first time are added; directory objects of a kind the import covered that are no longer there are removed.
// References between objects (serverId, routingGroupId, siteIds, ...) are rewritten to the ids that were kept.
// Objects a person removed by hand (Inventory::removedObjects) are not brought back, and references to them are
// dropped; the report lists them as staying removed.

#include "model/Inventory.h"

#include <QSet>

namespace etp {

/// StaysRemoved: a discovered object a person removed by hand (Inventory::removedObjects), not brought back.
enum class MergeChangeKind : int { Added = 0, Changed, Removed, StaysRemoved };
template <> struct EnumNames<MergeChangeKind> {
    static constexpr std::array<const char *, 4> names{"added", "changed", "removed", "stays-removed"};
};

/// One object that the merge added, changed or removed.
struct MergeChange {
    QString kind; ///< the object kind, T::kind (e.g. "exchange_server")
    QString id;
    QString name; ///< the object's name (or prefix, domain, account), for the report
    MergeChangeKind change = MergeChangeKind::Added;
    QStringList fields; ///< for Changed: the fields whose value changed
};

/// What a merge did.
struct MergeReport {
    QList<MergeChange> changes;
    int keptTypedValues = 0; ///< typed values that differed from the directory and were kept

    int count(MergeChangeKind change, const QString &kind = QString()) const;
    /// Kinds that have changes, in inventory order.
    QStringList kinds() const;
};

/// Merges `discovered` into `project`. `coveredKinds` (MapCoverage::kinds()) limits removal to the kinds the import
/// could see; pass every kind for a complete rediscovery. Fields named in `keptFields` keep the project's values in
/// objects that match (e.g. "addresses" and "siteId" when the import did not resolve names).
MergeReport mergeInventory(Inventory &project, Inventory discovered, const QSet<QString> &coveredKinds,
                           const QSet<QString> &keptFields = {});

} // namespace etp
