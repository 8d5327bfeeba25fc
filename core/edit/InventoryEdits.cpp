#include "InventoryEdits.h"

#include "inventory/FieldLabels.h"
#include "model/ExchangeVersion.h"
#include "model/FieldDescriptor.h"
#include "model/ObjectAccess.h"
#include "topology/SubnetIndex.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace etp {

namespace {

/// Translates in the "etp::InventoryEdits" context.
struct InventoryEditsText {
    Q_DECLARE_TR_FUNCTIONS(etp::InventoryEdits)
};

Error refused(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

/// The object's name-like field, as the inventory outline and the merge report show it.
template <class T> QString nameOf(const T &object)
{
    QString name;
    visitFields(object, [&name](const char *field, const auto &value) {
        using V = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<V, QString>) {
            static const char *const keys[] = {"name", "prefix",  "dnsName",   "domain",
                                               "host", "account", "principal", "rootDomain"};
            for (const char *key : keys) {
                if (name.isEmpty() && qstrcmp(field, key) == 0)
                    name = value;
            }
        }
    });
    return name.isEmpty() ? object.meta.id : name;
}

/// Applies a new value to one field and records it; no step when the value is already there (and typed).
void recordField(Inventory &inventory, const QString &kind, const QString &id, const QString &field,
                 const QJsonValue &value, Change &change, bool derived)
{
    visitObject(inventory, kind, id, [&](auto &object) {
        FieldEdit edit{kind,
                       id,
                       field,
                       fieldJson(object, field).value_or(QJsonValue()),
                       {},
                       object.meta.sourceOf(field),
                       Source::Typed,
                       derived};
        setFieldJson(object, field, value);
        edit.after = fieldJson(object, field).value_or(QJsonValue());
        if (edit.after == edit.before && edit.sourceBefore == Source::Typed)
            return;
        object.meta.setSource(field, Source::Typed);
        change.steps.append(edit);
    });
}

/// Servers with addresses take the site their addresses fall in (topology/SubnetIndex.h).
void deriveServerSites(Inventory &inventory, const QString &serverId, Change &change)
{
    const SubnetIndex index(inventory.subnets);
    QList<std::pair<QString, QString>> sites;
    for (const ExchangeServer &server : inventory.servers) {
        if ((serverId.isEmpty() || server.meta.id == serverId) && !server.addresses.isEmpty()) {
            const QString site = index.siteOfAny(server.addresses);
            if (site != server.siteId)
                sites.append({server.meta.id, site});
        }
    }
    for (const auto &[id, site] : sites)
        recordField(inventory, QStringLiteral("exchange_server"), id, QStringLiteral("siteId"), site, change, true);
}

/// Product, service pack and build follow serialNumber and versionNumber (model/ExchangeVersion.h).
void deriveVersion(Inventory &inventory, const QString &serverId, Change &change)
{
    const ExchangeServer *server = inventory.server(serverId);
    if (!server)
        return;
    const ExchangeVersion version = readExchangeVersion(server->serialNumber, server->versionNumber);
    const QString kind = QStringLiteral("exchange_server");
    recordField(inventory, kind, serverId, QStringLiteral("product"), toJsonValue(version.product), change, true);
    recordField(inventory, kind, serverId, QStringLiteral("servicePack"), toJsonValue(version.servicePack), change,
                true);
    recordField(inventory, kind, serverId, QStringLiteral("build"), toJsonValue(version.build), change, true);
}

void deriveAfter(Inventory &inventory, const QString &kind, const QString &id, const QString &field, Change &change)
{
    if (kind == QLatin1String("exchange_server")) {
        if (field == QLatin1String("serialNumber") || field == QLatin1String("versionNumber"))
            deriveVersion(inventory, id, change);
        else if (field == QLatin1String("addresses"))
            deriveServerSites(inventory, id, change);
    } else if (kind == QLatin1String("subnet") &&
               (field == QLatin1String("prefix") || field == QLatin1String("siteId"))) {
        deriveServerSites(inventory, QString(), change);
    }
}

/// Checks one value for one field; the error changes nothing.
std::optional<Error> checkValue(const Project &project, const QString &kind, const QString &id,
                                const FieldDescriptor *d, const QString &field, const QJsonValue &value)
{
    if (!d)
        return refused("unknown-field",
                       InventoryEditsText::tr("%1 has no field \"%2\".").arg(objectKindLabel(kind), field));
    if (d->derived)
        return refused("derived", InventoryEditsText::tr("%1 is set by the program (from %2) and cannot be edited.")
                                      .arg(d->label(), d->derivedFrom.join(QStringLiteral(", "))));
    const QString reason = d->refusal(value, &project.inventory);
    if (!reason.isEmpty())
        return refused("refused", reason);
    if (kind == QLatin1String("exchange_aware_product") && field == QLatin1String("heldPhases") &&
        !value.toArray().isEmpty()) {
        const ExchangeAwareProduct *product = findById(project.inventory.products, id);
        if (product && product->category != ProductCategory::Other)
            return refused("refused", InventoryEditsText::tr(
                                          "Only a product of the category \"other\" holds the phases a person ticks; "
                                          "%1 holds the phases of its category.")
                                          .arg(product->name));
    }
    return std::nullopt;
}

QString describeValue(const FieldDescriptor &d, const QJsonValue &value)
{
    const QString text = d.format(value);
    return text.isEmpty() ? InventoryEditsText::tr("(empty)") : text;
}

} // namespace

