#include "LdapConnection.h"

#include "TlsProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUrl>

#include <ldap.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace etp::ldap {

namespace {

constexpr int kPollSliceMs = 100;

/// The system's bundle of trusted authorities, used when no --ca-file is given.
const char *const kSystemCaBundle = "/etc/ssl/certs/ca-certificates.crt";

bool cancelled(const std::atomic<bool> *flag)
{
    return flag && flag->load(std::memory_order_relaxed);
}

enum class TcpOutcome { Connected, Refused, Timeout, Unreachable, Cancelled };

/// Opens and closes a TCP connection to tell "nothing listens" and "filtered" apart before libldap's terse
/// "Can't contact LDAP server" could hide which it was.
TcpOutcome probeTcp(const LdapAddress &address, int timeoutMs, const std::atomic<bool> *cancel, QString *detail)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_family = AF_UNSPEC;
    addrinfo *found = nullptr;
    const QByteArray host = address.host.toUtf8();
    const QByteArray port = QByteArray::number(address.port);
    const int gai = getaddrinfo(host.constData(), port.constData(), &hints, &found);
    if (gai != 0) {
        *detail = QString::fromLocal8Bit(gai_strerror(gai));
        return TcpOutcome::Unreachable;
    }
    TcpOutcome outcome = TcpOutcome::Unreachable;
    for (addrinfo *ai = found; ai; ai = ai->ai_next) {
        const int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0)
            continue;
        int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS) {
            QElapsedTimer timer;
            timer.start();
            rc = -1;
            errno = ETIMEDOUT;
            while (timer.elapsed() < timeoutMs) {
                if (cancelled(cancel)) {
                    ::close(fd);
                    freeaddrinfo(found);
                    return TcpOutcome::Cancelled;
                }
                pollfd p{fd, POLLOUT, 0};
                const int ready = ::poll(&p, 1, kPollSliceMs);
                if (ready > 0) {
                    int soError = 0;
                    socklen_t len = sizeof soError;
                    getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
                    rc = soError == 0 ? 0 : -1;
                    errno = soError;
                    break;
                }
            }
        }
        const int savedErrno = errno;
        ::close(fd);
        if (rc == 0) {
            outcome = TcpOutcome::Connected;
            break;
        }
        *detail = QString::fromLocal8Bit(std::strerror(savedErrno));
        if (savedErrno == ECONNREFUSED)
            outcome = TcpOutcome::Refused;
        else if (savedErrno == ETIMEDOUT && outcome != TcpOutcome::Refused)
            outcome = TcpOutcome::Timeout;
    }
    freeaddrinfo(found);
    return outcome;
}

QString diagnosticOf(LDAP *ld)
{
    char *text = nullptr;
    QString out;
    if (ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &text) == LDAP_OPT_SUCCESS && text) {
        out = QString::fromUtf8(text);
        ldap_memfree(text);
    }
    return out;
}

/// Sorts a TLS failure into untrusted certificate, name mismatch, wrong port or other, from the words GnuTLS and
/// libldap use (libldap's own result codes are the same for all of them).
DiscoveryError classifyTls(const QString &diagnostic)
{
    const QString d = diagnostic.toLower();
    if (d.contains(QLatin1String("hostname does not match")) || d.contains(QLatin1String("does not match")))
        return DiscoveryError::NameMismatch;
    if (d.contains(QLatin1String("not trusted")) || d.contains(QLatin1String("issuer is unknown")) ||
        d.contains(QLatin1String("signer not found")) || d.contains(QLatin1String("expired")) ||
        d.contains(QLatin1String("certificate verify")) || d.contains(QLatin1String("self-signed")))
        return DiscoveryError::UntrustedCertificate;
    if (d.contains(QLatin1String("unexpected tls packet")) || d.contains(QLatin1String("unexpected length")) ||
        d.contains(QLatin1String("pull function")) || d.contains(QLatin1String("non-properly terminated")) ||
        d.contains(QLatin1String("unsupported version")) || d.contains(QLatin1String("unexpected message")))
        return DiscoveryError::WrongPort;
    return DiscoveryError::TlsFailed;
}

} // namespace

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty()) {
        volatile char *p = secret.data(); // detaches: the shared copy, if any, is wiped by its own owner
        for (qsizetype i = 0; i < secret.size(); ++i)
            p[i] = 0;
    }
    secret.clear();
}

Result<LdapAddress> parseLdapUri(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    LdapAddress address;
    address.scheme = url.scheme().toLower();
    address.host = url.host();
    if (!url.isValid() || (address.scheme != QLatin1String("ldap") && address.scheme != QLatin1String("ldaps")) ||
        address.host.isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        return discoveryError(DiscoveryError::BadUri,
                              {uri, 0, QCoreApplication::translate("etp::Discovery", "reading the URI"), {}});
    }
    address.port = url.port(address.scheme == QLatin1String("ldaps") ? 636 : 389);
    return address;
}

