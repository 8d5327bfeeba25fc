#pragma once

// What the phase graph and the task builders share while one plan is built: the planning index (legacy routing
// groups, target sites, routing-group order), who installs the Hub Transport server of each target site, and which
// legacy servers the FEATURE rules keep.

#include "plan/Plan.h"
#include "plan/PlanningIndex.h"

#include <QHash>
#include <QSet>

namespace etp {

/// Derived facts for one planning run. Holds references into the index: keep it alive while the context is in use.
class PlanContext {
public:
    PlanContext(const PlanningIndex &index, const QList<Finding> &findings);

    const PlanningIndex &index() const { return m_index; }
    const Inventory &inventory() const { return m_index.inventory(); }
    const QStringList &order() const { return m_index.routingGroupOrder(); }
    /// The first legacy routing group in plan order; empty when there is none.
    QString firstRoutingGroupId() const { return order().isEmpty() ? QString() : order().constFirst(); }
    /// The last legacy routing group in plan order; empty when there is none.
    QString lastRoutingGroupId() const { return order().isEmpty() ? QString() : order().constLast(); }

    /// The routing group whose hub-transport phase installs the organization's first Hub Transport server: the first
    /// in plan order with a target site (the first otherwise). That setup creates the first connector pair
    /// (reference E9), so every other hub-transport phase follows this one.
    QString firstHubRoutingGroupId() const { return m_firstHub; }
    /// The routing group that hosts the first connector to Exchange 2007 (PlanningIndex).
    const QString &firstConnectorRoutingGroupId() const { return m_index.firstConnectorRoutingGroupId(); }
    /// The routing group whose hub-transport phase installs the Hub Transport server of the site where inbound
    /// Internet mail arrives (the EdgeSync subscription waits for it); the first Hub's when no such site is known.
    QString inboundHubRoutingGroupId() const;
    /// The last routing group in plan order that is removed (keeps no server); empty when every one keeps a server.
    const QString &lastRemovedRoutingGroupId() const { return m_lastRemoved; }

    /// Edge Transport / Unified Messaging: planned unless the inventory marks them "not wanted" (PRODUCT.md).
    bool edgeWanted() const;
    bool umWanted() const;

    /// The routing group whose hub-transport phase installs the Hub Transport server of a target site: the first
    /// in plan order that targets it (catalogue: "installed once per site; later routing groups reuse it").
    QString hubInstallerOf(const QString &siteId) const { return m_hubInstaller.value(siteId); }

    /// Legacy servers of a routing group, in inventory order.
    QList<const ExchangeServer *> legacyServersOf(const QString &routingGroupId) const;
    /// Every legacy server of the legacy routing groups, in plan order of their routing groups.
    QList<const ExchangeServer *> allLegacyServers() const;

    /// Servers the FEATURE rules keep, in the order of the findings that keep them.
    const QList<KeptServer> &keptServers() const { return m_kept; }
    bool isKept(const QString &serverId) const { return m_keptIds.contains(serverId); }
    /// True when the routing group keeps at least one server (it then keeps its connector pair and itself).
    bool keepsServer(const QString &routingGroupId) const { return m_keepingGroups.contains(routingGroupId); }
    /// True when no legacy server is kept anywhere: the last routing group in order then holds the organization's
    /// last legacy server, whose connectors go before it (reference P9).
    bool removesEverything() const { return m_kept.isEmpty(); }

    /// Stores, offline address books, Recipient Update Services and expansion groups that name a server.
    QList<const Store *> storesOf(const QString &serverId) const { return m_stores.value(serverId); }
    QList<const OfflineAddressBook *> offlineAddressBooksOf(const QString &serverId) const
    {
        return m_offlineAddressBooks.value(serverId);
    }
    QList<const RecipientUpdateService *> recipientUpdateServicesOf(const QString &serverId) const
    {
        return m_recipientUpdateServices.value(serverId);
    }
    QList<const ExpansionGroup *> expansionGroupsOf(const QString &serverId) const
    {
        return m_expansionGroups.value(serverId);
    }
    /// Legacy front-end servers (serverRole = 1) placed in an AD site, in inventory order.
    QList<const ExchangeServer *> frontEndServersIn(const QString &siteId) const { return m_frontEnds.value(siteId); }
    /// True when some legacy server hosts a public folder store.
    bool hasPublicStores() const { return m_hasPublicStores; }

    /// The legacy routing group connectors that the remove-routing phase of a routing group removes: those in it
    /// or pointing to it, each listed once, in the first routing group in plan order that is removed (a routing
    /// group that keeps a server keeps its connectors).
    QList<const Connector *> connectorRemovalsOf(const QString &routingGroupId) const
    {
        return m_connectorRemovals.value(routingGroupId);
    }
    /// The organization's last legacy server, uninstalled after the connectors (reference P9): in the last
    /// routing group in order, its master when that is a legacy server, otherwise its last legacy server. Empty
    /// when a server is kept anywhere (then the organization keeps a legacy server) or there is none.
    const QString &lastLegacyServerId() const { return m_lastServer; }

    /// Where a Recipient Update Service of a server in the routing group goes when that server is decommissioned
    /// (reference E17, P9): a legacy server that stays longer (a kept server, else one of a routing group later in
    /// plan order, the latest first; a server of the service's domain and Exchange 2003 preferred). Empty when none
    /// stays: Exchange 2007 then takes over recipient provisioning.
    QString recipientUpdateServiceTarget(const RecipientUpdateService &service, const QString &routingGroupId) const;

    /// Administrative groups left empty once every removed routing group is gone, in inventory order: those whose
    /// routing groups are all removed, except the one holding the public folder hierarchy.
    QStringList emptiedAdminGroups() const;
    /// The administrative group holding the public folder hierarchy (the MAPI tree); empty when unknown.
    QString publicFolderHierarchyAdminGroupId() const;

    /// Display name of a site or routing group (its id when it has no name).
    QString siteName(const QString &siteId) const;
    QString routingGroupName(const QString &routingGroupId) const;
    QString serverName(const QString &serverId) const;

private:
    void collectKeptServers(const QList<Finding> &findings);
    void indexServerObjects();
    void assignConnectorRemovals();
    void chooseLastServer();
    QStringList hostingServers(const Finding &finding) const;

    const PlanningIndex &m_index;
    QHash<QString, QString> m_hubInstaller;
    QList<KeptServer> m_kept;
    QSet<QString> m_keptIds;
    QSet<QString> m_keepingGroups;
    QHash<QString, QList<const Store *>> m_stores;
    QHash<QString, QList<const OfflineAddressBook *>> m_offlineAddressBooks;
    QHash<QString, QList<const RecipientUpdateService *>> m_recipientUpdateServices;
    QHash<QString, QList<const ExpansionGroup *>> m_expansionGroups;
    QHash<QString, QList<const ExchangeServer *>> m_frontEnds;
    bool m_hasPublicStores = false;
    QHash<QString, QList<const Connector *>> m_connectorRemovals;
    QString m_lastServer;
    QString m_firstHub;
    QString m_lastRemoved;
};

} // namespace etp
