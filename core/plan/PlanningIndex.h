#pragma once

// Lookups over a project that both the readiness rules and the planner need, computed once per evaluation: which
// servers and routing groups are legacy, where each server sits, the target AD sites of each routing group, the
// routing group that hosts the first connector to Exchange 2007 and the routing-group order.

#include "model/Project.h"
#include "topology/SubnetIndex.h"

#include <QHash>

namespace etp {

/// True for a server of the organization being replaced: anything but Exchange 2007 and later (PRODUCT.md: servers
/// found with version 8 belong to the new organization). A server whose version is unknown counts as legacy.
bool isLegacyServer(const ExchangeServer &server);

/// True for an empty recipient filter or the default `(mailnickname=*)`, ignoring case and blanks: every other filter
/// must be rewritten for Exchange 2007 (POLICY-LDAP-FILTER and the post-install tasks).
bool isDefaultFilter(const QString &filter);

/// The Exchange Management Shell line that upgrades one of Exchange 2003's default address lists to an OPATH filter
/// (reference E15): the Default Global Address List (Set-GlobalAddressList), All Users, All Groups, All Contacts and
/// Public Folders (Set-AddressList), recognized by name. Empty for any other list: its filter must be rewritten.
QString defaultAddressListUpgrade(const AddressList &list);

/// Exchange 2007's own routing group, "Exchange Routing Group (DWBGZMFD01QNBJR)" (reference section 1.5).
bool isExchange2007RoutingGroupName(const QString &name);

/// Foreign connectors (X.400, Lotus Notes, GroupWise, cc:Mail, MS Mail and other gateways) and Internet (SMTP)
/// connectors: the routing groups hosting them go last in the default order.
bool isForeignOrInternetConnector(const Connector &connector);

/// A read-only index over one project. Holds references into the project: keep the project alive and unchanged
/// while the index is in use.
class PlanningIndex {
public:
    explicit PlanningIndex(const Project &project);

    const Project &project() const { return m_project; }
    const Inventory &inventory() const { return m_project.inventory; }

    const ExchangeServer *server(const QString &id) const { return m_servers.value(id); }
    const RoutingGroup *routingGroup(const QString &id) const { return m_routingGroups.value(id); }
    const AdSite *site(const QString &id) const { return m_sites.value(id); }
    /// A server by its legacyExchangeDN, compared case-insensitively; nullptr when none has it.
    const ExchangeServer *serverByLegacyDn(const QString &legacyDn) const;

    /// Servers whose routingGroupId names the routing group, in inventory order.
    QList<const ExchangeServer *> serversOf(const QString &routingGroupId) const
    {
        return m_serversByRoutingGroup.value(routingGroupId);
    }
    /// Connectors that live in the routing group, in inventory order.
    QList<const Connector *> connectorsOf(const QString &routingGroupId) const
    {
        return m_connectorsByRoutingGroup.value(routingGroupId);
    }

    /// Routing groups of the legacy organization, in inventory order: every routing group except Exchange 2007's
    /// own and those whose servers all run Exchange 2007 or later.
    const QStringList &legacyRoutingGroupIds() const { return m_legacyRoutingGroups; }
    bool isLegacyRoutingGroup(const QString &id) const { return m_legacyRoutingGroupSet.contains(id); }

    /// True when the server hosts a mailbox store.
    bool isMailboxServer(const QString &serverId) const { return m_mailboxServers.contains(serverId); }
    /// Sum of the mailbox counts of the mailbox stores on the routing group's servers.
    qint64 mailboxCount(const QString &routingGroupId) const { return m_mailboxes.value(routingGroupId); }

    /// The AD site of a server: longest-prefix match of its addresses (or of an address typed as its FQDN) over the
    /// subnets. Empty when no address falls into a known subnet.
    QString siteOfServer(const QString &serverId) const { return m_serverSites.value(serverId); }

