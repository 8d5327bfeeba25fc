// Tasks of the organization and site phases: assess, prepare-ad, client-access, edge-transport, unified-messaging
// and post-install.

#include "TaskBuilder.h"

#include <QCoreApplication>

namespace etp {

namespace {

/// Builds the tasks of one organization or site phase; translated in the "etp::plan" context.
class OrganizationTaskBuilder {
    Q_DECLARE_TR_FUNCTIONS(etp::plan)

public:
    OrganizationTaskBuilder(const Phase &phase, const PlanContext &context)
        : m_phase(phase)
        , m_context(context)
    {
    }

    QList<Task> build()
    {
        switch (m_phase.id) {
        case PhaseId::Assess:
            assess();
            break;
        case PhaseId::PrepareAd:
            prepareAd();
            break;
        case PhaseId::ClientAccess:
            clientAccess();
            break;
        case PhaseId::EdgeTransport:
            edgeTransport();
            break;
        case PhaseId::UnifiedMessaging:
            unifiedMessaging();
            break;
        case PhaseId::PostInstall:
            postInstall();
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

    void assess()
    {
        const Inventory &inv = m_context.inventory();
        add(QStringLiteral("document-environment"), {},
            tr("Document the Exchange organization, Active Directory and network"),
            tr("Complete the inventory: it is the reference for comparing and for a rollback (Microsoft's "
               "Exchange 2007 transition guidance)."));
        add(QStringLiteral("readiness-check"), {}, tr("Run the Exchange 2007 Readiness Check"),
            tr("Scan the organization with ExBPA 2.7 or later and resolve every finding that holds a phase."));
        add(QStringLiteral("data-recovery-plan"), {}, tr("Document the backup and restore plan"),
            tr("How the legacy servers are backed up and restored, so that every step of the transition can be "
               "rolled back."));
        // The reference (P11): 64-bit hardware for production, never shared with Exchange 2003/2000, no in-place
        // upgrade.
        add(QStringLiteral("plan-hardware"), {}, tr("Provide 64-bit hardware for the Exchange 2007 servers"),
            tr("Exchange 2007 runs in production only on 64-bit servers, cannot share a computer with Exchange 2003 "
               "or 2000 and cannot upgrade one in place: every role goes on new hardware (Exchange 2007 system "
               "requirements)."));
        // The reference (E7, P12): link-state suppression on every legacy server before any connector pair beyond
        // the first, when there is more than one legacy routing group. Here rather than in a hub-transport phase,
        // which the open link-state question holds.
        if (m_context.order().size() > 1) {
            for (const ExchangeServer *server : m_context.allLegacyServers()) {
                add(QStringLiteral("suppress-link-state"), server->meta.id,
                    tr("Set link-state suppression on %1").arg(m_context.serverName(server->meta.id)),
                    tr("Registry HKLM\\SYSTEM\\CurrentControlSet\\Services\\RESvc\\Parameters, DWORD "
                       "SuppressStateChanges = 1, then restart the Routing Engine, SMTP and MTA services. Needed on "
                       "every legacy server before any routing group connector pair beyond the first one is "
                       "created, or routing loops can occur."));
            }
        }
        // Microsoft's transition guidance: "Any Exchange-aware products ... will need to be upgraded to or replaced
        // with newer versions".
        for (const ExchangeAwareProduct &product : inv.products)
            productTask(product);
    }

    static bool isIntelligentMessageFilter(const ExchangeAwareProduct &product)
    {
        return product.category == ProductCategory::AntiSpam &&
               (product.name.contains(QLatin1String("Intelligent Message Filter"), Qt::CaseInsensitive) ||
                product.name.compare(QLatin1String("IMF"), Qt::CaseInsensitive) == 0);
    }

    QString categoryName(ProductCategory category) const
    {
        switch (category) {
        case ProductCategory::AntiVirus:
            return tr("Anti-virus product");
        case ProductCategory::AntiSpam:
            return tr("Anti-spam product");
        case ProductCategory::Backup:
            return tr("Backup product");
        case ProductCategory::Other:
            break;
        }
        return tr("Exchange-aware product");
    }

    QString serverNames(const QStringList &ids) const
    {
        QStringList names;
        for (const QString &id : ids)
            names.append(m_context.serverName(id));
        return names.join(QStringLiteral(", "));
    }

    void productTask(const ExchangeAwareProduct &product)
    {
        const QString kind = QStringLiteral("exchange-aware-product");
        if (isIntelligentMessageFilter(product)) {
            add(kind, product.meta.id,
                tr("Plan the Content Filter agent of Exchange 2007 in place of the Intelligent Message Filter"),
                tr("Exchange 2007 has no Intelligent Message Filter: its Content Filter agent runs on the Edge "
                   "Transport server, or on a Hub Transport server without one. The settings to carry over are "
                   "listed in the Content Filter task."));
            return;
        }
        QString detail = product.version.isEmpty()
                             ? tr("%1.").arg(categoryName(product.category))
                             : tr("%1, version %2.").arg(categoryName(product.category), product.version);
        if (!product.serverIds.isEmpty())
            detail += QLatin1Char(' ') + tr("Installed on %1.").arg(serverNames(product.serverIds));
        if (product.category == ProductCategory::Other)
            detail += QLatin1Char(' ') + tr("Until a compatible version is in place it holds the mailbox phases and "
                                            "the decommissioning of the servers it runs on.");
        add(kind, product.meta.id,
            product.exchange2007Ready == true
                ? tr("Plan the Exchange 2007 compatible version of %1 for the new servers").arg(product.name)
                : tr("Upgrade or replace %1 with a version compatible with Exchange 2007").arg(product.name),
            detail);
    }

    void prepareAd()
    {
        const Inventory &inv = m_context.inventory();
        add(QStringLiteral("prepare-legacy-permissions"), {}, tr("Run setup /PrepareLegacyExchangePermissions"),
            tr("In every domain where Exchange 2003 or 2000 DomainPrep ran, so that the Recipient Update Service "
               "keeps working after the schema update (/PrepareAD runs it when it is not run first)."));
        add(QStringLiteral("prepare-schema"), {}, tr("Run setup /PrepareSchema"),
            tr("With an account in Schema Admins and Enterprise Admins, in the schema master's site."));
        add(QStringLiteral("prepare-ad"), {}, tr("Run setup /PrepareAD"),
            tr("Creates the Exchange 2007 administrative and routing groups and the universal security groups."));
        int domains = 0;
        for (const Domain &domain : inv.domains) {
            if (domain.holdsExchange == false)
                continue;
            ++domains;
            add(QStringLiteral("prepare-domain"), domain.meta.id,
                tr("Run setup /PrepareDomain in %1").arg(domain.dnsName.isEmpty() ? domain.meta.id : domain.dnsName),
                tr("Every domain that holds Exchange servers or recipients."));
        }
        if (domains == 0) {
            add(QStringLiteral("prepare-domain"), {}, tr("Run setup /PrepareDomain in each domain"),
                tr("Every domain that holds Exchange servers or recipients."));
        }
    }

    /// The organization's authoritative SMTP domains, in inventory order.
    QStringList authoritativeDomains() const
    {
        QStringList domains;
        for (const SmtpNamespace &ns : m_context.inventory().smtpNamespaces) {
            if (ns.authoritative && !ns.domain.trimmed().isEmpty() && !domains.contains(ns.domain.trimmed()))
                domains.append(ns.domain.trimmed());
        }
        return domains;
    }

    void clientAccess()
    {
        const QString site = m_phase.subject;
        const bool internetFacing = m_context.index().isInternetFacingSite(m_phase.subjectId);
        // Microsoft's transition guidance: "as each site is deployed, the first role to be deployed is the Client
        // Access server"; the reference (P2): a legacy front-end cannot serve an Exchange 2007 mailbox.
        add(QStringLiteral("install-client-access"), {}, tr("Install a Client Access server in AD site %1").arg(site),
            internetFacing
                ? tr("AD site %1 faces the Internet: an Exchange 2003 or 2000 front-end server cannot give access to "
                     "Exchange 2007 mailboxes, so this Client Access server is in place before the first mailbox "
                     "moves to Exchange 2007, in any routing group.")
                      .arg(site)
                : tr("The first Exchange 2007 role in a site that holds or will hold a Mailbox server; an Exchange "
                     "2003 or 2000 front-end cannot give access to Exchange 2007 mailboxes."));
        add(QStringLiteral("configure-client-access"), {},
            tr("Configure Outlook Web Access, Exchange ActiveSync and Outlook Anywhere in AD site %1").arg(site),
            tr("Virtual directories, authentication and the internal and external URLs of the new Client Access "
               "server."));
        if (!internetFacing)
            return;
        const QStringList domains = authoritativeDomains();
        QStringList autodiscover;
        for (const QString &domain : domains)
            autodiscover.append(QStringLiteral("autodiscover.") + domain);
        add(QStringLiteral("certificate"), {},
            tr("Install a certificate with the names clients use on the Client Access server in AD site %1").arg(site),
            autodiscover.isEmpty()
                ? tr("From an authority the clients trust, naming the external host name of Outlook Web Access, "
                     "ActiveSync and Outlook Anywhere and the Autodiscover name of each SMTP domain.")
                : tr("From an authority the clients trust, naming the external host name of Outlook Web Access, "
                     "ActiveSync and Outlook Anywhere and %1.")
                      .arg(autodiscover.join(QStringLiteral(", "))));
        add(QStringLiteral("autodiscover"), {},
            autodiscover.isEmpty()
                ? tr("Publish the Autodiscover record of each SMTP domain")
                : tr("Publish the Autodiscover records %1").arg(autodiscover.join(QStringLiteral(", "))),
            tr("A DNS record that points each name at the published Client Access server, so that Outlook 2007 and "
               "mobile devices find their settings."));
        for (const ExchangeServer *server : m_context.frontEndServersIn(m_phase.subjectId)) {
            add(QStringLiteral("redirect-front-end"), server->meta.id,
                tr("Change the publishing rule of front-end server %1 to the Client Access server")
                    .arg(m_context.serverName(server->meta.id)),
                tr("The firewall or ISA Server rule that publishes %1 to the Internet now publishes the Client "
                   "Access server, which proxies /exchange to the Exchange 2003 back-end servers while their "
                   "mailboxes have not moved.")
                    .arg(m_context.serverName(server->meta.id)));
        }
    }

    void edgeTransport()
    {
        add(QStringLiteral("install-edge"), {}, tr("Install an Edge Transport server in the perimeter network"),
            tr("On its own computer, outside the domain; it needs no change to the Exchange organization and can "
               "come at any point of the transition (Microsoft's Exchange 2007 transition guidance)."));
        const QStringList domains = authoritativeDomains();
        add(QStringLiteral("accepted-domains"), {},
            domains.isEmpty() ? tr("Create the accepted domains of the organization")
                              : tr("Create the accepted domains %1").arg(domains.join(QStringLiteral(", "))),
            tr("Every SMTP domain the organization receives mail for, before any MX record points at the Edge "
               "Transport server; EdgeSync keeps them up to date once the subscription runs."));
        add(QStringLiteral("edge-connectors"), {},
            tr("Create the Send and Receive connectors of the Edge Transport server"),
            tr("A Receive connector for Internet mail, a Send connector to the Internet (through the smart host "
               "the organization uses today, if any) and the connectors to and from the Hub Transport servers, "
               "which the EdgeSync subscription creates."));
        if (contentFilterWanted(m_context))
            m_tasks.append(contentFilterTask(m_phase, m_context));
        const QString inbound = m_context.inboundHubRoutingGroupId();
        const QString site = m_context.index().inboundSite();
        if (!inbound.isEmpty()) {
            // Catalogue: the EdgeSync subscription waits for a Hub Transport server in the Internet-facing site.
            Task subscription = makeTask(
                m_phase, QStringLiteral("edge-subscription"), {},
                site.isEmpty() ? tr("Subscribe the Edge Transport server to the first Hub Transport server")
                               : tr("Subscribe the Edge Transport server to the Hub Transport servers of AD site %1")
                                     .arg(m_context.siteName(site)),
                tr("New-EdgeSubscription on the Edge server, then import the file on a Hub Transport server where "
                   "inbound Internet mail arrives; EdgeSync then replicates recipients and configuration to the "
                   "Edge server."));
            subscription.waitsFor = {phaseKey(PhaseId::HubTransport, inbound)};
            m_tasks.append(subscription);
        }
        for (const PerimeterServer &relay : m_context.inventory().perimeterServers) {
            if (!relay.smtpRelay)
                continue;
            add(QStringLiteral("replace-relay"), relay.meta.id,
                tr("Move the SMTP relay duties of %1 to the Edge Transport server").arg(relay.name),
                tr("It relays mail between the Internet and the organization today."));
        }
        Task mx = makeTask(
            m_phase, QStringLiteral("move-mx"), {},
            domains.isEmpty()
                ? tr("Point the MX records at the Edge Transport server")
                : tr("Point the MX records of %1 at the Edge Transport server").arg(domains.join(QStringLiteral(", "))),
            tr("Only once the accepted domains, the connectors and the EdgeSync subscription work: "
               "inbound Internet mail then arrives through the Edge server."));
        if (!inbound.isEmpty())
            mx.waitsFor = {phaseKey(PhaseId::HubTransport, inbound)};
        m_tasks.append(mx);
    }

    void unifiedMessaging()
    {
        const QString firstRg = m_context.firstRoutingGroupId();
        add(QStringLiteral("install-unified-messaging"), {}, tr("Install a Unified Messaging server"),
            firstRg.isEmpty() ? tr("It needs an Exchange 2007 Hub Transport and Mailbox server first.")
                              : tr("It needs an Exchange 2007 Hub Transport and Mailbox server first: after the "
                                   "Mailbox phase of %1.")
                                    .arg(m_context.routingGroupName(firstRg)));
        add(QStringLiteral("configure-unified-messaging"), {},
            tr("Create UM dial plans, IP gateways and mailbox policies"),
            tr("Associate the Unified Messaging server with its dial plan and configure the IP gateways."));
        add(QStringLiteral("enable-unified-messaging"), {},
            tr("Enable Unified Messaging for users whose mailboxes are on Exchange 2007"),
            tr("Only recipients with mailboxes on Exchange 2007 servers can use Unified Messaging."));
    }

    void postInstall()
    {
        const Inventory &inv = m_context.inventory();
        add(QStringLiteral("verify-installations"), {}, tr("Verify the Exchange 2007 installations"),
            tr("Check every new server: its services, its event log and the Exchange Management Shell tests "
               "(Verifying an Exchange 2007 Installation)."));
        // The reference (E15): legacy LDAP filters cannot be edited with the Exchange 2007 tools until upgraded to
        // OPATH; provisioning goes on. The defaults take one line each.
        add(QStringLiteral("upgrade-default-policy"), {}, tr("Upgrade the Default Policy for Exchange 2007"),
            tr("One line in the Exchange Management Shell: Set-EmailAddressPolicy \"Default Policy\" "
               "-IncludedRecipients AllRecipients. Until then the Exchange 2007 tools cannot edit it; recipients are "
               "still provisioned."));
        for (const AddressList &list : inv.addressLists) {
            const QString upgrade = defaultAddressListUpgrade(list);
            if (upgrade.isEmpty())
                continue;
            add(QStringLiteral("upgrade-address-list"), list.meta.id,
                tr("Upgrade the address list %1 for Exchange 2007").arg(list.name),
                tr("One line in the Exchange Management Shell: %1. Until then the Exchange 2007 tools cannot edit "
                   "it; the list goes on working.")
                    .arg(upgrade));
        }
        for (const RecipientPolicy &policy : inv.recipientPolicies) {
            if (isDefaultFilter(policy.filter))
                continue;
            add(QStringLiteral("rewrite-policy-filter"), policy.meta.id,
                tr("Rewrite the filter of recipient policy %1 for Exchange 2007").arg(policy.name),
                tr("The LDAP filter %1 becomes an OPATH recipient filter.").arg(policy.filter));
        }
        for (const AddressList &list : inv.addressLists) {
            if (isDefaultFilter(list.filter) || !defaultAddressListUpgrade(list).isEmpty())
                continue;
            add(QStringLiteral("rewrite-address-list-filter"), list.meta.id,
                tr("Rewrite the filter of address list %1 for Exchange 2007").arg(list.name),
                tr("The LDAP filter %1 becomes an OPATH recipient filter.").arg(list.filter));
        }
        add(QStringLiteral("finalize-deployment"), {}, tr("Finalize the deployment"),
            tr("The post-installation tasks that finalize each server role (Microsoft's Exchange 2007 transition "
               "guidance)."));
    }

    const Phase &m_phase;
    const PlanContext &m_context;
    QList<Task> m_tasks;
};

} // namespace

QList<Task> organizationTasks(const Phase &phase, const PlanContext &context)
{
    return OrganizationTaskBuilder(phase, context).build();
}

} // namespace etp
