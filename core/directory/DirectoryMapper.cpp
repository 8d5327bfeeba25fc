#include "DirectoryMapper.h"

#include "MapperContext.h"

#include <QCoreApplication>
#include <QUuid>

namespace etp {

using namespace mapping;

namespace {

// Connector classes, the schema's own names in lower case.
const QSet<QString> &connectorClasses()
{
    static const QSet<QString> classes{QStringLiteral("msexchroutinggroupconnector"),
                                       QStringLiteral("msexchroutingsmtpconnector"),
                                       QStringLiteral("x400link"),
                                       QStringLiteral("rfc1006x400link"),
                                       QStringLiteral("x25x400link"),
                                       QStringLiteral("tp4x400link"),
                                       QStringLiteral("rasx400link"),
                                       QStringLiteral("msexchnotesconnector"),
                                       QStringLiteral("msexchgroupwiseconnector"),
                                       QStringLiteral("msexchccmailconnector"),
                                       QStringLiteral("msmailconnector"),
                                       QStringLiteral("siteconnector"),
                                       QStringLiteral("msexchcalendarconnector"),
                                       QStringLiteral("msexchsnadsconnector"),
                                       QStringLiteral("msexchscheduleplusconnector"),
                                       QStringLiteral("msexchconnector")};
    return classes;
}

std::optional<Family> classify(const QStringList &classes, const QString &dn)
{
    const auto has = [&](const char *name) {
        return classes.contains(QLatin1String(name));
    };
    if (has("msexchorganizationcontainer"))
        return Family::Organization;
    if (has("msexchadmingroup"))
        return Family::AdminGroup;
    if (has("msexchexchangeserver"))
        return Family::Server;
    if (has("msexchroutinggroup"))
        return Family::RoutingGroup;
    for (const auto &c : classes) {
        if (connectorClasses().contains(c))
            return Family::Connector;
    }
    if (has("msexchstoragegroup"))
        return Family::StorageGroup;
    if (has("msexchprivatemdb"))
        return Family::MailboxStore;
    if (has("msexchpublicmdb"))
        return Family::PublicStore;
    if (has("msexchpftree"))
        return Family::PublicFolderTree;
    if (has("msexchrecipientpolicy"))
        return Family::RecipientPolicy;
    if (has("addressbookcontainer"))
        return Family::AddressList;
    if (has("msexchaddresslistservice"))
        return Family::RecipientUpdateService;
    if (has("msexchoab"))
        return Family::OfflineAddressBook;
    if (has("msexchmessagedeliveryconfig"))
        return Family::MessageDelivery;
    if (has("msexchuce"))
        return Family::ContentFilter;
    if (has("msexchsmtpconnectionturflistrule"))
        return Family::ConnectionFilterRule;
    if (has("msexchsmtpconnectionturflist"))
        return Family::ConnectionFilter;
    if (has("protocolcfgsmtpserver"))
        return Family::SmtpVirtualServer;
    if (has("msexchsitereplicationservice"))
        return Family::SiteReplicationService;
    if (has("msexchactivedirectoryconnector"))
        return Family::AdcService;
    if (has("msexchconnectionagreement"))
        return Family::ConnectionAgreement;
    if (has("attributeschema")) {
        if (dn.startsWith(QLatin1String("CN=ms-Exch-Schema-Version-Pt,"), Qt::CaseInsensitive))
            return Family::SchemaVersion;
        return std::nullopt;
    }
    if (has("site"))
        return Family::Site;
    if (has("sitescontainer"))
        return Family::SitesContainer;
    if (has("subnet"))
        return Family::Subnet;
    if (has("sitelink"))
        return Family::SiteLink;
    if (has("ntdsdsa"))
        return Family::NtdsSettings;
    if (has("computer"))
        return Family::Computer;
    if (has("server"))
        return Family::SiteServer;
    if (has("domaindns"))
        return Family::DomainHead;
    if (has("crossref"))
        return Family::CrossRef;
    if (has("crossrefcontainer"))
        return Family::Partitions;
    if (has("dmd"))
        return Family::SchemaHead;
    if (has("group"))
        return Family::Group;
    if (has("user") || has("person") || has("foreignsecurityprincipal") || has("inetorgperson"))
        return Family::Account;
    return std::nullopt;
}

} // namespace

QSet<QString> MapCoverage::kinds() const
{
    QSet<QString> out;
    const auto add = [&out](std::initializer_list<const char *> kinds) {
        for (const char *kind : kinds)
            out.insert(QString::fromLatin1(kind));
    };
    if (exchangeConfiguration) {
        add({AdminGroup::kind, ExchangeServer::kind, RoutingGroup::kind, Connector::kind, StorageGroup::kind,
             Store::kind, PublicFolderTree::kind, RecipientPolicy::kind, AddressList::kind,
             RecipientUpdateService::kind, OfflineAddressBook::kind, SmtpVirtualServer::kind,
             LegacyDirectoryObject::kind, SmtpNamespace::kind});
    }
    if (sites)
        add({AdSite::kind, Subnet::kind, SiteLink::kind, DomainController::kind});
    if (partitions || domainData)
        add({Domain::kind});
    if (domainData)
        add({ExpansionGroup::kind});
    if (privilegedGroups)
        add({PrivilegedMember::kind});
    return out;
}

struct DirectoryMapper::Private {
    explicit Private(Source s)
        : context(std::make_unique<Context>(s))
        , source(s)
    {
    }
    std::unique_ptr<Context> context;
    Source source;
    int seen = 0;
};

DirectoryMapper::DirectoryMapper(Source source)
    : d(std::make_unique<Private>(source))
{
}

DirectoryMapper::~DirectoryMapper() = default;

int DirectoryMapper::count() const
{
    return d->seen;
}

void DirectoryMapper::add(DirectoryEntry entry)
{
    ++d->seen;
    QStringList classes;
    for (const auto &value : entry.attributes.value(QStringLiteral("objectclass")))
        classes.append(QString::fromUtf8(value).toLower());
    const auto family = classify(classes, entry.dn);
    if (!family)
        return; // not something the inventory holds: skipped quietly
    auto key = normalizeDn(entry.dn);
    if (!key) {
        d->context->issues.append(
            {entry.dn, QStringLiteral("dn"),
             QCoreApplication::translate("etp::DirectoryMapper",
                                         "The distinguished name cannot be read; the entry is skipped.")});
        return;
    }
    Entry e;
    if (!classes.isEmpty())
        e.objectClass = classes.last() == QLatin1String("top") ? classes.first() : classes.last();
    e.key = std::move(*key);
    if (*family == Family::MailboxStore) {
        // A store's homeMDBBL names every mailbox on it (thousands of DNs); only their number is used.
        e.backLinks = int(entry.attributes.take(QStringLiteral("homemdbbl")).size()) +
                      entry.counted.value(QStringLiteral("homemdbbl"));
    }
    e.entry = StoredEntry(std::move(entry));
    if (d->context->configurationDn.isEmpty()) {
        // The configuration NC is "CN=Configuration,<forest root>": any entry in it tells where the root is.
        if (e.key.startsWith(QLatin1String("cn=configuration,")))
            d->context->configurationDn = e.key;
        else if (const qsizetype at = e.key.indexOf(QLatin1String(",cn=configuration,")); at >= 0)
            d->context->configurationDn = e.key.mid(at + 1);
    }
    d->context->entries[int(*family)].append(std::move(e));
}

MapResult DirectoryMapper::finish()
{
    Context &context = *d->context;
    if (!context.configurationDn.isEmpty())
        context.rootDomainDn = Context::ancestorOfKey(context.configurationDn, 1);

    mapExchangeConfiguration(context);
    mapExchangeRouting(context);
    mapExchangeSettings(context);
    mapTopology(context);
    mapGroups(context);

    MapResult result;
    result.inventory = std::move(context.inventory);
    result.issues = std::move(context.issues);
    result.coverage = context.coverage;
    result.entriesSeen = d->seen;
    result.entriesUsed = context.used;
    d->context = std::make_unique<Context>(d->source);
    d->seen = 0;
    return result;
}

namespace mapping {

ObjectMeta Context::meta(const Entry &e)
{
    ObjectMeta meta;
    const auto guids = e.entry.values(QStringLiteral("objectguid"));
    if (!guids.isEmpty()) {
        meta.guid = guidToString(guids.first());
        if (meta.guid.isEmpty())
            report(e, QStringLiteral("objectGUID"),
                   QCoreApplication::translate("etp::DirectoryMapper",
                                               "The objectGUID is not 16 bytes long; a new id is used."));
    }
    meta.id = meta.guid.isEmpty() ? newId() : meta.guid;
    meta.dn = canonicalDn(e.entry.dn);
    meta.legacyDn = e.entry.text(QStringLiteral("legacyexchangedn"));
    meta.origin = m_source;
    ++used;
    return meta;
}

ObjectMeta Context::derivedMeta(const QString &kind, const QString &key) const
{
    static const QUuid space = QUuid::fromString(QLatin1String("6f1b3c2e-8d4a-4e5f-9b7c-2a1d0e3f4b5c"));
    ObjectMeta meta;
    meta.id = QUuid::createUuidV5(space, kind + QLatin1Char(':') + key.toLower()).toString(QUuid::WithoutBraces);
    meta.origin = m_source;
    return meta;
}

QString Context::name(const Entry &e)
{
    QString name = e.entry.text(QStringLiteral("name"));
    if (name.isEmpty())
        name = e.entry.text(QStringLiteral("cn"));
    if (name.isEmpty())
        name = e.dn().rdnValue();
    return name;
}

QString Context::ancestorOfKey(const QString &key, int levels)
{
    qsizetype i = 0;
    while (levels > 0 && i < key.size()) {
        if (key[i] == u'\\')
            ++i;
        else if (key[i] == u',')
            --levels;
        ++i;
    }
    return levels == 0 ? key.mid(i) : QString();
}

void Context::report(const Entry &e, const QString &attribute, const QString &message)
{
    issues.append({e.entry.dn, attribute, message});
}

std::optional<qint64> Context::integer(const Entry &e, const QString &attribute)
{
    const QString text = e.entry.text(attribute).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        report(e, attribute,
               QCoreApplication::translate("etp::DirectoryMapper", "\"%1\" is not a number; the value is ignored.")
                   .arg(text.left(80)));
        return std::nullopt;
    }
    return value;
}

std::optional<int> Context::int32(const Entry &e, const QString &attribute)
{
    const auto value = integer(e, attribute);
    if (!value)
        return std::nullopt;
    if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
        report(e, attribute,
               QCoreApplication::translate("etp::DirectoryMapper", "%1 is out of range; the value is ignored.")
                   .arg(*value));
        return std::nullopt;
    }
    return int(*value);
}

