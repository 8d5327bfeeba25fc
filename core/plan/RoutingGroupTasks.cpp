// Tasks of the routing-group phases: hub-transport, mailbox, public-folders, decommission and remove-routing.
// Seed: "we recommend that you transition all servers in a routing group to Exchange 2007 at the same time".

#include "TaskBuilder.h"

#include <QCoreApplication>

namespace etp {

namespace {

bool isForeignConnector(ConnectorType type)
{
    switch (type) {
    case ConnectorType::X400:
    case ConnectorType::LotusNotes:
    case ConnectorType::GroupWise:
    case ConnectorType::CcMail:
    case ConnectorType::MsMail:
    case ConnectorType::Other:
        return true;
    default:
        return false;
    }
}

/// Builds the tasks of one routing-group phase; translated in the "etp::plan" context.
class RoutingGroupTaskBuilder {
    Q_DECLARE_TR_FUNCTIONS(etp::plan)

public:
    RoutingGroupTaskBuilder(const Phase &phase, const PlanContext &context)
        : m_phase(phase)
        , m_context(context)
        , m_rg(phase.subjectId)
        , m_rgName(phase.subject)
        , m_servers(context.legacyServersOf(phase.subjectId))
    {
    }

    QList<Task> build()
    {
        switch (m_phase.id) {
        case PhaseId::HubTransport:
            hubTransport();
            break;
        case PhaseId::Mailbox:
            mailbox();
            break;
        case PhaseId::PublicFolders:
            publicFolders();
            break;
        case PhaseId::Decommission:
            decommission();
            break;
        case PhaseId::RemoveRouting:
            removeRouting();
            break;
        default:
            break;
        }
        return m_tasks;
    }

private:
    void add(const QString &kind, const QString &objectId, const QString &title, const QString &detail)
    {
        m_tasks.append(makeTask(m_phase, kind, objectId, title, detail));
    }

    QString serverName(const ExchangeServer *server) const
    {
        return server->name.isEmpty() ? server->meta.id : server->name;
    }

    static QString gigabytes(double value) { return QString::number(value, 'f', 1); }

    void hubTransport()
    {
        const PlanningIndex &index = m_context.index();
        const QStringList sites = index.targetSites(m_rg);
        const bool first = m_rg == m_context.firstRoutingGroupId();
        const QString firstConnector = index.firstConnectorRoutingGroupId();
        for (const QString &site : sites) {
            const QString installer = m_context.hubInstallerOf(site);
            if (installer == m_rg) {
                // The reference (P3): a Mailbox server cannot send or receive without a Hub Transport in its site.
                QString detail = tr("Exchange 2007 Mailbox and Unified Messaging servers need a Hub Transport "
                                    "server in their AD site (seed: Hub before Mailbox and UM).");
                if (first && !firstConnector.isEmpty()) {
                    detail += QLatin1Char(' ') +
                              tr("This is the first Hub Transport server: when setup asks for a legacy routing "
                                 "server, choose a bridgehead of %1, the routing group that hosts the first "
                                 "connector to Exchange 2007.")
                                  .arg(m_context.routingGroupName(firstConnector));
                }
                add(QStringLiteral("install-hub"), site,
                    tr("Install a Hub Transport server in AD site %1").arg(m_context.siteName(site)), detail);
            } else {
                add(QStringLiteral("reuse-hub"), site,
                    tr("Use the Hub Transport server of AD site %1 (installed in hub-transport of %2)")
                        .arg(m_context.siteName(site), m_context.routingGroupName(installer)),
                    tr("One Hub Transport server per target site; check that it can carry the mail of %1 too.")
                        .arg(m_rgName));
            }
        }
        if (sites.isEmpty()) {
            add(QStringLiteral("choose-target-site"), {},
                tr("Choose the AD site for the Exchange 2007 servers of %1").arg(m_rgName),
                tr("No server of this routing group has an address in a known subnet; enter its target sites."));
        }
        // The reference (E7, P12): link-state suppression on every legacy server before further routing group
        // connectors, when there is more than one legacy routing group.
        if (first && m_context.order().size() > 1) {
            for (const ExchangeServer *server : m_context.allLegacyServers()) {
                add(QStringLiteral("suppress-link-state"), server->meta.id,
                    tr("Set link-state suppression on %1").arg(serverName(server)),
                    tr("Registry HKLM\\SYSTEM\\CurrentControlSet\\Services\\RESvc\\Parameters, DWORD "
                       "SuppressStateChanges = 1; then restart the Routing Engine, SMTP and MTA services. Needed "
                       "on every legacy server before further routing group connectors."));
            }
        }
        QString detail = tr("New-RoutingGroupConnector -BiDirectional between a bridgehead of %1 and an Exchange "
                            "2007 Hub Transport server, so that mail flows between them.")
                             .arg(m_rgName);
        if (m_rg == firstConnector)
            detail += QLatin1Char(' ') + tr("This is the first connector to Exchange 2007: the setup of the first "
                                            "Hub Transport server creates it when a bridgehead of %1 is chosen as "
                                            "legacy routing server.")
                                             .arg(m_rgName);
        add(QStringLiteral("connector-pair"), {},
            tr("Create the routing group connector pair between %1 and the Exchange 2007 routing group").arg(m_rgName),
            detail);
    }

