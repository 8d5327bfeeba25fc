#include "Slapd.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>

namespace etp::test {

namespace {

const QString kPassword = QStringLiteral("Discovery-Test-1");

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

/// The test CA and server certificate, made once per test program.
struct Certificates {
    QTemporaryDir dir;
    QString error;
    QString ca() const { return dir.filePath(QStringLiteral("ca.crt")); }
    QString cert() const { return dir.filePath(QStringLiteral("server.crt")); }
    QString key() const { return dir.filePath(QStringLiteral("server.key")); }

    Certificates()
    {
        const QString openssl = QStringLiteral("openssl");
        auto path = [&](const char *name) {
            return dir.filePath(QString::fromLatin1(name));
        };
        writeFile(path("ext.cnf"), "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                                   "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
        const QList<QStringList> steps = {
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), ca(),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=Exchange Transition Planner Test CA")},
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), key(), QStringLiteral("-out"), path("server.csr"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1")},
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"),
             QStringLiteral("-CA"), ca(), QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), cert(), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
             path("ext.cnf")}};
        for (const auto &args : steps) {
            bool ok = false;
            const QString out = runProgram(openssl, args, &ok);
            if (!ok) {
                error = out;
                return;
            }
        }
    }
};

const Certificates &certificates()
{
    static Certificates c;
    return c;
}

} // namespace

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
    return server.serverPort();
}

QString runProgram(const QString &program, const QStringList &arguments, bool *ok, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    const bool finished = p.waitForStarted() && p.waitForFinished(timeoutMs);
    *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromLocal8Bit(p.readAll()) + (finished ? QString() : p.errorString());
}

QString combineLdifForSlapadd(const QStringList &files, const QString &target)
{
    struct Record {
        int depth;
        QString dn;
        QByteArray text;
    };
    QList<Record> records;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = f.readAll();
        data.replace("\r\n", "\n");
        data.replace("\n ", ""); // unfold continuation lines
        qsizetype start = 0;
        while (start < data.size()) {
            qsizetype end = data.indexOf("\n\n", start);
            if (end < 0)
                end = data.size();
            QByteArray text = data.mid(start, end - start).trimmed();
            start = end + 2;
            QList<QByteArray> lines = text.split('\n');
            lines.removeIf([](const QByteArray &l) {
                return l.startsWith("version:") || l.startsWith("changetype:") || l.startsWith('#');
            });
            if (lines.isEmpty() || !lines.first().startsWith("dn:"))
                continue;
            QString dn = lines.first().startsWith("dn::")
                             ? QString::fromUtf8(QByteArray::fromBase64(lines.first().mid(4).trimmed()))
                             : QString::fromUtf8(lines.first().mid(3).trimmed());
            int depth = 0;
            for (qsizetype i = 0; i < dn.size(); ++i) {
                if (dn.at(i) == QLatin1Char('\\'))
                    ++i;
                else if (dn.at(i) == QLatin1Char(','))
                    ++depth;
            }
            records.append({depth, dn, lines.join('\n') + "\n\n"});
        }
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const Record &a, const Record &b) { return a.depth < b.depth; });
    QFile out(target);
    if (records.isEmpty() || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    for (const Record &r : records)
        out.write(r.text);
    return records.first().dn;
}

Slapd::~Slapd()
{
    stop();
}

QString Slapd::ldapUri(const QString &host) const
{
    return QStringLiteral("ldap://%1:%2").arg(host).arg(m_ldapPort);
}

QString Slapd::ldapsUri(const QString &host) const
{
    return QStringLiteral("ldaps://%1:%2").arg(host).arg(m_ldapsPort);
}

QString Slapd::globalCatalogUri() const
{
    return QStringLiteral("ldap://127.0.0.1:%1").arg(m_gcPort);
}

QString Slapd::caFile() const
{
    return certificates().ca();
}

QString Slapd::bindDn() const
{
    return QStringLiteral("CN=ETP Discovery,") + m_suffix;
}

QString Slapd::password() const
{
    return kPassword;
}

QString Slapd::passwordFile() const
{
    return m_dir->filePath(QStringLiteral("password"));
}

