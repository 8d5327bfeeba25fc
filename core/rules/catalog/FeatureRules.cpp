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

/// True when the connector's own name already says what kind of connector it is ("Notes Connector (…)"), so that a
/// message does not name the kind twice.
bool nameSaysKind(const QString &name, ConnectorType type)
{
    const auto has = [&name](const char *word) {
        return name.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    switch (type) {
    case ConnectorType::CcMail:
        return has("cc:Mail");
    case ConnectorType::MsMail:
        return has("MS Mail");
    case ConnectorType::GroupWise:
        return has("GroupWise");
    case ConnectorType::X400:
        return has("X.400") || has("X400");
    case ConnectorType::LotusNotes:
        return has("Notes");
    default:
        return false;
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

/// An Exchange 2000 feature nobody has said is in use or not: a manual finding that holds the decommission of the
/// routing groups whose Exchange 2000 server could host it (the named server's, else every one with an Exchange
/// 2000 server), until answered. Without an Exchange 2000 server the question does not arise.
void openFeatureQuestion(const RuleContext &context, QList<Finding> &findings, const FeatureInUse &feature,
                         const QString &name, const ExchangeServer *host)
{
    QStringList holds;
    QStringList servers;
    for (const auto &server : context.inventory().servers) {
        if (host && server.meta.id != host->meta.id)
            continue;
        if (context.versionOf(server).product != ExchangeProduct::Exchange2000)
            continue;
        servers.append(context.serverName(server.meta.id));
        const QString key = context.existingPhase(PhaseId::Decommission, server.routingGroupId);
        if (!key.isEmpty() && !holds.contains(key))
            holds.append(key);
    }
    if (holds.isEmpty())
        return;
    Finding f =
        makeFinding("FEATURE-E2000", Severity::Manual, QString::fromLatin1(FeatureInUse::kind), feature.meta.id, name);
    f.message = QCoreApplication::translate("etp::rules",
                                            "Nobody has answered whether %1 is in use. Exchange 2007 does not support "
                                            "it: while it is in use, an Exchange 2000 server (%2) must stay.")
                    .arg(name, nameList(servers));
    f.remediation = QCoreApplication::translate(
                        "etp::rules", "Find out whether %1 is in use. If it is, record it as in use on its server in "
                                      "the inventory, so that the server is kept; if it is not, record that or answer "
                                      "yes.")
                        .arg(name);
    f.holds = holds;
    findings.append(f);
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
        const QString routingGroup = context.routingGroupName(connector.routingGroupId);
        if (nameSaysKind(f.subject, connector.type)) {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "%1 in routing group %2 runs on %3 (%4). Exchange 2007 does not "
                                                    "support it: keep at least one legacy server for it while it is "
                                                    "in use, so %3 stays when its routing group is decommissioned.")
                            .arg(f.subject, routingGroup, hostName, hostVersion);
        } else {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "%1 (%2) in routing group %3 runs on %4 (%5). Exchange 2007 does "
                                                    "not support it: keep at least one legacy server for it while it "
                                                    "is in use, so %4 stays when its routing group is "
                                                    "decommissioned.")
                            .arg(f.subject, connectorTypeName(connector.type), routingGroup, hostName, hostVersion);
        }
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
        if (feature.feature == Feature::Other || feature.inUse == false)
            continue;
        const QString name = featureName(feature.feature);
        const ExchangeServer *host = index.server(feature.serverId);
        if (!feature.inUse) {
            openFeatureQuestion(context, findings, feature, name, host);
            continue;
        }
        Finding f = makeFinding("FEATURE-E2000", Severity::Warning, QString::fromLatin1(FeatureInUse::kind),
                                feature.meta.id, name);
        const QString hostName = host ? context.serverName(host->meta.id)
                                      : QCoreApplication::translate("etp::rules", "an unrecorded server");
        f.message = QCoreApplication::translate("etp::rules",
                                                "%1 is in use on %2. Exchange 2007 does not support it: keep at least "
                                                "one Exchange 2000 server while it is in use, so %2 stays when its "
                                                "routing group is decommissioned.")
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
                                                    "%1%2 has no version compatible with Exchange 2007 in place. "
                                                    "Exchange-aware products must be upgraded to or replaced with "
                                                    "versions compatible with Exchange 2007.")
                            .arg(f.subject, version);
        } else {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "Nobody has confirmed that %1%2 has a version compatible with "
                                                    "Exchange 2007 in place. Exchange-aware products must be upgraded "
                                                    "to or replaced with versions compatible with Exchange 2007.")
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
        case ProductCategory::Other: {
            // By default the mailbox phases and the decommission of the hosting server's routing group (BlackBerry,
            // archiving and fax work on the mailboxes and run beside a legacy server); the person can tick more: a
            // phase name stands for all its instances, a full key for itself.
            const auto hold = [&f](const QString &key) {
                if (!key.isEmpty() && !f.holds.contains(key))
                    f.holds.append(key);
            };
            for (const auto &key : context.phaseKeys(PhaseId::Mailbox))
                hold(key);
            for (const auto &serverId : product.serverIds) {
                if (const ExchangeServer *server = context.index().server(serverId))
                    hold(context.existingPhase(PhaseId::Decommission, server->routingGroupId));
            }
            for (const auto &entry : product.heldPhases) {
                const auto parsed = parsePhaseKey(entry.trimmed());
                if (!parsed)
                    continue;
                const QStringList keys = parsed->second.isEmpty()
                                             ? context.phaseKeys(parsed->first)
                                             : QStringList{context.existingPhase(parsed->first, parsed->second)};
                for (const auto &key : keys)
                    hold(key);
            }
            break;
        }
        }
        findings.append(f);
    }
}

} // namespace etp::rules