    void mailbox()
    {
        const QStringList sites = m_context.index().targetSites(m_rg);
        for (const QString &site : sites) {
            add(QStringLiteral("install-mailbox"), site,
                tr("Install a Mailbox server in AD site %1 for %2").arg(m_context.siteName(site), m_rgName),
                tr("Seed: deploy and configure Mailbox servers, then move the mailboxes."));
        }
        if (sites.isEmpty()) {
            add(QStringLiteral("install-mailbox"), {}, tr("Install a Mailbox server for %1").arg(m_rgName),
                tr("Seed: deploy and configure Mailbox servers, then move the mailboxes."));
        }
        // The reference (P7): with Outlook 2003 or earlier, free/busy and offline address book replicas must be on
        // Exchange 2007 before mailboxes move.
        const auto outlook = m_context.inventory().organization.outlook2003OrEarlierInUse;
        if (m_context.hasPublicStores() && outlook.value_or(true)) {
            add(QStringLiteral("system-folder-replicas"), {},
                tr("Replicate free/busy and offline address book folders to Exchange 2007 before moving the "
                   "mailboxes of %1")
                    .arg(m_rgName),
                tr("Outlook 2003 and earlier read free/busy and the offline address book from public folders."));
        }
        for (const ExchangeServer *server : m_servers) {
            for (const Store *store : m_context.storesOf(server->meta.id)) {
                if (store->storeKind != StoreKind::Mailbox)
                    continue;
                add(QStringLiteral("move-mailboxes"), store->meta.id, moveTitle(*store, serverName(server)),
                    tr("Move-Mailbox or the Move Mailbox Wizard, to an Exchange 2007 Mailbox server of %1.")
                        .arg(m_rgName));
            }
        }
    }

    QString moveTitle(const Store &store, const QString &server) const
    {
        const QString name = store.name.isEmpty() ? store.meta.id : store.name;
        if (store.mailboxCount && store.sizeGb)
            return tr("Move the mailboxes of store %1 on %2 (mailboxes: %3, size: %4 GB)")
                .arg(name, server)
                .arg(*store.mailboxCount)
                .arg(gigabytes(*store.sizeGb));
        if (store.mailboxCount)
            return tr("Move the mailboxes of store %1 on %2 (mailboxes: %3, size not entered)")
                .arg(name, server)
                .arg(*store.mailboxCount);
        if (store.sizeGb)
            return tr("Move the mailboxes of store %1 on %2 (count not known, size: %3 GB)")
                .arg(name, server, gigabytes(*store.sizeGb));
        return tr("Move the mailboxes of store %1 on %2 (count and size not known)").arg(name, server);
    }

