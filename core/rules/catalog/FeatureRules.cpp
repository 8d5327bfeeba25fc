// Unsupported features that keep a legacy server (seed: the Exchange 2000 and Exchange 2003 lists) and
// Exchange-aware products (seed: "Exchange-Aware Products").

#include "CatalogRules.h"

namespace etp::rules {

namespace {

QString connectorTypeName(ConnectorType type)
{
    switch (type) {
    case ConnectorType::CcMail:
        return QCoreApplication::translate("etp::rules", "cc:Mail connector");
    case ConnectorType::MsMail:
        return QCoreApplication::translate("etp::rules", "MS Mail connector");
    case ConnectorType::GroupWise:
        return QCoreApplication::translate("etp::rules", "GroupWise connector");
    case ConnectorType::X400:
        return QCoreApplication::translate("etp::rules", "X.400 connector");
    case ConnectorType::LotusNotes:
        return QCoreApplication::translate("etp::rules", "Connector for Lotus Notes");
    default:
        return QCoreApplication::translate("etp::rules", "connector");
    }
}

QString featureName(Feature feature)
{
    switch (feature) {
    case Feature::MobileInformationServer:
        return QCoreApplication::translate("etp::rules", "Microsoft Mobile Information Server");
    case Feature::InstantMessaging:
        return QCoreApplication::translate("etp::rules", "Instant Messaging service");
    case Feature::Chat:
        return QCoreApplication::translate("etp::rules", "Exchange Chat Service");
    case Feature::ConferencingServer:
        return QCoreApplication::translate("etp::rules", "Exchange 2000 Conferencing Server");
    case Feature::KeyManagementService:
        return QCoreApplication::translate("etp::rules", "Key Management Service");
    case Feature::Other:
        break;
    }
    return QCoreApplication::translate("etp::rules", "feature");
}

/// What to do about an unsupported connector (reference section 2.1, E11); %1 is the connector, %2 its server.
QString connectorRemediation(ConnectorType type)
{
    switch (type) {
    case ConnectorType::X400:
        return QCoreApplication::translate("etp::rules", "Ask the partner behind %1 to accept SMTP and replace the "
                                                         "X.400 connector with an SMTP connector, or keep %2 running "
                                                         "with it after the transition.");
    case ConnectorType::LotusNotes:
        return QCoreApplication::translate("etp::rules", "Move the coexistence with Lotus Domino to the Transporter "
                                                         "Suite (Domino 6 and later) over SMTP, or keep %2 running "
                                                         "with %1 after the transition.");
    case ConnectorType::GroupWise:
        return QCoreApplication::translate("etp::rules", "Replace %1 with SMTP mail flow to GroupWise, or keep %2 "
                                                         "running with it after the transition.");
    default:
        return QCoreApplication::translate("etp::rules", "Move the users of %1 to Exchange or to SMTP, or keep %2 "
                                                         "running with it after the transition.");
    }
}

/// The legacy server a connector runs on: its first legacy source bridgehead, else the routing group master when it is
/// a legacy server, else the first legacy server of its routing group. Only a legacy server can be kept for it.
const ExchangeServer *hostingServer(const RuleContext &context, const Connector &connector)
{
    const PlanningIndex &index = context.index();
    for (const auto &id : connector.sourceBridgeheadIds) {
        if (const ExchangeServer *server = index.server(id); server && isLegacyServer(*server))
            return server;
    }
    if (const RoutingGroup *rg = index.routingGroup(connector.routingGroupId)) {
        if (const ExchangeServer *master = index.server(rg->masterServerId); master && isLegacyServer(*master))
            return master;
    }
    for (const auto *server : index.serversOf(connector.routingGroupId)) {
        if (isLegacyServer(*server))
            return server;
    }
    return nullptr;
}

void addKeptServer(const RuleContext &context, Finding &f, const ExchangeServer *server, const QString &routingGroupId)
{
    if (server)
        f.keptServerId = server->meta.id;
    const QString rg = server ? server->routingGroupId : routingGroupId;
    const QString key = context.existingPhase(PhaseId::Decommission, rg);
    if (!key.isEmpty())
        f.concerns.append(key);
}

void connectorFeature(const RuleContext &context, QList<Finding> &findings, const char *rule,
                      std::initializer_list<ConnectorType> types)
{
    for (const auto &connector : context.inventory().connectors) {
        if (std::find(types.begin(), types.end(), connector.type) == types.end())
            continue;
        Finding f = makeFinding(rule, Severity::Warning, QString::fromLatin1(Connector::kind), connector.meta.id,
                                connector.name.isEmpty() ? connector.meta.id : connector.name);
        const ExchangeServer *host = hostingServer(context, connector);
        const QString hostName = host ? context.serverName(host->meta.id)
                                      : QCoreApplication::translate("etp::rules", "an unrecorded server");
        const QString hostVersion =
            host ? describeVersion(context.versionOf(*host)) : QCoreApplication::translate("etp::rules", "unknown");
        f.message = QCoreApplication::translate("etp::rules",
                                                "The %1 %2 in routing group %3 runs on %4 (%5). Exchange 2007 does not "
                                                "support it; the seed: keep at least one legacy server for it while "
                                                "it is in use, so %4 stays when its routing group is decommissioned.")
                        .arg(connectorTypeName(connector.type), f.subject,
                             context.routingGroupName(connector.routingGroupId), hostName, hostVersion);
        f.remediation = connectorRemediation(connector.type).arg(f.subject, hostName);
        addKeptServer(context, f, host, connector.routingGroupId);
        findings.append(f);
    }
}

} // namespace

void featureExchange2000(const RuleContext &context, QList<Finding> &findings)
{
    connectorFeature(context, findings, "FEATURE-E2000", {ConnectorType::CcMail, ConnectorType::MsMail});
    const PlanningIndex &index = context.index();
    for (const auto &feature : context.inventory().features) {
        if (feature.feature == Feature::Other || feature.inUse != true)
            continue;
        const QString name = featureName(feature.feature);
        Finding f = makeFinding("FEATURE-E2000", Severity::Warning, QString::fromLatin1(FeatureInUse::kind),
                                feature.meta.id, name);
        const ExchangeServer *host = index.server(feature.serverId);
        const QString hostName = host ? context.serverName(host->meta.id)
                                      : QCoreApplication::translate("etp::rules", "an unrecorded server");
        f.message = QCoreApplication::translate("etp::rules",
                                                "%1 is in use on %2. Exchange 2007 does not support it; the seed: keep "
                                                "at least one Exchange 2000 server while it is in use, so %2 stays "
                                                "when its routing group is decommissioned.")
                        .arg(name, hostName);
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Retire or replace %1 before the last Exchange 2000 server goes, or keep "
                                          "%2 running after the transition.")
                            .arg(name, hostName);
        addKeptServer(context, f, host, QString());
        findings.append(f);
    }
}

