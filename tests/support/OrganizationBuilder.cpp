#include "OrganizationBuilder.h"

#include "model/ExchangeVersion.h"
#include "rules/RuleCatalog.h"

#include <QTimeZone>

namespace etp::test {

namespace {

ObjectMeta metaWithId(const QString &id)
{
    ObjectMeta meta;
    meta.id = id;
    meta.origin = Source::Typed;
    return meta;
}

} // namespace

OrganizationBuilder::OrganizationBuilder()
{
    auto &org = inventory().organization;
    org.name = QStringLiteral("Contoso");
    org.mixedMode = false;
    org.meta.legacyDn = QStringLiteral("/o=Contoso");
    auto &forest = inventory().forest;
    forest.rootDomain = QStringLiteral("contoso.com");
    forest.functionalLevel = 2;
}

OrganizationBuilder OrganizationBuilder::ready()
{
    OrganizationBuilder b;
    b.site(QStringLiteral("site-hq"), QStringLiteral("HQ"));
    b.subnet(QStringLiteral("192.0.2.0/24"), QStringLiteral("site-hq"));
    b.domainController(QStringLiteral("dc-hq1"), QStringLiteral("site-hq"), true);
    b.inventory().forest.schemaMasterDcId = QStringLiteral("dc-hq1");
    b.domain(QStringLiteral("dom-contoso"), QStringLiteral("contoso.com"), false);
    b.routingGroup(QStringLiteral("rg-hq"), QStringLiteral("HQ Routing Group"));
    b.server(QStringLiteral("srv-ex01"), QStringLiteral("rg-hq"),
             QStringLiteral("Version 6.5 (Build 7638.2: Service Pack 2)"), QStringLiteral("192.0.2.10"));
    b.mailboxStore(QStringLiteral("mdb-ex01"), QStringLiteral("srv-ex01"), 250);
    return b;
}

AdSite &OrganizationBuilder::site(const QString &id, const QString &name)
{
    AdSite s;
    s.meta = metaWithId(id);
    s.name = name.isEmpty() ? id : name;
    inventory().sites.append(s);
    return inventory().sites.last();
}

Subnet &OrganizationBuilder::subnet(const QString &prefix, const QString &siteId)
{
    Subnet s;
    s.meta = metaWithId(QStringLiteral("subnet-") + prefix);
    s.prefix = prefix;
    s.siteId = siteId;
    inventory().subnets.append(s);
    return inventory().subnets.last();
}

DomainController &OrganizationBuilder::domainController(const QString &id, const QString &siteId, bool globalCatalog,
                                                        const QString &os, const QString &version,
                                                        const QString &servicePack)
{
    DomainController dc;
    dc.meta = metaWithId(id);
    dc.name = id.toUpper();
    dc.siteId = siteId;
    dc.globalCatalog = globalCatalog;
    dc.operatingSystem = os;
    dc.operatingSystemVersion = version;
    dc.operatingSystemServicePack = servicePack;
    dc.ntdsSettingsDn =
        QStringLiteral("CN=NTDS Settings,CN=%1,CN=Servers,CN=%2,CN=Sites,CN=Configuration,DC=contoso,DC=com")
            .arg(dc.name, siteId);
    inventory().domainControllers.append(dc);
    return inventory().domainControllers.last();
}

Domain &OrganizationBuilder::domain(const QString &id, const QString &dnsName, bool mixed)
{
    Domain d;
    d.meta = metaWithId(id);
    d.dnsName = dnsName;
    QStringList parts;
    for (const auto &label : dnsName.split(QLatin1Char('.')))
        parts.append(QStringLiteral("DC=") + label);
    d.namingContext = parts.join(QLatin1Char(','));
    d.mixedMode = mixed;
    inventory().domains.append(d);
    return inventory().domains.last();
}

RoutingGroup &OrganizationBuilder::routingGroup(const QString &id, const QString &name)
{
    RoutingGroup rg;
    rg.meta = metaWithId(id);
    rg.name = name.isEmpty() ? id : name;
    inventory().routingGroups.append(rg);
    return inventory().routingGroups.last();
}

ExchangeServer &OrganizationBuilder::server(const QString &id, const QString &routingGroupId,
                                            const QString &serialNumber, const QString &address,
                                            std::optional<qint64> versionNumber)
{
    ExchangeServer s;
    s.meta = metaWithId(id);
    s.name = id.mid(id.indexOf(QLatin1Char('-')) + 1).toUpper();
    s.meta.legacyDn =
        QStringLiteral("/o=Contoso/ou=First Administrative Group/cn=Configuration/cn=Servers/cn=") + s.name;
    s.routingGroupId = routingGroupId;
    s.serialNumber = serialNumber;
    s.versionNumber = versionNumber;
    if (!address.isEmpty())
        s.addresses = {address};
    applyVersion(s);
    inventory().servers.append(s);
    return inventory().servers.last();
}

Store &OrganizationBuilder::mailboxStore(const QString &id, const QString &serverId, int mailboxes)
{
    Store s;
    s.meta = metaWithId(id);
    s.name = QStringLiteral("Mailbox Store (%1)").arg(serverId);
    s.serverId = serverId;
    s.storeKind = StoreKind::Mailbox;
    s.mailboxCount = mailboxes;
    inventory().stores.append(s);
    return inventory().stores.last();
}

Store &OrganizationBuilder::publicStore(const QString &id, const QString &serverId)
{
    Store s;
    s.meta = metaWithId(id);
    s.name = QStringLiteral("Public Folder Store (%1)").arg(serverId);
    s.serverId = serverId;
    s.storeKind = StoreKind::PublicFolder;
    inventory().stores.append(s);
    return inventory().stores.last();
}

Connector &OrganizationBuilder::connector(const QString &id, ConnectorType type, const QString &routingGroupId,
                                          const QString &destinationRoutingGroupId)
{
    Connector c;
    c.meta = metaWithId(id);
    c.name = id;
    c.type = type;
    c.routingGroupId = routingGroupId;
    c.destinationRoutingGroupId = destinationRoutingGroupId;
    inventory().connectors.append(c);
    return inventory().connectors.last();
}

Connector &OrganizationBuilder::link(const QString &from, const QString &to)
{
    return connector(QStringLiteral("rgc-%1-%2").arg(from, to), ConnectorType::RoutingGroup, from, to);
}

ManualAnswer &OrganizationBuilder::answer(const QString &findingId, bool yes, const QString &by)
{
    ManualAnswer a;
    a.findingId = findingId;
    a.yes = yes;
    a.by = by;
    a.at = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    project.plan.answers.append(a);
    return project.plan.answers.last();
}

QList<Finding> findingsOf(const QList<Finding> &findings, const QString &rule)
{
    QList<Finding> out;
    for (const auto &f : findings) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

const Finding *findingById(const QList<Finding> &findings, const QString &id)
{
    for (const auto &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QList<Finding> evaluate(const Project &project, const QString &rule)
{
    return findingsOf(evaluateRules(project), rule);
}

} // namespace etp::test
