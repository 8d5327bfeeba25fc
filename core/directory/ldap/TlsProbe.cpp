#include "TlsProbe.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

namespace etp::ldap {

namespace {

/// An LDAPv3 ExtendedRequest for StartTLS (1.3.6.1.4.1.1466.20037), message id 1, BER encoded.
QByteArray startTlsRequest()
{
    const QByteArray oid("1.3.6.1.4.1.1466.20037");
    QByteArray request;
    request.append(char(0x80)).append(char(oid.size())).append(oid);
    request.prepend(char(request.size())).prepend(char(0x77));
    request.prepend(QByteArray::fromHex("020101"));
    request.prepend(char(request.size())).prepend(char(0x30));
    return request;
}

bool isTrustError(QSslError::SslError e)
{
    switch (e) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
    case QSslError::CertificateRevoked:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateSignatureFailed:
        return true;
    default:
        return false;
    }
}

} // namespace

TlsProbeResult probeTls(const QString &host, int port, bool startTls, const QString &caFile, int timeoutMs)
{
    TlsProbeResult result;
    if (!QSslSocket::supportsSsl())
        return result; // no TLS backend to probe with: let libldap decide alone
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty())
        config.setCaCertificates(QSslCertificate::fromPath(caFile, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(config);
    socket.setPeerVerifyName(host);
    QElapsedTimer timer;
    timer.start();
    auto remaining = [&] {
        return int(qMax<qint64>(1, timeoutMs - timer.elapsed()));
    };

    socket.connectToHost(host, quint16(port));
    if (!socket.waitForConnected(remaining())) {
        result.fault = DiscoveryError::NoServer;
        result.detail = socket.errorString();
        return result;
    }
    if (startTls) {
        socket.write(startTlsRequest());
        if (!socket.waitForBytesWritten(remaining()) || !socket.waitForReadyRead(remaining())) {
            result.fault = socket.state() == QAbstractSocket::ConnectedState ? DiscoveryError::NoAnswer
                                                                             : DiscoveryError::WrongPort;
            result.detail = socket.errorString();
            return result;
        }
        const QByteArray answer = socket.readAll();
        // An ExtendedResponse (0x78) whose resultCode (the first ENUMERATED) is success (0).
        if (answer.size() < 2 || answer.at(0) != 0x30 || !answer.contains(char(0x78))) {
            result.fault = DiscoveryError::WrongPort;
            return result;
        }
        const qsizetype code = answer.indexOf(QByteArray::fromHex("0a01"));
        if (code < 0 || code + 2 >= answer.size() || answer.at(code + 2) != 0) {
            result.fault = DiscoveryError::TlsFailed;
            return result;
        }
    }
    socket.startClientEncryption();
    const bool encrypted = socket.waitForEncrypted(remaining());
    bool trust = false;
    bool name = false;
    QStringList errors;
    for (const QSslError &e : socket.sslHandshakeErrors()) {
        errors.append(e.errorString());
        trust = trust || isTrustError(e.error());
        name = name || e.error() == QSslError::HostNameMismatch;
    }
    result.detail = errors.isEmpty() ? socket.errorString() : errors.join(QLatin1String("; "));
    if (trust)
        result.fault = DiscoveryError::UntrustedCertificate;
    else if (name)
        result.fault = DiscoveryError::NameMismatch;
    else if (!encrypted && timer.elapsed() >= timeoutMs)
        result.fault = DiscoveryError::NoAnswer;
    else if (!encrypted)
        result.fault = DiscoveryError::WrongPort;
    return result;
}

} // namespace etp::ldap