void featureExchange2003(const RuleContext &context, QList<Finding> &findings)
{
    connectorFeature(context, findings, "FEATURE-E2003",
                     {ConnectorType::GroupWise, ConnectorType::X400, ConnectorType::LotusNotes});
}

void productNotReady(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &product : context.inventory().products) {
        if (product.exchange2007Ready == true)
            continue;
        Finding f = makeFinding("PRODUCT-NOT-READY", Severity::Blocker, QString::fromLatin1(ExchangeAwareProduct::kind),
                                product.meta.id, product.name.isEmpty() ? product.meta.id : product.name);
        const QString version = product.version.isEmpty() ? QString() : QLatin1Char(' ') + product.version;
        if (product.exchange2007Ready == false) {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "%1%2 has no version compatible with Exchange 2007 in place. The "
                                                    "seed: Exchange-aware products must be upgraded or replaced with "
                                                    "versions compatible with Exchange 2007.")
                            .arg(f.subject, version);
        } else {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "Nobody has confirmed that %1%2 has a version compatible with "
                                                    "Exchange 2007 in place. The seed: Exchange-aware products must be "
                                                    "upgraded or replaced with versions compatible with Exchange "
                                                    "2007.")
                            .arg(f.subject, version);
        }
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Obtain a version of %1 that supports Exchange 2007 (or a replacement), "
                                          "plan it for the new servers, and mark it compatible in the inventory.")
                            .arg(f.subject);
        switch (product.category) {
        case ProductCategory::AntiVirus:
            f.holds = context.phaseKeys(PhaseId::HubTransport) + context.phaseKeys(PhaseId::EdgeTransport) +
                      context.phaseKeys(PhaseId::Mailbox);
            break;
        case ProductCategory::AntiSpam:
            f.holds = context.phaseKeys(PhaseId::HubTransport) + context.phaseKeys(PhaseId::EdgeTransport);
            break;
        case ProductCategory::Backup:
            f.holds = context.phaseKeys(PhaseId::Mailbox);
            break;
        case ProductCategory::Other:
            // The phases the person ticked: a phase name stands for all its instances, a full key for itself.
            for (const auto &entry : product.heldPhases) {
                const auto parsed = parsePhaseKey(entry.trimmed());
                if (!parsed)
                    continue;
                const QStringList keys = parsed->second.isEmpty()
                                             ? context.phaseKeys(parsed->first)
                                             : QStringList{context.existingPhase(parsed->first, parsed->second)};
                for (const auto &key : keys) {
                    if (!key.isEmpty() && !f.holds.contains(key))
                        f.holds.append(key);
                }
            }
            if (product.heldPhases.isEmpty())
                f.holds = context.rolePhases();
            break;
        }
        findings.append(f);
    }
}

} // namespace etp::rules
