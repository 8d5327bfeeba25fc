#include "InventoryLdif.h"

#include "directory/Dn.h"
#include "model/FieldCodec.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace etp::test {

namespace {

using Attributes = QList<std::pair<QString, QByteArray>>;

QString esc(const QString &value)
{
    return escapeDnValue(value);
}

bool needsBase64(const QByteArray &value)
{
    if (value.isEmpty())
        return false;
    const auto first = static_cast<unsigned char>(value.front());
    if (first == ' ' || first == ':' || first == '<' || value.back() == ' ')
        return true;
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e)
            return true;
    }
    return false;
}

class Writer {
public:
    explicit Writer(LdifStyle style)
        : m_style(style)
    {
    }

    void record(QByteArray &file, const QString &dn, const Attributes &attributes)
    {
        const QByteArray eol = m_style == LdifStyle::Ldifde ? "\r\n" : "\n";
        QByteArray text;
        const auto line = [&](const QByteArray &name, const QByteArray &value) {
            QByteArray l = needsBase64(value) ? name + ":: " + value.toBase64() : name + ": " + value;
            if (m_style == LdifStyle::Ldifde) {
                // Fold at 76 columns: continuation lines start with one space.
                while (l.size() > 76) {
                    text += l.left(76) + eol;
                    l = ' ' + l.mid(76);
                }
            }
            text += l + eol;
        };
        line("dn", dn.toUtf8());
        if (m_style == LdifStyle::Ldifde)
            line("changetype", "add");
        for (const auto &[name, value] : attributes)
            line(name.toLatin1(), value);
        if (!attributes.isEmpty() && std::none_of(attributes.begin(), attributes.end(),
                                                  [](const auto &a) { return a.first == QLatin1String("objectGUID"); }))
            line("objectGUID", QUuid::createUuidV5(QUuid(), dn.toLower()).toRfc4122());
        text += eol;
        file += text;
    }

    /// Emits the containers above `dn` (not `dn` itself) that were not written yet, down to `base`.
    void containers(QByteArray &file, const QString &dn, const QString &base)
    {
        auto parsed = DistinguishedName::parse(dn);
        auto baseDn = DistinguishedName::parse(base);
        if (!parsed || !baseDn)
            return;
        QList<DistinguishedName> missing;
        for (auto parent = parsed->parent(); parent.size() > baseDn->size(); parent = parent.parent()) {
            if (m_written.contains(parent.normalized()))
                break;
            missing.prepend(parent);
        }
        for (const auto &container : missing) {
            m_written.insert(container.normalized());
            const QString type = container.rdns().first().attributes.first().type.toLower();
            const QByteArray objectClass = type == QLatin1String("ou") ? "organizationalUnit" : "container";
            record(file, container.toString(),
                   {{QStringLiteral("objectClass"), "top"},
                    {QStringLiteral("objectClass"), objectClass},
                    {type == QLatin1String("ou") ? QStringLiteral("ou") : QStringLiteral("cn"),
                     container.rdnValue().toUtf8()}});
        }
    }

    /// Writes an object and the containers above it.
    void object(QByteArray &file, const QString &dn, const QString &base, const Attributes &attributes)
    {
        containers(file, dn, base);
        m_written.insert(normalizeDn(dn).value_or(dn));
        record(file, dn, attributes);
    }
    void markWritten(const QString &dn) { m_written.insert(normalizeDn(dn).value_or(dn)); }

private:
    LdifStyle m_style;
    QSet<QString> m_written;
};

QByteArray num(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

void addClasses(Attributes &a, std::initializer_list<const char *> classes)
{
    for (const char *c : classes)
        a.append({QStringLiteral("objectClass"), QByteArray(c)});
}

void addIdentity(Attributes &a, const ObjectMeta &meta, const QString &name)
{
    a.append({QStringLiteral("cn"), utf8(name)});
    a.append({QStringLiteral("name"), utf8(name)});
    const QByteArray guid = guidBytes(meta.guid.isEmpty() ? meta.id : meta.guid);
    if (!guid.isEmpty())
        a.append({QStringLiteral("objectGUID"), guid});
    if (!meta.legacyDn.isEmpty())
        a.append({QStringLiteral("legacyExchangeDN"), utf8(meta.legacyDn)});
}

QString domainDnOf(const Domain &domain)
{
    if (!domain.namingContext.isEmpty())
        return domain.namingContext;
    QStringList parts;
    for (const auto &label : domain.dnsName.split(QLatin1Char('.')))
        parts.append(QStringLiteral("DC=") + esc(label));
    return parts.join(QLatin1Char(','));
}

} // namespace

QStringList describeInventory(const Inventory &inventory)
{
    QStringList lines;
    const auto line = [&](const auto &object) {
        lines.append(QString::fromUtf8(QJsonDocument(objectToJson(object)).toJson(QJsonDocument::Compact)));
    };
    inventory.singles(line);
    inventory.collections([&](const auto &list) {
        for (const auto &object : list)
            line(object);
    });
    lines.sort();
    return lines;
}

