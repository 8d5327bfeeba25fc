#pragma once

// One authenticated connection to a directory server through libldap: URI, TLS (StartTLS or LDAPS, certificates
// verified), time-outs, referral chasing off, simple bind. Every wait is sliced so that a cancel flag is honoured.

#include "DiscoveryError.h"
#include "model/Result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

typedef struct ldap LDAP;
typedef struct ldapmsg LDAPMessage;

namespace etp::ldap {

/// How to reach and authenticate to one server. The password is only held for the bind and wiped afterwards.
struct ConnectionOptions {
    QString uri;           ///< ldap://host[:port] or ldaps://host[:port]
    bool startTls = false; ///< upgrade ldap:// with StartTLS (required unless allowUnencrypted)
    bool allowUnencrypted = false;
    QString caFile;                 ///< PEM file of trusted authorities; empty: the system store
    QString bindName;               ///< a DN or user@domain; empty: anonymous
    QByteArray password;            ///< wiped by LdapConnection::open after the bind
    int connectTimeoutMs = 10000;   ///< TCP connection and TLS handshake
    int operationTimeoutMs = 60000; ///< longest wait for any one answer of the server
};

/// Host and port of an LDAP URI, with the scheme's default port.
struct LdapAddress {
    QString scheme; ///< "ldap" or "ldaps"
    QString host;
    int port = 0;
};

/// Parses ldap:// and ldaps:// URIs; nullopt-like failure as an Error naming the URI.
Result<LdapAddress> parseLdapUri(const QString &uri);

/// An open, bound connection. Move-only; closes (unbinds) on destruction.
class LdapConnection {
public:
    /// Connects, secures and binds as `options` say; wipes `options.password` whatever the outcome.
    /// `cancel` (may be null) is polled while waiting.
    static Result<std::unique_ptr<LdapConnection>> open(ConnectionOptions &options,
                                                        const std::atomic<bool> *cancel = nullptr);
    ~LdapConnection();
    LdapConnection(const LdapConnection &) = delete;
    LdapConnection &operator=(const LdapConnection &) = delete;

    LDAP *handle() const { return m_ld; }
    const LdapAddress &address() const { return m_address; }
    bool anonymous() const { return m_anonymous; }
    int operationTimeoutMs() const { return m_operationTimeoutMs; }
    const std::atomic<bool> *cancelFlag() const { return m_cancel; }
    /// Replaces the flag polled while waiting (e.g. to stop one connection of several).
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    /// The fault context for an operation on this connection.
    FaultContext context(const QString &attempt, const QString &detail = {}) const;
    /// The library's diagnostic message for the last operation, if any.
    QString diagnostic() const;

    /// Classifies a libldap result code met while doing `attempt` into a discovery fault.
    Error fault(int resultCode, const QString &attempt, const QString &serverMessage = {}) const;

    /// Waits for the result of `msgid` (one message), honouring the cancel flag and the operation time-out.
    /// Returns the message (caller frees with ldap_msgfree) or an error classified for `attempt`.
    struct Message;
    Result<Message> waitFor(int msgid, const QString &attempt) const;

private:
    LdapConnection(LDAP *ld, LdapAddress address, const std::atomic<bool> *cancel, int operationTimeoutMs);

    LDAP *m_ld = nullptr;
    LdapAddress m_address;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_operationTimeoutMs = 60000;
    bool m_anonymous = false;
};

/// An owned libldap message.
struct LdapConnection::Message {
    LDAPMessage *msg = nullptr;
    int type = 0;
    Message() = default;
    Message(LDAPMessage *m, int t)
        : msg(m)
        , type(t)
    {
    }
    Message(Message &&o) noexcept
        : msg(o.msg)
        , type(o.type)
    {
        o.msg = nullptr;
    }
    Message &operator=(Message &&o) noexcept;
    Message(const Message &) = delete;
    Message &operator=(const Message &) = delete;
    ~Message();
};

/// Overwrites a buffer that held a secret, then empties it.
void wipe(QByteArray &secret);

} // namespace etp::ldap
