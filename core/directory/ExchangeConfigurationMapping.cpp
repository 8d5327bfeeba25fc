// Exchange configuration: organization, administrative groups, routing groups, servers, storage groups, stores and
// public folder trees (exchange-ad-reference.md sections 1.2 to 1.6).

#include "MapperContext.h"
#include "model/ExchangeVersion.h"

#include <QCoreApplication>

namespace etp::mapping {

namespace {

void mapOrganization(Context &c)
{
    const auto &orgs = c.of(Family::Organization);
    if (orgs.isEmpty())
        return;
    c.coverage.exchangeConfiguration = true;
    const Entry &e = orgs.first();
    if (orgs.size() > 1)
        c.report(orgs[1], QStringLiteral("objectClass"),
                 QCoreApplication::translate("etp::DirectoryMapper",
                                             "A second Exchange organization was found; only \"%1\" is used.")
                     .arg(Context::name(e)));
    Organization &org = c.inventory.organization;
    const QString fixedId = org.meta.id;
    org.meta = c.meta(e);
    org.meta.id = fixedId; // single objects keep their fixed id; the GUID stays in meta.guid
    org.name = Context::name(e);
    org.mixedMode = c.boolean(e, QStringLiteral("msExchMixedMode"));
    org.objectVersion = c.int32(e, QStringLiteral("objectVersion"));
}

void mapAdminGroups(Context &c)
{
    for (const Entry &e : c.of(Family::AdminGroup)) {
        AdminGroup group;
        group.meta = c.meta(e);
        group.name = Context::name(e);
        group.isDefault = c.boolean(e, QStringLiteral("msExchDefaultAdminGroup")).value_or(false);
        c.adminGroupByDn.insert(e.key, group.meta.id);
        c.inventory.adminGroups.append(std::move(group));
    }
}

void mapRoutingGroups(Context &c)
{
    // Masters are linked in mapExchangeRouting, once the servers are known.
    for (const Entry &e : c.of(Family::RoutingGroup)) {
        RoutingGroup group;
        group.meta = c.meta(e);
        group.name = Context::name(e);
        // CN=<RG>,CN=Routing Groups,CN=<AG>,...
        group.adminGroupId = c.adminGroupByDn.value(Context::ancestorKey(e, 2));
        group.masterDn = canonicalDn(e.entry.text(QStringLiteral("msExchRoutingMasterDN")));
        c.routingGroupByDn.insert(e.key, group.meta.id);
        c.inventory.routingGroups.append(std::move(group));
    }
}

QString fqdnFromNetworkAddress(const QStringList &addresses)
{
    for (const auto &address : addresses) {
        if (address.startsWith(QLatin1String("ncacn_ip_tcp:"), Qt::CaseInsensitive))
            return address.mid(13).trimmed();
    }
    return {};
}

void mapServers(Context &c)
{
    // Routing-group members named only by the routing group's back-link.
    QHash<QString, QString> memberOf;
    for (const Entry &e : c.of(Family::RoutingGroup)) {
        for (const auto &member : c.dnKeys(e, QStringLiteral("msExchRoutingGroupMembersBL")))
            memberOf.insert(member, c.routingGroupByDn.value(e.key));
    }
    for (const Entry &e : c.of(Family::Server)) {
        ExchangeServer server;
        server.meta = c.meta(e);
        server.name = Context::name(e);
        server.fqdn = fqdnFromNetworkAddress(e.entry.texts(QStringLiteral("networkAddress")));
        server.serialNumber = e.entry.text(QStringLiteral("serialNumber"));
        server.versionNumber = c.integer(e, QStringLiteral("versionNumber"));
        applyVersion(server);
        server.serverRole = c.int32(e, QStringLiteral("serverRole"));
        server.legacyServerRole = c.int32(e, QStringLiteral("msExchServerRole"));
        server.currentServerRoles = c.int32(e, QStringLiteral("msExchCurrentServerRoles"));
        // Exchange's own code tests serverRole == 1; msExchServerRole is read when serverRole is absent, and a
        // disagreement is reported (the reference, section 1.4, notes the two sources conflict).
        if (server.serverRole)
            server.frontEnd = *server.serverRole == 1;
        else if (server.legacyServerRole)
            server.frontEnd = *server.legacyServerRole == 1;
        if (server.serverRole && server.legacyServerRole &&
            (*server.serverRole == 1) != (*server.legacyServerRole == 1)) {
            c.report(e, QStringLiteral("msExchServerRole"),
                     QCoreApplication::translate(
                         "etp::DirectoryMapper",
                         "serverRole (%1) and msExchServerRole (%2) disagree about the front-end role; serverRole "
                         "is used.")
                         .arg(*server.serverRole)
                         .arg(*server.legacyServerRole));
        }
        // CN=<Srv>,CN=Servers,CN=<AG>,...
        server.adminGroupId = c.adminGroupByDn.value(Context::ancestorKey(e, 2));
        const QString home = c.dnKey(e, QStringLiteral("msExchHomeRoutingGroup"));
        server.routingGroupId = c.routingGroupByDn.value(home);
        if (server.routingGroupId.isEmpty())
            server.routingGroupId = memberOf.value(e.key);
        if (!home.isEmpty() && server.routingGroupId.isEmpty())
            c.report(e, QStringLiteral("msExchHomeRoutingGroup"),
                     QCoreApplication::translate("etp::DirectoryMapper",
                                                 "The server's routing group is not in the export."));
        c.serverByDn.insert(e.key, server.meta.id);
        if (!server.meta.legacyDn.isEmpty())
            c.serverByLegacyDn.insert(server.meta.legacyDn.toLower(), server.meta.id);
        c.inventory.servers.append(std::move(server));
    }
}

void mapStorage(Context &c)
{
    for (const Entry &e : c.of(Family::StorageGroup)) {
        StorageGroup group;
        group.meta = c.meta(e);
        group.name = Context::name(e);
        // CN=<SG>,CN=InformationStore,CN=<Srv>,...
        group.serverId = c.serverByDn.value(Context::ancestorKey(e, 2));
        group.logPath = e.entry.text(QStringLiteral("msExchESEParamLogFilePath"));
        group.systemPath = e.entry.text(QStringLiteral("msExchESEParamSystemPath"));
        if (const auto circular = c.integer(e, QStringLiteral("msExchESEParamCircularLog")))
            group.circularLogging = *circular != 0;
        group.recovery = c.boolean(e, QStringLiteral("msExchRecovery")).value_or(false);
        c.storageGroupByDn.insert(e.key, group.meta.id);
        c.inventory.storageGroups.append(std::move(group));
    }
    for (const Entry &e : c.of(Family::PublicFolderTree)) {
        PublicFolderTree tree;
        tree.meta = c.meta(e);
        tree.name = Context::name(e);
        // CN=<tree>,CN=Folder Hierarchies,CN=<AG>,...
        tree.adminGroupId = c.adminGroupByDn.value(Context::ancestorKey(e, 2));
        tree.treeType = c.int32(e, QStringLiteral("msExchPFTreeType"));
        c.publicFolderTreeByDn.insert(e.key, tree.meta.id);
        c.inventory.publicFolderTrees.append(std::move(tree));
    }
    const auto mapStore = [&c](const Entry &e, StoreKind kind) {
        Store store;
        store.meta = c.meta(e);
        store.name = Context::name(e);
        store.storeKind = kind;
        store.storageGroupId = c.storageGroupByDn.value(Context::ancestorKey(e, 1));
        const QString owner = c.dnKey(e, QStringLiteral("msExchOwningServer"));
        store.serverId = c.serverByDn.value(owner.isEmpty() ? Context::ancestorKey(e, 3) : owner);
        store.databasePath = e.entry.text(QStringLiteral("msExchEDBFile"));
        store.streamingPath = e.entry.text(QStringLiteral("msExchSLVFile"));
        // homeMDBBL names every mailbox homed on the store; an absent back-link means none.
        if (kind == StoreKind::Mailbox)
            store.mailboxCount = e.backLinks;
        store.publicFolderTreeId = c.publicFolderTreeByDn.value(c.dnKey(e, QStringLiteral("msExchOwningPFTree")));
        store.storageQuotaKb = c.integer(e, QStringLiteral("mDBStorageQuota"));
        c.inventory.stores.append(std::move(store));
    };
    for (const Entry &e : c.of(Family::MailboxStore))
        mapStore(e, StoreKind::Mailbox);
    for (const Entry &e : c.of(Family::PublicStore))
        mapStore(e, StoreKind::PublicFolder);
}

} // namespace

void mapExchangeConfiguration(Context &c)
{
    mapOrganization(c);
    mapAdminGroups(c);
    mapRoutingGroups(c);
    mapServers(c);
    mapStorage(c);
    if (!c.of(Family::SchemaVersion).isEmpty()) {
        const Entry &e = c.of(Family::SchemaVersion).first();
        c.inventory.organization.exchangeSchemaVersion = c.int32(e, QStringLiteral("rangeUpper"));
        ++c.used;
    }
}

} // namespace etp::mapping
