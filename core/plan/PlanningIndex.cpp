#include "PlanningIndex.h"

#include <QRegularExpression>

#include "model/ExchangeVersion.h"

#include <QSet>

#include <algorithm>

namespace etp {

bool isLegacyServer(const ExchangeServer &server)
{
    ExchangeProduct product = server.product;
    if (product == ExchangeProduct::Unknown)
        product = readExchangeVersion(server.serialNumber, server.versionNumber).product;
    return product != ExchangeProduct::Exchange2007 && product != ExchangeProduct::Later;
}

bool isExchange2007RoutingGroupName(const QString &name)
{
    return name.trimmed().compare(QLatin1String("Exchange Routing Group (DWBGZMFD01QNBJR)"), Qt::CaseInsensitive) == 0;
}

bool isDefaultFilter(const QString &filter)
{
    QString compact = filter.toLower();
    compact.remove(QRegularExpression(QStringLiteral("\\s+")));
    return compact.isEmpty() || compact == QLatin1String("(mailnickname=*)");
}

QString defaultAddressListUpgrade(const AddressList &list)
{
    struct Upgrade {
        const char *name;
        const char *command; ///< %1 is the list's name
    };
    static constexpr Upgrade kUpgrades[] = {
        {"Default Global Address List",
         "Set-GlobalAddressList \"%1\" -RecipientFilter {(Alias -ne $null -and (ObjectClass -eq 'user' -or "
         "ObjectClass -eq 'contact' -or ObjectClass -eq 'msExchSystemMailbox' -or ObjectClass -eq "
         "'msExchDynamicDistributionList' -or ObjectClass -eq 'group' -or ObjectClass -eq 'publicFolder'))}"},
        {"All Users", "Set-AddressList \"%1\" -IncludedRecipients MailboxUsers"},
        {"All Groups", "Set-AddressList \"%1\" -IncludedRecipients MailGroups"},
        {"All Contacts", "Set-AddressList \"%1\" -IncludedRecipients MailContacts"},
        {"Public Folders", "Set-AddressList \"%1\" -RecipientFilter {RecipientType -eq 'PublicFolder'}"},
    };
    const QString name = list.name.trimmed();
    for (const Upgrade &upgrade : kUpgrades) {
        if (name.compare(QLatin1String(upgrade.name), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(upgrade.command).arg(name);
    }
    return {};
}

bool isForeignOrInternetConnector(const Connector &connector)
{
    return connector.type != ConnectorType::RoutingGroup;
}

PlanningIndex::PlanningIndex(const Project &project)
    : m_project(project)
    , m_subnets(project.inventory.subnets)
{
    const Inventory &inv = project.inventory;
    m_servers.reserve(inv.servers.size());
    for (const auto &server : inv.servers) {
        m_servers.insert(server.meta.id, &server);
        if (!server.meta.legacyDn.isEmpty())
            m_serversByLegacyDn.insert(server.meta.legacyDn.toLower(), &server);
        if (!server.routingGroupId.isEmpty())
            m_serversByRoutingGroup[server.routingGroupId].append(&server);
        QString site = m_subnets.siteOfAny(server.addresses);
        if (site.isEmpty() && !server.fqdn.isEmpty())
            site = m_subnets.siteOf(server.fqdn); // an address typed where the name goes
        if (!site.isEmpty())
            m_serverSites.insert(server.meta.id, site);
    }
    m_routingGroups.reserve(inv.routingGroups.size());
    for (const auto &rg : inv.routingGroups)
        m_routingGroups.insert(rg.meta.id, &rg);
    m_sites.reserve(inv.sites.size());
    for (int i = 0; i < inv.sites.size(); ++i) {
        m_sites.insert(inv.sites[i].meta.id, &inv.sites[i]);
        m_siteOrder.insert(inv.sites[i].meta.id, i);
    }
    for (const auto &connector : inv.connectors) {
        if (!connector.routingGroupId.isEmpty())
            m_connectorsByRoutingGroup[connector.routingGroupId].append(&connector);
    }
    for (const auto &store : inv.stores) {
        if (store.storeKind != StoreKind::Mailbox || store.serverId.isEmpty())
            continue;
        m_mailboxServers.insert(store.serverId);
        if (const ExchangeServer *server = m_servers.value(store.serverId))
            m_mailboxes[server->routingGroupId] += store.mailboxCount.value_or(0);
    }

    for (const auto &rg : inv.routingGroups) {
        if (isExchange2007RoutingGroupName(rg.name))
            continue;
        const auto members = serversOf(rg.meta.id);
        const bool allNew = !members.isEmpty() && std::none_of(members.begin(), members.end(),
                                                               [](const auto *s) { return isLegacyServer(*s); });
        if (allNew)
            continue;
        m_legacyRoutingGroups.append(rg.meta.id);
        m_legacyRoutingGroupSet.insert(rg.meta.id);
    }

    for (const auto &rgId : m_legacyRoutingGroups) {
        const QStringList sites = computeTargetSites(rgId);
        m_targetSites.insert(rgId, sites);
        for (const auto &site : sites)
            m_routingGroupsBySite[site].append(rgId);
    }
    // Internet-facing: a site holding a legacy front-end server, or one the user marks (reference P2).
    QSet<QString> internetFacingSites;
    for (const auto &server : inv.servers) {
        if (server.frontEnd.value_or(false) && isLegacyServer(server) && m_serverSites.contains(server.meta.id))
            internetFacingSites.insert(m_serverSites.value(server.meta.id));
    }
    for (const auto &site : inv.sites) {
        if (site.internetFacing)
            internetFacingSites.insert(site.meta.id);
    }
    for (const auto &site : inv.sites) {
        const bool target = m_routingGroupsBySite.contains(site.meta.id);
        const bool internetFacing = internetFacingSites.contains(site.meta.id);
        if (target)
            m_allTargetSites.append(site.meta.id);
        if (internetFacing)
            m_internetFacingSites.append(site.meta.id);
        if (target || internetFacing)
            m_clientAccessSites.append(site.meta.id);
    }
    QString smtpSite;
    for (const auto &connector : inv.connectors) {
        if (connector.type != ConnectorType::Smtp)
            continue;
        for (const auto &id : connector.sourceBridgeheadIds) {
            const QString site = m_serverSites.value(id);
            if (site.isEmpty())
                continue;
            if (smtpSite.isEmpty())
                smtpSite = site;
            if (m_inboundSite.isEmpty() && internetFacingSites.contains(site))
                m_inboundSite = site;
        }
    }
    if (m_inboundSite.isEmpty())
        m_inboundSite = m_internetFacingSites.isEmpty() ? smtpSite : m_internetFacingSites.constFirst();

    const QString &chosen = project.plan.firstConnectorRoutingGroupId;
    if (!chosen.isEmpty() && isLegacyRoutingGroup(chosen)) {
        m_firstConnectorRoutingGroup = chosen;
    } else {
        qsizetype most = -1;
        for (const auto &rgId : m_legacyRoutingGroups) {
            const qsizetype count = m_connectorsByRoutingGroup.value(rgId).size();
            if (count > most) {
                most = count;
                m_firstConnectorRoutingGroup = rgId;
            }
        }
    }

    QSet<QString> placed;
    for (const auto &rgId : project.plan.routingGroupOrder) {
        if (isLegacyRoutingGroup(rgId) && !placed.contains(rgId)) {
            m_order.append(rgId);
            placed.insert(rgId);
        }
    }
    for (const auto &rgId : defaultRoutingGroupOrder()) {
        if (!placed.contains(rgId))
            m_order.append(rgId);
    }
}

const ExchangeServer *PlanningIndex::serverByLegacyDn(const QString &legacyDn) const
{
    return m_serversByLegacyDn.value(legacyDn.trimmed().toLower());
}

QStringList PlanningIndex::defaultTargetSites(const QString &routingGroupId) const
{
    QList<const ExchangeServer *> legacy;
    for (const auto *server : serversOf(routingGroupId)) {
        if (isLegacyServer(*server))
            legacy.append(server);
    }
    const bool anyMailbox =
        std::any_of(legacy.begin(), legacy.end(), [this](const auto *s) { return isMailboxServer(s->meta.id); });
    QSet<QString> seen;
    QStringList sites;
    for (const auto *server : legacy) {
        if (anyMailbox && !isMailboxServer(server->meta.id))
            continue;
        const QString site = siteOfServer(server->meta.id);
        if (!site.isEmpty() && !seen.contains(site)) {
            seen.insert(site);
            sites.append(site);
        }
    }
    std::sort(sites.begin(), sites.end(),
              [this](const QString &a, const QString &b) { return m_siteOrder.value(a) < m_siteOrder.value(b); });
    return sites;
}

QStringList PlanningIndex::computeTargetSites(const QString &routingGroupId) const
{
    if (const RoutingGroupTargets *chosen = m_project.plan.targetsFor(routingGroupId)) {
        QStringList sites;
        for (const auto &site : chosen->siteIds) {
            if (m_sites.contains(site) && !sites.contains(site))
                sites.append(site);
        }
        if (!sites.isEmpty())
            return sites;
    }
    return defaultTargetSites(routingGroupId);
}

bool PlanningIndex::hostsForeignOrInternetConnector(const QString &routingGroupId) const
{
    const auto connectors = connectorsOf(routingGroupId);
    return std::any_of(connectors.begin(), connectors.end(),
                       [](const Connector *c) { return isForeignOrInternetConnector(*c); });
}

QStringList PlanningIndex::defaultRoutingGroupOrder() const
{
    QStringList plain;
    QStringList last;
    for (const auto &rgId : m_legacyRoutingGroups)
        (hostsForeignOrInternetConnector(rgId) ? last : plain).append(rgId);
    const auto byMailboxes = [this](const QString &a, const QString &b) {
        return mailboxCount(a) < mailboxCount(b);
    };
    std::stable_sort(plain.begin(), plain.end(), byMailboxes);
    std::stable_sort(last.begin(), last.end(), byMailboxes);

    QStringList order;
    // The pilot: the first of the sorted plain routing groups that does not host the first connector.
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain[i] != m_firstConnectorRoutingGroup) {
            order.append(plain.takeAt(i));
            break;
        }
    }
    order += plain;
    order += last;
    return order;
}

} // namespace etp