QString kindOfObject(const Inventory &inventory, const QString &id)
{
    QString kind;
    visitObjects(inventory, [&](const auto &object) {
        if (kind.isEmpty() && object.meta.id == id)
            kind = QString::fromLatin1(std::decay_t<decltype(object)>::kind);
    });
    return kind;
}

QString objectName(const Inventory &inventory, const QString &kind, const QString &id)
{
    QString name = id;
    visitObject(inventory, kind, id, [&](const auto &object) { name = nameOf(object); });
    return name;
}

QList<Referrer> referrersOf(const Inventory &inventory, const QString &id)
{
    QList<Referrer> out;
    if (id.isEmpty())
        return out;
    visitObjects(inventory, [&](const auto &object) {
        using T = std::decay_t<decltype(object)>;
        const QString kind = QString::fromLatin1(T::kind);
        if (object.meta.id == id)
            return;
        visitFields(object, [&](const char *name, const auto &value) {
            using V = std::decay_t<decltype(value)>;
            bool names = false;
            if constexpr (std::is_same_v<V, QString>)
                names = value == id;
            else if constexpr (std::is_same_v<V, QStringList>)
                names = value.contains(id);
            if (!names)
                return;
            const FieldDescriptor *d = fieldDescriptor(kind, QString::fromLatin1(name));
            if (d && (d->kind == FieldKind::Reference || d->kind == FieldKind::ReferenceList))
                out.append({kind, object.meta.id, nameOf(object), d->name});
        });
    });
    return out;
}

Result<Change> setField(Project &project, const QString &kind, const QString &id, const QString &field,
                        const QJsonValue &value)
{
    Inventory &inventory = project.inventory;
    QString name;
    if (!visitObject(inventory, kind, id, [&](const auto &object) { name = nameOf(object); }))
        return refused("not-found",
                       InventoryEditsText::tr("There is no %1 with the id \"%2\".").arg(objectKindLabel(kind), id));
    const FieldDescriptor *d = fieldDescriptor(kind, field);
    if (const auto error = checkValue(project, kind, id, d, field, value))
        return *error;

    Change change;
    change.description = InventoryEditsText::tr("Set %1 of %2 to %3").arg(d->label(), name, describeValue(*d, value));
    recordField(inventory, kind, id, field, value, change, false);
    if (!change.isEmpty())
        deriveAfter(inventory, kind, id, field, change);
    return change;
}

Result<Change> addObject(Project &project, const QString &kind, const QJsonObject &values)
{
    if (isSingleKind(kind))
        return refused("single", InventoryEditsText::tr("The project has exactly one %1; set its fields instead.")
                                     .arg(objectKindLabel(kind)));
    if (!inventoryKinds().contains(kind))
        return refused("unknown-kind", InventoryEditsText::tr("There is no kind of object called \"%1\".").arg(kind));
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (const auto error =
                checkValue(project, kind, QString(), fieldDescriptor(kind, it.key()), it.key(), it.value()))
            return *error;
    }
    for (const FieldDescriptor &d : fieldDescriptors(kind)) {
        if (d.required && values.value(d.name).toString().trimmed().isEmpty())
            return refused(
                "refused",
                InventoryEditsText::tr("A new %1 needs a value for %2.").arg(objectKindLabel(kind), d.label()));
    }

    Change change;
    change.objectId = newId();
    visitCollection(project.inventory, kind, [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        T object;
        object.meta = typedMeta();
        object.meta.id = change.objectId;
        for (auto it = values.begin(); it != values.end(); ++it)
            setFieldJson(object, it.key(), it.value());
        list.append(object);
        change.steps.append(ObjectEdit{kind, object.meta.id, list.size() - 1, objectToJson(object), true});
        change.description = InventoryEditsText::tr("Add %1 %2").arg(objectKindLabel(kind), nameOf(object));
    });
    for (auto it = values.begin(); it != values.end(); ++it)
        deriveAfter(project.inventory, kind, change.objectId, it.key(), change);
    return change;
}

