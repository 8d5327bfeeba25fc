#include "SubnetIndex.h"

#include <algorithm>
#include <map>

namespace etp {

namespace {

quint32 mask4(int length)
{
    return length == 0 ? 0u : ~quint32(0) << (32 - length);
}

/// An IPv4-mapped IPv6 address ("::ffff:192.0.2.1") is looked up as the IPv4 address it carries.
QHostAddress normalized(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4)
            return QHostAddress(v4);
    }
    return address;
}

} // namespace

SubnetIndex::Key6 SubnetIndex::key6(const Q_IPV6ADDR &address, int length)
{
    quint64 high = 0;
    quint64 low = 0;
    for (int i = 0; i < 8; ++i) {
        high = (high << 8) | address[i];
        low = (low << 8) | address[i + 8];
    }
    if (length <= 64) {
        high = length == 0 ? 0 : high & (~quint64(0) << (64 - length));
        low = 0;
    } else if (length < 128) {
        low &= ~quint64(0) << (128 - length);
    }
    return {high, low};
}

SubnetIndex::SubnetIndex(const QList<Subnet> &subnets)
{
    std::map<int, QHash<quint32, QString>, std::greater<>> v4;
    std::map<int, QHash<Key6, QString>, std::greater<>> v6;
    for (const auto &subnet : subnets) {
        const auto [network, length] = QHostAddress::parseSubnet(subnet.prefix.trimmed());
        if (length < 0 || network.isNull()) {
            m_invalid.append(subnet.meta.id);
            continue;
        }
        if (network.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 key = network.toIPv4Address() & mask4(length);
            auto &level = v4[length];
            if (!level.contains(key))
                level.insert(key, subnet.siteId);
        } else {
            const Key6 key = key6(network.toIPv6Address(), length);
            auto &level = v6[length];
            if (!level.contains(key))
                level.insert(key, subnet.siteId);
        }
    }
    for (auto &[length, sites] : v4)
        m_v4.push_back({length, std::move(sites)});
    for (auto &[length, sites] : v6)
        m_v6.push_back({length, std::move(sites)});
}

QString SubnetIndex::siteOf(const QHostAddress &input) const
{
    const QHostAddress address = normalized(input);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 value = address.toIPv4Address();
        for (const auto &level : m_v4) {
            const auto it = level.sites.constFind(value & mask4(level.length));
            if (it != level.sites.cend())
                return *it;
        }
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR value = address.toIPv6Address();
        for (const auto &level : m_v6) {
            const auto it = level.sites.constFind(key6(value, level.length));
            if (it != level.sites.cend())
                return *it;
        }
    }
    return {};
}

QString SubnetIndex::siteOf(const QString &address) const
{
    QHostAddress parsed;
    if (!parsed.setAddress(address.trimmed()))
        return {};
    return siteOf(parsed);
}

QString SubnetIndex::siteOfAny(const QStringList &addresses) const
{
    for (const auto &address : addresses) {
        const QString site = siteOf(address);
        if (!site.isEmpty())
            return site;
    }
    return {};
}

} // namespace etp