LdapConnection::Message &LdapConnection::Message::operator=(Message &&o) noexcept
{
    if (this != &o) {
        if (msg)
            ldap_msgfree(msg);
        msg = o.msg;
        type = o.type;
        o.msg = nullptr;
    }
    return *this;
}

LdapConnection::Message::~Message()
{
    if (msg)
        ldap_msgfree(msg);
}

LdapConnection::LdapConnection(LDAP *ld, LdapAddress address, const std::atomic<bool> *cancel, int operationTimeoutMs)
    : m_ld(ld)
    , m_address(std::move(address))
    , m_cancel(cancel)
    , m_operationTimeoutMs(operationTimeoutMs)
{
}

LdapConnection::~LdapConnection()
{
    if (m_ld)
        ldap_unbind_ext(m_ld, nullptr, nullptr);
}

FaultContext LdapConnection::context(const QString &attempt, const QString &detail) const
{
    return {m_address.host, m_address.port, attempt, detail};
}

QString LdapConnection::diagnostic() const
{
    return diagnosticOf(m_ld);
}

Error LdapConnection::fault(int rc, const QString &attempt, const QString &serverMessage) const
{
    QString detail = QString::fromUtf8(ldap_err2string(rc));
    if (!serverMessage.isEmpty())
        detail += QLatin1String(": ") + serverMessage;
    DiscoveryError kind = DiscoveryError::Protocol;
    switch (rc) {
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
    case LDAP_UNAVAILABLE: // slapd and AD answer pending operations so while they shut down
        kind = DiscoveryError::ServerLost;
        break;
    case LDAP_TIMEOUT:
        kind = DiscoveryError::NoAnswer;
        break;
    case LDAP_INVALID_CREDENTIALS:
        kind = DiscoveryError::BadPassword;
        break;
    case LDAP_SIZELIMIT_EXCEEDED:
    case LDAP_TIMELIMIT_EXCEEDED:
    case LDAP_ADMINLIMIT_EXCEEDED:
        kind = DiscoveryError::SizeLimit;
        break;
    case LDAP_NO_SUCH_OBJECT:
        kind = DiscoveryError::NoSuchObject;
        break;
    case LDAP_INSUFFICIENT_ACCESS:
    case LDAP_STRONG_AUTH_REQUIRED:
    case LDAP_UNWILLING_TO_PERFORM:
    case LDAP_INAPPROPRIATE_AUTH:
    case LDAP_OPERATIONS_ERROR: // Active Directory: "000004DC: a successful bind must be completed"
        if (m_anonymous)
            kind = DiscoveryError::AnonymousRefused;
        else if (rc == LDAP_INSUFFICIENT_ACCESS)
            kind = DiscoveryError::AccessDenied;
        break;
    default:
        break;
    }
    return discoveryError(kind, context(attempt, detail));
}

Result<LdapConnection::Message> LdapConnection::waitFor(int msgid, const QString &attempt) const
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (cancelled(m_cancel)) {
            ldap_abandon_ext(m_ld, msgid, nullptr, nullptr);
            return discoveryError(DiscoveryError::Cancelled, context(attempt));
        }
        timeval tv{0, kPollSliceMs * 1000};
        LDAPMessage *msg = nullptr;
        const int type = ldap_result(m_ld, msgid, LDAP_MSG_ONE, &tv, &msg);
        if (type > 0)
            return Message(msg, type);
        if (type < 0 && cancelled(m_cancel)) // a signal that cancels may interrupt the wait itself
            return discoveryError(DiscoveryError::Cancelled, context(attempt));
        if (type < 0) {
            int rc = LDAP_OTHER;
            ldap_get_option(m_ld, LDAP_OPT_RESULT_CODE, &rc);
            return fault(rc, attempt, diagnostic());
        }
        if (timer.elapsed() > m_operationTimeoutMs) {
            ldap_abandon_ext(m_ld, msgid, nullptr, nullptr);
            return discoveryError(
                DiscoveryError::NoAnswer,
                context(attempt, QCoreApplication::translate("etp::Discovery", "no answer within %1 s")
                                     .arg(m_operationTimeoutMs / 1000.0)));
        }
    }
}

