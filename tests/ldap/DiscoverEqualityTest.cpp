// Live discovery and LDIF import of the same directory give the same inventory (PRODUCT.md C3): the sample
// organization is exported as LDIF, loaded into a real slapd, read back by the `discover` command over StartTLS,
// and compared with the `importLdif` of the same files, all but the recorded source of each value.

#include "InventoryLdif.h"
#include "QtStringMakers.h"
#include "ScriptedLdapServer.h"
#include "Slapd.h"
#include "TestSupport.h"
#include "directory/Dn.h"
#include "directory/LdifImport.h"
#include "model/FieldCodec.h"
#include "sample/SampleOrganization.h"
#include "storage/ProjectFile.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>

using namespace etp;
using namespace etp::test;

namespace {

/// Forgets where values came from (origin and per-field sources). DNs are compared as stored: slapd hands them back
/// with lower-cased attribute types ("cn=") where the LDIF says "CN=", and both are stored in one spelling.
void forgetSources(Inventory &inventory)
{
    const auto forget = [](ObjectMeta &meta) {
        meta.origin = Source::Ldif;
        meta.fieldSources.clear();
    };
    inventory.singles([&](auto &object) { forget(object.meta); });
    inventory.collections([&](auto &list) {
        for (auto &object : list)
            forget(object.meta);
    });
}

int runApp(const QStringList &arguments, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(ETP_APP_PATH), arguments);
    p.waitForFinished(120000);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

TEST_CASE("discover and import-ldif of an export of the same organization give the same inventory", "[ldap][cli]")
{
    QTemporaryDir dir;
    const Project sample = sampleProject();
    const QStringList files =
        writeExport(exportInventory(sample.inventory, LdifStyle::Ldapsearch), dir.filePath(QStringLiteral("export")));
    REQUIRE(!files.isEmpty());
    const QString suffix = combineLdifForSlapadd(files, dir.filePath(QStringLiteral("all.ldif")));
    REQUIRE(!suffix.isEmpty());
    Slapd slapd;
    Slapd::Options options;
    options.ldifPath = dir.filePath(QStringLiteral("all.ldif"));
    options.suffix = suffix;
    const QString started = slapd.start(options);
    INFO(started.toStdString());
    REQUIRE(started.isEmpty());

    const QString live = dir.filePath(QStringLiteral("live.etplan"));
    QString output;
    const int exit =
        runApp({QStringLiteral("discover"), QStringLiteral("--uri"), slapd.ldapUri(), QStringLiteral("--starttls"),
                QStringLiteral("--ca-file"), slapd.caFile(), QStringLiteral("--gc-uri"), slapd.globalCatalogUri(),
                QStringLiteral("--bind-dn"), slapd.bindDn(), QStringLiteral("--password-file"), slapd.passwordFile(),
                QStringLiteral("--no-resolve"), QStringLiteral("--out"), live},
               &output);
    INFO(output.toStdString());
    REQUIRE(exit == 0);
    CHECK(output.contains(QStringLiteral("Reading the RootDSE")));
    // The password never reaches the project file.
    QFile file(live);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(slapd.password().toUtf8()));

    auto discovered = loadProject(live);
    REQUIRE(discovered);
    CHECK(discovered->connection.uri == slapd.ldapUri());
    CHECK(discovered->connection.startTls);
    Inventory fromLive = discovered->inventory;
    CHECK(fromLive.servers.size() == sample.inventory.servers.size());
    CHECK(!fromLive.servers.isEmpty());
    CHECK(fromLive.servers.first().meta.origin == Source::Directory);

    Inventory fromLdif;
    LdifImportOptions importOptions;
    importOptions.resolveAddresses = false;
    auto imported = importLdif(files, fromLdif, importOptions);
    REQUIRE(imported);

    forgetSources(fromLive);
    forgetSources(fromLdif);
    const QStringList a = etp::test::describeInventory(fromLive);
    const QStringList b = etp::test::describeInventory(fromLdif);
    QStringList onlyLive;
    QStringList onlyLdif;
    for (const auto &line : a)
        if (!b.contains(line))
            onlyLive.append(line);
    for (const auto &line : b)
        if (!a.contains(line))
            onlyLdif.append(line);
    INFO("only in discover: " << onlyLive.join(QLatin1Char('\n')).left(3000).toStdString());
    INFO("only in import-ldif: " << onlyLdif.join(QLatin1Char('\n')).left(3000).toStdString());
    CHECK(fromLive == fromLdif);
}

