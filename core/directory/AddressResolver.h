#pragma once

// Resolves the FQDNs of Exchange servers and domain controllers to their addresses (A and AAAA, through QDnsLookup),
// so that servers can be placed in AD sites by their subnets (exchange-ad-reference.md section 1.4: Exchange 2003
// servers do not record their site). A name that does not resolve keeps an empty address list and the reason.

#include "model/Inventory.h"

#include <QHostAddress>

namespace etp {

/// How to resolve.
struct ResolverOptions {
    QHostAddress nameserver;  ///< the DNS server to ask (port 53); null = the system resolver
    int timeoutMs = 3000;     ///< per name; a lookup that takes longer is abandoned and reported
    int parallelLookups = 32; ///< lookups in flight at once
};

/// The outcome for one name.
struct AddressLookup {
    QString host;
    QStringList addresses; ///< IPv4 first, then IPv6, each sorted
    QString error;         ///< empty on success; otherwise why no address was found (translated)
};

/// Resolves names with QDnsLookup. Blocks in a local event loop until every name has answered or timed out, so call
/// it from a worker thread in the GUI; the command line calls it directly.
class AddressResolver {
public:
    explicit AddressResolver(ResolverOptions options = {});
    /// Resolves each distinct name once (case-insensitive); results in the order of first appearance.
    QList<AddressLookup> resolve(const QStringList &hosts) const;

private:
    ResolverOptions m_options;
};

/// Resolves the FQDN of every Exchange server and domain controller of the inventory and stores the addresses
/// (replacing what an earlier resolution found; a failure leaves the list empty). Objects without an FQDN are skipped.
/// Returns one outcome per name asked.
QList<AddressLookup> resolveInventoryAddresses(Inventory &inventory, const ResolverOptions &options);

/// Places each Exchange server in the AD site of its addresses, as the readiness rules do (SubnetIndex: the most
/// specific subnet of the first address that falls into one). Servers with no matching subnet get an empty siteId.
/// Returns the number of servers placed.
int assignServerSites(Inventory &inventory);

} // namespace etp
