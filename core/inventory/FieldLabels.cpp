#include "FieldLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace etp {

namespace {

struct Label {
    const char *field;
    const char *text;
};

// One translatable label per model field name. A field missing here is shown by its name in plain words.
constexpr Label kLabels[] = {
    {"account", QT_TRANSLATE_NOOP("etp::FieldLabels", "Account")},
    {"address", QT_TRANSLATE_NOOP("etp::FieldLabels", "Address")},
    {"addressFilters", QT_TRANSLATE_NOOP("etp::FieldLabels", "Address filters")},
    {"addressSpaces", QT_TRANSLATE_NOOP("etp::FieldLabels", "Address spaces")},
    {"addressTemplates", QT_TRANSLATE_NOOP("etp::FieldLabels", "Address templates")},
    {"addresses", QT_TRANSLATE_NOOP("etp::FieldLabels", "Addresses")},
    {"adminGroupId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Administrative group")},
    {"appliesToIds", QT_TRANSLATE_NOOP("etp::FieldLabels", "Applies to")},
    {"attachmentBlocking", QT_TRANSLATE_NOOP("etp::FieldLabels", "Attachment blocking")},
    {"authentication", QT_TRANSLATE_NOOP("etp::FieldLabels", "Authentication")},
    {"authenticationFlags", QT_TRANSLATE_NOOP("etp::FieldLabels", "Authentication flags")},
    {"authoritative", QT_TRANSLATE_NOOP("etp::FieldLabels", "Authoritative")},
    {"authoritativeDomains", QT_TRANSLATE_NOOP("etp::FieldLabels", "Authoritative domains")},
    {"autonomousSystemConnections", QT_TRANSLATE_NOOP("etp::FieldLabels", "Autonomous-system connections")},
    {"backbone", QT_TRANSLATE_NOOP("etp::FieldLabels", "Backbone")},
    {"bandwidth", QT_TRANSLATE_NOOP("etp::FieldLabels", "Bandwidth")},
    {"bindings", QT_TRANSLATE_NOOP("etp::FieldLabels", "Bindings")},
    {"blockListProviders", QT_TRANSLATE_NOOP("etp::FieldLabels", "Block list providers")},
    {"build", QT_TRANSLATE_NOOP("etp::FieldLabels", "Build")},
    {"category", QT_TRANSLATE_NOOP("etp::FieldLabels", "Category")},
    {"checkedAt", QT_TRANSLATE_NOOP("etp::FieldLabels", "Checked at")},
    {"circularLogging", QT_TRANSLATE_NOOP("etp::FieldLabels", "Circular logging")},
    {"computerDn", QT_TRANSLATE_NOOP("etp::FieldLabels", "Computer DN")},
    {"connectedDomains", QT_TRANSLATE_NOOP("etp::FieldLabels", "Connected domains")},
    {"cost", QT_TRANSLATE_NOOP("etp::FieldLabels", "Cost")},
    {"currentServerRoles", QT_TRANSLATE_NOOP("etp::FieldLabels", "Exchange 2007 server roles")},
    {"dataRecoveryPlan", QT_TRANSLATE_NOOP("etp::FieldLabels", "Data recovery plan")},
    {"databasePath", QT_TRANSLATE_NOOP("etp::FieldLabels", "Database path")},
    {"dcFunctionalLevel", QT_TRANSLATE_NOOP("etp::FieldLabels", "DC functional level")},
    {"description", QT_TRANSLATE_NOOP("etp::FieldLabels", "Description")},
    {"destinationRoutingGroupId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Destination routing group")},
    {"diskGb", QT_TRANSLATE_NOOP("etp::FieldLabels", "Disk (GB)")},
    {"dnsName", QT_TRANSLATE_NOOP("etp::FieldLabels", "DNS name")},
    {"domain", QT_TRANSLATE_NOOP("etp::FieldLabels", "Domain")},
    {"domainDn", QT_TRANSLATE_NOOP("etp::FieldLabels", "Domain DN")},
    {"domainId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Domain")},
    {"edgeWanted", QT_TRANSLATE_NOOP("etp::FieldLabels", "Edge Transport wanted")},
    {"encryption", QT_TRANSLATE_NOOP("etp::FieldLabels", "Encryption")},
    {"error", QT_TRANSLATE_NOOP("etp::FieldLabels", "Error")},
    {"exchange2007Ready", QT_TRANSLATE_NOOP("etp::FieldLabels", "Exchange 2007 ready")},
    {"exchangeSchemaVersion", QT_TRANSLATE_NOOP("etp::FieldLabels", "Exchange schema version")},
    {"expansionServerId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Expansion server")},
    {"expansionServerLegacyDn", QT_TRANSLATE_NOOP("etp::FieldLabels", "Expansion server (legacyExchangeDN)")},
    {"feature", QT_TRANSLATE_NOOP("etp::FieldLabels", "Feature")},
    {"filter", QT_TRANSLATE_NOOP("etp::FieldLabels", "LDAP filter")},
    {"filterEnabled", QT_TRANSLATE_NOOP("etp::FieldLabels", "Filtering enabled")},
    {"forestRoot", QT_TRANSLATE_NOOP("etp::FieldLabels", "Forest root")},
    {"fqdn", QT_TRANSLATE_NOOP("etp::FieldLabels", "FQDN")},
    {"frontEnd", QT_TRANSLATE_NOOP("etp::FieldLabels", "Front-end")},
    {"functionalLevel", QT_TRANSLATE_NOOP("etp::FieldLabels", "Functional level")},
    {"globalCatalog", QT_TRANSLATE_NOOP("etp::FieldLabels", "Global catalog")},
    {"group", QT_TRANSLATE_NOOP("etp::FieldLabels", "Group")},
    {"heldPhases", QT_TRANSLATE_NOOP("etp::FieldLabels", "Held phases")},
    {"holdsExchange", QT_TRANSLATE_NOOP("etp::FieldLabels", "Holds Exchange servers or recipients")},
    {"host", QT_TRANSLATE_NOOP("etp::FieldLabels", "Host")},
    {"imfEnabled", QT_TRANSLATE_NOOP("etp::FieldLabels", "IMF enabled")},
    {"imfGatewayAction", QT_TRANSLATE_NOOP("etp::FieldLabels", "IMF gateway action")},
    {"imfGatewayThreshold", QT_TRANSLATE_NOOP("etp::FieldLabels", "IMF gateway threshold (SCL)")},
    {"imfStoreThreshold", QT_TRANSLATE_NOOP("etp::FieldLabels", "IMF store threshold (SCL)")},
    {"inUse", QT_TRANSLATE_NOOP("etp::FieldLabels", "In use")},
    {"internetFacing", QT_TRANSLATE_NOOP("etp::FieldLabels", "Internet-facing")},
    {"ipAllowList", QT_TRANSLATE_NOOP("etp::FieldLabels", "IP allow list")},
    {"ipBlockList", QT_TRANSLATE_NOOP("etp::FieldLabels", "IP block list")},
    {"isDefault", QT_TRANSLATE_NOOP("etp::FieldLabels", "Default")},
    {"isGroup", QT_TRANSLATE_NOOP("etp::FieldLabels", "Group")},
    {"legacyServerRole", QT_TRANSLATE_NOOP("etp::FieldLabels", "msExchServerRole")},
    {"location", QT_TRANSLATE_NOOP("etp::FieldLabels", "Location")},
    {"logPath", QT_TRANSLATE_NOOP("etp::FieldLabels", "Log path")},
    {"mailboxCount", QT_TRANSLATE_NOOP("etp::FieldLabels", "Mailbox count")},
    {"masterDn", QT_TRANSLATE_NOOP("etp::FieldLabels", "Routing master DN")},
    {"masterServerId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Routing master")},
    {"maxMessageSizeKb", QT_TRANSLATE_NOOP("etp::FieldLabels", "Maximum message size (KB)")},
    {"maxRecipients", QT_TRANSLATE_NOOP("etp::FieldLabels", "Maximum recipients")},
    {"members", QT_TRANSLATE_NOOP("etp::FieldLabels", "Members")},
    {"memoryGb", QT_TRANSLATE_NOOP("etp::FieldLabels", "Memory (GB)")},
    {"messageFormats", QT_TRANSLATE_NOOP("etp::FieldLabels", "Message formats")},
    {"messageSizeLimitKb", QT_TRANSLATE_NOOP("etp::FieldLabels", "Message size limit (KB)")},
    {"mixedMode", QT_TRANSLATE_NOOP("etp::FieldLabels", "Mixed mode")},
    {"mxCheckedAt", QT_TRANSLATE_NOOP("etp::FieldLabels", "MX checked at")},
    {"mxError", QT_TRANSLATE_NOOP("etp::FieldLabels", "MX check error")},
    {"mxRecords", QT_TRANSLATE_NOOP("etp::FieldLabels", "MX records")},
    {"name", QT_TRANSLATE_NOOP("etp::FieldLabels", "Name")},
    {"namingContext", QT_TRANSLATE_NOOP("etp::FieldLabels", "Naming context")},
    {"netbiosName", QT_TRANSLATE_NOOP("etp::FieldLabels", "NetBIOS name")},
    {"networkMbps", QT_TRANSLATE_NOOP("etp::FieldLabels", "Network (Mbit/s)")},
    {"nonAuthoritativeDomains", QT_TRANSLATE_NOOP("etp::FieldLabels", "Non-authoritative domains")},
    {"note", QT_TRANSLATE_NOOP("etp::FieldLabels", "Note")},
    {"ntdsSettingsDn", QT_TRANSLATE_NOOP("etp::FieldLabels", "NTDS Settings DN")},
    {"objectClass", QT_TRANSLATE_NOOP("etp::FieldLabels", "Object class")},
    {"objectKind", QT_TRANSLATE_NOOP("etp::FieldLabels", "Kind")},
    {"objectVersion", QT_TRANSLATE_NOOP("etp::FieldLabels", "Object version")},
    {"operatingSystem", QT_TRANSLATE_NOOP("etp::FieldLabels", "Operating system")},
    {"operatingSystemServicePack", QT_TRANSLATE_NOOP("etp::FieldLabels", "Service pack")},
    {"operatingSystemVersion", QT_TRANSLATE_NOOP("etp::FieldLabels", "Operating system version")},
    {"order", QT_TRANSLATE_NOOP("etp::FieldLabels", "Priority")},
    {"ou", QT_TRANSLATE_NOOP("etp::FieldLabels", "Organizational unit")},
    {"outboundSecurity", QT_TRANSLATE_NOOP("etp::FieldLabels", "Outbound security")},
    {"outlook2003OrEarlierInUse", QT_TRANSLATE_NOOP("etp::FieldLabels", "Outlook 2003 or earlier in use")},
    {"outlookVersions", QT_TRANSLATE_NOOP("etp::FieldLabels", "Outlook versions")},
    {"perimeter", QT_TRANSLATE_NOOP("etp::FieldLabels", "In perimeter network")},
    {"permissions", QT_TRANSLATE_NOOP("etp::FieldLabels", "Permissions")},
    {"policies", QT_TRANSLATE_NOOP("etp::FieldLabels", "Policies")},
    {"policyExemptions", QT_TRANSLATE_NOOP("etp::FieldLabels", "Policy exemptions")},
    {"policyKind", QT_TRANSLATE_NOOP("etp::FieldLabels", "Kind")},
    {"port", QT_TRANSLATE_NOOP("etp::FieldLabels", "Port")},
    {"prefix", QT_TRANSLATE_NOOP("etp::FieldLabels", "Prefix")},
    {"principal", QT_TRANSLATE_NOOP("etp::FieldLabels", "Principal")},
    {"processors", QT_TRANSLATE_NOOP("etp::FieldLabels", "Processors")},
    {"product", QT_TRANSLATE_NOOP("etp::FieldLabels", "Product")},
    {"properties", QT_TRANSLATE_NOOP("etp::FieldLabels", "Properties")},
    {"publicFolderTreeId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Public folder tree")},
    {"purpose", QT_TRANSLATE_NOOP("etp::FieldLabels", "Purpose")},
    {"rblSubscriptions", QT_TRANSLATE_NOOP("etp::FieldLabels", "RBL subscriptions")},
    {"reachable", QT_TRANSLATE_NOOP("etp::FieldLabels", "Reachable")},
    {"receiveLimitKb", QT_TRANSLATE_NOOP("etp::FieldLabels", "Receiving limit (KB)")},
    {"recipientFilters", QT_TRANSLATE_NOOP("etp::FieldLabels", "Recipient filters")},
    {"recipientLimit", QT_TRANSLATE_NOOP("etp::FieldLabels", "Recipient limit")},
    {"recovery", QT_TRANSLATE_NOOP("etp::FieldLabels", "Recovery storage group")},
    {"relayForAuthenticated", QT_TRANSLATE_NOOP("etp::FieldLabels", "Relay for authenticated computers")},
    {"replicationIntervalMinutes", QT_TRANSLATE_NOOP("etp::FieldLabels", "Replication interval (minutes)")},
    {"requireTls", QT_TRANSLATE_NOOP("etp::FieldLabels", "Require TLS")},
    {"role", QT_TRANSLATE_NOOP("etp::FieldLabels", "Role")},
    {"rootDomain", QT_TRANSLATE_NOOP("etp::FieldLabels", "Root domain")},
    {"routingGroupId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Routing group")},
    {"schemaMasterDcId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Schema master")},
    {"schemaMasterDn", QT_TRANSLATE_NOOP("etp::FieldLabels", "Schema master DN")},
    {"scope", QT_TRANSLATE_NOOP("etp::FieldLabels", "Scope")},
    {"secureDomains", QT_TRANSLATE_NOOP("etp::FieldLabels", "Secure domains")},
    {"sendLimitKb", QT_TRANSLATE_NOOP("etp::FieldLabels", "Sending limit (KB)")},
    {"senderFilters", QT_TRANSLATE_NOOP("etp::FieldLabels", "Sender filters")},
    {"serialNumber", QT_TRANSLATE_NOOP("etp::FieldLabels", "serialNumber")},
    {"serverId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Server")},
    {"serverIds", QT_TRANSLATE_NOOP("etp::FieldLabels", "Servers")},
    {"serverName", QT_TRANSLATE_NOOP("etp::FieldLabels", "Server name")},
    {"serverRole", QT_TRANSLATE_NOOP("etp::FieldLabels", "serverRole")},
    {"servicePack", QT_TRANSLATE_NOOP("etp::FieldLabels", "Service pack")},
    {"services", QT_TRANSLATE_NOOP("etp::FieldLabels", "Services")},
    {"settings", QT_TRANSLATE_NOOP("etp::FieldLabels", "Settings")},
    {"sid", QT_TRANSLATE_NOOP("etp::FieldLabels", "SID")},
    {"siteId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Site")},
    {"siteIds", QT_TRANSLATE_NOOP("etp::FieldLabels", "Sites")},
    {"sizeGb", QT_TRANSLATE_NOOP("etp::FieldLabels", "Size (GB)")},
    {"smartHost", QT_TRANSLATE_NOOP("etp::FieldLabels", "Smart host")},
    {"smartHostType", QT_TRANSLATE_NOOP("etp::FieldLabels", "Smart host type")},
    {"smtpRelay", QT_TRANSLATE_NOOP("etp::FieldLabels", "SMTP relay")},
    {"sourceBridgeheadIds", QT_TRANSLATE_NOOP("etp::FieldLabels", "Source bridgeheads")},
    {"storageGroupId", QT_TRANSLATE_NOOP("etp::FieldLabels", "Storage group")},
    {"storageQuotaKb", QT_TRANSLATE_NOOP("etp::FieldLabels", "Storage quota (KB)")},
    {"storeKind", QT_TRANSLATE_NOOP("etp::FieldLabels", "Kind")},
    {"streamingPath", QT_TRANSLATE_NOOP("etp::FieldLabels", "Streaming path")},
    {"systemPath", QT_TRANSLATE_NOOP("etp::FieldLabels", "System path")},
    {"targetBridgeheadIds", QT_TRANSLATE_NOOP("etp::FieldLabels", "Target bridgeheads")},
    {"transport", QT_TRANSLATE_NOOP("etp::FieldLabels", "Transport")},
    {"treeType", QT_TRANSLATE_NOOP("etp::FieldLabels", "Tree type")},
    {"type", QT_TRANSLATE_NOOP("etp::FieldLabels", "Type")},
    {"umWanted", QT_TRANSLATE_NOOP("etp::FieldLabels", "Unified Messaging wanted")},
    {"version", QT_TRANSLATE_NOOP("etp::FieldLabels", "Version")},
    {"versionNumber", QT_TRANSLATE_NOOP("etp::FieldLabels", "versionNumber")},
    {"viaGroup", QT_TRANSLATE_NOOP("etp::FieldLabels", "Through group")},
};

} // namespace

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> map;
        for (const auto &label : kLabels)
            map.insert(QLatin1String(label.field), label.text);
        return map;
    }();
    if (const char *text = table.value(field))
        return QCoreApplication::translate("etp::FieldLabels", text);
    // camelCase to words: "messageSizeLimitKb" -> "Message size limit kb".
    QString words = field;
    words.replace(QRegularExpression(QStringLiteral("([a-z0-9])([A-Z])")), QStringLiteral("\\1 \\2"));
    words = words.toLower();
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace etp
