// Service-pack levels and placement of the legacy servers (reference section 2.1, E5 and E6; section 1.4).

#include "CatalogRules.h"

namespace etp::rules {

namespace {

constexpr int kExchange2003Sp2Build = 7638; // reference 1.4: Exchange's own threshold E2k3SP2
constexpr int kExchange2000Sp3Build = 6249;

Finding serverFinding(const RuleContext &context, const char *rule, Severity severity, const ExchangeServer &server)
{
    return makeFinding(rule, severity, QString::fromLatin1(ExchangeServer::kind), server.meta.id,
                       context.serverName(server.meta.id));
}

/// True when the version is below the service pack: by build when known, else by service pack; a version without
/// either is treated as below, since nothing shows it is not.
bool below(const ExchangeVersion &version, int build, int servicePack)
{
    if (version.build)
        return *version.build < build;
    if (version.servicePack)
        return *version.servicePack < servicePack;
    return true;
}

} // namespace

void serverExchange2003ServicePack(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &server : context.inventory().servers) {
        const ExchangeVersion version = context.versionOf(server);
        if (version.product != ExchangeProduct::Exchange2003 || !below(version, kExchange2003Sp2Build, 2))
            continue;
        Finding f = serverFinding(context, "SRV-E2003-SP", Severity::Blocker, server);
        f.message = QCoreApplication::translate("etp::rules",
                                                "%1 runs %2. Exchange 2007 requires Exchange Server 2003 SP2 (build "
                                                "7638) or later on every Exchange 2003 server.")
                        .arg(f.subject, describeVersion(version));
        f.remediation = QCoreApplication::translate("etp::rules", "Install Exchange Server 2003 Service Pack 2 on %1.")
                            .arg(f.subject);
        f.holds = context.rolePhases();
        findings.append(f);
    }
}

void serverExchange2000ServicePack(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &server : context.inventory().servers) {
        const ExchangeVersion version = context.versionOf(server);
        if (version.product != ExchangeProduct::Exchange2000 || !below(version, kExchange2000Sp3Build, 3))
            continue;
        Finding f = serverFinding(context, "SRV-E2000-SP", Severity::Blocker, server);
        f.message = QCoreApplication::translate("etp::rules",
                                                "%1 runs %2. Exchange 2007 requires Exchange 2000 Server SP3 (build "
                                                "6249) or later on every Exchange 2000 server.")
                        .arg(f.subject, describeVersion(version));
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Install Exchange 2000 Server Service Pack 3 on %1, then the post-SP3 "
                                          "update rollup of August 2004.")
                            .arg(f.subject);
        f.holds = context.rolePhases();
        findings.append(f);
    }
}

void serverExchange2000Rollup(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &server : context.inventory().servers) {
        if (context.versionOf(server).product != ExchangeProduct::Exchange2000)
            continue;
        Finding f = serverFinding(context, "SRV-E2000-ROLLUP", Severity::Manual, server);
        f.message = QCoreApplication::translate("etp::rules",
                                                "%1 runs Exchange 2000 Server. Exchange 2007 requires the post-SP3 "
                                                "update rollup of August 2004 (KB 870540) on it; the directory does "
                                                "not record whether it is installed.")
                        .arg(f.subject);
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Check the version of store.exe on %1 against the August 2004 rollup, "
                                          "install the rollup where it is missing, then answer yes.")
                            .arg(f.subject);
        f.holds = {context.existingPhase(PhaseId::PrepareAd)};
        findings.append(f);
    }
}

void serverVersionUnknown(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &server : context.inventory().servers) {
        if (context.versionOf(server).known())
            continue;
        Finding f = serverFinding(context, "SRV-VERSION-UNKNOWN", Severity::Warning, server);
        const QString serial =
            server.serialNumber.isEmpty() ? QCoreApplication::translate("etp::rules", "(empty)") : server.serialNumber;
        const QString number = server.versionNumber ? QString::number(*server.versionNumber)
                                                    : QCoreApplication::translate("etp::rules", "(empty)");
        f.message =
            QCoreApplication::translate("etp::rules", "The version of %1 cannot be read: serialNumber is %2 and "
                                                      "versionNumber is %3. The service-pack checks cannot judge it.")
                .arg(f.subject, serial, number);
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Look up the version and service pack of %1 in Exchange System Manager "
                                          "(server Properties, General) and type them into the inventory.")
                            .arg(f.subject);
        findings.append(f);
    }
}

void serverSite(const RuleContext &context, QList<Finding> &findings)
{
    const PlanningIndex &index = context.index();
    for (const auto &server : context.inventory().servers) {
        if (!isLegacyServer(server) || !index.siteOfServer(server.meta.id).isEmpty())
            continue;
        Finding f = serverFinding(context, "AD-SERVER-SITE", Severity::Warning, server);
        if (server.addresses.isEmpty()) {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "%1 has no known address, so its Active Directory site is "
                                                    "unknown and its routing group's target sites may be incomplete.")
                            .arg(f.subject);
        } else {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "No subnet of the inventory holds the addresses of %1 (%2), so "
                                                    "its Active Directory site is unknown and its routing group's "
                                                    "target sites may be incomplete.")
                            .arg(f.subject, server.addresses.join(QLatin1String(", ")));
        }
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Resolve the address of %1 (run discovery again without --no-resolve, or "
                                          "type it), and make sure its subnet is associated with its site in Active "
                                          "Directory Sites and Services.")
                            .arg(f.subject);
        const QString hub = context.existingPhase(PhaseId::HubTransport, server.routingGroupId);
        if (!hub.isEmpty())
            f.concerns.append(hub);
        findings.append(f);
    }
}

} // namespace etp::rules
