// Routing: SMTP virtual servers, routing-group masters and connectors of every class with their bridgeheads,
// destinations, address spaces and costs (exchange-ad-reference.md sections 1.5 and 1.9).

#include "MapperContext.h"

#include <QCoreApplication>

namespace etp::mapping {

namespace {

ConnectorType connectorType(const QStringList &classes)
{
    const auto has = [&](const char *name) {
        return classes.contains(QLatin1String(name));
    };
    if (has("msexchroutinggroupconnector"))
        return ConnectorType::RoutingGroup;
    if (has("msexchroutingsmtpconnector"))
        return ConnectorType::Smtp;
    if (has("x400link") || has("rfc1006x400link") || has("x25x400link") || has("tp4x400link") || has("rasx400link"))
        return ConnectorType::X400;
    if (has("msexchnotesconnector"))
        return ConnectorType::LotusNotes;
    if (has("msexchgroupwiseconnector"))
        return ConnectorType::GroupWise;
    if (has("msexchccmailconnector"))
        return ConnectorType::CcMail;
    if (has("msmailconnector"))
        return ConnectorType::MsMail;
    return ConnectorType::Other;
}

/// The cost written at the end of an address space, "SMTP:*;1" -> 1.
std::optional<int> addressSpaceCost(const QString &space)
{
    const qsizetype semicolon = space.lastIndexOf(QLatin1Char(';'));
    if (semicolon < 0)
        return std::nullopt;
    bool ok = false;
    const int cost = space.mid(semicolon + 1).trimmed().toInt(&ok);
    return ok ? std::optional<int>(cost) : std::nullopt;
}

void mapSmtpVirtualServers(Context &c)
{
    for (const Entry &e : c.of(Family::SmtpVirtualServer)) {
        SmtpVirtualServer vs;
        vs.meta = c.meta(e);
        vs.name = e.entry.text(QStringLiteral("adminDisplayName"));
        if (vs.name.isEmpty())
            vs.name = Context::name(e);
        // CN=<n>,CN=SMTP,CN=Protocols,CN=<Srv>,...
        vs.serverId = c.serverByDn.value(Context::ancestorKey(e, 3));
        vs.bindings = e.entry.texts(QStringLiteral("msExchServerBindings"));
        vs.authenticationFlags = c.int32(e, QStringLiteral("msExchAuthenticationFlags"));
        vs.outboundSecurity = c.int32(e, QStringLiteral("msExchSmtpOutboundSecurityFlag"));
        vs.fqdn = e.entry.text(QStringLiteral("msExchSmtpFullyQualifiedDomainName"));
        // The IIS metabase keeps the message size limit in bytes.
        if (const auto bytes = c.integer(e, QStringLiteral("msExchSmtpMaxMessageSize")))
            vs.maxMessageSizeKb = *bytes / 1024;
        vs.maxRecipients = c.int32(e, QStringLiteral("msExchSmtpMaxRecipients"));
        vs.smartHost = e.entry.text(QStringLiteral("msExchSmtpSmartHost"));
        vs.smartHostType = c.int32(e, QStringLiteral("msExchSmtpSmartHostType"));
        vs.relayForAuthenticated = c.boolean(e, QStringLiteral("msExchSmtpRelayForAuth"));
        // Filtering (connection, sender, recipient, IMF) is switched on per IP binding in
        // msExchServerBindingsFiltering.
        vs.filterEnabled = !e.entry.values(QStringLiteral("msExchServerBindingsFiltering")).isEmpty();
        if (!vs.serverId.isEmpty())
            c.smtpVirtualServerOwner.insert(e.key, vs.serverId);
        c.inventory.smtpVirtualServers.append(std::move(vs));
    }
}

void linkMasters(Context &c)
{
    const auto &entries = c.of(Family::RoutingGroup);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        RoutingGroup &group = c.inventory.routingGroups[i];
        if (group.masterDn.isEmpty())
            continue;
        // A master that was deleted reads "CN=EX01\0ADEL:<guid>,CN=Deleted Objects,…": kept as written, unresolved.
        const QString key = c.keyOf(entries[i], QStringLiteral("msExchRoutingMasterDN"), group.masterDn);
        if (!key.isEmpty())
            group.masterServerId = c.serverFor(key);
    }
}

QStringList bridgeheads(Context &c, const Entry &e, const QString &attribute)
{
    QStringList ids;
    for (const auto &key : c.dnKeys(e, attribute)) {
        const QString id = c.serverFor(key);
        if (id.isEmpty()) {
            c.report(e, attribute,
                     QCoreApplication::translate("etp::DirectoryMapper",
                                                 "The bridgehead \"%1\" is not an Exchange server in the export.")
                         .arg(key));
        } else if (!ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

void mapConnectors(Context &c)
{
    static const char *const documented[] = {"msExchNoPFConnection",
                                             "activationStyle",
                                             "msExchSmtpOutboundSecurityFlag",
                                             "msExchRoutingETRNDomains",
                                             "msExchNotesNotesServer",
                                             "msExchNotesForeignDomain",
                                             "msExchNotesRoutableDomains",
                                             "msExchGWiseAPIGatewayPath",
                                             "msExchGWiseForeignDomain",
                                             "msExchccMailPOName",
                                             "msExchccMailPOPath",
                                             "nAddress",
                                             "mTALocalDesig"};
    for (const Entry &e : c.of(Family::Connector)) {
        QStringList classes;
        for (const auto &value : e.entry.values(QStringLiteral("objectClass")))
            classes.append(QString::fromUtf8(value).toLower());
        Connector connector;
        connector.meta = c.meta(e);
        connector.name = Context::name(e);
        connector.type = connectorType(classes);
        const auto rawClasses = e.entry.texts(QStringLiteral("objectClass"));
        connector.objectClass = rawClasses.isEmpty() ? QString() : rawClasses.last();
        // CN=<connector>,CN=Connections,CN=<RG>,...
        connector.routingGroupId = c.routingGroupByDn.value(Context::ancestorKey(e, 2));
        connector.sourceBridgeheadIds = bridgeheads(c, e, QStringLiteral("msExchSourceBridgeheadServersDN"));
        connector.targetBridgeheadIds = bridgeheads(c, e, QStringLiteral("msExchTargetBridgeheadServersDN"));
        if (connector.sourceBridgeheadIds.isEmpty() && e.entry.has(QStringLiteral("homeMTA"))) {
            // X.400 and foreign connectors run on the MTA of one server: CN=Microsoft MTA,CN=<Srv>,...
            const QString id = c.serverFor(c.dnKey(e, QStringLiteral("homeMTA")));
            if (!id.isEmpty())
                connector.sourceBridgeheadIds.append(id);
        }
        const QString destination = c.dnKey(e, QStringLiteral("msExchDestinationRGDN"));
        if (!destination.isEmpty()) {
            connector.destinationRoutingGroupId = c.routingGroupByDn.value(destination);
            if (connector.destinationRoutingGroupId.isEmpty())
                c.report(e, QStringLiteral("msExchDestinationRGDN"),
                         QCoreApplication::translate("etp::DirectoryMapper",
                                                     "The destination routing group is not in the export."));
        }
        connector.addressSpaces = e.entry.texts(QStringLiteral("routingList"));
        connector.connectedDomains = e.entry.texts(QStringLiteral("connectedDomains"));
        connector.cost = c.int32(e, QStringLiteral("cost"));
        if (!connector.cost) {
            for (const auto &space : connector.addressSpaces) {
                const auto cost = addressSpaceCost(space);
                if (cost && (!connector.cost || *cost < *connector.cost))
                    connector.cost = cost;
            }
        }
        connector.smartHost = e.entry.text(QStringLiteral("msExchSmtpSmartHost"));
        connector.messageSizeLimitKb = c.int32(e, QStringLiteral("messageSizeLimit"));
        if (!connector.messageSizeLimitKb)
            connector.messageSizeLimitKb = c.int32(e, QStringLiteral("delivContLength"));
        QStringList properties;
        for (const char *attribute : documented) {
            const QStringList values = e.entry.texts(QString::fromLatin1(attribute));
            if (!values.isEmpty())
                properties.append(QString::fromLatin1(attribute) + QLatin1Char('=') + values.join(QLatin1String(", ")));
        }
        connector.properties = properties.join(QLatin1String("; "));
        c.inventory.connectors.append(std::move(connector));
    }
}

} // namespace

void mapExchangeRouting(Context &c)
{
    mapSmtpVirtualServers(c);
    linkMasters(c);
    mapConnectors(c);
}

} // namespace etp::mapping