std::optional<bool> Context::boolean(const Entry &e, const QString &attribute)
{
    const QString text = e.entry.text(attribute).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0 || text == QLatin1String("1"))
        return true;
    if (text.compare(QLatin1String("FALSE"), Qt::CaseInsensitive) == 0 || text == QLatin1String("0"))
        return false;
    report(e, attribute,
           QCoreApplication::translate("etp::DirectoryMapper",
                                       "\"%1\" is neither TRUE nor FALSE (nor 1 or 0); the value is ignored.")
               .arg(text.left(80)));
    return std::nullopt;
}

QString Context::keyOf(const Entry &e, const QString &attribute, const QString &dn)
{
    if (const auto it = m_keyCache.constFind(dn); it != m_keyCache.constEnd())
        return *it;
    const auto key = normalizeDn(dn);
    if (key)
        m_keyCache.insert(dn, *key);
    if (!key) {
        report(e, attribute,
               QCoreApplication::translate("etp::DirectoryMapper",
                                           "\"%1\" is not a valid distinguished name; the link is ignored.")
                   .arg(dn.left(200)));
        return {};
    }
    return *key;
}

QString Context::dnKey(const Entry &e, const QString &attribute)
{
    const QString text = e.entry.text(attribute);
    return text.isEmpty() ? QString() : keyOf(e, attribute, text);
}

