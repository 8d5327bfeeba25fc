#include "AddressResolver.h"

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

bool addressInSubnet(const QHostAddress &address, const QString &prefix, int *prefixLength)
{
    const auto subnet = QHostAddress::parseSubnet(prefix.trimmed());
    if (subnet.first.isNull() || subnet.second < 0)
        return false;
    if (prefixLength)
        *prefixLength = subnet.second;
    return address.isInSubnet(subnet);
}

int assignServerSites(Inventory &inventory)
{
    // IPv4 subnets by prefix length, so that each address costs one hash lookup per length in use (the forest may
    // hold 20,000 subnets); IPv6 subnets are few and checked one by one.
    QHash<int, QHash<quint32, QString>> v4;
    QList<std::pair<QPair<QHostAddress, int>, QString>> v6;
    for (const auto &subnet : inventory.subnets) {
        if (subnet.siteId.isEmpty())
            continue;
        const auto parsed = QHostAddress::parseSubnet(subnet.prefix.trimmed());
        if (parsed.first.isNull() || parsed.second < 0)
            continue;
        if (parsed.first.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 mask = parsed.second == 0 ? 0 : ~quint32(0) << (32 - parsed.second);
            v4[parsed.second].insert(parsed.first.toIPv4Address() & mask, subnet.siteId);
        } else {
            v6.append({parsed, subnet.siteId});
        }
    }
    QList<int> lengths = v4.keys();
    std::sort(lengths.begin(), lengths.end(), std::greater<>());
    int placed = 0;
    for (auto &server : inventory.servers) {
        QString best;
        int bestLength = -1;
        for (const auto &text : server.addresses) {
            const QHostAddress address(text);
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                const quint32 ip = address.toIPv4Address();
                for (const int length : lengths) {
                    if (length <= bestLength)
                        break;
                    const quint32 mask = length == 0 ? 0 : ~quint32(0) << (32 - length);
                    const auto &table = v4[length];
                    if (const auto it = table.constFind(ip & mask); it != table.constEnd()) {
                        best = *it;
                        bestLength = length;
                        break;
                    }
                }
            } else if (!address.isNull()) {
                for (const auto &[subnet, site] : v6) {
                    if (subnet.second > bestLength && address.isInSubnet(subnet)) {
                        best = site;
                        bestLength = subnet.second;
                    }
                }
            }
        }
        server.siteId = best;
        if (!best.isEmpty())
            ++placed;
    }
    return placed;
}

} // namespace etp
