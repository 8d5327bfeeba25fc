// INV-INCOMPLETE: the items of the seed's Tables 1, 2 and 3 (and the products, features and clients PRODUCT.md adds)
// that are still empty. The seed: the inventory is the reference for rolling back, so each item is documented even
// when the answer is "none" (a note on the section says so and completes it).

#include "CatalogRules.h"

#include <QDate>
#include <QDateTime>

#include <functional>

namespace etp::rules {

namespace {

template <class T> bool blank(const T &value)
{
    if constexpr (IsOptional<T>::value)
        return !value.has_value();
    else if constexpr (std::is_same_v<T, bool>)
        return !value;
    else if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>)
        return value == T{};
    else if constexpr (std::is_same_v<T, QDateTime> || std::is_same_v<T, QDate>)
        return !value.isValid();
    else
        return value.isEmpty();
}

/// True when no field of the object holds anything.
template <class Object> bool allBlank(const Object &object)
{
    bool empty = true;
    visitFields(object, [&empty](const char *, const auto &value) { empty = empty && blank(value); });
    return empty;
}

struct Item {
    Section section;
    QString title;
    std::function<QString(const RuleContext &)> missing; ///< empty when documented, else what is missing
};

QStringList legacyServersWhere(const RuleContext &context, const std::function<bool(const ExchangeServer &)> &test)
{
    QStringList names;
    for (const auto &server : context.inventory().servers) {
        if (isLegacyServer(server) && test(server))
            names.append(context.serverName(server.meta.id));
    }
    return names;
}

QString whenEmpty(bool empty, const QString &what)
{
    return empty ? what : QString();
}

QList<Item> items()
{
    QList<Item> list;
    list.append({Section::Organization,
                 QCoreApplication::translate("etp::rules", "Exchange organization: mixed or native mode"),
                 [](const RuleContext &c) {
                     return whenEmpty(!c.inventory().organization.mixedMode,
                                      QCoreApplication::translate("etp::rules", "the mode is not recorded"));
                 }});
    list.append(
        {Section::Servers, QCoreApplication::translate("etp::rules", "Exchange server hardware"),
         [](const RuleContext &c) {
             const QStringList names = legacyServersWhere(c, [](const ExchangeServer &s) {
                 return s.processors.isEmpty() && !s.memoryGb && !s.diskGb && !s.networkMbps;
             });
             if (c.inventory().servers.isEmpty())
                 return QCoreApplication::translate("etp::rules", "no server is recorded");
             return names.isEmpty()
                        ? QString()
                        : QCoreApplication::translate("etp::rules", "no hardware recorded for %1").arg(nameList(names));
         }});
    list.append({Section::AdministrativeGroups, QCoreApplication::translate("etp::rules", "Administrative groups"),
                 [](const RuleContext &c) {
                     return whenEmpty(c.inventory().adminGroups.isEmpty(),
                                      QCoreApplication::translate("etp::rules", "no administrative group is recorded"));
                 }});
    list.append({Section::SecurityGroups,
                 QCoreApplication::translate("etp::rules", "Exchange administrators and delegation"),
                 [](const RuleContext &c) {
                     return whenEmpty(c.inventory().delegations.isEmpty(),
                                      QCoreApplication::translate("etp::rules", "no delegation is recorded"));
                 }});
    list.append({Section::StorageGroups, QCoreApplication::translate("etp::rules", "Storage groups and stores"),
                 [](const RuleContext &c) {
                     return whenEmpty(
                         c.inventory().storageGroups.isEmpty() && c.inventory().stores.isEmpty(),
                         QCoreApplication::translate("etp::rules", "no storage group or store is recorded"));
                 }});
    list.append({Section::DataRecovery, QCoreApplication::translate("etp::rules", "Data recovery plan"),
                 [](const RuleContext &c) {
                     return whenEmpty(
                         c.inventory().organization.dataRecoveryPlan.trimmed().isEmpty(),
                         QCoreApplication::translate("etp::rules", "the backup and restore plan is not described"));
                 }});
    list.append(
        {Section::RoutingGroups, QCoreApplication::translate("etp::rules", "Routing groups"), [](const RuleContext &c) {
             return whenEmpty(c.inventory().routingGroups.isEmpty(),
                              QCoreApplication::translate("etp::rules", "no routing group is recorded"));
         }});
    list.append({Section::Policies, QCoreApplication::translate("etp::rules", "Recipient, server and store policies"),
                 [](const RuleContext &c) {
                     return whenEmpty(c.inventory().recipientPolicies.isEmpty(),
                                      QCoreApplication::translate("etp::rules", "no recipient policy is recorded"));
                 }});
    list.append({Section::SmtpNamespaces, QCoreApplication::translate("etp::rules", "SMTP namespaces"),
                 [](const RuleContext &c) {
                     return whenEmpty(c.inventory().smtpNamespaces.isEmpty(),
                                      QCoreApplication::translate("etp::rules", "no SMTP namespace is recorded"));
                 }});
    list.append(
        {Section::MessageDelivery, QCoreApplication::translate("etp::rules", "Global settings for message delivery"),
         [](const RuleContext &c) {
             return whenEmpty(
                 allBlank(c.inventory().messageDelivery),
                 QCoreApplication::translate("etp::rules", "no filter, size limit or message format is recorded"));
         }});
    list.append({Section::MessageSecurity, QCoreApplication::translate("etp::rules", "Message security settings"),
                 [](const RuleContext &c) {
                     return whenEmpty(
                         c.inventory().smtpVirtualServers.isEmpty() && allBlank(c.inventory().messageSecurity),
                         QCoreApplication::translate(
                             "etp::rules", "no virtual server, authentication or encryption setting is recorded"));
                 }});
    list.append({Section::AntiVirus, QCoreApplication::translate("etp::rules", "Antivirus software and settings"),
                 [](const RuleContext &c) {
                     const auto &products = c.inventory().products;
                     return whenEmpty(
                         std::none_of(products.begin(), products.end(),
                                      [](const auto &p) { return p.category == ProductCategory::AntiVirus; }),
                         QCoreApplication::translate("etp::rules", "no antivirus product is recorded"));
                 }});
    list.append(
        {Section::AntiSpam, QCoreApplication::translate("etp::rules", "Anti-spam settings"), [](const RuleContext &c) {
             return whenEmpty(
                 allBlank(c.inventory().antiSpam),
                 QCoreApplication::translate(
                     "etp::rules", "no Intelligent Message Filter level, IP list or attachment blocking is recorded"));
         }});
    list.append(
        {Section::SmartHosts, QCoreApplication::translate("etp::rules", "Smart host"), [](const RuleContext &c) {
             return whenEmpty(c.inventory().smartHosts.isEmpty(),
                              QCoreApplication::translate("etp::rules", "no smart host is recorded"));
         }});
    list.append({Section::Sites,
                 QCoreApplication::translate("etp::rules", "Active Directory sites, subnets and site links"),
                 [](const RuleContext &c) {
                     const Inventory &inv = c.inventory();
                     QStringList missing;
                     if (inv.sites.isEmpty())
                         missing.append(QCoreApplication::translate("etp::rules", "sites"));
                     if (inv.subnets.isEmpty())
                         missing.append(QCoreApplication::translate("etp::rules", "subnets"));
                     if (inv.siteLinks.isEmpty())
                         missing.append(QCoreApplication::translate("etp::rules", "site links"));
                     if (inv.domainControllers.isEmpty())
                         missing.append(QCoreApplication::translate("etp::rules", "directory servers"));
                     return missing.isEmpty() ? QString()
                                              : QCoreApplication::translate("etp::rules", "no %1 recorded")
                                                    .arg(missing.join(QLatin1String(", ")));
                 }});
    list.append(
        {Section::FunctionalLevels, QCoreApplication::translate("etp::rules", "Forest and domain functional levels"),
         [](const RuleContext &c) {
             const Inventory &inv = c.inventory();
             const bool domainUnknown =
                 inv.domains.isEmpty() ||
                 std::any_of(inv.domains.begin(), inv.domains.end(), [](const Domain &d) { return !d.mixedMode; });
             return whenEmpty(
                 !inv.forest.functionalLevel || domainUnknown,
                 QCoreApplication::translate("etp::rules", "the forest level or a domain's mode is not recorded"));
         }});
    list.append({Section::ExpansionServers, QCoreApplication::translate("etp::rules", "Expansion servers"),
                 [](const RuleContext &c) {
                     return whenEmpty(c.inventory().expansionGroups.isEmpty(),
                                      QCoreApplication::translate(
                                          "etp::rules", "no distribution group with an expansion server is recorded"));
                 }});
    list.append({Section::SecurityPermissions,
                 QCoreApplication::translate("etp::rules", "Members of Schema Admins and Enterprise Admins"),
                 [](const RuleContext &c) {
                     return whenEmpty(c.inventory().privilegedMembers.isEmpty(),
                                      QCoreApplication::translate("etp::rules", "no member is recorded"));
                 }});
    list.append({Section::ServerPlacement,
                 QCoreApplication::translate("etp::rules", "Server placement (organizational unit)"),
                 [](const RuleContext &c) {
                     const QStringList names =
                         legacyServersWhere(c, [](const ExchangeServer &s) { return s.ou.trimmed().isEmpty(); });
                     return names.isEmpty() ? QString()
                                            : QCoreApplication::translate("etp::rules", "no organizational unit for %1")
                                                  .arg(nameList(names));
                 }});
    list.append({Section::PhysicalNetwork, QCoreApplication::translate("etp::rules", "Physical network"),
                 [](const RuleContext &c) {
                     return whenEmpty(
                         allBlank(c.inventory().network),
                         QCoreApplication::translate(
                             "etp::rules", "backbone, autonomous system connections and bandwidth are not described"));
                 }});
    list.append({Section::Dns, QCoreApplication::translate("etp::rules", "DNS servers and MX records"),
                 [](const RuleContext &c) {
                     return whenEmpty(c.inventory().dnsServers.isEmpty(),
                                      QCoreApplication::translate("etp::rules", "no DNS server is recorded"));
                 }});
    list.append(
        {Section::Ports, QCoreApplication::translate("etp::rules", "Port availability"), [](const RuleContext &c) {
             return whenEmpty(c.inventory().portChecks.isEmpty(),
                              QCoreApplication::translate("etp::rules", "no port has been checked"));
         }});
    list.append({Section::Perimeter, QCoreApplication::translate("etp::rules", "Perimeter network servers"),
                 [](const RuleContext &c) {
                     return whenEmpty(c.inventory().perimeterServers.isEmpty(),
                                      QCoreApplication::translate("etp::rules", "no perimeter server is recorded"));
                 }});
    list.append({Section::Products, QCoreApplication::translate("etp::rules", "Exchange-aware products"),
                 [](const RuleContext &c) {
                     return whenEmpty(
                         c.inventory().products.isEmpty(),
                         QCoreApplication::translate("etp::rules", "no Exchange-aware product is recorded"));
                 }});
    list.append({Section::Features, QCoreApplication::translate("etp::rules", "Exchange 2000 features in use"),
                 [](const RuleContext &c) {
                     return whenEmpty(c.inventory().features.isEmpty(),
                                      QCoreApplication::translate(
                                          "etp::rules", "nobody has answered which unsupported features are in use"));
                 }});
    list.append({Section::Clients, QCoreApplication::translate("etp::rules", "Outlook versions in use"),
                 [](const RuleContext &c) {
                     const Organization &org = c.inventory().organization;
                     return whenEmpty(
                         org.outlookVersions.isEmpty() && !org.outlook2003OrEarlierInUse,
                         QCoreApplication::translate("etp::rules", "the Outlook versions in use are not recorded"));
                 }});
    return list;
}

} // namespace

void inventoryIncomplete(const RuleContext &context, QList<Finding> &findings)
{
    const auto &notes = context.inventory().sectionNotes;
    for (const auto &item : items()) {
        const QString section = enumName(item.section);
        if (!notes.value(section).trimmed().isEmpty())
            continue;
        const QString missing = item.missing(context);
        if (missing.isEmpty())
            continue;
        Finding f = makeFinding("INV-INCOMPLETE", Severity::Info, QStringLiteral("section"), section, item.title);
        f.message = QCoreApplication::translate("etp::rules",
                                                "%1: %2. Microsoft's Exchange 2007 transition guidance asks for it to "
                                                "be documented; the inventory is the reference for comparing and "
                                                "rolling back.")
                        .arg(item.title, missing);
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Fill in %1 in the inventory, or write a note on the section when there is "
                                          "nothing to record.")
                            .arg(item.title);
        findings.append(f);
    }
}

} // namespace etp::rules