QByteArray guidBytes(const QString &guid)
{
    const QUuid uuid = QUuid::fromString(guid);
    if (uuid.isNull())
        return {};
    // AD stores the first three groups little-endian.
    QByteArray bytes = uuid.toRfc4122();
    std::reverse(bytes.begin(), bytes.begin() + 4);
    std::reverse(bytes.begin() + 4, bytes.begin() + 6);
    std::reverse(bytes.begin() + 6, bytes.begin() + 8);
    return bytes;
}

QByteArray sidBytes(const QString &sid)
{
    const QStringList parts = sid.split(QLatin1Char('-'));
    if (parts.size() < 3 || parts[0] != QLatin1String("S"))
        return {};
    QByteArray bytes;
    bytes.append(char(parts[1].toInt()));
    bytes.append(char(parts.size() - 3));
    const quint64 authority = parts[2].toULongLong();
    for (int shift = 40; shift >= 0; shift -= 8)
        bytes.append(char((authority >> shift) & 0xff));
    for (int i = 3; i < parts.size(); ++i) {
        const quint32 value = parts[i].toUInt();
        for (int shift = 0; shift < 32; shift += 8)
            bytes.append(char((value >> shift) & 0xff));
    }
    return bytes;
}

QList<LdifFile> exportInventory(const Inventory &inv, LdifStyle style, const LdifExtras &extras)
{
    Writer w(style);
    QByteArray config;
    QByteArray schema;
    QMap<QString, QByteArray> domainFiles; // domain DN -> text
    if (style == LdifStyle::Ldapsearch) {
        config = "version: 1\n\n";
        schema = config;
    }

    // The forest root: the domain marked as root, else the first, else contoso.com.
    QString root = QStringLiteral("DC=contoso,DC=com");
    for (const auto &domain : inv.domains) {
        if (domain.forestRoot || root.isEmpty())
            root = domainDnOf(domain);
    }
    if (!inv.domains.isEmpty() &&
        std::none_of(inv.domains.begin(), inv.domains.end(), [](const Domain &d) { return d.forestRoot; }))
        root = domainDnOf(inv.domains.first());
    const QString configDn = QStringLiteral("CN=Configuration,") + root;
    w.markWritten(root);
    const auto domainFile = [&](const QString &dn) -> QByteArray & {
        QString best = root;
        int bestSize = 0;
        const auto target = DistinguishedName::parse(dn);
        for (const auto &domain : inv.domains) {
            const QString d = domainDnOf(domain);
            const auto parsed = DistinguishedName::parse(d);
            if (target && parsed && parsed->size() > bestSize && (*target == *parsed || target->isBelow(*parsed))) {
                best = d;
                bestSize = parsed->size();
            }
        }
        QByteArray &file = domainFiles[best];
        if (file.isEmpty() && style == LdifStyle::Ldapsearch)
            file = "version: 1\n\n";
        return file;
    };

    // Configuration NC head.
    {
        Attributes a;
        addClasses(a, {"top", "configuration"});
        a.append({QStringLiteral("cn"), "Configuration"});
        w.object(config, configDn, root, a);
    }

    // Partitions, crossRefs and domain heads.
    const QString partitions = QStringLiteral("CN=Partitions,") + configDn;
    {
        Attributes a;
        addClasses(a, {"top", "crossRefContainer"});
        a.append({QStringLiteral("cn"), "Partitions"});
        if (inv.forest.functionalLevel)
            a.append({QStringLiteral("msDS-Behavior-Version"), num(*inv.forest.functionalLevel)});
        w.object(config, partitions, root, a);
    }
    for (const auto &domain : inv.domains) {
        const QString dn = domainDnOf(domain);
        const QString netbios = domain.netbiosName.isEmpty() ? domain.dnsName.section(QLatin1Char('.'), 0, 0).toUpper()
                                                             : domain.netbiosName;
        Attributes ref;
        addClasses(ref, {"top", "crossRef"});
        ref.append({QStringLiteral("cn"), utf8(netbios)});
        ref.append({QStringLiteral("nCName"), utf8(dn)});
        ref.append({QStringLiteral("dnsRoot"), utf8(domain.dnsName)});
        ref.append({QStringLiteral("nETBIOSName"), utf8(netbios)});
        ref.append({QStringLiteral("systemFlags"), "3"});
        if (domain.mixedMode)
            ref.append({QStringLiteral("nTMixedDomain"), *domain.mixedMode ? "1" : "0"});
        w.object(config, QStringLiteral("CN=") + esc(netbios) + QLatin1Char(',') + partitions, root, ref);

        Attributes head;
        addClasses(head, {"top", "domain", "domainDNS"});
        head.append({QStringLiteral("dc"), utf8(domain.dnsName.section(QLatin1Char('.'), 0, 0))});
        head.append({QStringLiteral("name"), utf8(domain.dnsName.section(QLatin1Char('.'), 0, 0))});
        const QByteArray guid = guidBytes(domain.meta.guid.isEmpty() ? domain.meta.id : domain.meta.guid);
        if (!guid.isEmpty())
            head.append({QStringLiteral("objectGUID"), guid});
        if (!domain.sid.isEmpty())
            head.append({QStringLiteral("objectSid"), sidBytes(domain.sid)});
        if (domain.mixedMode)
            head.append({QStringLiteral("nTMixedDomain"), *domain.mixedMode ? "1" : "0"});
        if (domain.functionalLevel)
            head.append({QStringLiteral("msDS-Behavior-Version"), num(*domain.functionalLevel)});
        QByteArray &file = domainFile(dn);
        w.record(file, dn, head);
        w.markWritten(dn);
    }

    // Sites, subnets, site links, domain controllers.
    const QString sitesDn = QStringLiteral("CN=Sites,") + configDn;
    {
        Attributes a;
        addClasses(a, {"top", "sitesContainer"});
        a.append({QStringLiteral("cn"), "Sites"});
        w.object(config, sitesDn, root, a);
    }
    QHash<QString, QString> siteDn;
    for (const auto &site : inv.sites) {
        const QString dn = QStringLiteral("CN=") + esc(site.name) + QLatin1Char(',') + sitesDn;
        siteDn.insert(site.meta.id, dn);
        Attributes a;
        addClasses(a, {"top", "site"});
        addIdentity(a, site.meta, site.name);
        if (!site.description.isEmpty())
            a.append({QStringLiteral("description"), utf8(site.description)});
        if (!site.location.isEmpty())
            a.append({QStringLiteral("location"), utf8(site.location)});
        w.object(config, dn, root, a);
    }
    for (const auto &subnet : inv.subnets) {
        Attributes a;
        addClasses(a, {"top", "subnet"});
        addIdentity(a, subnet.meta, subnet.prefix);
        if (siteDn.contains(subnet.siteId))
            a.append({QStringLiteral("siteObject"), utf8(siteDn.value(subnet.siteId))});
        if (!subnet.location.isEmpty())
            a.append({QStringLiteral("location"), utf8(subnet.location)});
        w.object(config, QStringLiteral("CN=") + esc(subnet.prefix) + QStringLiteral(",CN=Subnets,") + sitesDn, root,
                 a);
    }
    for (const auto &link : inv.siteLinks) {
        Attributes a;
        addClasses(a, {"top", "siteLink"});
        addIdentity(a, link.meta, link.name);
        for (const auto &id : link.siteIds)
            a.append({QStringLiteral("siteList"), utf8(siteDn.value(id))});
        if (link.cost)
            a.append({QStringLiteral("cost"), num(*link.cost)});
        if (link.replicationIntervalMinutes)
            a.append({QStringLiteral("replInterval"), num(*link.replicationIntervalMinutes)});
        const QString transport = link.transport.isEmpty() ? QStringLiteral("IP") : link.transport;
        w.object(config,
                 QStringLiteral("CN=") + esc(link.name) + QStringLiteral(",CN=") + esc(transport) +
                     QStringLiteral(",CN=Inter-Site Transports,") + sitesDn,
                 root, a);
    }
    QHash<QString, QString> ntdsOfDc;
    for (const auto &dc : inv.domainControllers) {
        const QString site = siteDn.value(dc.siteId, QStringLiteral("CN=Default-First-Site-Name,") + sitesDn);
        const QString serverDn = QStringLiteral("CN=") + esc(dc.name) + QStringLiteral(",CN=Servers,") + site;
        QString domainDn = root;
        for (const auto &domain : inv.domains) {
            if (domain.meta.id == dc.domainId)
                domainDn = domainDnOf(domain);
        }
        const QString computerDn = dc.computerDn.isEmpty() ? QStringLiteral("CN=") + esc(dc.name) +
                                                                 QStringLiteral(",OU=Domain Controllers,") + domainDn
                                                           : dc.computerDn;
        Attributes a;
        addClasses(a, {"top", "server"});
        addIdentity(a, dc.meta, dc.name);
        if (!dc.fqdn.isEmpty())
            a.append({QStringLiteral("dNSHostName"), utf8(dc.fqdn)});
        a.append({QStringLiteral("serverReference"), utf8(computerDn)});
        w.object(config, serverDn, root, a);
        Attributes ntds;
        addClasses(ntds, {"top", "applicationSettings", "nTDSDSA"});
        ntds.append({QStringLiteral("cn"), "NTDS Settings"});
        ntds.append({QStringLiteral("options"), dc.globalCatalog.value_or(false) ? "1" : "0"});
        if (dc.dcFunctionalLevel)
            ntds.append({QStringLiteral("msDS-Behavior-Version"), num(*dc.dcFunctionalLevel)});
        const QString ntdsDn = QStringLiteral("CN=NTDS Settings,") + serverDn;
        ntdsOfDc.insert(dc.meta.id, ntdsDn);
        w.object(config, ntdsDn, root, ntds);
        Attributes computer;
        addClasses(computer, {"top", "person", "organizationalPerson", "user", "computer"});
        computer.append({QStringLiteral("cn"), utf8(dc.name)});
        computer.append({QStringLiteral("sAMAccountName"), utf8(dc.name + QLatin1Char('$'))});
        if (!dc.fqdn.isEmpty())
            computer.append({QStringLiteral("dNSHostName"), utf8(dc.fqdn)});
        if (!dc.operatingSystem.isEmpty())
            computer.append({QStringLiteral("operatingSystem"), utf8(dc.operatingSystem)});
        if (!dc.operatingSystemVersion.isEmpty())
            computer.append({QStringLiteral("operatingSystemVersion"), utf8(dc.operatingSystemVersion)});
        if (!dc.operatingSystemServicePack.isEmpty())
            computer.append({QStringLiteral("operatingSystemServicePack"), utf8(dc.operatingSystemServicePack)});
        w.object(domainFile(computerDn), computerDn, domainDn, computer);
    }

    // Schema NC: the schema master and the Exchange schema version.
    const QString schemaDn = QStringLiteral("CN=Schema,") + configDn;
    {
        Attributes a;
        addClasses(a, {"top", "dMD"});
        a.append({QStringLiteral("cn"), "Schema"});
        QString owner = inv.forest.schemaMasterDn;
        if (owner.isEmpty() && ntdsOfDc.contains(inv.forest.schemaMasterDcId))
            owner = ntdsOfDc.value(inv.forest.schemaMasterDcId);
        if (!owner.isEmpty())
            a.append({QStringLiteral("fSMORoleOwner"), utf8(owner)});
        w.record(schema, schemaDn, a);
        w.markWritten(schemaDn);
        if (inv.organization.exchangeSchemaVersion) {
            Attributes v;
            addClasses(v, {"top", "attributeSchema"});
            v.append({QStringLiteral("cn"), "ms-Exch-Schema-Version-Pt"});
            v.append({QStringLiteral("rangeUpper"), num(*inv.organization.exchangeSchemaVersion)});
            w.record(schema, QStringLiteral("CN=ms-Exch-Schema-Version-Pt,") + schemaDn, v);
        }
    }

    // The Exchange organization.
    const QString exchangeDn = QStringLiteral("CN=Microsoft Exchange,CN=Services,") + configDn;
    {
        Attributes a;
        addClasses(a, {"top", "container", "msExchConfigurationContainer"});
        a.append({QStringLiteral("cn"), "Microsoft Exchange"});
        w.object(config, exchangeDn, root, a);
    }
    const QString orgName = inv.organization.name.isEmpty() ? QStringLiteral("Organization") : inv.organization.name;
    const QString orgDn = QStringLiteral("CN=") + esc(orgName) + QLatin1Char(',') + exchangeDn;
    {
        Attributes a;
        addClasses(a, {"top", "container", "msExchOrganizationContainer"});
        addIdentity(a, inv.organization.meta, orgName);
        if (inv.organization.mixedMode)
            a.append({QStringLiteral("msExchMixedMode"), *inv.organization.mixedMode ? "TRUE" : "FALSE"});
        if (inv.organization.objectVersion)
            a.append({QStringLiteral("objectVersion"), num(*inv.organization.objectVersion)});
        w.object(config, orgDn, root, a);
    }
    QHash<QString, QString> agDn, serverDn, rgDn, sgDn, treeDn;
    const QString agsDn = QStringLiteral("CN=Administrative Groups,") + orgDn;
    for (const auto &ag : inv.adminGroups) {
        const QString dn = QStringLiteral("CN=") + esc(ag.name) + QLatin1Char(',') + agsDn;
        agDn.insert(ag.meta.id, dn);
        Attributes a;
        addClasses(a, {"top", "msExchAdminGroup"});
        addIdentity(a, ag.meta, ag.name);
        a.append({QStringLiteral("msExchDefaultAdminGroup"), ag.isDefault ? "TRUE" : "FALSE"});
        w.object(config, dn, root, a);
    }
    const QString fallbackAg = QStringLiteral("CN=First Administrative Group,") + agsDn;
    for (const auto &rg : inv.routingGroups)
        rgDn.insert(rg.meta.id, QStringLiteral("CN=") + esc(rg.name) + QStringLiteral(",CN=Routing Groups,") +
                                    agDn.value(rg.adminGroupId, fallbackAg));
    for (const auto &server : inv.servers)
        serverDn.insert(server.meta.id, QStringLiteral("CN=") + esc(server.name) + QStringLiteral(",CN=Servers,") +
                                            agDn.value(server.adminGroupId, fallbackAg));
    for (const auto &rg : inv.routingGroups) {
        Attributes a;
        addClasses(a, {"top", "msExchRoutingGroup"});
        addIdentity(a, rg.meta, rg.name);
        if (serverDn.contains(rg.masterServerId))
            a.append({QStringLiteral("msExchRoutingMasterDN"), utf8(serverDn.value(rg.masterServerId))});
        else if (!rg.masterDn.isEmpty())
            a.append({QStringLiteral("msExchRoutingMasterDN"), utf8(rg.masterDn)});
        w.object(config, rgDn.value(rg.meta.id), root, a);
    }
    QHash<QString, QString> rootDomainForComputers;
    for (const auto &server : inv.servers) {
        Attributes a;
        addClasses(a, {"top", "server", "msExchExchangeServer"});
        addIdentity(a, server.meta, server.name);
        if (!server.fqdn.isEmpty())
            a.append({QStringLiteral("networkAddress"), utf8(QStringLiteral("ncacn_ip_tcp:") + server.fqdn)});
        a.append({QStringLiteral("networkAddress"), utf8(QStringLiteral("netbios:") + server.name)});
        if (!server.serialNumber.isEmpty())
            a.append({QStringLiteral("serialNumber"), utf8(server.serialNumber)});
        if (server.versionNumber)
            a.append({QStringLiteral("versionNumber"), num(*server.versionNumber)});
        if (server.serverRole)
            a.append({QStringLiteral("serverRole"), num(*server.serverRole)});
        if (server.legacyServerRole)
            a.append({QStringLiteral("msExchServerRole"), num(*server.legacyServerRole)});
        if (rgDn.contains(server.routingGroupId))
            a.append({QStringLiteral("msExchHomeRoutingGroup"), utf8(rgDn.value(server.routingGroupId))});
        w.object(config, serverDn.value(server.meta.id), root, a);
        // The computer object in its domain, in its OU.
        if (!server.ou.isEmpty() || !server.computerDn.isEmpty()) {
            const QString computerDn = server.computerDn.isEmpty()
                                           ? QStringLiteral("CN=") + esc(server.name) + QLatin1Char(',') + server.ou
                                           : server.computerDn;
            Attributes c;
            addClasses(c, {"top", "person", "organizationalPerson", "user", "computer"});
            c.append({QStringLiteral("cn"), utf8(server.name)});
            c.append({QStringLiteral("sAMAccountName"), utf8(server.name + QLatin1Char('$'))});
            if (!server.fqdn.isEmpty())
                c.append({QStringLiteral("dNSHostName"), utf8(server.fqdn)});
            QByteArray &file = domainFile(computerDn);
            QString base = root;
            for (const auto &domain : inv.domains) {
                const auto d = DistinguishedName::parse(domainDnOf(domain));
                const auto cd = DistinguishedName::parse(computerDn);
                if (d && cd && cd->isBelow(*d))
                    base = domainDnOf(domain);
            }
            w.object(file, computerDn, base, c);
        }
    }
    for (const auto &tree : inv.publicFolderTrees) {
        const QString dn = QStringLiteral("CN=") + esc(tree.name) + QStringLiteral(",CN=Folder Hierarchies,") +
                           agDn.value(tree.adminGroupId, fallbackAg);
        treeDn.insert(tree.meta.id, dn);
        Attributes a;
        addClasses(a, {"top", "msExchPFTree"});
        addIdentity(a, tree.meta, tree.name);
        if (tree.treeType)
            a.append({QStringLiteral("msExchPFTreeType"), num(*tree.treeType)});
        w.object(config, dn, root, a);
    }
    for (const auto &sg : inv.storageGroups) {
        const QString dn = QStringLiteral("CN=") + esc(sg.name) + QStringLiteral(",CN=InformationStore,") +
                           serverDn.value(sg.serverId);
        sgDn.insert(sg.meta.id, dn);
        Attributes a;
        addClasses(a, {"top", "container", "msExchStorageGroup"});
        addIdentity(a, sg.meta, sg.name);
        if (!sg.logPath.isEmpty())
            a.append({QStringLiteral("msExchESEParamLogFilePath"), utf8(sg.logPath)});
        if (!sg.systemPath.isEmpty())
            a.append({QStringLiteral("msExchESEParamSystemPath"), utf8(sg.systemPath)});
        if (sg.circularLogging)
            a.append({QStringLiteral("msExchESEParamCircularLog"), *sg.circularLogging ? "1" : "0"});
        w.object(config, dn, root, a);
    }
    for (const auto &store : inv.stores) {
        Attributes a;
        if (store.storeKind == StoreKind::Mailbox)
            addClasses(a, {"top", "msExchMDB", "msExchPrivateMDB"});
        else
            addClasses(a, {"top", "msExchMDB", "msExchPublicMDB"});
        addIdentity(a, store.meta, store.name);
        if (serverDn.contains(store.serverId))
            a.append({QStringLiteral("msExchOwningServer"), utf8(serverDn.value(store.serverId))});
        if (!store.databasePath.isEmpty())
            a.append({QStringLiteral("msExchEDBFile"), utf8(store.databasePath)});
        if (!store.streamingPath.isEmpty())
            a.append({QStringLiteral("msExchSLVFile"), utf8(store.streamingPath)});
        if (treeDn.contains(store.publicFolderTreeId))
            a.append({QStringLiteral("msExchOwningPFTree"), utf8(treeDn.value(store.publicFolderTreeId))});
        if (store.storageQuotaKb)
            a.append({QStringLiteral("mDBStorageQuota"), num(*store.storageQuotaKb)});
        for (int i = 0; i < store.mailboxCount.value_or(0); ++i)
            a.append({QStringLiteral("homeMDBBL"),
                      utf8(QStringLiteral("CN=Mailbox %1 (%2),CN=Users,").arg(i).arg(esc(store.name)) + root)});
        w.object(config, QStringLiteral("CN=") + esc(store.name) + QLatin1Char(',') + sgDn.value(store.storageGroupId),
                 root, a);
    }
    QHash<QString, QString> vsDn;
    for (const auto &vs : inv.smtpVirtualServers) {
        int instance = 1;
        for (const auto &other : inv.smtpVirtualServers) {
            if (&other == &vs)
                break;
            if (other.serverId == vs.serverId)
                ++instance;
        }
        const QString dn = QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,").arg(instance) + serverDn.value(vs.serverId);
        vsDn.insert(vs.meta.id, dn);
        Attributes a;
        addClasses(a, {"top", "protocolCfg", "protocolCfgSMTP", "protocolCfgSMTPServer"});
        a.append({QStringLiteral("cn"), num(instance)});
        const QByteArray guid = guidBytes(vs.meta.guid.isEmpty() ? vs.meta.id : vs.meta.guid);
        if (!guid.isEmpty())
            a.append({QStringLiteral("objectGUID"), guid});
        a.append({QStringLiteral("adminDisplayName"), utf8(vs.name)});
        for (const auto &binding : vs.bindings)
            a.append({QStringLiteral("msExchServerBindings"), utf8(binding)});
        if (vs.authenticationFlags)
            a.append({QStringLiteral("msExchAuthenticationFlags"), num(*vs.authenticationFlags)});
        if (!vs.fqdn.isEmpty())
            a.append({QStringLiteral("msExchSmtpFullyQualifiedDomainName"), utf8(vs.fqdn)});
        if (vs.maxMessageSizeKb)
            a.append({QStringLiteral("msExchSmtpMaxMessageSize"), num(*vs.maxMessageSizeKb * 1024)});
        if (vs.maxRecipients)
            a.append({QStringLiteral("msExchSmtpMaxRecipients"), num(*vs.maxRecipients)});
        if (!vs.smartHost.isEmpty())
            a.append({QStringLiteral("msExchSmtpSmartHost"), utf8(vs.smartHost)});
        if (vs.smartHostType)
            a.append({QStringLiteral("msExchSmtpSmartHostType"), num(*vs.smartHostType)});
        if (vs.relayForAuthenticated)
            a.append({QStringLiteral("msExchSmtpRelayForAuth"), *vs.relayForAuthenticated ? "TRUE" : "FALSE"});
        if (vs.outboundSecurity)
            a.append({QStringLiteral("msExchSmtpOutboundSecurityFlag"), num(*vs.outboundSecurity)});
        if (vs.filterEnabled)
            a.append({QStringLiteral("msExchServerBindingsFiltering"), "0.0.0.0:25:3"});
        w.object(config, dn, root, a);
    }
    static const char *const connectorClasses[] = {
        "msExchRoutingGroupConnector", "msExchRoutingSMTPConnector", "rFC1006X400Link", "msExchNotesConnector",
        "msExchGroupWiseConnector",    "msExchccMailConnector",      "mSMailConnector", "msExchConnector"};
    for (const auto &connector : inv.connectors) {
        Attributes a;
        addClasses(a, {"top", "mailGateway"});
        const QByteArray leaf = connector.type == ConnectorType::Other && !connector.objectClass.isEmpty()
                                    ? utf8(connector.objectClass)
                                    : QByteArray(connectorClasses[int(connector.type)]);
        if (connector.type == ConnectorType::X400)
            a.append({QStringLiteral("objectClass"), "x400Link"});
        a.append({QStringLiteral("objectClass"), leaf});
        addIdentity(a, connector.meta, connector.name);
        const auto bridgeheadDn = [&](const QString &id) {
            // SMTP connectors name the bridgehead's SMTP virtual server; the others the server itself.
            if (connector.type == ConnectorType::Smtp) {
                for (const auto &vs : inv.smtpVirtualServers) {
                    if (vs.serverId == id)
                        return vsDn.value(vs.meta.id);
                }
            }
            return serverDn.value(id);
        };
        for (const auto &id : connector.sourceBridgeheadIds)
            a.append({QStringLiteral("msExchSourceBridgeheadServersDN"), utf8(bridgeheadDn(id))});
        for (const auto &id : connector.targetBridgeheadIds)
            a.append({QStringLiteral("msExchTargetBridgeheadServersDN"), utf8(bridgeheadDn(id))});
        if (rgDn.contains(connector.destinationRoutingGroupId))
            a.append({QStringLiteral("msExchDestinationRGDN"), utf8(rgDn.value(connector.destinationRoutingGroupId))});
        for (const auto &space : connector.addressSpaces)
            a.append({QStringLiteral("routingList"), utf8(space)});
        for (const auto &domain : connector.connectedDomains)
            a.append({QStringLiteral("connectedDomains"), utf8(domain)});
        if (connector.cost && connector.type == ConnectorType::RoutingGroup)
            a.append({QStringLiteral("cost"), num(*connector.cost)});
        if (!connector.smartHost.isEmpty())
            a.append({QStringLiteral("msExchSmtpSmartHost"), utf8(connector.smartHost)});
        if (connector.messageSizeLimitKb)
            a.append({QStringLiteral("messageSizeLimit"), num(*connector.messageSizeLimitKb)});
        w.object(config,
                 QStringLiteral("CN=") + esc(connector.name) + QStringLiteral(",CN=Connections,") +
                     rgDn.value(connector.routingGroupId),
                 root, a);
    }
    for (const auto &policy : inv.recipientPolicies) {
        Attributes a;
        addClasses(a, {"top", "msExchRecipientPolicy"});
        addIdentity(a, policy.meta, policy.name);
        if (!policy.filter.isEmpty())
            a.append({QStringLiteral("purportedSearch"), utf8(policy.filter)});
        if (policy.order)
            a.append({QStringLiteral("msExchPolicyOrder"), num(*policy.order)});
        for (const auto &proxy : policy.addressTemplates)
            a.append({QStringLiteral("gatewayProxy"), utf8(proxy)});
        for (const auto &domain : policy.nonAuthoritativeDomains)
            a.append({QStringLiteral("msExchNonAuthoritativeDomains"), utf8(domain)});
        w.object(config, QStringLiteral("CN=") + esc(policy.name) + QStringLiteral(",CN=Recipient Policies,") + orgDn,
                 root, a);
    }
    for (const auto &list : inv.addressLists) {
        Attributes a;
        addClasses(a, {"top", "addressBookContainer"});
        addIdentity(a, list.meta, list.name);
        a.append({QStringLiteral("purportedSearch"), utf8(list.filter)});
        w.object(config,
                 QStringLiteral("CN=") + esc(list.name) +
                     QStringLiteral(",CN=All Address Lists,CN=Address Lists "
                                    "Container,") +
                     orgDn,
                 root, a);
    }
    for (const auto &rus : inv.recipientUpdateServices) {
        Attributes a;
        addClasses(a, {"top", "msExchAddressListService"});
        addIdentity(a, rus.meta, rus.name);
        if (!rus.serverName.isEmpty())
            a.append({QStringLiteral("msExchServer1NetworkAddress"), utf8(rus.serverName)});
        if (!rus.domainDn.isEmpty())
            a.append({QStringLiteral("msExchDomainLink"), utf8(rus.domainDn)});
        w.object(config,
                 QStringLiteral("CN=") + esc(rus.name) +
                     QStringLiteral(",CN=Recipient Update Services,CN=Address Lists Container,") + orgDn,
                 root, a);
    }
    const QString deliveryDn = QStringLiteral("CN=Message Delivery,CN=Global Settings,") + orgDn;
    {
        const MessageDelivery &d = inv.messageDelivery;
        Attributes a;
        addClasses(a, {"top", "msExchMessageDeliveryConfig"});
        a.append({QStringLiteral("cn"), "Message Delivery"});
        if (d.sendLimitKb)
            a.append({QStringLiteral("submissionContLength"), num(*d.sendLimitKb)});
        if (d.receiveLimitKb)
            a.append({QStringLiteral("delivContLength"), num(*d.receiveLimitKb)});
        if (d.recipientLimit)
            a.append({QStringLiteral("msExchRecipLimit"), num(*d.recipientLimit)});
        for (const auto &filter : d.senderFilters)
            a.append({QStringLiteral("msExchTurfList"), utf8(filter)});
        w.object(config, deliveryDn, root, a);
        const AntiSpam &s = inv.antiSpam;
        if (s.imfEnabled || s.imfGatewayThreshold || s.imfStoreThreshold) {
            Attributes u;
            addClasses(u, {"top", "msExchUce"});
            u.append({QStringLiteral("cn"), "UCE Content Filter"});
            if (s.imfEnabled)
                u.append({QStringLiteral("msExchUceEnabled"), *s.imfEnabled ? "1" : "0"});
            if (s.imfGatewayThreshold)
                u.append({QStringLiteral("msExchUceBlockThreshold"), num(*s.imfGatewayThreshold)});
            if (s.imfStoreThreshold)
                u.append({QStringLiteral("msExchUceStoreActionThreshold"), num(*s.imfStoreThreshold)});
            w.object(config, QStringLiteral("CN=UCE Content Filter,") + deliveryDn, root, u);
        }
        int rule = 0;
        for (const auto &zone : s.blockListProviders) {
            Attributes r;
            addClasses(r, {"top", "msExchSmtpConnectionTurfListRule"});
            r.append({QStringLiteral("cn"), utf8(QStringLiteral("Provider %1").arg(++rule))});
            r.append({QStringLiteral("msExchSmtpConnectionTurfListDNS"), utf8(zone)});
            w.object(config, QStringLiteral("CN=Provider %1,CN=Connection Filtering,").arg(rule) + deliveryDn, root, r);
        }
    }
    // Exchange 5.5 coexistence objects: SRS below its server, ADC services and agreements in the sites tree.
    for (const auto &legacy : inv.legacyDirectoryObjects) {
        Attributes a;
        addIdentity(a, legacy.meta, legacy.name);
        QString hostDn;
        for (const auto &server : inv.servers) {
            if (server.name.compare(legacy.serverName, Qt::CaseInsensitive) == 0)
                hostDn = serverDn.value(server.meta.id);
        }
        const QString adcHost = QStringLiteral("CN=Exchange Settings,CN=") + esc(legacy.serverName) +
                                QStringLiteral(",CN=Servers,") +
                                (inv.sites.isEmpty() ? QStringLiteral("CN=Default-First-Site-Name,") + sitesDn
                                                     : siteDn.value(inv.sites.first().meta.id));
        switch (legacy.objectKind) {
        case LegacyDirectoryKind::SiteReplicationService:
            a.prepend({QStringLiteral("objectClass"), "msExchSiteReplicationService"});
            w.object(config, QStringLiteral("CN=") + esc(legacy.name) + QLatin1Char(',') + hostDn, root, a);
            break;
        case LegacyDirectoryKind::AdcService:
            a.prepend({QStringLiteral("objectClass"), "msExchActiveDirectoryConnector"});
            w.object(config, QStringLiteral("CN=") + esc(legacy.name) + QLatin1Char(',') + adcHost, root, a);
            break;
        case LegacyDirectoryKind::ConnectionAgreement:
            a.prepend({QStringLiteral("objectClass"), "msExchConnectionAgreement"});
            w.object(config,
                     QStringLiteral("CN=") + esc(legacy.name) + QStringLiteral(",CN=Active Directory Connector (") +
                         esc(legacy.serverName) + QStringLiteral("),") + adcHost,
                     root, a);
            break;
        }
    }
    // Distribution groups with an expansion server, in the root domain.
    for (const auto &group : inv.expansionGroups) {
        Attributes a;
        addClasses(a, {"top", "group"});
        addIdentity(a, group.meta, group.name);
        a.append({QStringLiteral("sAMAccountName"), utf8(group.name)});
        a.append({QStringLiteral("mailNickname"), utf8(group.name)});
        a.append({QStringLiteral("msExchExpansionServerName"), utf8(group.expansionServerLegacyDn)});
        w.object(domainFile(root), QStringLiteral("CN=") + esc(group.name) + QStringLiteral(",OU=Groups,") + root, root,
                 a);
    }
    for (const auto &record : extras.domainRecords) {
        QByteArray &file = domainFile(root);
        QByteArray text = record.trimmed() + "\n\n";
        if (style == LdifStyle::Ldifde)
            text.replace("\n", "\r\n");
        file += text;
    }

    QList<LdifFile> files;
    files.append({QStringLiteral("configuration.ldf"), config});
    files.append({QStringLiteral("schema.ldf"), schema});
    for (auto it = domainFiles.cbegin(); it != domainFiles.cend(); ++it) {
        QString name;
        const DistinguishedName domainDn = DistinguishedName::parse(it.key()).value_or(DistinguishedName());
        for (const auto &rdn : domainDn.rdns())
            name += (name.isEmpty() ? QString() : QStringLiteral(".")) + rdn.value();
        files.append({QStringLiteral("domain-") + name + QStringLiteral(".ldf"), it.value()});
    }
    return files;
}

QStringList writeExport(const QList<LdifFile> &files, const QString &directory)
{
    QStringList paths;
    QDir().mkpath(directory);
    for (const auto &file : files) {
        const QString path = QDir(directory).filePath(file.name);
        QFile out(path);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            out.write(file.text);
            paths.append(path);
        }
    }
    return paths;
}

} // namespace etp::test
