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
            tr("Fill in the seed's Tables 1, 2 and 3; the inventory is the reference for a rollback."));
        add(QStringLiteral("readiness-check"), {}, tr("Run the Exchange 2007 Readiness Check"),
            tr("Scan the organization with ExBPA 2.7 or later and resolve every finding that holds a phase."));
        add(QStringLiteral("data-recovery-plan"), {}, tr("Document the backup and restore plan"),
            tr("Table 1 \"Data recovery plan\": how the legacy servers are backed up and restored."));
        // Seed: "Any Exchange-aware products ... will need to be upgraded to or replaced with newer versions".
        for (const ExchangeAwareProduct &product : inv.products) {
            add(QStringLiteral("exchange-aware-product"), product.meta.id,
                product.exchange2007Ready == true
                    ? tr("Plan the Exchange 2007 compatible version of %1 for the new servers").arg(product.name)
                    : tr("Upgrade or replace %1 with a version compatible with Exchange 2007").arg(product.name),
                tr("Exchange-aware product (%1), version %2.").arg(enumName(product.category), product.version));
        }
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

    void clientAccess()
    {
        const QString site = m_phase.subject;
        // Seed: "as each site is deployed, the first role to be deployed is the Client Access server".
        add(QStringLiteral("install-client-access"), {}, tr("Install a Client Access server in AD site %1").arg(site),
            tr("The first Exchange 2007 role in a site that holds or will hold a Mailbox server; an Exchange 2003 "
               "or 2000 front-end cannot give access to Exchange 2007 mailboxes."));
        add(QStringLiteral("configure-client-access"), {},
            tr("Configure Outlook Web Access, Exchange ActiveSync and Outlook Anywhere in AD site %1").arg(site),
            tr("Virtual directories, certificates and external URLs of the new Client Access server."));
        // Legacy front-end servers of this site hand their Internet clients to the Client Access server.
        for (const ExchangeServer *server : m_context.frontEndServersIn(m_phase.subjectId)) {
            add(QStringLiteral("redirect-front-end"), server->meta.id,
                tr("Point the Internet clients of front-end server %1 at the Client Access server").arg(server->name),
                tr("The Exchange 2007 Client Access server proxies /exchange to the Exchange 2003 back-end servers "
                   "while their mailboxes have not moved."));
        }
    }

    void edgeTransport()
    {
        add(QStringLiteral("install-edge"), {}, tr("Install an Edge Transport server in the perimeter network"),
            tr("On its own computer, outside the domain; it needs no change to the Exchange organization (seed)."));
        // Catalogue: "its EdgeSync subscription task names the first hub-transport it waits for".
        const QString firstRg = m_context.firstRoutingGroupId();
        if (!firstRg.isEmpty()) {
            Task subscription = makeTask(
                m_phase, QStringLiteral("edge-subscription"), {},
                tr("Subscribe the Edge Transport server to the first Hub Transport server (hub-transport of %1)")
                    .arg(m_context.routingGroupName(firstRg)),
                tr("New-EdgeSubscription on the Edge server, then import the file on a Hub Transport server; "
                   "EdgeSync needs a Hub Transport server to replicate from."));
            subscription.waitsFor = {phaseKey(PhaseId::HubTransport, firstRg)};
            m_tasks.append(subscription);
        }
        for (const PerimeterServer &relay : m_context.inventory().perimeterServers) {
            if (!relay.smtpRelay)
                continue;
            add(QStringLiteral("replace-relay"), relay.meta.id,
                tr("Move the SMTP relay duties of %1 to the Edge Transport server").arg(relay.name),
                tr("Table 3: perimeter servers that provide SMTP relay."));
        }
    }

    void unifiedMessaging()
    {
        const QString firstRg = m_context.firstRoutingGroupId();
        add(QStringLiteral("install-unified-messaging"), {}, tr("Install a Unified Messaging server"),
            firstRg.isEmpty()
                ? tr("Needs an Exchange 2007 Hub Transport and Mailbox server first (seed).")
                : tr("Needs an Exchange 2007 Hub Transport and Mailbox server first (seed): after the mailbox "
                     "phase of %1.")
                      .arg(m_context.routingGroupName(firstRg)));
        add(QStringLiteral("configure-unified-messaging"), {},
            tr("Create UM dial plans, IP gateways and mailbox policies"),
            tr("Associate the Unified Messaging server with its dial plan and configure the IP gateways."));
        add(QStringLiteral("enable-unified-messaging"), {},
            tr("Enable Unified Messaging for users whose mailboxes are on Exchange 2007"),
            tr("Only recipients with mailboxes on Exchange 2007 servers can use Unified Messaging (seed)."));
    }

    void postInstall()
    {
        const Inventory &inv = m_context.inventory();
        add(QStringLiteral("verify-installations"), {}, tr("Verify the Exchange 2007 installations"),
            tr("Seed: verify that your installations were successful (Verifying an Exchange 2007 Installation)."));
        add(QStringLiteral("upgrade-default-policy"), {}, tr("Upgrade the default e-mail address policy"),
            tr("Set-EmailAddressPolicy \"Default Policy\" -IncludedRecipients AllRecipients, so that Exchange 2007 "
               "can edit it."));
        for (const RecipientPolicy &policy : inv.recipientPolicies) {
            if (isDefaultFilter(policy.filter))
                continue;
            add(QStringLiteral("rewrite-policy-filter"), policy.meta.id,
                tr("Rewrite the filter of recipient policy %1 for Exchange 2007").arg(policy.name),
                tr("The LDAP filter %1 becomes an OPATH recipient filter.").arg(policy.filter));
        }
        for (const AddressList &list : inv.addressLists) {
            if (isDefaultFilter(list.filter))
                continue;
            add(QStringLiteral("rewrite-address-list-filter"), list.meta.id,
                tr("Rewrite the filter of address list %1 for Exchange 2007").arg(list.name),
                tr("The LDAP filter %1 becomes an OPATH recipient filter.").arg(list.filter));
        }
        add(QStringLiteral("finalize-deployment"), {}, tr("Finalize the deployment"),
            tr("Seed: the post-installation tasks that finalize the deployment of each server role."));
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