Result<Change> removeObject(Project &project, const QString &kind, const QString &id, ReferencePolicy references,
                            const QDateTime &when)
{
    if (isSingleKind(kind))
        return refused(
            "single",
            InventoryEditsText::tr("The %1 cannot be removed; clear its fields instead.").arg(objectKindLabel(kind)));
    Inventory &inventory = project.inventory;
    QString name;
    if (!visitObject(inventory, kind, id, [&](const auto &object) { name = nameOf(object); }))
        return refused("not-found",
                       InventoryEditsText::tr("There is no %1 with the id \"%2\".").arg(objectKindLabel(kind), id));

    const QList<Referrer> referrers = referrersOf(inventory, id);
    if (!referrers.isEmpty() && references == ReferencePolicy::Refuse) {
        QStringList named;
        for (const Referrer &r : referrers)
            named.append(
                InventoryEditsText::tr("%1 %2 (%3)").arg(objectKindLabel(r.kind), r.name, fieldLabel(r.field)));
        return refused("referenced", InventoryEditsText::tr(
                                         "%1 %2 is still named by: %3. Change those first, or remove it together with "
                                         "these references.")
                                         .arg(objectKindLabel(kind), name, named.join(QStringLiteral("; "))));
    }

    Change change;
    change.description = InventoryEditsText::tr("Remove %1 %2").arg(objectKindLabel(kind), name);
    for (const Referrer &r : referrers) {
        const FieldDescriptor *d = fieldDescriptor(r.kind, r.field);
        QJsonValue cleared;
        if (d->list) {
            QJsonArray kept;
            visitObject(inventory, r.kind, r.id, [&](const auto &object) {
                for (const QJsonValue &item : fieldJson(object, r.field).value_or(QJsonValue()).toArray()) {
                    if (item.toString() != id)
                        kept.append(item);
                }
            });
            cleared = kept;
        } else {
            cleared = QString();
        }
        recordField(inventory, r.kind, r.id, r.field, cleared, change, false);
    }

    // Plan choices that name the object go with it.
    PlanState plan = project.plan;
    plan.routingGroupOrder.removeAll(id);
    if (plan.firstConnectorRoutingGroupId == id)
        plan.firstConnectorRoutingGroupId.clear();
    for (qsizetype i = plan.targetSites.size() - 1; i >= 0; --i) {
        RoutingGroupTargets &targets = plan.targetSites[i];
        targets.siteIds.removeAll(id);
        if (targets.routingGroupId == id || targets.siteIds.isEmpty())
            plan.targetSites.removeAt(i);
    }
    if (!(plan == project.plan)) {
        change.steps.append(PlanStateEdit{project.plan, plan});
        project.plan = plan;
    }

    visitCollection(inventory, kind, [&](auto &list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto &object = list.at(i);
            if (object.meta.id != id)
                continue;
            if (object.meta.origin == Source::Directory || object.meta.origin == Source::Ldif) {
                RemovedObject removed{kind, id, object.meta.guid, object.meta.dn, name, when};
                change.steps.append(RemovedObjectEdit{removed, inventory.removedObjects.size(), true});
                inventory.removedObjects.append(removed);
            }
            change.steps.append(ObjectEdit{kind, id, i, objectToJson(object), false});
            list.removeAt(i);
            break;
        }
    });
    if (kind == QLatin1String("subnet"))
        deriveServerSites(inventory, QString(), change);
    return change;
}

Result<Change> setHeldPhases(Project &project, const QString &productId, const QStringList &phases)
{
    return setField(project, QStringLiteral("exchange_aware_product"), productId, QStringLiteral("heldPhases"),
                    QJsonArray::fromStringList(phases));
}

} // namespace etp
