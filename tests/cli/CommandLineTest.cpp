#include "QtStringMakers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real executable without any display, as a script on a server would.
Run runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ETP_APP_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("sample writes a project that show prints whole, as JSON and as text", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.etplan"));
    const Run sample = runApp({QStringLiteral("sample"), QStringLiteral("--out"), path});
    INFO(sample.err.toStdString());
    REQUIRE(sample.exitCode == 0);

    const Run json = runApp({QStringLiteral("show"), path, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(QLatin1String("format")).toString() == QLatin1String("etp-inventory"));
    for (const char *single : {"organization", "forest", "messageDelivery", "messageSecurity", "antiSpam", "network"})
        CHECK(root.value(QLatin1String(single)).isObject());
    const QStringList collections{QStringLiteral("adminGroups"),
                                  QStringLiteral("servers"),
                                  QStringLiteral("routingGroups"),
                                  QStringLiteral("connectors"),
                                  QStringLiteral("storageGroups"),
                                  QStringLiteral("stores"),
                                  QStringLiteral("publicFolderTrees"),
                                  QStringLiteral("recipientPolicies"),
                                  QStringLiteral("addressLists"),
                                  QStringLiteral("systemPolicies"),
                                  QStringLiteral("recipientUpdateServices"),
                                  QStringLiteral("offlineAddressBooks"),
                                  QStringLiteral("smtpVirtualServers"),
                                  QStringLiteral("legacyDirectoryObjects"),
                                  QStringLiteral("smartHosts"),
                                  QStringLiteral("delegations"),
                                  QStringLiteral("products"),
                                  QStringLiteral("features"),
                                  QStringLiteral("domains"),
                                  QStringLiteral("sites"),
                                  QStringLiteral("subnets"),
                                  QStringLiteral("siteLinks"),
                                  QStringLiteral("domainControllers"),
                                  QStringLiteral("expansionGroups"),
                                  QStringLiteral("privilegedMembers"),
                                  QStringLiteral("dnsServers"),
                                  QStringLiteral("smtpNamespaces"),
                                  QStringLiteral("portChecks"),
                                  QStringLiteral("perimeterServers")};
    for (const auto &key : collections) {
        INFO(key.toStdString());
        CHECK(root.value(key).isArray());
    }
    CHECK(root.value(QLatin1String("servers")).toArray().size() == 15);
    CHECK(root.value(QLatin1String("sites")).toArray().size() == 6);
    CHECK(root.value(QLatin1String("routingGroups")).toArray().size() == 5);

    const Run text = runApp({QStringLiteral("show"), path});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QLatin1String("Fabrikam (sample organization)")));
    CHECK(text.out.contains(QLatin1String("Exchange servers (15)")));
    CHECK(text.out.contains(QStringLiteral("Αθήνα, Ελλάδα")));
    CHECK(text.err.isEmpty());
}

TEST_CASE("sample refuses to replace an existing file unless told to", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.etplan"));
    REQUIRE(runApp({QStringLiteral("sample"), QStringLiteral("--out"), path}).exitCode == 0);
    const Run again = runApp({QStringLiteral("sample"), QStringLiteral("--out"), path});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QLatin1String("--force")));
    CHECK(runApp({QStringLiteral("sample"), QStringLiteral("--out"), path, QStringLiteral("--force")}).exitCode == 0);
}

TEST_CASE("Bad usage exits 2 and failures exit 1, with a message on stderr", "[cli]")
{
    const Run noOut = runApp({QStringLiteral("sample")});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QLatin1String("--out")));

    const Run badFormat =
        runApp({QStringLiteral("show"), QStringLiteral("x.etplan"), QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains(QLatin1String("xml")));

    const Run unknown = runApp({QStringLiteral("--frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QLatin1String("--frobnicate")));
    CHECK(unknown.out.isEmpty());

    QTemporaryDir dir;
    const Run noFolder =
        runApp({QStringLiteral("sample"), QStringLiteral("--out"), dir.filePath(QStringLiteral("no/such/s.etplan"))});
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(QLatin1String("does not exist")));

    const QString missing = dir.filePath(QStringLiteral("missing.etplan"));
    const Run notThere = runApp({QStringLiteral("show"), missing});
    CHECK(notThere.exitCode == 1);
    CHECK(notThere.err.contains(QLatin1String("missing.etplan")));
    CHECK(notThere.out.isEmpty());

    // The window cannot open without a display: said so, not a crash.
    const Run demo = runApp({QStringLiteral("--demo")});
    CHECK(demo.exitCode == 1);
    CHECK(demo.err.contains(QLatin1String("display")));
}

TEST_CASE("help and version describe the program and its commands", "[cli]")
{
    const Run help = runApp({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QLatin1String("--demo")));
    CHECK(help.out.contains(QLatin1String("sample --out P")));
    CHECK(help.out.contains(QLatin1String("show P [--format text|json]")));

    const Run showHelp = runApp({QStringLiteral("show"), QStringLiteral("--help")});
    CHECK(showHelp.exitCode == 0);
    CHECK(showHelp.out.contains(QLatin1String("--format json")));

    const Run version = runApp({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("exchange-transition-planner ") + QStringLiteral(ETP_VERSION));
}