QStringList Context::dnKeys(const Entry &e, const QString &attribute)
{
    QStringList out;
    for (const auto &value : e.entry.values(attribute)) {
        const QString key = keyOf(e, attribute, QString::fromUtf8(value));
        if (!key.isEmpty())
            out.append(key);
    }
    return out;
}

QString Context::serverFor(const QString &key) const
{
    if (const auto it = serverByDn.constFind(key); it != serverByDn.constEnd())
        return *it;
    if (const auto it = smtpVirtualServerOwner.constFind(key); it != smtpVirtualServerOwner.constEnd())
        return *it;
    for (int level = 1; level < 6; ++level) {
        const QString ancestor = ancestorOfKey(key, level);
        if (ancestor.isEmpty())
            break;
        if (const auto it = serverByDn.constFind(ancestor); it != serverByDn.constEnd())
            return *it;
    }
    return {};
}

QString sidToString(const QByteArray &sid)
{
    // Revision (1), sub-authority count (1), identifier authority (6, big-endian), sub-authorities (4 each, LE).
    if (sid.size() < 8)
        return {};
    const auto *b = reinterpret_cast<const uchar *>(sid.constData());
    const int count = b[1];
    if (b[0] != 1 || sid.size() != 8 + 4 * count)
        return {};
    quint64 authority = 0;
    for (int i = 2; i < 8; ++i)
        authority = authority << 8 | b[i];
    QString out = QStringLiteral("S-1-") + QString::number(authority);
    for (int i = 0; i < count; ++i) {
        const uchar *p = b + 8 + 4 * i;
        const quint32 value = quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
        out += QLatin1Char('-') + QString::number(value);
    }
    return out;
}

} // namespace mapping

} // namespace etp
