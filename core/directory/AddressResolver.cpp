#include "AddressResolver.h"

#include "topology/SubnetIndex.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QEventLoop>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace etp {

namespace {

QString describe(QDnsLookup::Error error, const QString &detail)
{
    switch (error) {
    case QDnsLookup::NotFoundError:
        return QCoreApplication::translate("etp::AddressResolver", "the name does not exist in DNS");
    case QDnsLookup::OperationCancelledError:
        return QCoreApplication::translate("etp::AddressResolver", "the DNS server did not answer in time");
    case QDnsLookup::ServerFailureError:
    case QDnsLookup::ServerRefusedError:
        return QCoreApplication::translate("etp::AddressResolver", "the DNS server refused or failed to answer (%1)")
            .arg(detail);
    case QDnsLookup::ResolverError:
        return QCoreApplication::translate("etp::AddressResolver", "the resolver could not be used (%1)").arg(detail);
    default:
        return detail;
    }
}

/// One host being resolved: its A and AAAA answers.
struct Pending {
    AddressLookup result;
    QStringList v4;
    QStringList v6;
    QString firstError;
    int open = 0;
};

} // namespace

AddressResolver::AddressResolver(ResolverOptions options)
    : m_options(options)
{
}

QList<AddressLookup> AddressResolver::resolve(const QStringList &hosts) const
{
    QList<std::shared_ptr<Pending>> pending;
    QHash<QString, std::shared_ptr<Pending>> byName;
    for (const auto &host : hosts) {
        const QString key = host.trimmed().toLower();
        if (key.isEmpty() || byName.contains(key))
            continue;
        auto p = std::make_shared<Pending>();
        p->result.host = host.trimmed();
        byName.insert(key, p);
        pending.append(p);
    }
    if (pending.isEmpty())
        return {};

    struct Job {
        std::shared_ptr<Pending> host;
        QDnsLookup::Type type;
    };
    QList<Job> queue;
    for (const auto &p : pending) {
        queue.append({p, QDnsLookup::A});
        queue.append({p, QDnsLookup::AAAA});
        p->open = 2;
    }
    // QDnsLookup runs res_nquery on a thread of its own; abort() only stops waiting for it. Keep the C resolver's own
    // retries within the time-out too (res_ninit reads RES_OPTIONS on every lookup), unless the user set them.
    if (qEnvironmentVariableIsEmpty("RES_OPTIONS")) {
        const int seconds = std::max(1, (m_options.timeoutMs + 999) / 1000);
        qputenv("RES_OPTIONS", QByteArray("timeout:") + QByteArray::number(seconds) + " attempts:1");
    }
    QEventLoop loop;
    int running = 0;
    qsizetype next = 0;
    std::function<void()> startMore;
    startMore = [&] {
        while (running < m_options.parallelLookups && next < queue.size()) {
            const Job job = queue[next++];
            auto *lookup = new QDnsLookup(job.type, job.host->result.host, &loop);
            if (!m_options.nameserver.isNull())
                lookup->setNameserver(m_options.nameserver);
            auto *timer = new QTimer(lookup);
            timer->setSingleShot(true);
            QObject::connect(timer, &QTimer::timeout, lookup, &QDnsLookup::abort);
            QObject::connect(lookup, &QDnsLookup::finished, &loop, [&, lookup, job] {
                Pending &p = *job.host;
                if (lookup->error() == QDnsLookup::NoError) {
                    for (const auto &record : lookup->hostAddressRecords()) {
                        const QString address = record.value().toString();
                        QStringList &list = record.value().protocol() == QAbstractSocket::IPv6Protocol ? p.v6 : p.v4;
                        if (!list.contains(address))
                            list.append(address);
                    }
                } else if (p.firstError.isEmpty() || job.type == QDnsLookup::A) {
                    p.firstError = describe(lookup->error(), lookup->errorString());
                }
                if (--p.open == 0) {
                    p.v4.sort();
                    p.v6.sort();
                    p.result.addresses = p.v4 + p.v6;
                    if (p.result.addresses.isEmpty())
                        p.result.error =
                            p.firstError.isEmpty()
                                ? QCoreApplication::translate("etp::AddressResolver", "the name has no address records")
                                : p.firstError;
                }
                lookup->deleteLater();
                --running;
                if (next < queue.size())
                    startMore();
                else if (running == 0)
                    loop.quit();
            });
            ++running;
            timer->start(m_options.timeoutMs);
            lookup->lookup();
        }
    };
    startMore();
    if (running > 0)
        loop.exec();

    QList<AddressLookup> results;
    for (const auto &p : pending)
        results.append(p->result);
    return results;
}

QList<AddressLookup> resolveInventoryAddresses(Inventory &inventory, const ResolverOptions &options)
{
    QStringList names;
    for (const auto &server : inventory.servers) {
        if (!server.fqdn.isEmpty())
            names.append(server.fqdn);
    }
    for (const auto &dc : inventory.domainControllers) {
        if (!dc.fqdn.isEmpty())
            names.append(dc.fqdn);
    }
    const QList<AddressLookup> results = AddressResolver(options).resolve(names);
    QHash<QString, QStringList> addresses;
    for (const auto &result : results)
        addresses.insert(result.host.toLower(), result.addresses);
    for (auto &server : inventory.servers) {
        if (!server.fqdn.isEmpty())
            server.addresses = addresses.value(server.fqdn.trimmed().toLower());
    }
    for (auto &dc : inventory.domainControllers) {
        if (!dc.fqdn.isEmpty())
            dc.addresses = addresses.value(dc.fqdn.trimmed().toLower());
    }
    return results;
}

int assignServerSites(Inventory &inventory)
{
    // The same placement the readiness rules and the planner use (topology/SubnetIndex.h).
    const SubnetIndex index(inventory.subnets);
    int placed = 0;
    for (auto &server : inventory.servers) {
        server.siteId = index.siteOfAny(server.addresses);
        if (!server.siteId.isEmpty())
            ++placed;
    }
    return placed;
}

} // namespace etp
