// Every discovery fault against a real slapd (or, for a hung server, the scripted responder): its own code, a
// message naming host and port, and no discovery result.

#include "DiscoveryTestSupport.h"
#include "ScriptedLdapServer.h"
#include "TestSupport.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;

namespace {

void checkFault(const RunOutcome &outcome, const char *code, const QString &host, quint16 port)
{
    INFO(outcome.message.toStdString());
    CHECK(outcome.code == QString::fromLatin1(code));
    CHECK(outcome.message.contains(host));
    CHECK(outcome.message.contains(QString::number(port)));
}

} // namespace

TEST_CASE("Discovery over StartTLS reads the configuration and the global catalog in pages", "[ldap]")
{
    Slapd &slapd = sharedSlapd();
    QStringList activities;
    const RunOutcome outcome = runDiscovery(startTlsOptions(slapd), [&](const ldap::DiscoveryProgress &p) {
        if (activities.isEmpty() || activities.last() != p.activity)
            activities.append(p.activity);
    });
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.code.isEmpty());
    CHECK(outcome.entries == 1505 + 6);
    CHECK(outcome.summary.entries == outcome.entries);
    CHECK(outcome.summary.globalCatalogRead);
    CHECK(outcome.summary.incompleteSections.isEmpty());
    CHECK(outcome.summary.forestFunctionality == 2);
    CHECK(outcome.summary.rootDse.text(QStringLiteral("configurationNamingContext")) ==
          QStringLiteral("CN=Configuration,") + kSuffix);
    // Progress names what is read and from where.
    CHECK(activities.filter(QStringLiteral("RootDSE")).size() == 1);
    CHECK(activities.filter(QStringLiteral("configuration partition")).size() == 1);
    CHECK(activities.filter(QStringLiteral("global catalog 127.0.0.1:%1").arg(slapd.globalCatalogPort())).size() == 1);
}

TEST_CASE("Discovery over LDAPS verifies the certificate with the given CA file", "[ldap]")
{
    Slapd &slapd = sharedSlapd();
    auto options = startTlsOptions(slapd);
    options.server.uri = slapd.ldapsUri();
    options.server.startTls = false;
    options.globalCatalogUri = slapd.ldapsUri();
    const RunOutcome outcome = runDiscovery(options);
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.code.isEmpty());
    CHECK(outcome.entries == 1511);
}

TEST_CASE("A port where nothing listens is reported as no server", "[ldap][fault]")
{
    auto options = startTlsOptions(sharedSlapd());
    const quint16 port = freePort();
    options.server.uri = QStringLiteral("ldap://127.0.0.1:%1").arg(port);
    checkFault(runDiscovery(options), "ldap.no-server", QStringLiteral("127.0.0.1"), port);
}

TEST_CASE("LDAPS against the plain LDAP port and StartTLS against the LDAPS port are reported as wrong port",
          "[ldap][fault]")
{
    Slapd &slapd = sharedSlapd();
    auto options = startTlsOptions(slapd);
    options.server.uri = QStringLiteral("ldaps://127.0.0.1:%1").arg(slapd.ldapPort());
    options.server.startTls = false;
    checkFault(runDiscovery(options), "ldap.wrong-port", QStringLiteral("127.0.0.1"), slapd.ldapPort());

    options = startTlsOptions(slapd);
    options.server.uri = QStringLiteral("ldap://127.0.0.1:%1").arg(slapd.ldapsPort());
    checkFault(runDiscovery(options), "ldap.wrong-port", QStringLiteral("127.0.0.1"), slapd.ldapsPort());

    options.server.startTls = false;
    options.server.allowUnencrypted = true;
    checkFault(runDiscovery(options), "ldap.wrong-port", QStringLiteral("127.0.0.1"), slapd.ldapsPort());
}

TEST_CASE("A listener that accepts and never answers ends in a time-out instead of a hang", "[ldap][fault]")
{
    ScriptedLdapServer hung;
    hung.setSilent(true);
    REQUIRE(hung.start());
    auto options = startTlsOptions(sharedSlapd());
    options.server.connectTimeoutMs = 1000;
    options.server.operationTimeoutMs = 1000;
    for (const QString &scheme : {QStringLiteral("ldap"), QStringLiteral("ldaps")}) {
        for (const bool startTls : {true, false}) {
            if (scheme == QLatin1String("ldaps") && startTls)
                continue;
            options.server.uri = QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(hung.port());
            options.server.startTls = startTls;
            options.server.allowUnencrypted = !startTls;
            options.server.password = "x";
            QElapsedTimer timer;
            timer.start();
            checkFault(runDiscovery(options), "ldap.no-answer", QStringLiteral("127.0.0.1"), hung.port());
            CHECK(timer.elapsed() < 8000);
        }
    }
}

TEST_CASE("A certificate from an authority the system does not trust is refused", "[ldap][fault]")
{
    Slapd &slapd = sharedSlapd();
    auto options = startTlsOptions(slapd);
    options.server.caFile.clear();
    checkFault(runDiscovery(options), "ldap.untrusted-certificate", QStringLiteral("127.0.0.1"), slapd.ldapPort());
    options.server.uri = slapd.ldapsUri();
    options.server.startTls = false;
    checkFault(runDiscovery(options), "ldap.untrusted-certificate", QStringLiteral("127.0.0.1"), slapd.ldapsPort());
}