TEST_CASE("discover saves nothing when the bind fails and exits 1 with the message", "[ldap][cli]")
{
    QTemporaryDir dir;
    const QString ldif = dir.filePath(QStringLiteral("empty.ldif"));
    QFile f(ldif);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("dn: DC=example,DC=com\nobjectClass: domainDNS\ndc: example\n\n"
            "dn: CN=Configuration,DC=example,DC=com\nobjectClass: configuration\ncn: Configuration\n\n");
    f.close();
    Slapd slapd;
    Slapd::Options options;
    options.ldifPath = ldif;
    options.suffix = QStringLiteral("DC=example,DC=com");
    REQUIRE(slapd.start(options).isEmpty());
    const QString wrong = dir.filePath(QStringLiteral("wrong-password"));
    QFile w(wrong);
    REQUIRE(w.open(QIODevice::WriteOnly));
    w.write("not-it\n");
    w.close();
    const QString out = dir.filePath(QStringLiteral("p.etplan"));
    QString output;
    const int exit =
        runApp({QStringLiteral("discover"), QStringLiteral("--uri"), slapd.ldapUri(), QStringLiteral("--starttls"),
                QStringLiteral("--ca-file"), slapd.caFile(), QStringLiteral("--bind-dn"), slapd.bindDn(),
                QStringLiteral("--password-file"), wrong, QStringLiteral("--no-resolve"), QStringLiteral("--out"), out},
               &output);
    INFO(output.toStdString());
    CHECK(exit == 1);
    CHECK(output.contains(QStringLiteral("127.0.0.1 port %1").arg(slapd.ldapPort())));
    CHECK(output.contains(QStringLiteral("refused the account name or password")));
    CHECK_FALSE(QFileInfo::exists(out));

    // An unreachable global catalog: discovery says so, names the incomplete sections and saves the rest.
    const QString password = dir.filePath(QStringLiteral("password"));
    QFile pw(password);
    REQUIRE(pw.open(QIODevice::WriteOnly));
    pw.write(slapd.password().toUtf8() + "\n");
    pw.close();
    const quint16 deadPort = freePort();
    const int partial = runApp({QStringLiteral("discover"), QStringLiteral("--uri"), slapd.ldapUri(),
                                QStringLiteral("--starttls"), QStringLiteral("--ca-file"), slapd.caFile(),
                                QStringLiteral("--gc-uri"), QStringLiteral("ldap://127.0.0.1:%1").arg(deadPort),
                                QStringLiteral("--bind-dn"), slapd.bindDn(), QStringLiteral("--password-file"),
                                password, QStringLiteral("--no-resolve"), QStringLiteral("--out"), out},
                               &output);
    INFO(output.toStdString());
    CHECK(partial == 0);
    CHECK(output.contains(QStringLiteral("global catalog ldap://127.0.0.1:%1 could not be read").arg(deadPort)));
    CHECK(output.contains(QStringLiteral("expansion-servers")));
    CHECK(QFileInfo::exists(out));

    // Bad usage is exit 2.
    CHECK(runApp({QStringLiteral("discover"), QStringLiteral("--out"), out}, &output) == 2);
}

TEST_CASE("Interrupting discover cancels it at once and writes nothing", "[ldap][cli]")
{
    ScriptedLdapServer hung;
    hung.setSilent(true);
    REQUIRE(hung.start());
    QTemporaryDir dir;
    const QString password = dir.filePath(QStringLiteral("password"));
    QFile pw(password);
    REQUIRE(pw.open(QIODevice::WriteOnly));
    pw.write("secret\n");
    pw.close();
    const QString out = dir.filePath(QStringLiteral("p.etplan"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(ETP_APP_PATH),
            {QStringLiteral("discover"), QStringLiteral("--uri"), hung.uri(), QStringLiteral("--starttls"),
             QStringLiteral("--bind-dn"), QStringLiteral("discovery@example.com"), QStringLiteral("--password-file"),
             password, QStringLiteral("--timeout"), QStringLiteral("60000"), QStringLiteral("--no-resolve"),
             QStringLiteral("--out"), out});
    REQUIRE(p.waitForStarted());
    // Wait until it is waiting for the server's answer to StartTLS, then interrupt it as Ctrl+C would.
    QElapsedTimer timer;
    timer.start();
    QByteArray seen;
    while (!seen.contains("Connecting") && timer.elapsed() < 10000) {
        p.waitForReadyRead(100);
        seen += p.readAll();
    }
    QThread::msleep(300);
    ::kill(pid_t(p.processId()), SIGINT);
    REQUIRE(p.waitForFinished(5000));
    seen += p.readAll();
    INFO(seen.toStdString());
    CHECK(timer.elapsed() < 8000);
    CHECK(p.exitCode() == 1);
    CHECK(seen.contains("Discovery was cancelled"));
    CHECK_FALSE(QFileInfo::exists(out));
}
