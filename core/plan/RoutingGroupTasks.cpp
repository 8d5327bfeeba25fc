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

    /// "Store X on SERVER", or just the store's name when it already names its server ("Mailbox Store (DAL-EX01)").
    QString storeLabel(const Store &store, const QString &server) const
    {
        const QString name = store.name.isEmpty() ? store.meta.id : store.name;
        if (server.isEmpty() || name.contains(server, Qt::CaseInsensitive))
            return name;
        return tr("%1 on %2").arg(name, server);
    }

    void hubTransport()
    {
        const PlanningIndex &index = m_context.index();
        const QStringList sites = index.targetSites(m_rg);
        const bool firstHub = m_rg == m_context.firstHubRoutingGroupId();
        const QString firstConnector = m_context.firstConnectorRoutingGroupId();
        const QString firstConnectorName = m_context.routingGroupName(firstConnector);
        bool firstInstall = firstHub;
        for (const QString &site : sites) {
            const QString installer = m_context.hubInstallerOf(site);
            if (installer == m_rg) {
                // The reference (P3): a Mailbox server cannot send or receive without a Hub Transport in its site.
                QString detail = tr("Exchange 2007 Mailbox and Unified Messaging servers need a Hub Transport "
                                    "server in their AD site, so it comes before them.");
                if (firstInstall && !firstConnector.isEmpty()) {
                    // The reference (E9): the first Hub's setup names a legacy bridgehead and creates the pair.
                    detail += QLatin1Char(' ') +
                              tr("This is the organization's first Hub Transport server: when setup asks for a "
                                 "legacy routing server, choose a bridgehead server of %1. Setup then creates the "
                                 "first routing group connector pair, between %1 and the Exchange 2007 routing "
                                 "group.")
                                  .arg(firstConnectorName);
                }
                firstInstall = false;
                add(QStringLiteral("install-hub"), site,
                    tr("Install a Hub Transport server in AD site %1").arg(m_context.siteName(site)), detail);
            } else {
                add(QStringLiteral("reuse-hub"), site,
                    tr("Use the Hub Transport server of AD site %1, installed for %2")
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
        if (firstHub && !firstConnector.isEmpty()) {
            add(QStringLiteral("first-connector-pair"), firstConnector,
                tr("Check the first routing group connector pair, between %1 and the Exchange 2007 routing group")
                    .arg(firstConnectorName),
                tr("Setup of the first Hub Transport server creates it. It is never created again and stays until "
                   "the last legacy routing group is removed; further source and target servers can be added to "
                   "it for load balancing."));
            transportSettings();
        }
        if (m_rg == firstConnector) {
            add(QStringLiteral("use-first-connector"), {},
                tr("Test mail flow between %1 and Exchange 2007 over the first connector pair").arg(m_rgName),
                tr("Setup of the first Hub Transport server created the pair; this routing group needs no other."));
        } else {
            // The reference (E7, P12): every other pair is an additional connector, only after link-state
            // suppression on every legacy server.
            add(QStringLiteral("connector-pair"), {},
                tr("Create an additional routing group connector pair between %1 and the Exchange 2007 routing "
                   "group")
                    .arg(m_rgName),
                tr("New-RoutingGroupConnector between a bridgehead server of %1 and an Exchange 2007 Hub Transport "
                   "server, in both directions. Only once link-state suppression is set on every legacy server.")
                    .arg(m_rgName));
        }
        if (!m_context.edgeWanted() && m_rg == m_context.inboundHubRoutingGroupId() && contentFilterWanted(m_context))
            m_tasks.append(contentFilterTask(m_phase, m_context));
    }

    /// The reference (E19, E20): the organization's global limits and the smart hosts in use today carry over to
    /// the Exchange 2007 transport settings and Send connectors.
    void transportSettings()
    {
        const MessageDelivery &delivery = m_context.inventory().messageDelivery;
        QStringList limits;
        if (delivery.sendLimitKb)
            limits.append(tr("sending %1 KB").arg(*delivery.sendLimitKb));
        if (delivery.receiveLimitKb)
            limits.append(tr("receiving %1 KB").arg(*delivery.receiveLimitKb));
        if (delivery.recipientLimit)
            limits.append(tr("%1 recipients per message").arg(*delivery.recipientLimit));
        add(QStringLiteral("transport-limits"), {},
            tr("Carry the organization's message size and recipient limits over to Exchange 2007"),
            limits.isEmpty()
                ? tr("Set-TransportConfig with the global limits of the legacy organization, so that mail between "
                     "the two keeps the same limits.")
                : tr("Set-TransportConfig with the legacy organization's limits (%1), so that mail between the two "
                     "keeps the same limits.")
                      .arg(limits.join(QStringLiteral(", "))));
        for (const Connector &connector : m_context.inventory().connectors) {
            if (connector.smartHost.trimmed().isEmpty() ||
                !m_context.index().isLegacyRoutingGroup(connector.routingGroupId))
                continue;
            add(QStringLiteral("carry-smart-host"), connector.meta.id,
                tr("Carry the smart host %1 of connector %2 over to an Exchange 2007 Send connector")
                    .arg(connector.smartHost, connector.name),
                tr("Mail that leaves through %1 today keeps the same route once Exchange 2007 sends it.")
                    .arg(connector.smartHost));
        }
        for (const SmtpVirtualServer &vs : m_context.inventory().smtpVirtualServers) {
            const ExchangeServer *server = m_context.index().server(vs.serverId);
            if (vs.smartHost.trimmed().isEmpty() || !server || !isLegacyServer(*server))
                continue;
            add(QStringLiteral("carry-smart-host"), vs.meta.id,
                tr("Carry the smart host %1 of the SMTP virtual server on %2 over to an Exchange 2007 Send connector")
                    .arg(vs.smartHost, m_context.serverName(vs.serverId)),
                tr("Exchange 2007 sets smart hosts on Send connectors, not on a virtual server."));
        }
    }

    void mailbox()
    {
        const QStringList sites = m_context.index().targetSites(m_rg);
        for (const QString &site : sites) {
            add(QStringLiteral("install-mailbox"), site,
                tr("Install a Mailbox server in AD site %1").arg(m_context.siteName(site)),
                tr("For the mailboxes of %1; deploy and configure it before any mailbox moves.").arg(m_rgName));
        }
        if (sites.isEmpty()) {
            add(QStringLiteral("install-mailbox"), {}, tr("Install a Mailbox server for %1").arg(m_rgName),
                tr("Deploy and configure it before any mailbox moves."));
        }
        if (m_rg == m_context.firstRoutingGroupId())
            organizationPublicFolders();
        // The catalogue: a pilot group, acceptance checks and a rollback point before the moves of each phase.
        add(QStringLiteral("rollback-point"), {}, tr("Set the rollback point for %1").arg(m_rgName),
            tr("A full backup of the legacy stores of %1, and how a moved mailbox goes back (Move-Mailbox to its "
               "old store), agreed before the first move.")
                .arg(m_rgName));
        add(QStringLiteral("pilot-group"), {}, tr("Move a pilot group of mailboxes of %1 first").arg(m_rgName),
            tr("A few users from different departments, including someone who uses mobile devices and shared "
               "calendars, a few days before the others."));
        add(QStringLiteral("acceptance-checks"), {}, tr("Have the pilot group accept the move of %1").arg(m_rgName),
            tr("Outlook, Outlook Web Access and mobile access, free/busy across both versions, delegates, public "
               "folders and mail to and from the Internet work for the pilot users."));
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

    /// The catalogue (reference P7): organization-wide and before the first mailbox move, an Exchange 2007 public
    /// folder database with replicas of the free/busy folders of every administrative group and of the offline
    /// address book folders, while Outlook 2003 or earlier is in use.
    void organizationPublicFolders()
    {
        const auto outlook = m_context.inventory().organization.outlook2003OrEarlierInUse;
        if (!m_context.hasPublicStores() || !outlook.value_or(true))
            return;
        add(QStringLiteral("create-public-folder-database"), {}, tr("Create the Exchange 2007 public folder database"),
            tr("Outlook 2003 and earlier read free/busy and the offline address book from public folders: the new "
               "mailboxes need them on Exchange 2007 before the first one moves."));
        for (const AdminGroup &group : m_context.inventory().adminGroups) {
            if (group.name.contains(QLatin1String("FYDIBOHF23SPDLT"), Qt::CaseInsensitive))
                continue; // Exchange 2007's own administrative group
            add(QStringLiteral("replicate-free-busy"), group.meta.id,
                tr("Replicate the free/busy folder of administrative group %1 to Exchange 2007").arg(group.name),
                tr("Add the Exchange 2007 public folder database to the replicas of its SCHEDULE+ FREE BUSY folder "
                   "and wait until it has replicated."));
        }
        add(QStringLiteral("replicate-offline-address-book"), {},
            tr("Replicate the offline address book folders to Exchange 2007"),
            tr("Add the Exchange 2007 public folder database to the replicas of the OFFLINE ADDRESS BOOK and "
               "OAB Version folders and wait until they have replicated."));
    }

    QString moveTitle(const Store &store, const QString &server) const
    {
        const QString name = storeLabel(store, server);
        if (store.mailboxCount && store.sizeGb)
            return tr("Move the mailboxes of %1 (mailboxes: %2, size: %3 GB)")
                .arg(name)
                .arg(*store.mailboxCount)
                .arg(gigabytes(*store.sizeGb));
        if (store.mailboxCount)
            return tr("Move the mailboxes of %1 (mailboxes: %2, size not entered)").arg(name).arg(*store.mailboxCount);
        if (store.sizeGb)
            return tr("Move the mailboxes of %1 (count not known, size: %2 GB)").arg(name, gigabytes(*store.sizeGb));
        return tr("Move the mailboxes of %1 (count and size not known)").arg(name);
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
                    tr("Move the remaining public and system folder replicas of %1 to Exchange 2007")
                        .arg(storeLabel(*store, serverName(server))),
                    tr("Replicate its public folders and system folders to an Exchange 2007 public folder database, "
                       "then remove the replicas from the legacy store."));
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
        // The reference (P9): offline address book generation, the Recipient Update Service, Internet and SMTP
        // connectors, Exchange-aware products, stores, the routing group's connectors, then the servers.
        for (const ExchangeServer *server : removed) {
            for (const OfflineAddressBook *oab : m_context.offlineAddressBooksOf(server->meta.id)) {
                add(QStringLiteral("move-offline-address-book"), oab->meta.id,
                    tr("Move the generation of offline address book %1 from %2 to an Exchange 2007 Mailbox server")
                        .arg(oab->name, serverName(server)),
                    tr("Move-OfflineAddressBook, then check that Outlook clients download it."));
            }
        }
        recipientUpdateServices(removed);
        connectors();
        for (const ExchangeServer *server : removed) {
            for (const ExpansionGroup *group : m_context.expansionGroupsOf(server->meta.id)) {
                add(QStringLiteral("move-expansion-server"), group->meta.id,
                    tr("Point the expansion server of distribution group %1 away from %2")
                        .arg(group->name, serverName(server)),
                    tr("Clear its expansion server or name a server that stays; otherwise mail to the group is "
                       "returned after the server is gone."));
            }
        }
        products(removed);
        for (const ExchangeServer *server : removed) {
            if (m_context.storesOf(server->meta.id).isEmpty())
                continue;
            add(QStringLiteral("remove-stores"), server->meta.id,
                tr("Remove the mailbox and public folder stores of %1").arg(serverName(server)),
                tr("Only once their mailboxes and replicas have moved."));
        }
        if (!m_context.keepsServer(m_rg))
            removeConnectors();
        // The organization's last legacy server goes last.
        const QString last = m_context.lastLegacyServerId();
        QList<const ExchangeServer *> uninstalls;
        for (const ExchangeServer *server : removed) {
            if (server->meta.id != last)
                uninstalls.append(server);
        }
        for (const ExchangeServer *server : removed) {
            if (server->meta.id == last)
                uninstalls.append(server);
        }
        for (const ExchangeServer *server : uninstalls) {
            add(QStringLiteral("uninstall"), server->meta.id, tr("Uninstall Exchange from %1").arg(serverName(server)),
                server->meta.id == last
                    ? tr("The organization's last legacy server: only after its routing group's connectors are "
                         "removed.")
                    : tr("Exchange 2003 refuses to uninstall the only bridgehead server of a connector: the "
                         "connectors above go first."));
        }
    }

    void recipientUpdateServices(const QList<const ExchangeServer *> &removed)
    {
        // The reference (E17): Exchange 2007 has no Recipient Update Service; each domain with recipients needs one
        // on a legacy server until coexistence ends, then Exchange 2007 provisions recipients itself.
        for (const ExchangeServer *server : removed) {
            for (const RecipientUpdateService *rus : m_context.recipientUpdateServicesOf(server->meta.id)) {
                // Its default names already say "Recipient Update Service (DOMAIN)".
                const QString name = rus->name.contains(QLatin1String("Recipient Update Service"), Qt::CaseInsensitive)
                                         ? rus->name
                                         : tr("Recipient Update Service %1").arg(rus->name);
                const QString target = m_context.recipientUpdateServiceTarget(*rus, m_rg);
                if (target.isEmpty()) {
                    add(QStringLiteral("move-recipient-update-service"), rus->meta.id,
                        tr("Hand the work of %1 on %2 over to Exchange 2007").arg(name, serverName(server)),
                        tr("No legacy server stays after %1: Exchange 2007 provisions recipients itself through its "
                           "e-mail address policies, and the service object is deleted with the last legacy "
                           "server.")
                            .arg(serverName(server)));
                } else {
                    add(QStringLiteral("move-recipient-update-service"), rus->meta.id,
                        tr("Move %1 from %2 to %3").arg(name, serverName(server), m_context.serverName(target)),
                        tr("Exchange 2007 has no Recipient Update Service: each domain with recipients needs one on "
                           "a legacy server until the end of coexistence, and %1 stays longer than %2.")
                            .arg(m_context.serverName(target), serverName(server)));
                }
            }
        }
    }

    void connectors()
    {
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
                    connector->smartHost.trimmed().isEmpty()
                        ? tr("Internet and SMTP mail must flow through Exchange 2007 before the bridgehead servers "
                             "go.")
                        : tr("With the same address spaces and the smart host %1: Internet and SMTP mail must flow "
                             "through Exchange 2007 before the bridgehead servers go.")
                              .arg(connector->smartHost));
            } else {
                add(QStringLiteral("repoint-connector"), connector->meta.id,
                    tr("Replace connector %1 before its bridgehead servers go").arg(name),
                    tr("Exchange 2007 does not support this connector: use SMTP, or keep a legacy server for it."));
            }
        }
    }

    void products(const QList<const ExchangeServer *> &removed)
    {
        // The catalogue: an Exchange-aware product hosted here (BlackBerry, archiving, fax) is moved or replaced
        // before its server is uninstalled.
        for (const ExchangeAwareProduct &product : m_context.inventory().products) {
            if (product.category != ProductCategory::Other)
                continue;
            QStringList hosts;
            for (const ExchangeServer *server : removed) {
                if (product.serverIds.contains(server->meta.id))
                    hosts.append(serverName(server));
            }
            if (hosts.isEmpty())
                continue;
            add(QStringLiteral("move-product"), product.meta.id,
                tr("Move or replace %1 on %2 before the server is uninstalled")
                    .arg(product.name, hosts.join(QStringLiteral(", "))),
                tr("Install its Exchange 2007 compatible version on a server that stays, or its replacement, and "
                   "check that its users still work."));
        }
    }

    void removeConnectors()
    {
        // The reference (P9): the routing group's connectors go before its servers; Exchange 2003 refuses to
        // uninstall the only bridgehead of a connector.
        const bool first = m_rg == m_context.firstConnectorRoutingGroupId();
        add(QStringLiteral("remove-connector-pair"), {},
            first ? tr("Remove the first routing group connector pair, between %1 and the Exchange 2007 routing "
                       "group")
                        .arg(m_rgName)
                  : tr("Remove the routing group connector pair between %1 and the Exchange 2007 routing group")
                        .arg(m_rgName),
            first ? tr("Remove-RoutingGroupConnector for both directions. It goes last, with the last legacy "
                       "routing group that is removed.")
                  : tr("Remove-RoutingGroupConnector for both directions."));
        for (const Connector *connector : m_context.connectorRemovalsOf(m_rg)) {
            add(QStringLiteral("remove-connector"), connector->meta.id,
                tr("Remove routing group connector %1")
                    .arg(connector->name.isEmpty() ? connector->meta.id : connector->name),
                tr("It carries mail from %1 to %2, and one of them leaves the organization.")
                    .arg(m_context.routingGroupName(connector->routingGroupId),
                         m_context.routingGroupName(connector->destinationRoutingGroupId)));
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
                tr("It keeps %1 for a feature that Exchange 2007 does not support.")
                    .arg(kept.join(QStringLiteral(", "))));
            return;
        }
        // Microsoft's transition guidance: "Remove connectors between routing groups, and then remove the routing
        // groups"; the connectors went in the decommission phase.
        add(QStringLiteral("remove-routing-group"), {}, tr("Remove routing group %1").arg(m_rgName),
            tr("Once it holds no server and no connector."));
        if (m_rg != m_context.lastRemovedRoutingGroupId())
            return;
        for (const QString &id : m_context.emptiedAdminGroups()) {
            const AdminGroup *group = m_context.inventory().adminGroup(id);
            add(QStringLiteral("remove-administrative-group"), id,
                tr("Remove the empty administrative group %1").arg(group ? group->name : id),
                tr("Its routing groups and servers are gone."));
        }
        const QString hierarchy = m_context.publicFolderHierarchyAdminGroupId();
        if (const AdminGroup *group = m_context.inventory().adminGroup(hierarchy)) {
            add(QStringLiteral("keep-administrative-group"), hierarchy,
                tr("Keep the administrative group %1").arg(group->name),
                tr("It holds the public folder hierarchy, which Exchange 2007 goes on using."));
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
