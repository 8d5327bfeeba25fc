#pragma once

// The faults live discovery can meet, each with its own stable code and a message that names the host, port and
// what was tried, gives the probable cause and says what to do.

#include "model/Result.h"

#include <QString>

namespace etp::ldap {

/// One kind of discovery fault. The code string of each (errorCode()) is stable: tests and scripts use it.
enum class DiscoveryError {
    BadUri,               ///< the URI is not ldap:// or ldaps:// with a host
    UnencryptedRefused,   ///< plain ldap:// without StartTLS and without --allow-unencrypted
    CaFileUnreadable,     ///< --ca-file cannot be read
    NoServer,             ///< nothing listens on host:port (connection refused) or the host is unreachable
    ConnectTimeout,       ///< the TCP connection was not accepted in time
    WrongPort,            ///< something answered, but not LDAP (or LDAP where LDAPS was expected, or the reverse)
    NoAnswer,             ///< the server accepted the connection and then did not answer in time
    UntrustedCertificate, ///< the server certificate is not signed by a trusted authority
    NameMismatch,         ///< the certificate does not name the host connected to
    TlsFailed,            ///< another TLS failure (protocol, expired certificate, StartTLS refused)
    EmptyPassword,        ///< a bind name with an empty password would be an unauthenticated bind
    BadPassword,          ///< the server refused the bind name or password
    AnonymousRefused,     ///< the server refuses anonymous searches
    AccessDenied,         ///< bound, but the account may not read what discovery needs
    ServerLost,           ///< the connection broke in the middle of discovery
    Cancelled,            ///< the user cancelled
    SizeLimit,            ///< the server stopped a search at its size or time limit
    NoSuchObject,         ///< a naming context named by the RootDSE does not exist
    Protocol              ///< any other LDAP error
};

/// The stable code of a fault, e.g. "ldap.bad-password".
QString errorCode(DiscoveryError error);

/// Where and what: the facts every fault message names.
struct FaultContext {
    QString host;
    int port = 0;
    QString attempt; ///< what was being done, translated ("StartTLS", "simple bind as CN=…", "search of …")
    QString detail;  ///< the server's or the library's own words, when any
};

/// Builds the error value for a fault: a translated message naming host, port, what was tried, the probable cause
/// and what to do.
Error discoveryError(DiscoveryError error, const FaultContext &context);

} // namespace etp::ldap
