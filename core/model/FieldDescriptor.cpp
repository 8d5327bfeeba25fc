#include "FieldDescriptor.h"

#include "ExchangeVersion.h"
#include "inventory/FieldLabels.h"
#include "plan/PhaseKeys.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace etp {

namespace {

/// Translates in the "etp::FieldDescriptor" context.
struct FieldDescriptorText {
    Q_DECLARE_TR_FUNCTIONS(etp::FieldDescriptor)
};

// Translated names of the enum values, in declaration order (the order of EnumNames<E>).
template <class E> struct EnumLabels;
template <> struct EnumLabels<ExchangeProduct> {
    static constexpr std::array<const char *, 6> texts{
        QT_TRANSLATE_NOOP("etp::FieldValues", "Unknown"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Exchange Server 5.5"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Exchange 2000 Server"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Exchange Server 2003"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Exchange Server 2007"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Later than Exchange Server 2007")};
};
template <> struct EnumLabels<ConnectorType> {
    static constexpr std::array<const char *, 8> texts{QT_TRANSLATE_NOOP("etp::FieldValues", "Routing group connector"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "SMTP connector"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "X.400 connector"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "Lotus Notes connector"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "GroupWise connector"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "cc:Mail connector"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "MS Mail connector"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "Other connector")};
};
template <> struct EnumLabels<StoreKind> {
    static constexpr std::array<const char *, 2> texts{QT_TRANSLATE_NOOP("etp::FieldValues", "Mailbox store"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "Public folder store")};
};
template <> struct EnumLabels<SystemPolicyKind> {
    static constexpr std::array<const char *, 3> texts{QT_TRANSLATE_NOOP("etp::FieldValues", "Server policy"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "Mailbox store policy"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "Public store policy")};
};
template <> struct EnumLabels<LegacyDirectoryKind> {
    static constexpr std::array<const char *, 3> texts{
        QT_TRANSLATE_NOOP("etp::FieldValues", "Site Replication Service"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Active Directory Connector service"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Connection agreement")};
};
template <> struct EnumLabels<Feature> {
    static constexpr std::array<const char *, 6> texts{
        QT_TRANSLATE_NOOP("etp::FieldValues", "Mobile Information Server"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Instant Messaging"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Chat"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Exchange Conferencing Server"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Key Management Service"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Other feature")};
};
template <> struct EnumLabels<PrivilegedGroup> {
    static constexpr std::array<const char *, 2> texts{QT_TRANSLATE_NOOP("etp::FieldValues", "Schema Admins"),
                                                       QT_TRANSLATE_NOOP("etp::FieldValues", "Enterprise Admins")};
};
template <> struct EnumLabels<AdminRole> {
    static constexpr std::array<const char *, 4> texts{
        QT_TRANSLATE_NOOP("etp::FieldValues", "Exchange Full Administrator"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Exchange Administrator"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Exchange View Only Administrator"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Other role")};
};
template <> struct EnumLabels<ProductCategory> {
    static constexpr std::array<const char *, 4> texts{
        QT_TRANSLATE_NOOP("etp::FieldValues", "Anti-virus"), QT_TRANSLATE_NOOP("etp::FieldValues", "Anti-spam"),
        QT_TRANSLATE_NOOP("etp::FieldValues", "Backup"), QT_TRANSLATE_NOOP("etp::FieldValues", "Other product")};
};

template <class E> QList<FieldChoice> enumChoices()
{
    static_assert(EnumLabels<E>::texts.size() == EnumNames<E>::names.size(), "a label for every enum value");
    QList<FieldChoice> choices;
    for (std::size_t i = 0; i < EnumNames<E>::names.size(); ++i)
        choices.append({QString::fromLatin1(EnumNames<E>::names[i]), EnumLabels<E>::texts[i]});
    return choices;
}

// The known builds a version field offers (reference section 1.4; the published service-pack builds).
const QList<FieldChoice> &exchangeBuilds()
{
    static const QList<FieldChoice> builds = [] {
        QList<FieldChoice> list;
        for (const char *serial :
             {"Version 5.5 (Build 2653.23: Service Pack 4)", "Version 6.0 (Build 4417.5)",
              "Version 6.0 (Build 4712.7: Service Pack 1)", "Version 6.0 (Build 5762.4: Service Pack 2)",
              "Version 6.0 (Build 6249.4: Service Pack 3)", "Version 6.5 (Build 6944.4)",
              "Version 6.5 (Build 7226.6: Service Pack 1)", "Version 6.5 (Build 7638.2: Service Pack 2)",
              "Version 8.0 (Build 685.24)", "Version 8.1 (Build 240.6: Service Pack 1)"})
            list.append({QString::fromLatin1(serial), nullptr});
        return list;
    }();
    return builds;
}

QList<FieldChoice> plainChoices(std::initializer_list<const char *> values)
{
    QList<FieldChoice> list;
    for (const char *value : values)
        list.append({QString::fromLatin1(value), nullptr});
    return list;
}

/// The kinds a reference field names, by the field's name (the model's convention: …Id and …Ids).
QStringList referencedKindsOf(const QString &field)
{
    static const QHash<QString, QStringList> kinds = {
        {QStringLiteral("adminGroupId"), {QStringLiteral("admin_group")}},
        {QStringLiteral("routingGroupId"), {QStringLiteral("routing_group")}},
        {QStringLiteral("destinationRoutingGroupId"), {QStringLiteral("routing_group")}},
        {QStringLiteral("serverId"), {QStringLiteral("exchange_server")}},
        {QStringLiteral("serverIds"), {QStringLiteral("exchange_server")}},
        {QStringLiteral("masterServerId"), {QStringLiteral("exchange_server")}},
        {QStringLiteral("expansionServerId"), {QStringLiteral("exchange_server")}},
        {QStringLiteral("sourceBridgeheadIds"), {QStringLiteral("exchange_server")}},
        {QStringLiteral("targetBridgeheadIds"), {QStringLiteral("exchange_server")}},
        {QStringLiteral("siteId"), {QStringLiteral("ad_site")}},
        {QStringLiteral("siteIds"), {QStringLiteral("ad_site")}},
        {QStringLiteral("storageGroupId"), {QStringLiteral("storage_group")}},
        {QStringLiteral("publicFolderTreeId"), {QStringLiteral("public_folder_tree")}},
        {QStringLiteral("schemaMasterDcId"), {QStringLiteral("domain_controller")}},
        {QStringLiteral("domainId"), {QStringLiteral("domain")}},
        {QStringLiteral("appliesToIds"), {QStringLiteral("exchange_server"), QStringLiteral("store")}},
    };
    return kinds.value(field);
}

/// Fields the program sets from other values, keyed "kind.field", with what they come from.
const QHash<QString, QStringList> &derivedFields()
{
    static const QHash<QString, QStringList> derived = {
        {QStringLiteral("exchange_server.product"), {QStringLiteral("serialNumber"), QStringLiteral("versionNumber")}},
        {QStringLiteral("exchange_server.servicePack"),
         {QStringLiteral("serialNumber"), QStringLiteral("versionNumber")}},
        {QStringLiteral("exchange_server.build"), {QStringLiteral("serialNumber"), QStringLiteral("versionNumber")}},
        {QStringLiteral("exchange_server.siteId"), {QStringLiteral("addresses"), QStringLiteral("subnet")}},
        {QStringLiteral("smtp_namespace.mxRecords"), {QStringLiteral("probe")}},
        {QStringLiteral("smtp_namespace.mxCheckedAt"), {QStringLiteral("probe")}},
        {QStringLiteral("smtp_namespace.mxError"), {QStringLiteral("probe")}},
        {QStringLiteral("port_check.reachable"), {QStringLiteral("probe")}},
        {QStringLiteral("port_check.checkedAt"), {QStringLiteral("probe")}},
        {QStringLiteral("port_check.error"), {QStringLiteral("probe")}},
    };
    return derived;
}

/// Fields the directory cannot tell ("kind.field", or "kind.*" for every field of a kind).
bool isManualOnly(const QString &kind, const QString &field)
{
    static const QSet<QString> manual = {
        QStringLiteral("organization.dataRecoveryPlan"),
        QStringLiteral("organization.policyExemptions"),
        QStringLiteral("organization.edgeWanted"),
        QStringLiteral("organization.umWanted"),
        QStringLiteral("organization.outlookVersions"),
        QStringLiteral("organization.outlook2003OrEarlierInUse"),
        QStringLiteral("exchange_server.processors"),
        QStringLiteral("exchange_server.memoryGb"),
        QStringLiteral("exchange_server.diskGb"),
        QStringLiteral("exchange_server.networkMbps"),
        QStringLiteral("exchange_server.perimeter"),
        QStringLiteral("ad_site.internetFacing"),
        QStringLiteral("store.sizeGb"),
        QStringLiteral("message_delivery.messageFormats"),
        QStringLiteral("message_security.authentication"),
        QStringLiteral("message_security.encryption"),
        QStringLiteral("smart_host.note"),
        QStringLiteral("network_facts.*"),
        QStringLiteral("dns_server.*"),
        QStringLiteral("perimeter_server.*"),
        QStringLiteral("exchange_aware_product.*"),
        QStringLiteral("feature_in_use.*"),
    };
    return manual.contains(kind + QLatin1Char('.') + field) || manual.contains(kind + QStringLiteral(".*"));
}

bool isRequired(const QString &field)
{
    static const QSet<QString> required = {
        QStringLiteral("name"), QStringLiteral("prefix"),    QStringLiteral("dnsName"), QStringLiteral("domain"),
        QStringLiteral("host"), QStringLiteral("principal"), QStringLiteral("account")};
    return required.contains(field);
}

QString checkSerialNumber(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || readExchangeVersion(text, std::nullopt).known())
        return {};
    return FieldDescriptorText::tr(
               "\"%1\" is not an Exchange serialNumber; write it as the directory does, e.g. \"Version 6.5 (Build "
               "7638.2: Service Pack 2)\".")
        .arg(text);
}

QString checkWindowsVersion(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d+\.\d+( \(\d+\))?$)"));
    const QString text = value.toString();
    if (text.isEmpty() || pattern.match(text).hasMatch())
        return {};
    return FieldDescriptorText::tr(
               "\"%1\" is not a Windows version; write it as the directory does, e.g. \"5.2 (3790)\".")
        .arg(text);
}

QString checkPhases(const QJsonValue &value)
{
    for (const QJsonValue &entry : value.toArray()) {
        if (!parsePhaseKey(entry.toString().trimmed()))
            return FieldDescriptorText::tr(
                       "\"%1\" is not a phase; name a phase of the catalogue (e.g. mailbox, hub-transport) or the key "
                       "of one phase as the plan prints it.")
                .arg(entry.toString());
    }
    return {};
}

/// Adds what the field's name and owner tell to a descriptor built from its C++ type.
void refine(FieldDescriptor &d)
{
    const QString key = d.objectKind + QLatin1Char('.') + d.name;
    const QStringList referenced = referencedKindsOf(d.name);
    if (!referenced.isEmpty()) {
        d.kind = d.list ? FieldKind::ReferenceList : FieldKind::Reference;
        d.referencedKinds = referenced;
    }
    if (const auto it = derivedFields().constFind(key); it != derivedFields().constEnd()) {
        d.derived = true;
        d.derivedFrom = *it;
    }
    d.manualOnly = isManualOnly(d.objectKind, d.name);
    d.required = d.kind == FieldKind::Text && !d.list && isRequired(d.name);
    if (d.name == QLatin1String("addresses") && d.objectKind != QLatin1String("smart_host"))
        d.kind = FieldKind::Address;
    if (d.name == QLatin1String("address") && d.objectKind == QLatin1String("dns_server"))
        d.kind = FieldKind::Address;
    if (key == QLatin1String("subnet.prefix"))
        d.kind = FieldKind::Subnet;
    if (key == QLatin1String("exchange_server.serialNumber")) {
        d.kind = FieldKind::Version;
        d.choices = exchangeBuilds();
        d.check = checkSerialNumber;
    }
    if (key == QLatin1String("domain_controller.operatingSystem")) {
        d.kind = FieldKind::Version;
        d.choices = plainChoices({"Windows 2000 Server", "Windows 2000 Advanced Server", "Windows Server 2003",
                                  "Windows Server 2003 R2", "Windows Server 2008"});
    }
    if (key == QLatin1String("domain_controller.operatingSystemVersion")) {
        d.kind = FieldKind::Version;
        d.choices = plainChoices({"5.0 (2195)", "5.2 (3790)", "6.0 (6001)"});
        d.check = checkWindowsVersion;
    }
    if (key == QLatin1String("domain_controller.operatingSystemServicePack")) {
        d.kind = FieldKind::Version;
        d.choices = plainChoices({"Service Pack 1", "Service Pack 2", "Service Pack 3", "Service Pack 4"});
    }
    if (key == QLatin1String("exchange_aware_product.heldPhases")) {
        d.kind = FieldKind::Enumeration;
        for (const char *phase : EnumNames<PhaseId>::names)
            d.choices.append({QString::fromLatin1(phase), nullptr});
        d.check = checkPhases;
    }
    if (d.kind == FieldKind::Number) {
        // Counts, sizes, limits and costs are never negative; a port is 1-65535.
        d.minimum = 0;
        if (d.name == QLatin1String("port")) {
            d.minimum = 1;
            d.maximum = 65535;
        }
    }
}

template <class V> void describeType(FieldDescriptor &d)
{
    if constexpr (IsOptional<V>::value) {
        d.optional = true;
        describeType<typename V::value_type>(d);
    } else if constexpr (std::is_same_v<V, QString>) {
        d.kind = FieldKind::Text;
    } else if constexpr (std::is_same_v<V, QStringList>) {
        d.kind = FieldKind::Text;
        d.list = true;
    } else if constexpr (std::is_same_v<V, bool>) {
        d.kind = FieldKind::YesNo;
    } else if constexpr (std::is_enum_v<V>) {
        d.kind = FieldKind::Enumeration;
        d.choices = enumChoices<V>();
    } else if constexpr (std::is_integral_v<V>) {
        d.kind = FieldKind::Number;
        d.integer = true;
    } else if constexpr (std::is_floating_point_v<V>) {
        d.kind = FieldKind::Number;
    } else if constexpr (std::is_same_v<V, QDateTime>) {
        d.kind = FieldKind::DateTime;
    } else if constexpr (std::is_same_v<V, QDate>) {
        d.kind = FieldKind::Date;
    } else {
        static_assert(sizeof(V) == 0, "no descriptor for this field type");
    }
}

template <class T> QList<FieldDescriptor> describe()
{
    QList<FieldDescriptor> out;
    T object{};
    visitFields(object, [&](const char *name, const auto &value) {
        FieldDescriptor d;
        d.objectKind = QString::fromLatin1(T::kind);
        d.name = QString::fromLatin1(name);
        describeType<std::decay_t<decltype(value)>>(d);
        refine(d);
        out.append(d);
    });
    return out;
}

struct Registry {
    QHash<QString, QList<FieldDescriptor>> descriptors;
    QStringList kinds;
    QSet<QString> singles;

    Registry()
    {
        const Inventory inventory;
        inventory.singles([&](const auto &single) {
            using T = std::decay_t<decltype(single)>;
            kinds.append(QString::fromLatin1(T::kind));
            singles.insert(kinds.last());
            descriptors.insert(kinds.last(), describe<T>());
        });
        inventory.collections([&](const auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            kinds.append(QString::fromLatin1(T::kind));
            descriptors.insert(kinds.last(), describe<T>());
        });
    }
};

const Registry &registry()
{
    static const Registry instance;
    return instance;
}

QString refusalOfOne(const FieldDescriptor &d, const QJsonValue &value, const Inventory *inventory)
{
    switch (d.kind) {
    case FieldKind::Text:
    case FieldKind::Version:
        if (!value.isString() && !value.isNull())
            return FieldDescriptorText::tr("%1 takes text.").arg(d.label());
        break;
    case FieldKind::Number: {
        if (value.isNull() && d.optional)
            break;
        if (!value.isDouble())
            return FieldDescriptorText::tr("%1 takes a number.").arg(d.label());
        const double number = value.toDouble();
        if (d.integer && number != double(qint64(number)))
            return FieldDescriptorText::tr("%1 takes a whole number, not %2.").arg(d.label()).arg(number);
        if (d.minimum && number < *d.minimum)
            return FieldDescriptorText::tr("%1 cannot be less than %2.").arg(d.label()).arg(*d.minimum);
        if (d.maximum && number > *d.maximum)
            return FieldDescriptorText::tr("%1 cannot be more than %2.").arg(d.label()).arg(*d.maximum);
        break;
    }
    case FieldKind::YesNo:
        if (value.isNull() && d.optional)
            break;
        if (!value.isBool())
            return d.optional ? FieldDescriptorText::tr("%1 takes yes, no or unknown.").arg(d.label())
                              : FieldDescriptorText::tr("%1 takes yes or no.").arg(d.label());
        break;
    case FieldKind::Enumeration: {
        const QString text = value.toString();
        if (d.check)
            break; // the field's own check knows its values (phase names and keys)
        bool known = false;
        for (const FieldChoice &choice : d.choices)
            known = known || choice.value == text;
        if (!value.isString() || !known) {
            QStringList values;
            for (const FieldChoice &choice : d.choices)
                values.append(choice.value);
            return FieldDescriptorText::tr("%1 cannot be \"%2\"; choose one of: %3.")
                .arg(d.label(), text, values.join(QStringLiteral(", ")));
        }
        break;
    }
    case FieldKind::Date:
        if (!value.isNull() && !(value.isString() && QDate::fromString(value.toString(), Qt::ISODate).isValid()))
            return FieldDescriptorText::tr("%1 takes a date as YYYY-MM-DD.").arg(d.label());
        break;
    case FieldKind::DateTime:
        if (!value.isNull() &&
            !(value.isString() && QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid()))
            return FieldDescriptorText::tr("%1 takes a date and time as YYYY-MM-DDThh:mm:ssZ.").arg(d.label());
        break;
    case FieldKind::Address:
        if (!value.isString() || QHostAddress(value.toString()).isNull())
            return FieldDescriptorText::tr("\"%1\" is not an IPv4 or IPv6 address (%2).")
                .arg(value.toString(), d.label());
        break;
    case FieldKind::Subnet: {
        const auto subnet = QHostAddress::parseSubnet(value.toString());
        if (!value.isString() || subnet.first.isNull() || subnet.second < 0 ||
            !value.toString().contains(QLatin1Char('/')))
            return FieldDescriptorText::tr("\"%1\" is not a subnet in CIDR form, e.g. 192.0.2.0/24 or 2001:db8::/48.")
                .arg(value.toString());
        break;
    }
    case FieldKind::Reference:
    case FieldKind::ReferenceList: {
        if (!value.isString() && !value.isNull())
            return FieldDescriptorText::tr("%1 takes the id of an object.").arg(d.label());
        const QString id = value.toString();
        if (id.isEmpty() || !inventory)
            break;
        bool exists = false;
        inventory->collections([&](const auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            if (!exists && d.referencedKinds.contains(QLatin1String(T::kind)))
                exists = findById(list, id) != nullptr;
        });
        if (!exists) {
            QStringList kinds;
            for (const QString &kind : d.referencedKinds)
                kinds.append(objectKindLabel(kind));
            return FieldDescriptorText::tr("%1: there is no %2 with the id \"%3\".")
                .arg(d.label(), kinds.join(FieldDescriptorText::tr(" or ")), id);
        }
        break;
    }
    }
    return {};
}

} // namespace

QString FieldChoice::label() const
{
    return text ? QCoreApplication::translate("etp::FieldValues", text) : value;
}

QString FieldDescriptor::label() const
{
    return fieldLabel(name);
}

QString FieldDescriptor::refusal(const QJsonValue &value, const Inventory *inventory) const
{
    if (list) {
        if (!value.isArray() && !value.isNull())
            return FieldDescriptorText::tr("%1 takes a list.").arg(label());
        QSet<QString> seen;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString() && item.toString().isEmpty() && kind != FieldKind::Text)
                return FieldDescriptorText::tr("%1 cannot hold an empty entry.").arg(label());
            if (kind == FieldKind::ReferenceList && seen.contains(item.toString()))
                return FieldDescriptorText::tr("%1 names \"%2\" twice.").arg(label(), item.toString());
            seen.insert(item.toString());
            const QString reason = refusalOfOne(*this, item, inventory);
            if (!reason.isEmpty())
                return reason;
        }
    } else {
        const QString reason = refusalOfOne(*this, value, inventory);
        if (!reason.isEmpty())
            return reason;
        if (required && value.toString().trimmed().isEmpty())
            return FieldDescriptorText::tr("%1 cannot be empty.").arg(label());
    }
    return check ? check(value) : QString();
}

Result<QJsonValue> FieldDescriptor::parse(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (list) {
        QJsonArray array;
        for (const QString &part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts))
            array.append(part.trimmed());
        return QJsonValue(array);
    }
    switch (kind) {
    case FieldKind::Number: {
        if (trimmed.isEmpty() || trimmed == QLatin1String("unknown")) {
            if (optional)
                return QJsonValue(QJsonValue::Null);
            return Error{QStringLiteral("bad-value"), FieldDescriptorText::tr("%1 takes a number.").arg(label())};
        }
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok)
            return Error{QStringLiteral("bad-value"),
                         FieldDescriptorText::tr("%1 takes a number, not \"%2\".").arg(label(), text)};
        if (integer && number == double(qint64(number)))
            return QJsonValue(qint64(number));
        return QJsonValue(number);
    }
    case FieldKind::YesNo: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("yes") || lower == QLatin1String("true"))
            return QJsonValue(true);
        if (lower == QLatin1String("no") || lower == QLatin1String("false"))
            return QJsonValue(false);
        if (optional && (lower.isEmpty() || lower == QLatin1String("unknown")))
            return QJsonValue(QJsonValue::Null);
        return Error{QStringLiteral("bad-value"),
                     optional ? FieldDescriptorText::tr("%1 takes yes, no or unknown, not \"%2\".").arg(label(), text)
                              : FieldDescriptorText::tr("%1 takes yes or no, not \"%2\".").arg(label(), text)};
    }
    case FieldKind::Date:
    case FieldKind::DateTime:
        if (trimmed.isEmpty())
            return QJsonValue(QJsonValue::Null);
        return QJsonValue(trimmed);
    default:
        return QJsonValue(trimmed);
    }
}

