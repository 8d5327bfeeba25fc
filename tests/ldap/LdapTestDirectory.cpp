#include "LdapTestDirectory.h"

#include <QFile>

namespace etp::test {

namespace {

QByteArray entry(const QString &dn, const QList<QPair<QString, QString>> &attributes)
{
    QByteArray out = "dn: " + dn.toUtf8() + '\n';
    for (const auto &[name, value] : attributes)
        out += name.toUtf8() + ": " + value.toUtf8() + '\n';
    return out + '\n';
}

QByteArray binaryEntryLine(const QString &name, const QByteArray &value)
{
    return name.toUtf8() + ":: " + value.toBase64() + '\n';
}

} // namespace

int writeTestDirectory(const QString &path, int subnets)
{
    const QString config = QStringLiteral("CN=Configuration,") + kSuffix;
    const QString org = QStringLiteral("CN=First Organization,CN=Microsoft Exchange,CN=Services,") + config;
    const QString site = QStringLiteral("CN=Default-First-Site-Name,CN=Sites,") + config;
    const auto oc = QStringLiteral("objectClass");
    QByteArray ldif;
    // Domain head with its SID (S-1-5-21-1-2-3), so that -518/-519 name Schema and Enterprise Admins.
    const QByteArray domainSid = QByteArray::fromHex("010400000000000515000000010000000200000003000000");
    ldif += "dn: " + kSuffix.toUtf8() + "\nobjectClass: top\nobjectClass: domainDNS\ndc: example\n" +
            binaryEntryLine(QStringLiteral("objectSid"), domainSid) + "nTMixedDomain: 0\nmsDS-Behavior-Version: 2\n\n";
    ldif +=
        entry(config, {{oc, QStringLiteral("configuration")}, {QStringLiteral("cn"), QStringLiteral("Configuration")}});
    ldif += entry(QStringLiteral("CN=Services,") + config, {{oc, QStringLiteral("container")}});
    ldif += entry(QStringLiteral("CN=Microsoft Exchange,CN=Services,") + config,
                  {{oc, QStringLiteral("msExchConfigurationContainer")}});
    ldif += entry(org, {{oc, QStringLiteral("msExchOrganizationContainer")},
                        {QStringLiteral("name"), QStringLiteral("First Organization")},
                        {QStringLiteral("legacyExchangeDN"), QStringLiteral("/o=First Organization")},
                        {QStringLiteral("msExchMixedMode"), QStringLiteral("FALSE")}});
    ldif += entry(QStringLiteral("CN=Sites,") + config, {{oc, QStringLiteral("sitesContainer")}});
    ldif += entry(site,
                  {{oc, QStringLiteral("site")}, {QStringLiteral("name"), QStringLiteral("Default-First-Site-Name")}});
    ldif += entry(QStringLiteral("CN=Subnets,CN=Sites,") + config, {{oc, QStringLiteral("subnetContainer")}});
    for (int i = 0; i < subnets; ++i) {
        const QString prefix = QStringLiteral("2001:db8:%1::/48").arg(i, 0, 16);
        ldif += entry(QStringLiteral("CN=%1,CN=Subnets,CN=Sites,").arg(prefix) + config,
                      {{oc, QStringLiteral("subnet")}, {QStringLiteral("siteObject"), site}});
    }
    ldif += entry(
        QStringLiteral("CN=Partitions,") + config,
        {{oc, QStringLiteral("crossRefContainer")}, {QStringLiteral("msDS-Behavior-Version"), QStringLiteral("2")}});
    ldif += entry(QStringLiteral("CN=EXAMPLE,CN=Partitions,") + config,
                  {{oc, QStringLiteral("crossRef")},
                   {QStringLiteral("nCName"), kSuffix},
                   {QStringLiteral("dnsRoot"), QStringLiteral("example.com")},
                   {QStringLiteral("nETBIOSName"), QStringLiteral("EXAMPLE")},
                   {QStringLiteral("systemFlags"), QStringLiteral("3")}});
    ldif += entry(QStringLiteral("CN=Users,") + kSuffix, {{oc, QStringLiteral("container")}});
    const QString users = QStringLiteral("CN=Users,") + kSuffix;
    ldif += "dn: CN=Schema Admins," + users.toUtf8() + "\nobjectClass: group\ncn: Schema Admins\n" +
            binaryEntryLine(QStringLiteral("objectSid"), domainSid.left(4) + QByteArray::fromHex("00000005") +
                                                             domainSid.mid(8) + QByteArray::fromHex("06020000")) +
            "member: CN=Administrator," + users.toUtf8() + "\n\n";
    // Names that must be escaped in filters and DNs.
    ldif += entry(QStringLiteral("CN=Star *()\\5C Group,") + users,
                  {{oc, QStringLiteral("group")},
                   {QStringLiteral("cn"), QStringLiteral("Star *()\\ Group")},
                   {QStringLiteral("description"), QStringLiteral("escaping")}});
    ldif += entry(QStringLiteral("CN=Star Other Group,") + users,
                  {{oc, QStringLiteral("group")},
                   {QStringLiteral("cn"), QStringLiteral("Star Other Group")},
                   {QStringLiteral("description"), QStringLiteral("escaping")}});
    ldif += entry(QStringLiteral("CN=Routing\\2C Group (A)\\2B,") + users,
                  {{oc, QStringLiteral("group")}, {QStringLiteral("description"), QStringLiteral("comma")}});
    ldif += "dn: CN=Binary Sid Group," + users.toUtf8() + "\nobjectClass: group\n" +
            binaryEntryLine(QStringLiteral("objectSid"), QByteArray("\x01\x00*()\\\x00z", 8)) + '\n';
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    f.write(ldif);
    // Configuration search: organization, Sites container, site, subnets, Partitions, crossRef.
    return 1 + 1 + 1 + subnets + 1 + 1;
}

QString startTestSlapd(Slapd &slapd, const QString &dir, int subnets)
{
    const QString ldif = dir + QStringLiteral("/directory.ldif");
    if (writeTestDirectory(ldif, subnets) < 0)
        return QStringLiteral("cannot write ") + ldif;
    Slapd::Options options;
    options.ldifPath = ldif;
    options.suffix = kSuffix;
    options.rootDse.insert(QStringLiteral("forestFunctionality"), QStringLiteral("2"));
    options.rootDse.insert(QStringLiteral("domainFunctionality"), QStringLiteral("2"));
    return slapd.start(options);
}

} // namespace etp::test