    void publicFolders()
    {
        int stores = 0;
        for (const ExchangeServer *server : m_servers) {
            for (const Store *store : m_context.storesOf(server->meta.id)) {
                if (store->storeKind != StoreKind::PublicFolder)
                    continue;
                ++stores;
                add(QStringLiteral("move-public-folders"), store->meta.id,
                    tr("Move the public and system folder replicas of store %1 on %2 to Exchange 2007")
                        .arg(store->name, serverName(server)),
                    tr("Seed: move resources, public folders and system folders (free/busy, offline address "
                       "book), then remove the replicas from the legacy store."));
            }
        }
        if (stores == 0) {
            add(QStringLiteral("check-public-folders"), {},
                tr("Confirm that no public or system folder replicas remain in %1").arg(m_rgName),
                tr("No public folder store of this routing group is in the inventory."));
        }
    }

    void decommission()
    {
        QList<const ExchangeServer *> removed;
        for (const ExchangeServer *server : m_servers) {
            if (m_context.isKept(server->meta.id)) {
                QString reason;
                for (const KeptServer &kept : m_context.keptServers()) {
                    if (kept.serverId == server->meta.id)
                        reason = kept.reason;
                }
                add(QStringLiteral("keep-server"), server->meta.id, tr("Keep %1").arg(serverName(server)), reason);
            } else {
                removed.append(server);
            }
        }
        // The reference (P9): move offline address book generation, then the Recipient Update Service, then
        // re-point Internet mail and SMTP connectors, then remove the legacy stores, before uninstalling.
        for (const ExchangeServer *server : removed) {
            for (const OfflineAddressBook *oab : m_context.offlineAddressBooksOf(server->meta.id)) {
                add(QStringLiteral("move-offline-address-book"), oab->meta.id,
                    tr("Move the generation of offline address book %1 from %2 to an Exchange 2007 Mailbox server")
                        .arg(oab->name, serverName(server)),
                    tr("Move-OfflineAddressBook."));
            }
        }
        // The reference (E17): Exchange 2007 has no Recipient Update Service; each domain with recipients needs one
        // on a legacy server until coexistence ends. With nothing kept, the last routing group's RUS goes with it.
        const bool lastOfAll = m_context.removesEverything() && m_rg == m_context.lastRoutingGroupId();
        for (const ExchangeServer *server : removed) {
            for (const RecipientUpdateService *rus : m_context.recipientUpdateServicesOf(server->meta.id)) {
                // Its default names already say "Recipient Update Service (DOMAIN)".
                const QString name = rus->name.contains(QLatin1String("Recipient Update Service"), Qt::CaseInsensitive)
                                         ? rus->name
                                         : tr("Recipient Update Service %1").arg(rus->name);
                if (lastOfAll) {
                    add(QStringLiteral("move-recipient-update-service"), rus->meta.id,
                        tr("Remove %1 from %2").arg(name, serverName(server)),
                        tr("Exchange 2007 provisions recipients itself; the service goes with the last legacy "
                           "server."));
                } else {
                    add(QStringLiteral("move-recipient-update-service"), rus->meta.id,
                        tr("Move %1 from %2 to a legacy server that stays longer").arg(name, serverName(server)),
                        tr("Exchange 2007 has no Recipient Update Service: each domain with recipients needs one on "
                           "a legacy server until the end of coexistence."));
                }
            }
        }
        const bool keeps = m_context.keepsServer(m_rg);
        for (const Connector *connector : m_context.index().connectorsOf(m_rg)) {
            if (connector->type == ConnectorType::RoutingGroup)
                continue;
            if (isForeignConnector(connector->type) && keeps)
                continue; // hosted by a kept server: it stays with it
            const QString name = connector->name.isEmpty() ? connector->meta.id : connector->name;
            if (connector->type == ConnectorType::Smtp) {
                add(QStringLiteral("repoint-connector"), connector->meta.id,
                    tr("Re-create SMTP connector %1 as a Send connector on Exchange 2007 and remove it").arg(name),
                    tr("Internet and SMTP mail must flow through Exchange 2007 before the bridgeheads go."));
            } else {
                add(QStringLiteral("repoint-connector"), connector->meta.id,
                    tr("Replace connector %1 (%2) before its bridgehead servers go")
                        .arg(name, enumName(connector->type)),
                    tr("Exchange 2007 does not support this connector: use SMTP, or keep a legacy server for it."));
            }
        }
        for (const ExchangeServer *server : removed) {
            for (const ExpansionGroup *group : m_context.expansionGroupsOf(server->meta.id)) {
                add(QStringLiteral("move-expansion-server"), group->meta.id,
                    tr("Point the expansion server of distribution group %1 away from %2")
                        .arg(group->name, serverName(server)),
                    tr("Clear msExchExpansionServerName or name a server that stays; otherwise mail to the group "
                       "is returned after the server is gone."));
            }
        }
        for (const ExchangeServer *server : removed) {
            if (m_context.storesOf(server->meta.id).isEmpty())
                continue;
            add(QStringLiteral("remove-stores"), server->meta.id,
                tr("Remove the mailbox and public folder stores of %1").arg(serverName(server)),
                tr("Only once their mailboxes and replicas have moved."));
        }
        const QString last = m_context.lastLegacyServerId();
        for (const ExchangeServer *server : removed) {
            if (server->meta.id == last)
                continue; // the organization's last legacy server goes after the connectors (remove-routing)
            add(QStringLiteral("uninstall"), server->meta.id, tr("Uninstall Exchange from %1").arg(serverName(server)),
                tr("Seed: the uninstall process decommissions the server and removes it from the organization."));
        }
    }

