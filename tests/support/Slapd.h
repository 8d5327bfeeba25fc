#pragma once

// A private OpenLDAP slapd for tests: its own slapd.conf in a temporary folder, the AD/Exchange test schema
// (tests/data/ldap/ad-exchange.schema), an AD-like RootDSE, AD's paging limits, `require authc`, TLS with a test CA
// made by openssl at run time (certificate for IP 127.0.0.1 only, so 127.0.0.2 gives a name mismatch), data loaded
// with slapadd, and free loopback ports chosen at run time: plain LDAP, LDAPS and a global-catalog port.

#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace etp::test {

/// A TCP port on 127.0.0.1 that was free a moment ago.
quint16 freePort();

/// Runs a program and waits; returns its combined output, or sets *ok=false with the output on failure.
QString runProgram(const QString &program, const QStringList &arguments, bool *ok, int timeoutMs = 60000);

/// Joins LDIF files (an export: configuration, schema, one per domain) into one file that slapadd can load: version
/// lines dropped, records ordered parents first. Returns the shortest DN (the database suffix), or "" on failure.
QString combineLdifForSlapadd(const QStringList &files, const QString &target);

class Slapd {
public:
    struct Options {
        QString ldifPath;               ///< the directory data
        QString suffix;                 ///< the database suffix, e.g. "DC=example,DC=com"
        QString configurationNc;        ///< default "CN=Configuration,<suffix>"
        bool requireAuthc = true;       ///< refuse anonymous searches (RootDSE stays readable)
        QMap<QString, QString> rootDse; ///< extra RootDSE attributes (forestFunctionality, ...)
    };

    Slapd() = default;
    ~Slapd();
    Slapd(const Slapd &) = delete;
    Slapd &operator=(const Slapd &) = delete;

    /// Prepares and starts the server; returns an empty string on success or what failed.
    QString start(const Options &options);
    /// Stops the server (SIGTERM, then SIGKILL) and waits for it.
    void stop();
    bool running() const;

    quint16 ldapPort() const { return m_ldapPort; }
    quint16 ldapsPort() const { return m_ldapsPort; }
    quint16 globalCatalogPort() const { return m_gcPort; }
    /// ldap://HOST:ldapPort (host 127.0.0.1 by default; 127.0.0.2 is served too, with a certificate not naming it).
    QString ldapUri(const QString &host = QStringLiteral("127.0.0.1")) const;
    QString ldapsUri(const QString &host = QStringLiteral("127.0.0.1")) const;
    QString globalCatalogUri() const;

    QString caFile() const; ///< the test CA certificate (PEM)
    QString bindDn() const; ///< an ordinary account that may read everything
    QString password() const;
    QString passwordFile() const; ///< a file holding password()
    QString directory() const { return m_dir ? m_dir->path() : QString(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_ldapPort = 0;
    quint16 m_ldapsPort = 0;
    quint16 m_gcPort = 0;
    QString m_suffix;
};

} // namespace etp::test