TEST_CASE("A trusted certificate that does not name the host is refused as a name mismatch", "[ldap][fault]")
{
    Slapd &slapd = sharedSlapd();
    auto options = startTlsOptions(slapd);
    options.server.uri = slapd.ldapUri(QStringLiteral("127.0.0.2"));
    checkFault(runDiscovery(options), "ldap.name-mismatch", QStringLiteral("127.0.0.2"), slapd.ldapPort());
    options.server.uri = slapd.ldapsUri(QStringLiteral("127.0.0.2"));
    options.server.startTls = false;
    checkFault(runDiscovery(options), "ldap.name-mismatch", QStringLiteral("127.0.0.2"), slapd.ldapsPort());
}

TEST_CASE("A wrong password and an empty password and an anonymous search each get their own fault", "[ldap][fault]")
{
    Slapd &slapd = sharedSlapd();
    auto options = startTlsOptions(slapd);
    options.server.password = "not the password";
    checkFault(runDiscovery(options), "ldap.bad-password", QStringLiteral("127.0.0.1"), slapd.ldapPort());

    options = startTlsOptions(slapd);
    options.server.password.clear();
    checkFault(runDiscovery(options), "ldap.empty-password", QStringLiteral("127.0.0.1"), slapd.ldapPort());

    options = startTlsOptions(slapd);
    options.server.bindName.clear();
    options.server.password.clear();
    checkFault(runDiscovery(options), "ldap.anonymous-refused", QStringLiteral("127.0.0.1"), slapd.ldapPort());
}

TEST_CASE("Plain LDAP is refused unless explicitly allowed", "[ldap][fault]")
{
    Slapd &slapd = sharedSlapd();
    auto options = startTlsOptions(slapd);
    options.server.startTls = false;
    checkFault(runDiscovery(options), "ldap.unencrypted-refused", QStringLiteral("127.0.0.1"), slapd.ldapPort());
    options = startTlsOptions(slapd);
    options.server.startTls = false;
    options.server.allowUnencrypted = true;
    const RunOutcome outcome = runDiscovery(options);
    INFO(outcome.message.toStdString());
    CHECK(outcome.code.isEmpty());
    CHECK(outcome.entries == 1511);
}

TEST_CASE("Unreadable CA files and URIs that are not LDAP are reported before connecting", "[ldap][fault]")
{
    auto options = startTlsOptions(sharedSlapd());
    options.server.caFile = QStringLiteral("/nonexistent/ca.pem");
    RunOutcome outcome = runDiscovery(options);
    CHECK(outcome.code == QStringLiteral("ldap.ca-file"));
    CHECK(outcome.message.contains(QStringLiteral("/nonexistent/ca.pem")));
    options = startTlsOptions(sharedSlapd());
    options.server.uri = QStringLiteral("http://127.0.0.1/");
    outcome = runDiscovery(options);
    CHECK(outcome.code == QStringLiteral("ldap.bad-uri"));
    CHECK(outcome.message.contains(QStringLiteral("http://127.0.0.1/")));
}

TEST_CASE("A server stopped in the middle of discovery ends it with an error", "[ldap][fault]")
{
    QTemporaryDir dir;
    Slapd slapd;
    const QString started = startTestSlapd(slapd, dir.path(), 3000);
    INFO(started.toStdString());
    REQUIRE(started.isEmpty());
    bool stopped = false;
    const RunOutcome outcome = runDiscovery(startTlsOptions(slapd), [&](const ldap::DiscoveryProgress &p) {
        if (p.entries >= 10 && !stopped) {
            stopped = true;
            slapd.stop();
        }
    });
    CHECK(stopped);
    checkFault(outcome, "ldap.server-lost", QStringLiteral("127.0.0.1"), slapd.ldapPort());
    CHECK(outcome.entries < 3000);
}

TEST_CASE("Cancelling ends discovery at once with its own fault", "[ldap][fault]")
{
    std::atomic<bool> cancel{false};
    const RunOutcome outcome = runDiscovery(
        startTlsOptions(sharedSlapd()),
        [&](const ldap::DiscoveryProgress &p) {
            if (p.entries >= 10)
                cancel = true;
        },
        &cancel);
    CHECK(outcome.code == QStringLiteral("ldap.cancelled"));
    CHECK(outcome.entries < 1000);
}

TEST_CASE("A page size above the server's limit is reported as a size limit", "[ldap][fault]")
{
    Slapd &slapd = sharedSlapd();
    auto options = startTlsOptions(slapd);
    options.pageSize = 2000;
    checkFault(runDiscovery(options), "ldap.size-limit", QStringLiteral("127.0.0.1"), slapd.ldapPort());
}

TEST_CASE("An unreachable global catalog marks the forest-wide sections incomplete and discovery goes on",
          "[ldap][fault]")
{
    auto options = startTlsOptions(sharedSlapd());
    const quint16 port = freePort();
    options.globalCatalogUri = QStringLiteral("ldap://127.0.0.1:%1").arg(port);
    const RunOutcome outcome = runDiscovery(options);
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.code.isEmpty());
    CHECK(outcome.entries == 1505);
    CHECK_FALSE(outcome.summary.globalCatalogRead);
    CHECK(outcome.summary.globalCatalogProblem.contains(QString::number(port)));
    CHECK(outcome.summary.incompleteSections.contains(QStringLiteral("expansion-servers")));
    CHECK(outcome.summary.incompleteSections.contains(QStringLiteral("functional-levels")));
}
