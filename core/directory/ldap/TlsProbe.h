#pragma once

// A TLS handshake made beside libldap to learn what libldap does not say. libldap reports every TLS failure as
// "Can't contact LDAP server" or "Connect error", and its LDAPS handshake blocks without a time-out on a server that
// accepts and never answers. This probe (Qt Network, bounded by a time-out) tells a hung server, a port that speaks
// no TLS, an untrusted certificate and a certificate for another name apart.

#include "DiscoveryError.h"

#include <QString>

#include <optional>

namespace etp::ldap {

/// What the probe found; `fault` is empty when the handshake and verification succeeded.
struct TlsProbeResult {
    std::optional<DiscoveryError> fault;
    QString detail; ///< the certificate errors or socket error, in Qt's words
};

/// Connects to host:port, sends the StartTLS request first when `startTls`, and makes a TLS handshake verifying the
/// certificate against `caFile` (empty: the system store) and the host name.
TlsProbeResult probeTls(const QString &host, int port, bool startTls, const QString &caFile, int timeoutMs);

} // namespace etp::ldap
