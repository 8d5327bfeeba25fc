#pragma once

// Places addresses in Active Directory sites. An Exchange 2000/2003 server does not record its AD site; the
// reference (section 1.4) finds it by matching the server's addresses against the forest's subnet objects.

#include "model/ActiveDirectory.h"

#include <QHash>
#include <QHostAddress>
#include <QList>

#include <vector>

namespace etp {

/// A longest-prefix index over the subnets of the inventory, IPv4 and IPv6.
///
/// Built once in O(subnets); a lookup probes at most one hash table per prefix length that occurs (33 for IPv4,
/// 129 for IPv6), so placing every server of a large organization never compares addresses with every subnet.
/// Subnets whose prefix does not parse are skipped and listed in invalidSubnetIds(). When two subnets have the same
/// prefix, the first in inventory order wins.
class SubnetIndex {
public:
    SubnetIndex() = default;
    explicit SubnetIndex(const QList<Subnet> &subnets);

    /// The site id of the most specific subnet holding `address`; empty when none does.
    QString siteOf(const QHostAddress &address) const;
    /// Parses `address` (IPv4, IPv6, or an IPv4-mapped IPv6 address) and looks it up; empty when it does not parse.
    QString siteOf(const QString &address) const;
    /// The site of the first of `addresses` that falls into a subnet; empty when none does.
    QString siteOfAny(const QStringList &addresses) const;

    /// Ids of subnets whose prefix could not be read.
    const QStringList &invalidSubnetIds() const { return m_invalid; }

private:
    struct Key6 {
        quint64 high = 0;
        quint64 low = 0;
        bool operator==(const Key6 &) const = default;
    };
    friend size_t qHash(const Key6 &key, size_t seed) { return qHashMulti(seed, key.high, key.low); }

    struct Level4 {
        int length;
        QHash<quint32, QString> sites;
    };
    struct Level6 {
        int length;
        QHash<Key6, QString> sites;
    };

    static Key6 key6(const Q_IPV6ADDR &address, int length);

    std::vector<Level4> m_v4; ///< by prefix length, longest first
    std::vector<Level6> m_v6;
    QStringList m_invalid;
};

} // namespace etp
