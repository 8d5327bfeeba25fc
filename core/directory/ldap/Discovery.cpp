#include "Discovery.h"

#include "PagedSearch.h"
#include "directory/Dn.h"
#include "model/Inventory.h"

#include <QCoreApplication>
#include <QUrl>

#include <chrono>
#include <mutex>
#include <thread>

namespace etp::ldap {

namespace {

/// Object classes of the configuration naming context the mapper reads (exchange-ad-reference.md section 1):
/// searched together, so discovery costs a few round trips however many containers the organization has.
const char *const kConfigurationClasses[] = {
    // Exchange organization (CN=Microsoft Exchange,CN=Services)
    "msExchOrganizationContainer",
    "msExchAdminGroup",
    "msExchExchangeServer",
    "msExchRoutingGroup",
    "msExchRoutingGroupConnector",
    "msExchRoutingSMTPConnector",
    "mailGateway",
    "x400Link",
    "msExchConnector",
    "msExchNotesConnector",
    "msExchGroupWiseConnector",
    "msExchccMailConnector",
    "mSMailConnector",
    "msExchCalendarConnector",
    "msExchSchedulePlusConnector",
    "msExchSNADSConnector",
    "siteConnector",
    "msExchStorageGroup",
    "msExchMDB",
    "msExchPrivateMDB",
    "msExchPublicMDB",
    "msExchPFTree",
    "msExchRecipientPolicy",
    "addressBookContainer",
    "msExchAddressListService",
    "msExchOAB",
    "msExchMessageDeliveryConfig",
    "msExchUce",
    "protocolCfgSMTPServer",
    "msExchSystemPolicy",
    "msExchSiteReplicationService",
    "msExchActiveDirectoryConnector",
    "msExchConnectionAgreement",
    "mTA",
    "msExchSmtpTurfList",
    "msExchSmtpConnectionTurfList",
    "msExchSmtpConnectionTurfListRule",
    // Sites, subnets, site links, domain controllers (CN=Sites)
    "sitesContainer",
    "site",
    "subnet",
    "siteLink",
    "siteLinkBridge",
    "server",
    "nTDSDSA",
};

/// Domains and forest level (CN=Partitions), read first.
const char *const kPartitionClasses[] = {"crossRefContainer", "crossRef"};

/// Object classes read from the global catalog under each domain naming context.
/// Accounts are read so that nested members of Schema Admins and Enterprise Admins can be named.
const char *const kDomainClasses[] = {"domainDNS", "group", "computer", "user", "foreignSecurityPrincipal"};

QString orFilter(const auto &classes)
{
    QString filter = QStringLiteral("(|");
    for (const char *name : classes)
        filter += QStringLiteral("(objectClass=%1)").arg(escapeFilterValue(QString::fromLatin1(name)));
    return filter + QLatin1Char(')');
}

/// The attributes read from the RootDSE (which names only what it is asked for).
const QStringList kRootDseAttributes = {QStringLiteral("namingContexts"),
                                        QStringLiteral("configurationNamingContext"),
                                        QStringLiteral("defaultNamingContext"),
                                        QStringLiteral("rootDomainNamingContext"),
                                        QStringLiteral("schemaNamingContext"),
                                        QStringLiteral("domainFunctionality"),
                                        QStringLiteral("forestFunctionality"),
                                        QStringLiteral("domainControllerFunctionality"),
                                        QStringLiteral("dnsHostName"),
                                        QStringLiteral("serverName"),
                                        QStringLiteral("isGlobalCatalogReady"),
                                        QStringLiteral("supportedControl"),
                                        QStringLiteral("supportedSASLMechanisms")};

/// Crossref systemFlags bit for a domain naming context (FLAG_CR_NTDS_DOMAIN, MS-ADTS 2.2.11).
constexpr int kCrossRefDomain = 0x2;

/// Keeps only bases that are not below another base: a global catalog subtree search covers child domains.
QStringList outermost(const QStringList &bases)
{
    QList<QPair<QString, QString>> normalized; // (normalized, original)
    for (const auto &b : bases) {
        const auto n = normalizeDn(b);
        normalized.append({n.value_or(b.toLower()), b});
    }
    QStringList out;
    for (const auto &[n, original] : normalized) {
        bool nested = false;
        for (const auto &[other, unused] : normalized) {
            if (other != n && n.endsWith(QLatin1Char(',') + other)) {
                nested = true;
                break;
            }
        }
        bool duplicate = false;
        for (const auto &o : out)
            duplicate = duplicate || normalizeDn(o).value_or(o.toLower()) == n;
        if (!nested && !duplicate)
            out.append(original);
    }
    return out;
}

} // namespace

Discovery::Discovery(DiscoveryOptions options)
    : m_options(std::move(options))
{
}

QString Discovery::configurationFilter()
{
    QString filter = orFilter(kConfigurationClasses);
    filter.chop(1);
    return filter + orFilter(kPartitionClasses).mid(2);
}

QString Discovery::domainDataFilter()
{
    return orFilter(kDomainClasses);
}

QString Discovery::defaultGlobalCatalogUri(const QString &uri)
{
    auto address = parseLdapUri(uri);
    if (!address)
        return {};
    const bool ldaps = address->scheme == QLatin1String("ldaps");
    QUrl url;
    url.setScheme(address->scheme);
    url.setHost(address->host);
    url.setPort(ldaps ? 3269 : 3268);
    return url.toString();
}

void Discovery::report(const QString &activity, qsizetype entries)
{
    if (m_progress)
        m_progress({activity, entries});
}

Status Discovery::search(const LdapConnection &connection, const QString &base, int scope, const QString &filter,
                         const QString &activity, const Sink &sink, DiscoverySummary &summary)
{
    SearchRequest request;
    request.base = base;
    request.scope = SearchRequest::Scope(scope);
    request.filter = filter;
    request.pageSize = m_options.pageSize;
    report(activity, summary.entries);
    PagedSearch search(connection, request);
    const qsizetype before = summary.entries;
    return search.run(sink, [&](qsizetype n) {
        summary.entries = before + n;
        report(activity, summary.entries);
    });
}

Result<DiscoverySummary> Discovery::run(const Sink &sink)
{
    DiscoverySummary summary;
    ConnectionOptions gcOptions = m_options.server;
    gcOptions.uri = m_options.globalCatalogUri.isEmpty() ? defaultGlobalCatalogUri(m_options.server.uri)
                                                         : m_options.globalCatalogUri;
    summary.globalCatalogUri = gcOptions.uri;
    struct Wiper {
        QByteArray &secret;
        ~Wiper() { wipe(secret); }
    } gcWiper{gcOptions.password};

    report(QCoreApplication::translate("etp::Discovery", "Connecting to %1").arg(m_options.server.uri), 0);
    auto dc = LdapConnection::open(m_options.server, m_cancel);
    if (!dc)
        return dc.error();
    const LdapConnection &connection = **dc;

    // RootDSE first: it names the partitions and the functional levels.
    {
        SearchRequest request;
        request.scope = SearchRequest::Base;
        request.attributes = kRootDseAttributes;
        request.paged = false;
        report(
            QCoreApplication::translate("etp::Discovery", "Reading the RootDSE of %1").arg(connection.address().host),
            0);
        PagedSearch rootSearch(connection, request);
        const Status read = rootSearch.run([&](DirectoryEntry &&e) { summary.rootDse = std::move(e); });
        if (!read)
            return read.error();
    }
    const DirectoryEntry &root = summary.rootDse;
    summary.forestFunctionality = root.text(QStringLiteral("forestFunctionality")).toInt();
    summary.domainFunctionality = root.text(QStringLiteral("domainFunctionality")).toInt();
    const QString configuration = root.text(QStringLiteral("configurationNamingContext"));
    if (configuration.isEmpty()) {
        return discoveryError(
            DiscoveryError::NoSuchObject,
            connection.context(QCoreApplication::translate("etp::Discovery", "reading the RootDSE"),
                               QCoreApplication::translate(
                                   "etp::Discovery", "the RootDSE names no configurationNamingContext: this is not "
                                                     "an Active Directory domain controller")));
    }

    // The global catalog is bound now, while the password is still at hand; a failure here is not fatal.
    std::unique_ptr<LdapConnection> gc;
    {
        report(QCoreApplication::translate("etp::Discovery", "Connecting to the global catalog %1").arg(gcOptions.uri),
               summary.entries);
        auto opened = LdapConnection::open(gcOptions, m_cancel);
        if (opened) {
            gc = std::move(*opened);
        } else if (opened.error().code == errorCode(DiscoveryError::Cancelled)) {
            return opened.error();
        } else {
            summary.globalCatalogProblem = opened.error().message;
        }
    }

    // CN=Partitions first: its crossRefs name the domains whose data the global catalog is asked for.
    QStringList domainBases;
    const QString partitions = QStringLiteral("CN=Partitions,") + configuration;
    const Sink partitionsSink = [&](DirectoryEntry &&entry) {
        if (entry.texts(QStringLiteral("objectClass")).contains(QStringLiteral("crossRef"), Qt::CaseInsensitive) &&
            (entry.text(QStringLiteral("systemFlags")).toInt() & kCrossRefDomain) &&
            entry.has(QStringLiteral("nCName"))) {
            domainBases.append(entry.text(QStringLiteral("nCName")));
        }
        sink(std::move(entry));
    };
    const Status partitionsRead = search(
        connection, partitions, SearchRequest::Subtree, orFilter(kPartitionClasses),
        QCoreApplication::translate("etp::Discovery", "Reading the domains of the forest from %1").arg(partitions),
        partitionsSink, summary);
    if (!partitionsRead && partitionsRead.error().code != errorCode(DiscoveryError::NoSuchObject))
        return partitionsRead.error();
    if (domainBases.isEmpty()) {
        for (const auto &name : {QStringLiteral("rootDomainNamingContext"), QStringLiteral("defaultNamingContext")}) {
            if (root.has(name))
                domainBases.append(root.text(name));
        }
    }

    // Forest-wide domain data from the global catalog (domain heads, groups with expansion servers and the
    // privileged groups, computers, accounts), one subtree search per domain tree, read on its own connection while
    // the configuration naming context is read from the domain controller.
    std::atomic<bool> stopGlobalCatalog{false};
    std::atomic<qsizetype> globalCatalogCount{0};
    std::atomic<bool> globalCatalogDone{false};
    std::mutex sinkMutex; // the sink sees one entry at a time, from either connection
    const Sink serialSink = [&](DirectoryEntry &&e) {
        std::lock_guard lock(sinkMutex);
        sink(std::move(e));
    };
    Status globalCatalogStatus;
    std::thread globalCatalogReader;
    if (gc) {
        gc->setCancelFlag(&stopGlobalCatalog);
        globalCatalogReader = std::thread([&] {
            for (const QString &base : outermost(domainBases)) {
                SearchRequest request;
                request.base = base;
                request.filter = domainDataFilter();
                request.pageSize = m_options.pageSize;
                globalCatalogStatus =
                    PagedSearch(*gc, request).run(serialSink, [&](qsizetype) { ++globalCatalogCount; });
                if (!globalCatalogStatus)
                    break;
            }
            globalCatalogDone = true;
        });
    }
    struct Joiner {
        std::thread &thread;
        std::atomic<bool> &stop;
        ~Joiner()
        {
            if (thread.joinable()) {
                stop = true;
                thread.join();
            }
        }
    } joiner{globalCatalogReader, stopGlobalCatalog};

    // The configuration naming context: one paged subtree search over the object classes the mapper reads.
    {
        const QString activity =
            QCoreApplication::translate("etp::Discovery", "Reading the configuration partition %1 from %2")
                .arg(configuration, connection.address().host);
        report(activity, summary.entries);
        SearchRequest request;
        request.base = configuration;
        request.filter = orFilter(kConfigurationClasses);
        request.pageSize = m_options.pageSize;
        // Only the number of a store's mailbox back-links is used (DirectoryMapper reads valueCount()).
        request.countedAttributes = {QStringLiteral("homemdbbl")};
        const qsizetype before = summary.entries;
        const Status config = PagedSearch(connection, request).run(serialSink, [&](qsizetype n) {
            summary.entries = before + n;
            report(activity, summary.entries + globalCatalogCount);
        });
        if (!config)
            return config.error();
    }

    // The schema naming context: its head names the schema master, ms-Exch-Schema-Version-Pt the Exchange schema.
    const QString schema = root.text(QStringLiteral("schemaNamingContext"));
    if (!schema.isEmpty()) {
        const QString activity = QCoreApplication::translate(
                                     "etp::Discovery", "Reading the schema master and Exchange schema version from %1")
                                     .arg(schema);
        for (const QString &base :
             {schema, QStringLiteral("CN=%1,").arg(escapeDnValue(u"ms-Exch-Schema-Version-Pt")) + schema}) {
            const Status read = search(connection, base, SearchRequest::Base, QStringLiteral("(objectClass=*)"),
                                       activity, serialSink, summary);
            // A forest without Exchange has no ms-Exch-Schema-Version-Pt: that is an answer, not a fault.
            if (!read && read.error().code != errorCode(DiscoveryError::NoSuchObject))
                return read.error();
        }
    }

    if (gc) {
        const QString activity =
            QCoreApplication::translate("etp::Discovery", "Reading domain data under %1 from the global catalog %2:%3")
                .arg(domainBases.join(QLatin1String("; ")), gc->address().host)
                .arg(gc->address().port);
        report(activity, summary.entries + globalCatalogCount);
        // Wait for the global catalog reader, passing on the user's cancel while it runs.
        while (!globalCatalogDone) {
            if (m_cancel && m_cancel->load())
                stopGlobalCatalog = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            report(activity, summary.entries + globalCatalogCount);
        }
        globalCatalogReader.join();
        if (!globalCatalogStatus) {
            if (m_cancel && m_cancel->load())
                return discoveryError(DiscoveryError::Cancelled, gc->context(activity));
            return globalCatalogStatus.error();
        }
        summary.entries += globalCatalogCount;
        summary.globalCatalogRead = true;
    } else {
        for (const Section s :
             {Section::FunctionalLevels, Section::ExpansionServers, Section::SecurityGroups, Section::ServerPlacement})
            summary.incompleteSections.append(enumName(s));
    }
    report(QCoreApplication::translate("etp::Discovery", "Read %n entries", nullptr, int(summary.entries)),
           summary.entries);
    return summary;
}

} // namespace etp::ldap