QString FieldDescriptor::format(const QJsonValue &value) const
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(item.toString());
        return parts.join(QStringLiteral(","));
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return integer ? QString::number(value.toInteger()) : QString::number(value.toDouble());
    return value.toString();
}

const QList<FieldDescriptor> &fieldDescriptors(const QString &objectKind)
{
    static const QList<FieldDescriptor> none;
    const auto &descriptors = registry().descriptors;
    const auto it = descriptors.constFind(objectKind);
    return it == descriptors.constEnd() ? none : *it;
}

const FieldDescriptor *fieldDescriptor(const QString &objectKind, const QString &field)
{
    for (const FieldDescriptor &d : fieldDescriptors(objectKind)) {
        if (d.name == field)
            return &d;
    }
    return nullptr;
}

const QStringList &inventoryKinds()
{
    return registry().kinds;
}

QString objectKindLabel(const QString &objectKind)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("organization"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Organization")},
        {QStringLiteral("forest"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Forest")},
        {QStringLiteral("message_delivery"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Message delivery settings")},
        {QStringLiteral("message_security"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Message security settings")},
        {QStringLiteral("anti_spam"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Anti-spam settings")},
        {QStringLiteral("network_facts"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Physical network")},
        {QStringLiteral("admin_group"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Administrative group")},
        {QStringLiteral("exchange_server"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Exchange server")},
        {QStringLiteral("routing_group"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Routing group")},
        {QStringLiteral("connector"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Connector")},
        {QStringLiteral("storage_group"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Storage group")},
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Store")},
        {QStringLiteral("public_folder_tree"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Public folder tree")},
        {QStringLiteral("recipient_policy"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Recipient policy")},
        {QStringLiteral("address_list"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Address list")},
        {QStringLiteral("system_policy"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Server or store policy")},
        {QStringLiteral("recipient_update_service"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Recipient Update Service")},
        {QStringLiteral("offline_address_book"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Offline address book")},
        {QStringLiteral("smtp_virtual_server"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "SMTP virtual server")},
        {QStringLiteral("legacy_directory_object"),
         QT_TRANSLATE_NOOP("etp::ObjectKinds", "Exchange 5.5 directory object")},
        {QStringLiteral("smart_host"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Smart host")},
        {QStringLiteral("delegation"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Delegation")},
        {QStringLiteral("exchange_aware_product"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Exchange-aware product")},
        {QStringLiteral("feature_in_use"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Feature in use")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Domain")},
        {QStringLiteral("ad_site"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "AD site")},
        {QStringLiteral("subnet"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Subnet")},
        {QStringLiteral("site_link"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Site link")},
        {QStringLiteral("domain_controller"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Domain controller")},
        {QStringLiteral("expansion_group"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Group with an expansion server")},
        {QStringLiteral("privileged_member"),
         QT_TRANSLATE_NOOP("etp::ObjectKinds", "Member of Schema or Enterprise Admins")},
        {QStringLiteral("dns_server"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "DNS server")},
        {QStringLiteral("smtp_namespace"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "SMTP namespace")},
        {QStringLiteral("port_check"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Port check")},
        {QStringLiteral("perimeter_server"), QT_TRANSLATE_NOOP("etp::ObjectKinds", "Perimeter network server")},
    };
    const char *text = labels.value(objectKind);
    return text ? QCoreApplication::translate("etp::ObjectKinds", text) : objectKind;
}

bool isSingleKind(const QString &objectKind)
{
    return registry().singles.contains(objectKind);
}

} // namespace etp
