// Organization-wide blockers of the seed and the reference (section 2.1, E1–E4 and E7).

#include "CatalogRules.h"

namespace etp::rules {

namespace {

QString organizationName(const RuleContext &context)
{
    const QString &name = context.inventory().organization.name;
    return name.isEmpty() ? QCoreApplication::translate("etp::rules", "Exchange organization") : name;
}

Finding organizationFinding(const RuleContext &context, const char *rule, Severity severity)
{
    const Organization &org = context.inventory().organization;
    return makeFinding(rule, severity, QString::fromLatin1(Organization::kind), org.meta.id, organizationName(context));
}

} // namespace

void organizationMixedMode(const RuleContext &context, QList<Finding> &findings)
{
    if (context.inventory().organization.mixedMode != true)
        return;
    Finding f = organizationFinding(context, "ORG-MIXED-MODE", Severity::Blocker);
    f.message = QCoreApplication::translate("etp::rules",
                                            "The Exchange organization %1 runs in mixed mode (msExchMixedMode is set). "
                                            "The organization must run in native mode before any Exchange 2007 "
                                            "server is introduced.")
                    .arg(f.subject);
    f.remediation = QCoreApplication::translate(
        "etp::rules", "Remove the last Exchange 5.5 server, the Site Replication Service and the Active Directory "
                      "Connector, then switch the organization to native mode in Exchange System Manager "
                      "(organization Properties, Change Mode). The switch cannot be undone; restart the "
                      "Information Store service on every server afterwards.");
    f.holds = context.rolePhases();
    findings.append(f);
}

void organizationExchange55(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &server : context.inventory().servers) {
        if (context.versionOf(server).product != ExchangeProduct::Exchange55)
            continue;
        Finding f = makeFinding("ORG-EXCHANGE-55", Severity::Blocker, QString::fromLatin1(ExchangeServer::kind),
                                server.meta.id, context.serverName(server.meta.id));
        f.message = QCoreApplication::translate("etp::rules",
                                                "%1 runs Exchange Server 5.5. Exchange 2007 does not coexist with "
                                                "Exchange 5.5: upgrade it to Exchange 2003 or Exchange 2000 first.")
                        .arg(f.subject);
        f.remediation =
            QCoreApplication::translate(
                "etp::rules", "Move the mailboxes, public folders and connectors of %1 to an Exchange 2003 or Exchange "
                              "2000 server and remove %1 from the organization; then switch the organization to native "
                              "mode.")
                .arg(f.subject);
        f.holds = context.rolePhases();
        findings.append(f);
    }
}

void organizationSrs(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &object : context.inventory().legacyDirectoryObjects) {
        if (object.objectKind != LegacyDirectoryKind::SiteReplicationService)
            continue;
        Finding f = makeFinding("ORG-SRS", Severity::Blocker, QString::fromLatin1(LegacyDirectoryObject::kind),
                                object.meta.id, object.name.isEmpty() ? object.meta.id : object.name);
        const QString host = object.serverName.isEmpty()
                                 ? QCoreApplication::translate("etp::rules", "an unknown server")
                                 : object.serverName;
        f.message = QCoreApplication::translate("etp::rules",
                                                "The Site Replication Service %1 on %2 still exists. Native mode, "
                                                "which Exchange 2007 requires, needs it removed.")
                        .arg(f.subject, host);
        f.remediation =
            QCoreApplication::translate(
                "etp::rules", "After the last Exchange 5.5 server is gone, delete the Site Replication Service %1 in "
                              "Exchange System Manager (Tools, Site Replication Services) and switch to native mode.")
                .arg(f.subject);
        f.holds = context.rolePhases();
        findings.append(f);
    }
}

void organizationAdc(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &object : context.inventory().legacyDirectoryObjects) {
        if (object.objectKind == LegacyDirectoryKind::SiteReplicationService)
            continue;
        Finding f = makeFinding("ORG-ADC", Severity::Blocker, QString::fromLatin1(LegacyDirectoryObject::kind),
                                object.meta.id, object.name.isEmpty() ? object.meta.id : object.name);
        if (object.objectKind == LegacyDirectoryKind::ConnectionAgreement) {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "The Active Directory Connector connection agreement %1 still "
                                                    "exists (under the Sites tree of the configuration). Exchange 2007 "
                                                    "needs every connection agreement and ADC service removed.")
                            .arg(f.subject);
        } else {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "The Active Directory Connector service %1 still exists (under the "
                                                    "Sites tree of the configuration). Exchange 2007 needs every ADC "
                                                    "service and connection agreement removed.")
                            .arg(f.subject);
        }
        f.remediation = QCoreApplication::translate(
                            "etp::rules",
                            "Delete the connection agreements in the Active Directory Connector Services console, then "
                            "uninstall the Active Directory Connector from %1.")
                            .arg(object.serverName.isEmpty() ? f.subject : object.serverName);
        f.holds = context.rolePhases();
        findings.append(f);
    }
}

void organizationLinkState(const RuleContext &context, QList<Finding> &findings)
{
    const QStringList &order = context.index().routingGroupOrder();
    if (order.size() < 2)
        return;
    Finding f = organizationFinding(context, "ORG-LINK-STATE", Severity::Manual);
    QStringList servers;
    for (const auto &server : context.inventory().servers) {
        const ExchangeProduct product = context.versionOf(server).product;
        if (product == ExchangeProduct::Exchange2000 || product == ExchangeProduct::Exchange2003)
            servers.append(context.serverName(server.meta.id));
    }
    f.message = QCoreApplication::translate("etp::rules",
                                            "The organization has %n legacy routing groups. Setup of the first Hub "
                                            "Transport server creates one routing group connector pair; before any "
                                            "further pair to Exchange 2007 is created, link-state suppression must "
                                            "be set on every Exchange 2003 and Exchange 2000 server, or routing "
                                            "loops can occur. The directory cannot show this registry setting.",
                                            nullptr, int(order.size()));
    f.remediation =
        QCoreApplication::translate(
            "etp::rules",
            "On each legacy server (%1) set HKLM\\SYSTEM\\CurrentControlSet\\Services\\RESvc\\Parameters"
            "\\SuppressStateChanges to the DWORD 1 and restart the Routing Engine, SMTP and MTA services; "
            "then answer yes.")
            .arg(servers.isEmpty() ? QCoreApplication::translate("etp::rules", "none recorded") : nameList(servers));
    // The reference (E7, E9, P12): the first Hub Transport server's setup creates the pair of the routing group that
    // hosts the first connector; every other routing group's pair is an additional one, the pilot's included.
    const QString &first = context.index().firstConnectorRoutingGroupId();
    for (const QString &rg : order) {
        if (rg != first)
            f.holds.append(phaseKey(PhaseId::HubTransport, rg));
    }
    findings.append(f);
}

} // namespace etp::rules
