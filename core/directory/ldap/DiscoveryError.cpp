#include "DiscoveryError.h"

#include <QCoreApplication>

namespace etp::ldap {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("etp::Discovery", text);
}

struct Description {
    const char *code;
    const char *cause; ///< what probably happened
    const char *todo;  ///< what the user can do
};

Description describe(DiscoveryError error)
{
    switch (error) {
    case DiscoveryError::BadUri:
        return {"ldap.bad-uri", QT_TRANSLATE_NOOP("etp::Discovery", "The address is not an LDAP URI."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Give a URI such as ldap://dc1.example.com or ldaps://dc1.example.com:636.")};
    case DiscoveryError::UnencryptedRefused:
        return {"ldap.unencrypted-refused",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "The connection would be unencrypted, so the password would cross the network "
                                  "in clear text."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Add --starttls or use an ldaps:// URI; pass --allow-unencrypted only on a "
                                  "network you trust.")};
    case DiscoveryError::CaFileUnreadable:
        return {"ldap.ca-file", QT_TRANSLATE_NOOP("etp::Discovery", "The CA certificate file cannot be read."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Check the path given to --ca-file; it must be a PEM file with the certificate "
                                  "of the authority that signed the domain controller's certificate.")};
    case DiscoveryError::NoServer:
        return {"ldap.no-server",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Nothing accepts connections there: the server is down, the host name is wrong "
                                  "or no directory service listens on that port."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Check the host name and port (389 for LDAP, 636 for LDAPS, 3268/3269 for the "
                                  "global catalog) and that the domain controller is running.")};
    case DiscoveryError::ConnectTimeout:
        return {"ldap.connect-timeout",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "The connection was not accepted in time: a firewall may drop the packets or "
                                  "the host is unreachable."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Check that the port is open from this workstation, or raise the connect "
                                  "time-out.")};
    case DiscoveryError::WrongPort:
        return {"ldap.wrong-port",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Something answered, but not in the way expected: this is probably an LDAPS "
                                  "port addressed with ldap://, an LDAP port addressed with ldaps://, or not a "
                                  "directory service at all."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Use ldap:// (with --starttls) for port 389 or 3268 and ldaps:// for port 636 or "
                                  "3269.")};
    case DiscoveryError::NoAnswer:
        return {"ldap.no-answer",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "The server accepted the connection but did not answer in time: it may be "
                                  "overloaded, hung, or not a directory service."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Try another domain controller, check the port, or raise the operation "
                                  "time-out.")};
    case DiscoveryError::UntrustedCertificate:
        return {"ldap.untrusted-certificate",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "The server's certificate is not signed by an authority this workstation "
                                  "trusts (or it has expired)."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Pass the certificate of your enterprise certification authority with "
                                  "--ca-file, or add it to the system's trusted certificates.")};
    case DiscoveryError::NameMismatch:
        return {"ldap.name-mismatch",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "The server's certificate is trusted but does not name the host that was "
                                  "connected to."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Connect with the name the certificate was issued for (usually the domain "
                                  "controller's full DNS name), not an alias or an address.")};
    case DiscoveryError::TlsFailed:
        return {"ldap.tls-failed",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "The encrypted session could not be set up: the server may not support "
                                  "StartTLS or has no certificate."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Check that the domain controller has a server certificate, or try ldaps:// "
                                  "on port 636.")};
    case DiscoveryError::EmptyPassword:
        return {"ldap.empty-password",
                QT_TRANSLATE_NOOP("etp::Discovery", "The password is empty: a bind with a name and no password is an "
                                                    "unauthenticated bind that reads nothing."),
                QT_TRANSLATE_NOOP("etp::Discovery", "Give the account's password in the password file or on "
                                                    "standard input.")};
    case DiscoveryError::BadPassword:
        return {"ldap.bad-password",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "The server refused the account name or password (or the account is locked, "
                                  "disabled or expired)."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Check the bind name (a DN or user@domain) and the password, and that the "
                                  "account may log on.")};
    case DiscoveryError::AnonymousRefused:
        return {"ldap.anonymous-refused",
                QT_TRANSLATE_NOOP("etp::Discovery", "The server does not let anonymous users search the directory."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Give an account with --bind-dn and its password with --password-file.")};
    case DiscoveryError::AccessDenied:
        return {"ldap.access-denied",
                QT_TRANSLATE_NOOP("etp::Discovery", "The account is logged on but may not read what discovery needs."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Use an account that can read the configuration partition, such as a member "
                                  "of Domain Users in the forest root domain.")};
    case DiscoveryError::ServerLost:
        return {"ldap.server-lost",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "The connection broke in the middle of discovery: the server stopped or the "
                                  "network failed. Nothing was saved from this incomplete reading."),
                QT_TRANSLATE_NOOP("etp::Discovery", "Run discovery again when the domain controller is back.")};
    case DiscoveryError::Cancelled:
        return {"ldap.cancelled",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Discovery was cancelled. Nothing was saved from this incomplete reading."),
                QT_TRANSLATE_NOOP("etp::Discovery", "Run discovery again to read the whole directory.")};
    case DiscoveryError::SizeLimit:
        return {"ldap.size-limit",
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "The server stopped a search at its size or time limit, so the answer is "
                                  "incomplete. Nothing was saved from this incomplete reading."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Ask the directory administrator about the server's MaxPageSize and "
                                  "MaxResultSetSize limits, or use an account the limits do not apply to.")};
    case DiscoveryError::NoSuchObject:
        return {"ldap.no-such-object",
                QT_TRANSLATE_NOOP("etp::Discovery", "A naming context the server announced does not exist there."),
                QT_TRANSLATE_NOOP("etp::Discovery",
                                  "Connect to a domain controller of the forest (not a member server or another "
                                  "directory).")};
    case DiscoveryError::Protocol:
        break;
    }
    return {"ldap.protocol", QT_TRANSLATE_NOOP("etp::Discovery", "The server answered with an error."),
            QT_TRANSLATE_NOOP("etp::Discovery",
                              "Read the server's message below; try another domain controller if it persists.")};
}

} // namespace

QString errorCode(DiscoveryError error)
{
    return QString::fromLatin1(describe(error).code);
}

Error discoveryError(DiscoveryError error, const FaultContext &context)
{
    const Description d = describe(error);
    QString where;
    if (context.host.isEmpty())
        where = QCoreApplication::translate("etp::Discovery", "Discovery failed");
    else if (context.port > 0)
        where = QCoreApplication::translate("etp::Discovery", "Discovery failed at %1 port %2")
                    .arg(context.host)
                    .arg(context.port);
    else
        where = QCoreApplication::translate("etp::Discovery", "Discovery failed at %1").arg(context.host);
    QString message = where;
    if (!context.attempt.isEmpty())
        message += QCoreApplication::translate("etp::Discovery", " while trying: %1").arg(context.attempt);
    message += QLatin1String(".\n") + translated(d.cause) + QLatin1Char('\n') + translated(d.todo);
    if (!context.detail.trimmed().isEmpty())
        message +=
            QLatin1Char('\n') +
            QCoreApplication::translate("etp::Discovery", "Server or library said: %1").arg(context.detail.trimmed());
    return Error{QString::fromLatin1(d.code), message};
}

} // namespace etp::ldap
