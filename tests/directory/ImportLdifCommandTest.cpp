#include "DnsResponder.h"
#include "InventoryLdif.h"
#include "QtStringMakers.h"
#include "TestOrganizations.h"
#include "storage/ProjectFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace etp;
using namespace etp::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ETP_APP_PATH),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const ExchangeServer *serverNamed(const Inventory &inventory, const QString &name)
{
    for (const auto &server : inventory.servers) {
        if (server.name == name)
            return &server;
    }
    return nullptr;
}

} // namespace

TEST_CASE("import-ldif creates a project from an ldifde export, resolves servers and merges on a second run", "[cli]")
{
    QTemporaryDir dir;
    const Inventory org = oddOrganization();
    LdifExtras extras;
    extras.domainRecords = privilegedGroupRecords(QStringLiteral("DC=contoso,DC=com"), org.domains[0].sid, 50);
    QStringList files =
        writeExport(exportInventory(org, LdifStyle::Ldifde, extras), dir.filePath(QStringLiteral("export")));
    REQUIRE(files.size() == 4);
    // One file as UTF-16 with a byte-order mark, as ldifde -u writes it.
    {
        QFile file(files[1]);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        file.close();
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("\xFF\xFE");
        file.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }

    DnsResponder dns;
    REQUIRE(dns.start());
    dns.addAddress(QStringLiteral("ex01.contoso.com"), QHostAddress(QStringLiteral("192.0.2.10")));
    dns.addAddress(QStringLiteral("fe01.contoso.com"), QHostAddress(QStringLiteral("192.0.2.11")));
    dns.addAddress(QStringLiteral("ex02.emea.contoso.com"), QHostAddress(QStringLiteral("2001:db8:10::20")));
    dns.addAddress(QStringLiteral("dc01.contoso.com"), QHostAddress(QStringLiteral("192.0.2.2")));

    const QString project = dir.filePath(QStringLiteral("contoso.etplan"));
    Run run =
        runApp(QStringList{QStringLiteral("import-ldif")} + files +
               QStringList{QStringLiteral("--dns-server"), dns.address().toString(), QStringLiteral("--out"), project});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Created")));
    CHECK(run.out.contains(QStringLiteral("emeadc01.emea.contoso.com not found")));
    CHECK(run.out.contains(QStringLiteral("3 Exchange servers placed")));

    auto loaded = loadProject(project);
    REQUIRE(loaded.ok());
    const Inventory &first = loaded->inventory;
    CHECK(first.servers.size() == 4);
    CHECK(first.connectors.size() == 5);
    CHECK(first.domains.size() == 2);
    CHECK(first.organization.mixedMode == std::optional<bool>(true));
    CHECK(first.forest.schemaMasterDcId == org.domainControllers[0].meta.id);
    CHECK(first.privilegedMembers.size() > 50);
    const ExchangeServer *ex1 = serverNamed(first, QStringLiteral("EX01"));
    REQUIRE(ex1);
    CHECK(ex1->addresses == QStringList{QStringLiteral("192.0.2.10")});
    CHECK(ex1->siteId == org.sites[0].meta.id);
    const ExchangeServer *ex2 = serverNamed(first, QStringLiteral("EX02"));
    REQUIRE(ex2);
    CHECK(ex2->siteId == org.sites[1].meta.id);

    // A person types hardware and a corrected FQDN, then the export is imported again.
    Project edited = *loaded;
    for (auto &server : edited.inventory.servers) {
        if (server.name == QStringLiteral("EX01")) {
            server.memoryGb = 16;
            server.meta.setSource(QStringLiteral("memoryGb"), Source::Typed);
            server.fqdn = QStringLiteral("ex01-typed.contoso.com");
            server.meta.setSource(QStringLiteral("fqdn"), Source::Typed);
        }
    }
    REQUIRE(saveProject(project, edited).ok());
    run = runApp(QStringList{QStringLiteral("import-ldif")} + files +
                 QStringList{QStringLiteral("--no-resolve"), QStringLiteral("--out"), project});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Merged")));
    loaded = loadProject(project);
    REQUIRE(loaded.ok());
    ex1 = serverNamed(loaded->inventory, QStringLiteral("EX01"));
    REQUIRE(ex1);
    CHECK(ex1->memoryGb == std::optional<double>(16));
    CHECK(ex1->fqdn == QStringLiteral("ex01-typed.contoso.com"));
    CHECK(ex1->meta.id == org.servers[0].meta.id);
    CHECK(ex1->addresses == QStringList{QStringLiteral("192.0.2.10")}); // --no-resolve keeps what was resolved
    CHECK(loaded->inventory.servers.size() == 4);
}

TEST_CASE("import-ldif refuses bad files with exit 1 and bad usage with exit 2", "[cli]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.etplan"));
    const QString binary = dir.filePath(QStringLiteral("picture.ldf"));
    {
        QFile file(binary);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    }
    Run run = runApp(
        {QStringLiteral("import-ldif"), binary, QStringLiteral("--no-resolve"), QStringLiteral("--out"), project});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("picture.ldf, line 3")));
    CHECK_FALSE(QFile::exists(project));

    const QString truncated = dir.filePath(QStringLiteral("truncated.ldf"));
    {
        QFile file(truncated);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("dn: CN=a,DC=x\nobjectClass: top\n\ndn: CN=b,DC=x\nobjectGUID:: AAEC\n AwQ\n");
    }
    run = runApp(
        {QStringLiteral("import-ldif"), truncated, QStringLiteral("--no-resolve"), QStringLiteral("--out"), project});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("truncated.ldf, line 5")));

    run = runApp({QStringLiteral("import-ldif"), QStringLiteral("--out"), project});
    CHECK(run.exitCode == 2);
    run = runApp({QStringLiteral("import-ldif"), truncated});
    CHECK(run.exitCode == 2);
    run = runApp({QStringLiteral("import-ldif"), truncated, QStringLiteral("--dns-server"),
                  QStringLiteral("dns.example"), QStringLiteral("--out"), project});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("not an IP address")));
    run = runApp({QStringLiteral("import-ldif"), QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("ldifde -f configuration.ldf -d \"CN=Configuration,DC=contoso,DC=com\"")));
}
