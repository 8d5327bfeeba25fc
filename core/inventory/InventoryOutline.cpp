#include "InventoryOutline.h"

#include "FieldLabels.h"

#include <QCoreApplication>

#include <algorithm>

namespace etp {

namespace {

struct KindInfo {
    const char *kind;
    const char *key;
    const char *title;
    OutlineGroup group;
    const char *noteSection;
};

// The sections in the order a person reads them: the seed's Table 1, Table 2, Table 3, then readiness answers.
constexpr KindInfo kKinds[] = {
    {"organization", "organization", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Organization"), OutlineGroup::Exchange,
     "organization"},
    {"admin_group", "adminGroups", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Administrative groups"),
     OutlineGroup::Exchange, "administrative-groups"},
    {"exchange_server", "servers", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Exchange servers"),
     OutlineGroup::Exchange, "servers"},
    {"routing_group", "routingGroups", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Routing groups"),
     OutlineGroup::Exchange, "routing-groups"},
    {"connector", "connectors", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Connectors"), OutlineGroup::Exchange,
     nullptr},
    {"storage_group", "storageGroups", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Storage groups"),
     OutlineGroup::Exchange, "storage-groups"},
    {"store", "stores", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Stores"), OutlineGroup::Exchange, nullptr},
    {"public_folder_tree", "publicFolderTrees", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Public folder trees"),
     OutlineGroup::Exchange, nullptr},
    {"recipient_policy", "recipientPolicies", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Recipient policies"),
     OutlineGroup::Exchange, "policies"},
    {"address_list", "addressLists", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Address lists"),
     OutlineGroup::Exchange, nullptr},
    {"system_policy", "systemPolicies", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Server and store policies"),
     OutlineGroup::Exchange, nullptr},
    {"recipient_update_service", "recipientUpdateServices",
     QT_TRANSLATE_NOOP("etp::InventoryOutline", "Recipient Update Services"), OutlineGroup::Exchange, nullptr},
    {"offline_address_book", "offlineAddressBooks", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Offline address books"),
     OutlineGroup::Exchange, nullptr},
    {"smtp_virtual_server", "smtpVirtualServers", QT_TRANSLATE_NOOP("etp::InventoryOutline", "SMTP virtual servers"),
     OutlineGroup::Exchange, nullptr},
    {"legacy_directory_object", "legacyDirectoryObjects",
     QT_TRANSLATE_NOOP("etp::InventoryOutline", "Exchange 5.5 coexistence objects"), OutlineGroup::Exchange, nullptr},
    {"message_delivery", "messageDelivery", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Message delivery"),
     OutlineGroup::Exchange, "message-delivery"},
    {"message_security", "messageSecurity", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Message security"),
     OutlineGroup::Exchange, "message-security"},
    {"anti_spam", "antiSpam", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Anti-spam"), OutlineGroup::Exchange,
     "anti-spam"},
    {"smart_host", "smartHosts", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Smart hosts"), OutlineGroup::Exchange,
     "smart-hosts"},
    {"delegation", "delegations", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Administrators and delegation"),
     OutlineGroup::Exchange, "security-groups"},
    {"forest", "forest", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Forest"), OutlineGroup::ActiveDirectory,
     "functional-levels"},
    {"domain", "domains", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Domains"), OutlineGroup::ActiveDirectory,
     nullptr},
    {"ad_site", "sites", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Sites"), OutlineGroup::ActiveDirectory, "sites"},
    {"subnet", "subnets", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Subnets"), OutlineGroup::ActiveDirectory,
     nullptr},
    {"site_link", "siteLinks", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Site links"), OutlineGroup::ActiveDirectory,
     nullptr},
    {"domain_controller", "domainControllers", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Domain controllers"),
     OutlineGroup::ActiveDirectory, "server-placement"},
    {"expansion_group", "expansionGroups",
     QT_TRANSLATE_NOOP("etp::InventoryOutline", "Groups with an expansion server"), OutlineGroup::ActiveDirectory,
     "expansion-servers"},
    {"privileged_member", "privilegedMembers",
     QT_TRANSLATE_NOOP("etp::InventoryOutline", "Schema Admins and Enterprise Admins"), OutlineGroup::ActiveDirectory,
     "security-permissions"},
    {"network_facts", "network", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Physical network"), OutlineGroup::Network,
     "physical-network"},
    {"dns_server", "dnsServers", QT_TRANSLATE_NOOP("etp::InventoryOutline", "DNS servers"), OutlineGroup::Network,
     "dns"},
    {"smtp_namespace", "smtpNamespaces", QT_TRANSLATE_NOOP("etp::InventoryOutline", "SMTP namespaces"),
     OutlineGroup::Network, "smtp-namespaces"},
    {"port_check", "portChecks", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Port availability"), OutlineGroup::Network,
     "ports"},
    {"perimeter_server", "perimeterServers", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Perimeter network servers"),
     OutlineGroup::Network, "perimeter"},
    {"exchange_aware_product", "products", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Exchange-aware products"),
     OutlineGroup::Readiness, "products"},
    {"feature_in_use", "features", QT_TRANSLATE_NOOP("etp::InventoryOutline", "Unsupported features in use"),
     OutlineGroup::Readiness, "features"},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("etp::InventoryOutline", text);
}

bool isIdField(QLatin1String name)
{
    return name.endsWith(QLatin1String("Id")) || name.endsWith(QLatin1String("Ids")) || name == QLatin1String("scope");
}

template <class T> QString formatValue(const T &value, bool idField, const InventoryOutline &outline)
{
    if constexpr (IsOptional<T>::value) {
        return value ? formatValue(*value, idField, outline) : QString();
    } else if constexpr (std::is_same_v<T, QString>) {
        return idField && !value.isEmpty() ? outline.labelForId(value) : value;
    } else if constexpr (std::is_same_v<T, QStringList>) {
        if (!idField)
            return value.join(QLatin1String(", "));
        QStringList labels;
        for (const auto &id : value)
            labels.append(outline.labelForId(id));
        return labels.join(QLatin1String(", "));
    } else if constexpr (std::is_same_v<T, bool>) {
        return value ? QCoreApplication::translate("etp::InventoryOutline", "yes")
                     : QCoreApplication::translate("etp::InventoryOutline", "no");
    } else if constexpr (std::is_enum_v<T>) {
        return enumName(value);
    } else if constexpr (std::is_integral_v<T>) {
        return QString::number(value);
    } else if constexpr (std::is_floating_point_v<T>) {
        return QString::number(value, 'g', 12);
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        return value.isValid() ? value.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
    } else if constexpr (std::is_same_v<T, QDate>) {
        return value.isValid() ? value.toString(Qt::ISODate) : QString();
    } else {
        static_assert(sizeof(T) == 0, "no text form for this field type");
    }
}

/// The short name of an object: its name, or what stands for a name in objects that have none.
template <class T> QString labelOf(const T &object)
{
    if constexpr (std::is_same_v<T, PortCheck>) {
        return QStringLiteral("%1:%2").arg(object.host).arg(object.port);
    } else if constexpr (std::is_same_v<T, FeatureInUse>) {
        return enumName(object.feature);
    } else if constexpr (std::is_same_v<T, PrivilegedMember>) {
        return QStringLiteral("%1 (%2)").arg(object.account, enumName(object.group));
    } else {
        QString label;
        visitFields(object, [&](const char *name, const auto &value) {
            using V = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<V, QString>) {
                static constexpr const char *kPreferred[] = {"name",    "dnsName",   "prefix",     "domain",
                                                             "account", "principal", "rootDomain", "host"};
                for (const char *preferred : kPreferred) {
                    if (label.isEmpty() && qstrcmp(name, preferred) == 0)
                        label = value;
                }
            }
        });
        return label.isEmpty() ? object.meta.id : label;
    }
}

} // namespace

template <class T> void InventoryOutline::addSection(const QList<T> *list, const T *single)
{
    Section section;
    const QLatin1String kind(T::kind);
    section.order = int(std::size(kKinds));
    section.info.key = kind;
    section.info.title = kind;
    for (std::size_t i = 0; i < std::size(kKinds); ++i) {
        if (kind == QLatin1String(kKinds[i].kind)) {
            section.order = int(i);
            section.info.key = QLatin1String(kKinds[i].key);
            section.info.title = translated(kKinds[i].title);
            section.info.group = kKinds[i].group;
            if (kKinds[i].noteSection)
                section.info.noteSection = QLatin1String(kKinds[i].noteSection);
        }
    }
    section.info.single = single != nullptr;
    auto at = [list, single](int row) -> const T & {
        return single ? *single : list->at(row);
    };
    section.count = [list, single] {
        return single ? 1 : int(list->size());
    };
    section.meta = [at](int row) -> const ObjectMeta & {
        return at(row).meta;
    };
    const QString title = section.info.title;
    section.label = [at, single, title](int row) {
        return single ? title : labelOf(at(row));
    };
    section.fields = [at](int row, const InventoryOutline &outline) {
        QList<std::pair<QString, QString>> out;
        visitFields(at(row), [&](const char *name, const auto &value) {
            const QLatin1String field(name);
            out.append({field, formatValue(value, isIdField(field), outline)});
        });
        return out;
    };
    m_sections.append(section);
}

InventoryOutline::InventoryOutline(const Inventory &inventory)
    : m_inventory(inventory)
{
    inventory.singles([this](const auto &object) {
        using T = std::decay_t<decltype(object)>;
        addSection<T>(nullptr, &object);
    });
    inventory.collections([this](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        addSection<T>(&list, nullptr);
    });
    std::stable_sort(m_sections.begin(), m_sections.end(),
                     [](const Section &a, const Section &b) { return a.order < b.order; });
}

QList<OutlineField> InventoryOutline::objectFields(int s, int row) const
{
    const ObjectMeta &meta = objectMeta(s, row);
    QList<OutlineField> out;
    for (const auto &[name, value] : m_sections.at(s).fields(row, *this))
        out.append({name, fieldLabel(name), value, meta.sourceOf(name)});
    return out;
}

QString InventoryOutline::sectionNote(int s) const
{
    const QString &key = section(s).noteSection;
    return key.isEmpty() ? QString() : m_inventory.sectionNotes.value(key);
}

QString InventoryOutline::sectionIncomplete(int s) const
{
    const QString &key = section(s).noteSection;
    return key.isEmpty() ? QString() : m_inventory.incompleteSections.value(key);
}

QString InventoryOutline::labelForId(const QString &id) const
{
    if (m_labels.isEmpty()) {
        for (const auto &section : m_sections) {
            if (section.info.single)
                continue;
            const int count = section.count();
            for (int row = 0; row < count; ++row)
                m_labels.insert(section.meta(row).id, section.label(row));
        }
    }
    if (id == QLatin1String("organization"))
        return QCoreApplication::translate("etp::InventoryOutline", "the whole organization");
    return m_labels.value(id, id);
}

QString InventoryOutline::keyForKind(const char *kind)
{
    for (const auto &info : kKinds) {
        if (qstrcmp(info.kind, kind) == 0)
            return QLatin1String(info.key);
    }
    return QLatin1String(kind);
}

QString InventoryOutline::groupTitle(OutlineGroup group)
{
    switch (group) {
    case OutlineGroup::Exchange:
        return QCoreApplication::translate("etp::InventoryOutline", "Exchange organization");
    case OutlineGroup::ActiveDirectory:
        return QCoreApplication::translate("etp::InventoryOutline", "Active Directory");
    case OutlineGroup::Network:
        return QCoreApplication::translate("etp::InventoryOutline", "Network");
    case OutlineGroup::Readiness:
        return QCoreApplication::translate("etp::InventoryOutline", "Products and features");
    case OutlineGroup::Other:
        break;
    }
    return QCoreApplication::translate("etp::InventoryOutline", "Other");
}

QString InventoryOutline::sourceTitle(Source source)
{
    switch (source) {
    case Source::Typed:
        return QCoreApplication::translate("etp::InventoryOutline", "typed");
    case Source::Directory:
        return QCoreApplication::translate("etp::InventoryOutline", "directory");
    case Source::Ldif:
        return QCoreApplication::translate("etp::InventoryOutline", "LDIF import");
    case Source::Csv:
        return QCoreApplication::translate("etp::InventoryOutline", "CSV import");
    }
    return {};
}

} // namespace etp
