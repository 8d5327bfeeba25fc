// Organization-wide Exchange settings: recipient policies and SMTP namespaces, address lists, Recipient Update
// Services, offline address books, message delivery, Intelligent Message Filter, connection filtering, and the
// Exchange 5.5 coexistence objects (exchange-ad-reference.md sections 1.7, 1.8 and 1.10).

#include "MapperContext.h"

#include <QCoreApplication>

namespace etp::mapping {

namespace {

/// The domain of an SMTP address template: "SMTP:@contoso.com" and "smtp:%g.%s@contoso.com" -> "contoso.com".
QString smtpDomain(const QString &proxy)
{
    if (!proxy.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
        return {};
    const qsizetype at = proxy.lastIndexOf(QLatin1Char('@'));
    const QString domain = (at < 0 ? proxy.mid(5) : proxy.mid(at + 1)).trimmed().toLower();
    return domain;
}

void mapPolicies(Context &c)
{
    QStringList namespaces;
    QSet<QString> nonAuthoritative;
    for (const Entry &e : c.of(Family::RecipientPolicy)) {
        RecipientPolicy policy;
        policy.meta = c.meta(e);
        policy.name = Context::name(e);
        policy.filter = e.entry.text(QStringLiteral("purportedSearch"));
        policy.order = c.int32(e, QStringLiteral("msExchPolicyOrder"));
        policy.addressTemplates = e.entry.texts(QStringLiteral("gatewayProxy"));
        policy.nonAuthoritativeDomains = e.entry.texts(QStringLiteral("msExchNonAuthoritativeDomains"));
        for (const auto &proxy : policy.addressTemplates) {
            const QString domain = smtpDomain(proxy);
            if (domain.isEmpty() && proxy.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
                c.report(
                    e, QStringLiteral("gatewayProxy"),
                    QCoreApplication::translate("etp::DirectoryMapper", "\"%1\" names no SMTP domain.").arg(proxy));
            else if (!domain.isEmpty() && !namespaces.contains(domain))
                namespaces.append(domain);
        }
        for (const auto &domain : policy.nonAuthoritativeDomains) {
            const QString plain = domain.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive)
                                      ? smtpDomain(domain)
                                      : domain.trimmed().toLower();
            nonAuthoritative.insert(plain.startsWith(QLatin1Char('@')) ? plain.mid(1) : plain);
        }
        c.inventory.recipientPolicies.append(std::move(policy));
    }
    // The SMTP namespaces are the SMTP domains of all recipient policies (reference section 1.7).
    for (const auto &domain : namespaces) {
        SmtpNamespace smtp;
        smtp.meta = c.derivedMeta(QString::fromLatin1(SmtpNamespace::kind), domain);
        smtp.domain = domain;
        smtp.authoritative = !nonAuthoritative.contains(domain);
        c.inventory.smtpNamespaces.append(std::move(smtp));
    }
}

QString serverNamed(const Context &c, const QString &name)
{
    const QString wanted = name.section(QLatin1Char('.'), 0, 0);
    for (const auto &server : c.inventory.servers) {
        if (server.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (!server.fqdn.isEmpty() && server.fqdn.compare(name, Qt::CaseInsensitive) == 0))
            return server.meta.id;
    }
    return {};
}

void mapAddressing(Context &c)
{
    for (const Entry &e : c.of(Family::AddressList)) {
        // Only lists with a filter are lists; the containers above them ("All Address Lists") have none.
        const QString filter = e.entry.text(QStringLiteral("purportedSearch"));
        if (filter.isEmpty())
            continue;
        AddressList list;
        list.meta = c.meta(e);
        list.name = Context::name(e);
        list.filter = filter;
        c.inventory.addressLists.append(std::move(list));
    }
    for (const Entry &e : c.of(Family::RecipientUpdateService)) {
        RecipientUpdateService service;
        service.meta = c.meta(e);
        service.name = Context::name(e);
        service.serverName = e.entry.text(QStringLiteral("msExchServer1NetworkAddress"));
        service.serverId = serverNamed(c, service.serverName);
        service.domainDn = canonicalDn(e.entry.text(QStringLiteral("msExchDomainLink")));
        c.inventory.recipientUpdateServices.append(std::move(service));
    }
    for (const Entry &e : c.of(Family::OfflineAddressBook)) {
        OfflineAddressBook book;
        book.meta = c.meta(e);
        book.name = Context::name(e);
        book.serverId = c.serverFor(c.dnKey(e, QStringLiteral("offLineABServer")));
        c.inventory.offlineAddressBooks.append(std::move(book));
    }
}

QString hexDump(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

void mapDeliveryAndFiltering(Context &c)
{
    if (!c.of(Family::MessageDelivery).isEmpty()) {
        const Entry &e = c.of(Family::MessageDelivery).first();
        MessageDelivery &delivery = c.inventory.messageDelivery;
        const QString fixedId = delivery.meta.id;
        delivery.meta = c.meta(e);
        delivery.meta.id = fixedId;
        delivery.sendLimitKb = c.integer(e, QStringLiteral("submissionContLength"));
        delivery.receiveLimitKb = c.integer(e, QStringLiteral("delivContLength"));
        delivery.recipientLimit = c.int32(e, QStringLiteral("msExchRecipLimit"));
        // Sender filtering keeps its list in msExchTurfList on Message Delivery (ESM's Sender Filtering tab).
        delivery.senderFilters = e.entry.texts(QStringLiteral("msExchTurfList"));
    }
    AntiSpam &spam = c.inventory.antiSpam;
    if (!c.of(Family::ContentFilter).isEmpty()) {
        const Entry &e = c.of(Family::ContentFilter).first();
        const QString fixedId = spam.meta.id;
        spam.meta = c.meta(e);
        spam.meta.id = fixedId;
        if (const auto enabled = c.integer(e, QStringLiteral("msExchUceEnabled")))
            spam.imfEnabled = *enabled != 0;
        // msExchUceBlockThreshold is a string attribute holding the gateway SCL.
        spam.imfGatewayThreshold = c.int32(e, QStringLiteral("msExchUceBlockThreshold"));
        spam.imfStoreThreshold = c.int32(e, QStringLiteral("msExchUceStoreActionThreshold"));
    }
    for (const Entry &e : c.of(Family::ConnectionFilter)) {
        ++c.used;
        // IIS metabase IP-security blobs: kept as hex until a decoder is validated (reference section 1.9).
        for (const auto &value : e.entry.values(QStringLiteral("msExchSMTPGlobalIPAcceptList")))
            spam.ipAllowList.append(hexDump(value));
        for (const auto &value : e.entry.values(QStringLiteral("msExchSMTPGlobalIPDenyList")))
            spam.ipBlockList.append(hexDump(value));
    }
    for (const Entry &e : c.of(Family::ConnectionFilterRule)) {
        ++c.used;
        const QString zone = e.entry.text(QStringLiteral("msExchSmtpConnectionTurfListDNS"));
        if (!zone.isEmpty() && !spam.blockListProviders.contains(zone))
            spam.blockListProviders.append(zone);
    }
}

void mapLegacyObjects(Context &c)
{
    const auto add = [&c](const Entry &e, LegacyDirectoryKind kind, const QString &serverName) {
        LegacyDirectoryObject object;
        object.meta = c.meta(e);
        object.name = Context::name(e);
        object.objectKind = kind;
        object.serverName = serverName;
        c.inventory.legacyDirectoryObjects.append(std::move(object));
    };
    // SRS sits below its Exchange server object.
    for (const Entry &e : c.of(Family::SiteReplicationService))
        add(e, LegacyDirectoryKind::SiteReplicationService, e.dn().ancestor(1).rdnValue());
    // CN=Active Directory Connector (<Srv>),CN=Exchange Settings,CN=<Srv>,CN=Servers,CN=<Site>,CN=Sites,...
    for (const Entry &e : c.of(Family::AdcService))
        add(e, LegacyDirectoryKind::AdcService, e.dn().ancestor(2).rdnValue());
    // Connection agreements are children of the ADC object.
    for (const Entry &e : c.of(Family::ConnectionAgreement))
        add(e, LegacyDirectoryKind::ConnectionAgreement, e.dn().ancestor(3).rdnValue());
}

} // namespace

void mapExchangeSettings(Context &c)
{
    mapPolicies(c);
    mapAddressing(c);
    mapDeliveryAndFiltering(c);
    mapLegacyObjects(c);
}

} // namespace etp::mapping
