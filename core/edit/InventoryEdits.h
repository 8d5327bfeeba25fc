#pragma once

// Edit operations on the inventory: set a field, add an object, remove an object. Each validates against the field
// descriptors (model/FieldDescriptor.h), applies, and returns the Change it made, or an error that says why the value
// was refused and changes nothing. The command line, the window and the wizard all edit through these.

#include "edit/Change.h"
#include "model/Result.h"

namespace etp {

/// An object that refers to another through one of its reference fields.
struct Referrer {
    QString kind; ///< the referring object's kind
    QString id;
    QString name;  ///< its display name
    QString field; ///< the reference field that names the other object
};

/// Every object whose reference fields name `id`, in inventory order.
QList<Referrer> referrersOf(const Inventory &inventory, const QString &id);
/// The kind of the object with `id` (a single object's id is its kind); empty when there is none.
QString kindOfObject(const Inventory &inventory, const QString &id);
/// A short display name of the object (its name, prefix, DNS name, ...); the id when it has none.
QString objectName(const Inventory &inventory, const QString &kind, const QString &id);

/// Sets one field of one object (`value` in its JSON form, FieldCodec.h). The value becomes typed (kept by
/// rediscovery). Fields derived from it follow: setting a server's serialNumber or versionNumber sets its product,
/// service pack and build; its addresses (or a subnet) set the site of the servers concerned. Refused (nothing
/// changed) for an unknown object or field (codes "not-found", "unknown-field"), a derived field ("derived") or a
/// value the descriptor refuses ("refused").
Result<Change> setField(Project &project, const QString &kind, const QString &id, const QString &field,
                        const QJsonValue &value);

/// Adds a typed object of a collection kind with a new id (Change::objectId) and the given field values (field name
/// -> JSON value), each validated as setField does. Required fields (a name, a subnet's prefix) must be given.
Result<Change> addObject(Project &project, const QString &kind, const QJsonObject &values = {});

/// What removeObject does with the objects that refer to the one removed.
enum class ReferencePolicy { Refuse, Drop };

/// Removes an object. When other objects refer to it, the removal is refused (code "referenced", naming them; nothing
/// changed) unless `references` is Drop: then those references are cleared as part of the change. Plan choices that
/// name it (routing-group order, target sites, first-connector routing group) go with it. A discovered object is
/// recorded in Inventory::removedObjects, so that rediscovery does not bring it back.
Result<Change> removeObject(Project &project, const QString &kind, const QString &id,
                            ReferencePolicy references = ReferencePolicy::Refuse,
                            const QDateTime &when = QDateTime::currentDateTimeUtc());

/// Ticks the phases an Exchange-aware product of category "other" holds (phase names such as "mailbox", or keys of
/// single phases); an empty list holds every role phase. Refused for a product of another category.
Result<Change> setHeldPhases(Project &project, const QString &productId, const QStringList &phases);

} // namespace etp
