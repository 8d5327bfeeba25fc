#include "PlanContext.h"

#include "model/ExchangeVersion.h"

#include <QCoreApplication>

namespace etp {

namespace {

/// The domain a DN lies in: its "DC=" components, lower-cased and without blanks ("dc=emea,dc=fabrikam,dc=example").
QString domainPart(const QString &dn)
{
    QStringList parts;
    for (const QString &rdn : dn.split(QLatin1Char(','))) {
        const QString part = rdn.trimmed().toLower().remove(QLatin1Char(' '));
        if (part.startsWith(QLatin1String("dc=")))
            parts.append(part);
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

PlanContext::PlanContext(const PlanningIndex &index, const QList<Finding> &findings)
    : m_index(index)
{
    for (const QString &rg : order()) {
        for (const QString &site : m_index.targetSites(rg)) {
            if (!m_hubInstaller.contains(site))
                m_hubInstaller.insert(site, rg);
        }
    }
    for (const QString &rg : order()) {
        if (!m_index.targetSites(rg).isEmpty()) {
            m_firstHub = rg;
            break;
        }
    }
    if (m_firstHub.isEmpty())
        m_firstHub = firstRoutingGroupId();
    collectKeptServers(findings);
    for (const QString &rg : order()) {
        if (!keepsServer(rg))
            m_lastRemoved = rg;
    }
    indexServerObjects();
    assignConnectorRemovals();
    chooseLastServer();
}

void PlanContext::indexServerObjects()
{
    const Inventory &inv = inventory();
    for (const Store &store : inv.stores) {
        m_stores[store.serverId].append(&store);
        const ExchangeServer *server = m_index.server(store.serverId);
        if (store.storeKind == StoreKind::PublicFolder && server && isLegacyServer(*server))
            m_hasPublicStores = true;
    }
    for (const ExchangeServer &server : inv.servers) {
        if (server.frontEnd.value_or(false) && isLegacyServer(server)) {
            const QString site = m_index.siteOfServer(server.meta.id);
            if (!site.isEmpty())
                m_frontEnds[site].append(&server);
        }
    }
    for (const OfflineAddressBook &oab : inv.offlineAddressBooks)
        m_offlineAddressBooks[oab.serverId].append(&oab);
    for (const RecipientUpdateService &rus : inv.recipientUpdateServices)
        m_recipientUpdateServices[rus.serverId].append(&rus);
    for (const ExpansionGroup &group : inv.expansionGroups) {
        if (!group.expansionServerId.isEmpty())
            m_expansionGroups[group.expansionServerId].append(&group);
    }
}

void PlanContext::assignConnectorRemovals()
{
    // Seed: "Remove connectors between routing groups, and then remove the routing groups." A connector between two
    // legacy routing groups goes with the first of them (in plan order) that is removed.
    QHash<QString, QList<const Connector *>> touching;
    for (const Connector &connector : inventory().connectors) {
        if (connector.type != ConnectorType::RoutingGroup)
            continue;
        touching[connector.routingGroupId].append(&connector);
        if (!connector.destinationRoutingGroupId.isEmpty() &&
            connector.destinationRoutingGroupId != connector.routingGroupId)
            touching[connector.destinationRoutingGroupId].append(&connector);
    }
    QSet<const Connector *> assigned;
    for (const QString &rg : order()) {
        if (keepsServer(rg))
            continue;
        for (const Connector *connector : touching.value(rg)) {
            if (assigned.contains(connector))
                continue;
            assigned.insert(connector);
            m_connectorRemovals[rg].append(connector);
        }
    }
}

void PlanContext::chooseLastServer()
{
    const QString last = lastRoutingGroupId();
    if (last.isEmpty() || !removesEverything())
        return;
    const auto servers = legacyServersOf(last);
    if (servers.isEmpty())
        return;
    const RoutingGroup *rg = m_index.routingGroup(last);
    for (const ExchangeServer *server : servers) {
        if (rg && server->meta.id == rg->masterServerId) {
            m_lastServer = server->meta.id;
            return;
        }
    }
    m_lastServer = servers.constLast()->meta.id;
}

QString PlanContext::inboundHubRoutingGroupId() const
{
    const QString site = m_index.inboundSite();
    const QString installer = site.isEmpty() ? QString() : hubInstallerOf(site);
    return installer.isEmpty() ? m_firstHub : installer;
}

QString PlanContext::recipientUpdateServiceTarget(const RecipientUpdateService &service,
                                                  const QString &routingGroupId) const
{
    QList<const ExchangeServer *> candidates;
    for (const KeptServer &kept : m_kept) {
        if (const ExchangeServer *server = m_index.server(kept.serverId))
            candidates.append(server);
    }
    const qsizetype position = order().indexOf(routingGroupId);
    for (qsizetype i = order().size() - 1; position >= 0 && i > position; --i) {
        if (keepsServer(order()[i]))
            continue;
        for (const ExchangeServer *server : legacyServersOf(order()[i])) {
            if (!server->frontEnd.value_or(false))
                candidates.append(server);
        }
    }
    const QString domain = domainPart(service.domainDn);
    const auto inDomain = [&domain](const ExchangeServer *server) {
        return !domain.isEmpty() && (domainPart(server->computerDn) == domain || domainPart(server->ou) == domain);
    };
    const auto isExchange2003 = [](const ExchangeServer *server) {
        return server->product == ExchangeProduct::Exchange2003 ||
               readExchangeVersion(server->serialNumber, server->versionNumber).product ==
                   ExchangeProduct::Exchange2003;
    };
    const ExchangeServer *best = nullptr;
    int bestScore = -1;
    for (const ExchangeServer *server : candidates) {
        const int score = (inDomain(server) ? 2 : 0) + (isExchange2003(server) ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = server;
        }
    }
    return best ? best->meta.id : QString();
}

QString PlanContext::publicFolderHierarchyAdminGroupId() const
{
    for (const PublicFolderTree &tree : inventory().publicFolderTrees) {
        if (tree.treeType.value_or(1) == 1 && !tree.adminGroupId.isEmpty())
            return tree.adminGroupId;
    }
    return {};
}

QStringList PlanContext::emptiedAdminGroups() const
{
    const QString hierarchy = publicFolderHierarchyAdminGroupId();
    QSet<QString> staying;
    QSet<QString> emptied;
    for (const RoutingGroup &rg : inventory().routingGroups) {
        if (!m_index.isLegacyRoutingGroup(rg.meta.id) || keepsServer(rg.meta.id))
            staying.insert(rg.adminGroupId);
        else
            emptied.insert(rg.adminGroupId);
    }
    for (const ExchangeServer &server : inventory().servers) {
        if (!m_index.isLegacyRoutingGroup(server.routingGroupId))
            staying.insert(server.adminGroupId);
    }
    QStringList result;
    for (const AdminGroup &group : inventory().adminGroups) {
        const QString &id = group.meta.id;
        if (emptied.contains(id) && !staying.contains(id) && id != hierarchy)
            result.append(id);
    }
    return result;
}

bool PlanContext::edgeWanted() const
{
    return inventory().organization.edgeWanted.value_or(true);
}

bool PlanContext::umWanted() const
{
    return inventory().organization.umWanted.value_or(true);
}

QList<const ExchangeServer *> PlanContext::legacyServersOf(const QString &routingGroupId) const
{
    QList<const ExchangeServer *> result;
    for (const ExchangeServer *server : m_index.serversOf(routingGroupId)) {
        if (isLegacyServer(*server))
            result.append(server);
    }
    return result;
}

QList<const ExchangeServer *> PlanContext::allLegacyServers() const
{
    QList<const ExchangeServer *> result;
    for (const QString &rg : order())
        result.append(legacyServersOf(rg));
    return result;
}

QString PlanContext::siteName(const QString &siteId) const
{
    const AdSite *site = m_index.site(siteId);
    return site && !site->name.isEmpty() ? site->name : siteId;
}

QString PlanContext::routingGroupName(const QString &routingGroupId) const
{
    const RoutingGroup *rg = m_index.routingGroup(routingGroupId);
    return rg && !rg->name.isEmpty() ? rg->name : routingGroupId;
}

QString PlanContext::serverName(const QString &serverId) const
{
    const ExchangeServer *server = m_index.server(serverId);
    return server && !server->name.isEmpty() ? server->name : serverId;
}

// A FEATURE finding names the server it keeps (keptServerId); failing that, the server hosting its subject (a
// connector or an answered feature) is kept.
QStringList PlanContext::hostingServers(const Finding &finding) const
{
    if (!finding.keptServerId.isEmpty())
        return {finding.keptServerId};
    const Inventory &inv = inventory();
    if (const ExchangeServer *server = m_index.server(finding.subjectId))
        return {server->meta.id};
    if (const FeatureInUse *feature = findById(inv.features, finding.subjectId))
        return feature->serverId.isEmpty() ? QStringList() : QStringList{feature->serverId};
    const Connector *connector = findById(inv.connectors, finding.subjectId);
    if (!connector)
        return {};
    QStringList hosts;
    for (const QString &id : connector->sourceBridgeheadIds) {
        const ExchangeServer *server = m_index.server(id);
        if (server && isLegacyServer(*server))
            hosts.append(id);
    }
    if (!hosts.isEmpty())
        return hosts;
    // "Any local server can send": keep the routing group's master, or its first legacy server.
    const RoutingGroup *rg = m_index.routingGroup(connector->routingGroupId);
    if (rg && !rg->masterServerId.isEmpty()) {
        const ExchangeServer *master = m_index.server(rg->masterServerId);
        if (master && isLegacyServer(*master))
            return {master->meta.id};
    }
    const auto servers = legacyServersOf(connector->routingGroupId);
    return servers.isEmpty() ? QStringList() : QStringList{servers.constFirst()->meta.id};
}

void PlanContext::collectKeptServers(const QList<Finding> &findings)
{
    QHash<QString, int> byServer;
    for (const Finding &finding : findings) {
        const bool e2000 = finding.rule == QLatin1String("FEATURE-E2000");
        if (!e2000 && finding.rule != QLatin1String("FEATURE-E2003"))
            continue;
        if (finding.severity != Severity::Warning)
            continue; // an open question about a feature keeps nothing until someone records it as in use
        // Seed: "you must plan to keep at least one Exchange 2000 Server server" / "Exchange 2003 server".
        const QString reason =
            e2000 ? QCoreApplication::translate(
                        "etp::plan",
                        "Hosts %1, an Exchange 2000 feature that Exchange 2007 does not support: keep this server "
                        "while the feature is in use")
                        .arg(finding.subject)
                  : QCoreApplication::translate(
                        "etp::plan",
                        "Hosts %1, an Exchange 2003 feature that Exchange 2007 does not support: keep this server "
                        "while the feature is in use")
                        .arg(finding.subject);
        for (const QString &serverId : hostingServers(finding)) {
            const ExchangeServer *server = m_index.server(serverId);
            if (!server || !m_index.isLegacyRoutingGroup(server->routingGroupId))
                continue;
            if (const auto it = byServer.constFind(serverId); it != byServer.cend()) {
                KeptServer &kept = m_kept[*it];
                kept.reason += QStringLiteral("; ") + reason;
                kept.findingIds.append(finding.id);
                continue;
            }
            KeptServer kept;
            kept.serverId = serverId;
            kept.server = serverName(serverId);
            kept.routingGroupId = server->routingGroupId;
            kept.routingGroup = routingGroupName(server->routingGroupId);
            kept.reason = reason;
            kept.findingIds = {finding.id};
            byServer.insert(serverId, int(m_kept.size()));
            m_kept.append(kept);
            m_keptIds.insert(serverId);
            m_keepingGroups.insert(server->routingGroupId);
        }
    }
}

} // namespace etp