bool Slapd::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void Slapd::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QString Slapd::start(const Options &options)
{
    const Certificates &certs = certificates();
    if (!certs.error.isEmpty())
        return QStringLiteral("openssl failed: ") + certs.error;
    m_dir = std::make_unique<QTemporaryDir>();
    m_suffix = options.suffix;
    const QString dir = m_dir->path();
    auto path = [&](const char *name) {
        return m_dir->filePath(QString::fromLatin1(name));
    };
    QDir(dir).mkdir(QStringLiteral("db"));

    const QString config =
        options.configurationNc.isEmpty() ? QStringLiteral("CN=Configuration,") + m_suffix : options.configurationNc;
    QByteArray rootDse = "dn:\n";
    QMap<QString, QString> rootValues = options.rootDse;
    rootValues.insert(QStringLiteral("configurationNamingContext"), config);
    rootValues.insert(QStringLiteral("defaultNamingContext"), m_suffix);
    rootValues.insert(QStringLiteral("rootDomainNamingContext"), m_suffix);
    rootValues.insert(QStringLiteral("schemaNamingContext"), QStringLiteral("CN=Schema,") + config);
    rootValues.insert(QStringLiteral("isGlobalCatalogReady"), QStringLiteral("TRUE"));
    for (auto it = rootValues.cbegin(); it != rootValues.cend(); ++it)
        rootDse += it.key().toUtf8() + ": " + it.value().toUtf8() + '\n';
    writeFile(path("rootdse.ldif"), rootDse);
    writeFile(path("password"), kPassword.toUtf8());

    QByteArray conf;
    conf += "include /etc/ldap/schema/core.schema\n";
    conf += "include " + dataPath(QStringLiteral("ldap/ad-exchange.schema")).toUtf8() + "\n";
    conf += "modulepath /usr/lib/ldap\nmoduleload back_mdb\n";
    conf += "pidfile " + path("slapd.pid").toUtf8() + "\nargsfile " + path("slapd.args").toUtf8() + "\n";
    conf += "TLSCACertificateFile " + certs.ca().toUtf8() + "\nTLSCertificateFile " + certs.cert().toUtf8() +
            "\nTLSCertificateKeyFile " + certs.key().toUtf8() + "\n";
    conf += "rootDSE " + path("rootdse.ldif").toUtf8() + "\n";
    // Active Directory's MaxPageSize is 1000; without size.pr the default of 500 would cap paged searches too.
    conf += "sizelimit size.soft=1000 size.hard=1000 size.pr=1000 size.prtotal=unlimited\n";
    if (options.requireAuthc)
        conf += "require authc\n";
    conf += "database mdb\nmaxsize 1073741824\nsuffix \"" + m_suffix.toUtf8() + "\"\n";
    conf += "directory " + path("db").toUtf8() + "\n";
    conf += "access to attrs=userPassword by anonymous auth by * none\n";
    conf += "access to * by users read by * none\n";
    writeFile(path("slapd.conf"), conf);

    // The reading account, added beside the data.
    QByteArray account = "dn: " + bindDn().toUtf8() + "\nobjectClass: person\ncn: ETP Discovery\nsn: Discovery\n" +
                         "userPassword: " + kPassword.toUtf8() + "\n\n";
    writeFile(path("account.ldif"), account);

    bool ok = false;
    QString out = runProgram(QStringLiteral("/usr/sbin/slapadd"),
                             {QStringLiteral("-q"), QStringLiteral("-s"), QStringLiteral("-f"), path("slapd.conf"),
                              QStringLiteral("-l"), options.ldifPath},
                             &ok);
    if (!ok)
        return QStringLiteral("slapadd of %1 failed: %2").arg(options.ldifPath, out);
    out = runProgram(QStringLiteral("/usr/sbin/slapadd"),
                     {QStringLiteral("-q"), QStringLiteral("-s"), QStringLiteral("-f"), path("slapd.conf"),
                      QStringLiteral("-l"), path("account.ldif")},
                     &ok);
    if (!ok)
        return QStringLiteral("slapadd of the account failed: ") + out;

    for (int attempt = 0; attempt < 5; ++attempt) {
        m_ldapPort = freePort();
        m_ldapsPort = freePort();
        m_gcPort = freePort();
        if (m_ldapPort == m_ldapsPort || m_ldapPort == m_gcPort || m_ldapsPort == m_gcPort)
            continue;
        const QString urls = QStringLiteral("ldap://127.0.0.1:%1/ ldap://127.0.0.2:%1/ ldaps://127.0.0.1:%2/ "
                                            "ldaps://127.0.0.2:%2/ ldap://127.0.0.1:%3/")
                                 .arg(m_ldapPort)
                                 .arg(m_ldapsPort)
                                 .arg(m_gcPort);
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(QStringLiteral("/usr/sbin/slapd"),
                         {QStringLiteral("-f"), path("slapd.conf"), QStringLiteral("-h"), urls, QStringLiteral("-d"),
                          QStringLiteral("0")});
        if (!m_process->waitForStarted())
            return QStringLiteral("slapd did not start: ") + m_process->errorString();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && m_process->state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), m_ldapPort);
            if (probe.waitForConnected(200)) {
                probe.disconnectFromHost();
                return {};
            }
            QThread::msleep(20);
        }
        const QString log = QString::fromLocal8Bit(m_process->readAll());
        stop();
        if (!log.contains(QLatin1String("Address already in use")))
            return QStringLiteral("slapd did not come up: ") + log;
    }
    return QStringLiteral("slapd found no free ports");
}

} // namespace etp::test