Result<std::unique_ptr<LdapConnection>> LdapConnection::open(ConnectionOptions &options,
                                                             const std::atomic<bool> *cancel)
{
    // libldap writes with write(2): a server that hangs up must end in an error, not kill the process.
    static std::once_flag ignoreSigpipe;
    std::call_once(ignoreSigpipe, [] { std::signal(SIGPIPE, SIG_IGN); });
    // The password leaves this function wiped, whatever happens.
    QByteArray password = options.password;
    wipe(options.password);
    struct Wiper {
        QByteArray &secret;
        ~Wiper() { wipe(secret); }
    } wiper{password};

    auto parsed = parseLdapUri(options.uri);
    if (!parsed)
        return parsed.error();
    const LdapAddress address = *parsed;
    const bool ldaps = address.scheme == QLatin1String("ldaps");
    const bool tls = ldaps || options.startTls;
    auto fail = [&](DiscoveryError kind, const QString &attempt, const QString &detail = {}) {
        return discoveryError(kind, {address.host, address.port, attempt, detail});
    };
    if (!tls && !options.allowUnencrypted)
        return fail(DiscoveryError::UnencryptedRefused,
                    QCoreApplication::translate("etp::Discovery", "an unencrypted connection"));
    if (!options.bindName.isEmpty() && password.isEmpty())
        return fail(DiscoveryError::EmptyPassword,
                    QCoreApplication::translate("etp::Discovery", "simple bind as %1").arg(options.bindName));
    QString caFile = options.caFile;
    if (tls && !caFile.isEmpty()) {
        QFile probe(caFile);
        if (!probe.open(QIODevice::ReadOnly))
            return fail(DiscoveryError::CaFileUnreadable,
                        QCoreApplication::translate("etp::Discovery", "reading %1").arg(caFile), probe.errorString());
    }
    if (tls && caFile.isEmpty() && QFile::exists(QString::fromLatin1(kSystemCaBundle)))
        caFile = QString::fromLatin1(kSystemCaBundle);

    QString detail;
    switch (probeTcp(address, options.connectTimeoutMs, cancel, &detail)) {
    case TcpOutcome::Connected:
        break;
    case TcpOutcome::Refused:
    case TcpOutcome::Unreachable:
        return fail(DiscoveryError::NoServer, QCoreApplication::translate("etp::Discovery", "a TCP connection"),
                    detail);
    case TcpOutcome::Timeout:
        return fail(DiscoveryError::ConnectTimeout, QCoreApplication::translate("etp::Discovery", "a TCP connection"),
                    detail);
    case TcpOutcome::Cancelled:
        return fail(DiscoveryError::Cancelled, QCoreApplication::translate("etp::Discovery", "a TCP connection"));
    }

    LDAP *ld = nullptr;
    const QByteArray hostUri = QStringLiteral("%1://%2:%3")
                                   .arg(address.scheme, address.host.contains(QLatin1Char(':'))
                                                            ? QLatin1Char('[') + address.host + QLatin1Char(']')
                                                            : address.host)
                                   .arg(address.port)
                                   .toUtf8();
    if (ldap_initialize(&ld, hostUri.constData()) != LDAP_SUCCESS || !ld)
        return fail(DiscoveryError::BadUri, QCoreApplication::translate("etp::Discovery", "reading the URI"));
    std::unique_ptr<LdapConnection> connection(new LdapConnection(ld, address, cancel, options.operationTimeoutMs));
    connection->m_anonymous = options.bindName.isEmpty();

    const int version = LDAP_VERSION3;
    ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    timeval network{options.connectTimeoutMs / 1000, (options.connectTimeoutMs % 1000) * 1000};
    ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &network);
    timeval operation{options.operationTimeoutMs / 1000, (options.operationTimeoutMs % 1000) * 1000};
    ldap_set_option(ld, LDAP_OPT_TIMEOUT, &operation);
    if (tls) {
        const int demand = LDAP_OPT_X_TLS_DEMAND;
        ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
        if (!caFile.isEmpty()) {
            const QByteArray path = QFile::encodeName(caFile);
            ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, path.constData());
        }
        // The options above apply to this connection only once a new TLS context is made after them.
        const int isServer = 0;
        ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &isServer);
    }

    const QString tlsAttempt = ldaps ? QCoreApplication::translate("etp::Discovery", "a TLS handshake (LDAPS)")
                                     : QCoreApplication::translate("etp::Discovery", "StartTLS");
    if (ldaps) {
        // libldap's LDAPS handshake has no time-out and its failures all read alike: probe first.
        const TlsProbeResult probe =
            probeTls(address.host, address.port, false, options.caFile, options.connectTimeoutMs);
        if (probe.fault)
            return fail(*probe.fault, tlsAttempt, probe.detail);
    }
    const int connected = ldap_connect(ld);
    if (connected != LDAP_SUCCESS) {
        const QString diag = connection->diagnostic();
        if (ldaps) {
            const DiscoveryError kind = classifyTls(diag);
            return fail(connected == LDAP_TIMEOUT ? DiscoveryError::NoAnswer : kind, tlsAttempt,
                        QString::fromUtf8(ldap_err2string(connected)) + QLatin1String(": ") + diag);
        }
        return fail(DiscoveryError::NoServer, QCoreApplication::translate("etp::Discovery", "an LDAP connection"),
                    QString::fromUtf8(ldap_err2string(connected)) + QLatin1String(": ") + diag);
    }
    if (cancelled(cancel))
        return fail(DiscoveryError::Cancelled, tlsAttempt);
    if (options.startTls && !ldaps) {
        int rc = LDAP_SUCCESS;
        int msgid = -1;
        rc = ldap_start_tls(ld, nullptr, nullptr, &msgid);
        if (rc == LDAP_SUCCESS) {
            auto answer = connection->waitFor(msgid, tlsAttempt);
            if (!answer) {
                // An LDAPS port hangs up on a plain StartTLS request.
                if (answer.error().code == errorCode(DiscoveryError::ServerLost))
                    return fail(DiscoveryError::WrongPort, tlsAttempt, connection->diagnostic());
                return answer.error();
            }
            char *serverText = nullptr;
            if (ldap_parse_result(ld, answer->msg, &rc, nullptr, &serverText, nullptr, nullptr, 0) != LDAP_SUCCESS)
                rc = LDAP_DECODING_ERROR;
            const QString said = serverText ? QString::fromUtf8(serverText) : QString();
            if (serverText)
                ldap_memfree(serverText);
            if (rc != LDAP_SUCCESS)
                return fail(DiscoveryError::TlsFailed, tlsAttempt,
                            QString::fromUtf8(ldap_err2string(rc)) + QLatin1String(": ") + said);
            rc = ldap_install_tls(ld);
        }
        if (rc != LDAP_SUCCESS) {
            const QString diag = connection->diagnostic();
            const QString said =
                QString::fromUtf8(ldap_err2string(rc)) + (diag.isEmpty() ? QString() : QLatin1String(": ") + diag);
            if (rc == LDAP_TIMEOUT)
                return fail(DiscoveryError::NoAnswer, tlsAttempt, said);
            if (rc == LDAP_SERVER_DOWN)
                return fail(DiscoveryError::WrongPort, tlsAttempt, said);
            if (rc == LDAP_CONNECT_ERROR) {
                const TlsProbeResult probe =
                    probeTls(address.host, address.port, true, options.caFile, options.connectTimeoutMs);
                return fail(probe.fault.value_or(classifyTls(diag)), tlsAttempt,
                            probe.detail.isEmpty() ? said : probe.detail);
            }
            return fail(DiscoveryError::TlsFailed, tlsAttempt, said);
        }
    }

    const QString bindAttempt =
        options.bindName.isEmpty()
            ? QCoreApplication::translate("etp::Discovery", "an anonymous bind")
            : QCoreApplication::translate("etp::Discovery", "simple bind as %1").arg(options.bindName);
    const QByteArray who = options.bindName.toUtf8();
    berval credentials{static_cast<ber_len_t>(password.size()), password.data()};
    int msgid = -1;
    const int sent = ldap_sasl_bind(ld, who.isEmpty() ? "" : who.constData(), LDAP_SASL_SIMPLE, &credentials, nullptr,
                                    nullptr, &msgid);
    wipe(password);
    if (sent != LDAP_SUCCESS) {
        if (sent == LDAP_SERVER_DOWN && !tls)
            return fail(DiscoveryError::WrongPort, bindAttempt, connection->diagnostic());
        return connection->fault(sent, bindAttempt, connection->diagnostic());
    }
    auto answer = connection->waitFor(msgid, bindAttempt);
    if (!answer) {
        // A plain LDAP bind sent to an LDAPS port: the server hangs up on bytes that are no TLS handshake.
        if (!tls && answer.error().code == errorCode(DiscoveryError::ServerLost))
            return fail(DiscoveryError::WrongPort, bindAttempt, connection->diagnostic());
        return answer.error();
    }
    int rc = LDAP_OTHER;
    char *serverText = nullptr;
    if (ldap_parse_result(ld, answer->msg, &rc, nullptr, &serverText, nullptr, nullptr, 0) != LDAP_SUCCESS)
        rc = LDAP_DECODING_ERROR;
    const QString said = serverText ? QString::fromUtf8(serverText) : QString();
    if (serverText)
        ldap_memfree(serverText);
    if (rc != LDAP_SUCCESS)
        return connection->fault(rc, bindAttempt, said);
    return connection;
}

} // namespace etp::ldap