    void removeRouting()
    {
        if (m_context.keepsServer(m_rg)) {
            QStringList kept;
            for (const KeptServer &server : m_context.keptServers()) {
                if (server.routingGroupId == m_rg)
                    kept.append(server.server);
            }
            add(QStringLiteral("keep-routing-group"), {},
                tr("Keep routing group %1 and its connector pair to Exchange 2007").arg(m_rgName),
                tr("It keeps %1, which the FEATURE findings keep.").arg(kept.join(QStringLiteral(", "))));
            return;
        }
        // Seed: "Remove connectors between routing groups, and then remove the routing groups."
        add(QStringLiteral("remove-connector-pair"), {},
            tr("Remove the routing group connector pair between %1 and the Exchange 2007 routing group").arg(m_rgName),
            tr("Remove-RoutingGroupConnector for both directions."));
        for (const Connector *connector : m_context.connectorRemovalsOf(m_rg)) {
            add(QStringLiteral("remove-connector"), connector->meta.id,
                tr("Remove routing group connector %1 (%2 to %3)")
                    .arg(connector->name, m_context.routingGroupName(connector->routingGroupId),
                         m_context.routingGroupName(connector->destinationRoutingGroupId)),
                tr("A connector to or from a routing group that leaves the organization."));
        }
        const QString last = m_context.lastLegacyServerId();
        const bool lastGroup = !last.isEmpty() && m_rg == m_context.lastRoutingGroupId();
        if (lastGroup) {
            // The reference (P9): remove the routing group connectors, then uninstall the last legacy server.
            add(QStringLiteral("uninstall"), last,
                tr("Uninstall Exchange from %1, the organization's last legacy server").arg(m_context.serverName(last)),
                tr("After its connectors are removed; then the routing groups and administrative groups are "
                   "empty."));
        }
        add(QStringLiteral("remove-routing-group"), {}, tr("Remove routing group %1").arg(m_rgName),
            tr("Once it holds no server and no connector."));
        if (lastGroup) {
            QStringList adminGroups;
            for (const QString &rg : m_context.order()) {
                const RoutingGroup *group = m_context.index().routingGroup(rg);
                if (group && !group->adminGroupId.isEmpty() && !adminGroups.contains(group->adminGroupId))
                    adminGroups.append(group->adminGroupId);
            }
            for (const QString &id : adminGroups) {
                const AdminGroup *group = m_context.inventory().adminGroup(id);
                add(QStringLiteral("remove-administrative-group"), id,
                    tr("Remove the empty administrative group %1").arg(group ? group->name : id),
                    tr("Its routing groups and servers are gone."));
            }
        }
    }

    const Phase &m_phase;
    const PlanContext &m_context;
    QString m_rg;
    QString m_rgName;
    QList<const ExchangeServer *> m_servers;
    QList<Task> m_tasks;
};

} // namespace

QList<Task> routingGroupTasks(const Phase &phase, const PlanContext &context)
{
    return RoutingGroupTaskBuilder(phase, context).build();
}

} // namespace etp
