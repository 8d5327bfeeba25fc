// Table 3 checks, once the probes have run: MX records of the SMTP namespaces and the ports Exchange 2007 needs.

#include "CatalogRules.h"

namespace etp::rules {

namespace {

/// The phase whose role needs a port, from its number or, failing that, the purpose recorded with the check.
std::optional<PhaseId> phaseForPort(const PortCheck &check)
{
    switch (check.port) {
    case 25:
    case 587:
    case 691: // link state between legacy routing groups
        return PhaseId::HubTransport;
    case 50636: // EdgeSync
        return PhaseId::EdgeTransport;
    case 80:
    case 443:
    case 110:
    case 143:
    case 993:
    case 995:
        return PhaseId::ClientAccess;
    case 135: // RPC endpoint mapper: MAPI clients and mailbox moves
        return PhaseId::Mailbox;
    case 5060:
    case 5061:
        return PhaseId::UnifiedMessaging;
    case 88:
    case 389:
    case 636:
    case 3268:
    case 3269:
        return PhaseId::PrepareAd;
    default:
        break;
    }
    const QString purpose = check.purpose.toLower();
    if (purpose.contains(QLatin1String("edge")))
        return PhaseId::EdgeTransport;
    if (purpose.contains(QLatin1String("smtp")))
        return PhaseId::HubTransport;
    if (purpose.contains(QLatin1String("http")) || purpose.contains(QLatin1String("pop")) ||
        purpose.contains(QLatin1String("imap")))
        return PhaseId::ClientAccess;
    if (purpose.contains(QLatin1String("ldap")) || purpose.contains(QLatin1String("global catalog")))
        return PhaseId::PrepareAd;
    if (purpose.contains(QLatin1String("sip")) || purpose.contains(QLatin1String("unified")))
        return PhaseId::UnifiedMessaging;
    return std::nullopt;
}

/// The instances of `phase` a failed port on `server` concerns: its own routing group's or site's when the server is
/// known and has one, otherwise every instance.
QStringList concernedPhases(const RuleContext &context, PhaseId phase, const ExchangeServer *server)
{
    if (server && phaseScope(phase) == PhaseScope::RoutingGroup) {
        const QString key = context.existingPhase(phase, server->routingGroupId);
        if (!key.isEmpty())
            return {key};
    }
    if (server && phaseScope(phase) == PhaseScope::Site) {
        const QString key = context.existingPhase(phase, context.index().siteOfServer(server->meta.id));
        if (!key.isEmpty())
            return {key};
    }
    return context.phaseKeys(phase);
}

} // namespace

void networkMx(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &ns : context.inventory().smtpNamespaces) {
        if (!ns.authoritative || !ns.mxCheckedAt.isValid() || !ns.mxRecords.isEmpty())
            continue;
        Finding f = makeFinding("NET-MX", Severity::Warning, QString::fromLatin1(SmtpNamespace::kind), ns.meta.id,
                                ns.domain.isEmpty() ? ns.meta.id : ns.domain);
        const QString when = ns.mxCheckedAt.toUTC().toString(Qt::ISODate);
        if (ns.mxError.isEmpty()) {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "The authoritative SMTP namespace %1 had no MX record when it was "
                                                    "checked (%2): inbound Internet mail for it has no published "
                                                    "route.")
                            .arg(f.subject, when);
        } else {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "The MX lookup of the authoritative SMTP namespace %1 failed when "
                                                    "it was checked (%2): %3.")
                            .arg(f.subject, when, ns.mxError);
        }
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Publish MX records for %1 that point at the servers or perimeter relays "
                                          "that receive its Internet mail, then run the probe again.")
                            .arg(f.subject);
        findings.append(f);
    }
}

void networkPort(const RuleContext &context, QList<Finding> &findings)
{
    const PlanningIndex &index = context.index();
    for (const auto &check : context.inventory().portChecks) {
        if (!check.checkedAt.isValid() || check.reachable != false)
            continue;
        const ExchangeServer *server = index.server(check.serverId);
        const QString host = server ? context.serverName(server->meta.id) : check.host;
        Finding f = makeFinding("NET-PORT", Severity::Warning, QString::fromLatin1(PortCheck::kind), check.meta.id,
                                QStringLiteral("%1:%2").arg(host).arg(check.port));
        const QString purpose =
            check.purpose.isEmpty() ? QCoreApplication::translate("etp::rules", "unspecified") : check.purpose;
        f.message = QCoreApplication::translate("etp::rules",
                                                "TCP port %1 (%2) on %3 was not reachable when it was checked (%4)%5.")
                        .arg(QString::number(check.port), purpose, host, check.checkedAt.toUTC().toString(Qt::ISODate),
                             check.error.isEmpty() ? QString() : QStringLiteral(": ") + check.error);
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Open TCP port %1 to %2 in the firewalls between the Exchange 2007 servers "
                                          "and it (or start the service that listens on it), then run the probe "
                                          "again.")
                            .arg(QString::number(check.port), host);
        if (const auto phase = phaseForPort(check))
            f.concerns = concernedPhases(context, *phase, server);
        findings.append(f);
    }
}

} // namespace etp::rules