    /// The AD sites a routing group's Exchange 2007 servers go to (PRODUCT.md "Target sites"): the person's saved
    /// choice (plan.targetSites, unknown site ids dropped) when there is one, otherwise defaultTargetSites().
    QStringList targetSites(const QString &routingGroupId) const { return m_targetSites.value(routingGroupId); }
    /// The default: the sites of the routing group's legacy mailbox servers, or of all its legacy servers when it
    /// has no mailbox server; in site order, without duplicates.
    QStringList defaultTargetSites(const QString &routingGroupId) const;
    /// Every site some legacy routing group targets, in inventory order of the sites.
    const QStringList &allTargetSites() const { return m_allTargetSites; }
    /// Internet-facing AD sites, in inventory order of the sites: those holding a legacy front-end server
    /// (serverRole = 1) and those the user marks (AdSite::internetFacing). Their client-access phases precede every
    /// mailbox phase (reference P2: a legacy front-end cannot serve an Exchange 2007 mailbox).
    const QStringList &internetFacingSites() const { return m_internetFacingSites; }
    bool isInternetFacingSite(const QString &siteId) const { return m_internetFacingSites.contains(siteId); }
    /// The sites that get a client-access phase: every target site and every Internet-facing site, in site order.
    const QStringList &clientAccessSites() const { return m_clientAccessSites; }
    /// The AD site where inbound Internet mail arrives: the Internet-facing site holding a source bridgehead of an
    /// SMTP connector, else the first Internet-facing site, else the site of an SMTP connector's bridgehead. Empty
    /// when none is known.
    const QString &inboundSite() const { return m_inboundSite; }
    /// Legacy routing groups that target the site, in inventory order.
    QStringList routingGroupsTargeting(const QString &siteId) const { return m_routingGroupsBySite.value(siteId); }

    /// The routing group that hosts the first connector to Exchange 2007: plan.firstConnectorRoutingGroupId when it
    /// names a legacy routing group, otherwise the legacy routing group with the most connectors (ties: the first in
    /// inventory order). Empty when there is no legacy routing group.
    const QString &firstConnectorRoutingGroupId() const { return m_firstConnectorRoutingGroup; }

    /// Legacy routing groups in plan order: the ids of plan.routingGroupOrder that name legacy routing groups, then
    /// the remaining ones in defaultRoutingGroupOrder().
    const QStringList &routingGroupOrder() const { return m_order; }
    /// PRODUCT.md's default order: a pilot first (the fewest mailboxes among the routing groups that host no
    /// foreign or Internet connector and do not host the first connector to Exchange 2007), then the others by
    /// mailbox count (fewest first), last those hosting foreign or Internet connectors (also by mailbox count).
    /// Ties keep inventory order.
    QStringList defaultRoutingGroupOrder() const;
    /// True when a connector in the routing group is a foreign or Internet connector.
    bool hostsForeignOrInternetConnector(const QString &routingGroupId) const;

private:
    QStringList computeTargetSites(const QString &routingGroupId) const;

    const Project &m_project;
    QHash<QString, const ExchangeServer *> m_servers;
    QHash<QString, const RoutingGroup *> m_routingGroups;
    QHash<QString, const AdSite *> m_sites;
    QHash<QString, const ExchangeServer *> m_serversByLegacyDn; ///< lower-cased legacyExchangeDN
    QHash<QString, QList<const ExchangeServer *>> m_serversByRoutingGroup;
    QHash<QString, QList<const Connector *>> m_connectorsByRoutingGroup;
    QStringList m_legacyRoutingGroups;
    QSet<QString> m_legacyRoutingGroupSet;
    QSet<QString> m_mailboxServers;
    QHash<QString, qint64> m_mailboxes;
    SubnetIndex m_subnets;
    QHash<QString, QString> m_serverSites;
    QHash<QString, int> m_siteOrder;
    QHash<QString, QStringList> m_targetSites;
    QStringList m_allTargetSites;
    QHash<QString, QStringList> m_routingGroupsBySite;
    QStringList m_internetFacingSites;
    QStringList m_clientAccessSites;
    QString m_inboundSite;
    QString m_firstConnectorRoutingGroup;
    QStringList m_order;
};

} // namespace etp
