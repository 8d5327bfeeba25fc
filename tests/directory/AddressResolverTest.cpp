#include "directory/AddressResolver.h"
#include "DnsResponder.h"
#include "QtStringMakers.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QEventLoop>

using namespace etp;
using namespace etp::test;

TEST_CASE("Server and DC names resolve through a DNS server on loopback and land in their sites", "[dns]")
{
    DnsResponder dns;
    REQUIRE(dns.start());
    dns.addAddress(QStringLiteral("ex01.contoso.com"), QHostAddress(QStringLiteral("192.0.2.10")));
    dns.addAddress(QStringLiteral("ex01.contoso.com"), QHostAddress(QStringLiteral("2001:db8:99::10")));
    dns.addAddress(QStringLiteral("ex02.contoso.com"), QHostAddress(QStringLiteral("198.51.100.200")));
    dns.addAddress(QStringLiteral("dc01.contoso.com"), QHostAddress(QStringLiteral("192.0.2.2")));
    dns.addSilent(QStringLiteral("slow.contoso.com"));
    dns.addMx(QStringLiteral("contoso.com"), 10, QStringLiteral("mail.contoso.com"));

    Inventory inventory;
    AdSite berlin, paris, wide;
    berlin.meta.id = QStringLiteral("berlin");
    paris.meta.id = QStringLiteral("paris");
    wide.meta.id = QStringLiteral("wide");
    inventory.sites = {berlin, paris, wide};
    const auto subnet = [](const char *prefix, const char *site) {
        Subnet s;
        s.prefix = QString::fromLatin1(prefix);
        s.siteId = QString::fromLatin1(site);
        return s;
    };
    inventory.subnets = {subnet("192.0.2.0/24", "berlin"), subnet("192.0.0.0/16", "wide"),
                         subnet("198.51.100.128/25", "paris"), subnet("2001:db8:10::/48", "paris")};
    const auto server = [](const char *name, const char *fqdn) {
        ExchangeServer s;
        s.name = QString::fromLatin1(name);
        s.fqdn = QString::fromLatin1(fqdn);
        return s;
    };
    inventory.servers = {server("EX01", "ex01.contoso.com"), server("EX02", "EX02.Contoso.com."),
                         server("EX03", "missing.contoso.com"), server("EX04", "slow.contoso.com"), server("EX05", "")};
    DomainController dc;
    dc.name = QStringLiteral("DC01");
    dc.fqdn = QStringLiteral("dc01.contoso.com");
    inventory.domainControllers = {dc};

    ResolverOptions options;
    options.nameserver = dns.address();
    options.timeoutMs = 700;
    QElapsedTimer clock;
    clock.start();
    const auto results = resolveInventoryAddresses(inventory, options);
    CHECK(clock.elapsed() < 5000);
    REQUIRE(results.size() == 5);
    CHECK(dns.queries() >= 10);

    CHECK(inventory.servers[0].addresses ==
          QStringList{QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8:99::10")});
    CHECK(inventory.servers[1].addresses == QStringList{QStringLiteral("198.51.100.200")});
    CHECK(inventory.servers[2].addresses.isEmpty());
    CHECK(inventory.servers[3].addresses.isEmpty());
    CHECK(inventory.domainControllers[0].addresses == QStringList{QStringLiteral("192.0.2.2")});
    for (const auto &result : results) {
        if (result.host == QStringLiteral("missing.contoso.com"))
            CHECK(result.error.contains(QStringLiteral("does not exist")));
        else if (result.host == QStringLiteral("slow.contoso.com"))
            CHECK(result.error.contains(QStringLiteral("in time")));
        else
            CHECK(result.error.isEmpty());
    }

    CHECK(assignServerSites(inventory) == 2);
    CHECK(inventory.servers[0].siteId == QStringLiteral("berlin")); // /24 beats /16
    CHECK(inventory.servers[1].siteId == QStringLiteral("paris"));
    CHECK(inventory.servers[2].siteId.isEmpty());
    inventory.servers[4].addresses = {QStringLiteral("2001:db8:10::7")};
    CHECK(assignServerSites(inventory) == 3);
    CHECK(inventory.servers[4].siteId == QStringLiteral("paris"));

    // The same responder answers MX queries (used by the network probes).
    QDnsLookup mx(QDnsLookup::MX, QStringLiteral("contoso.com"), dns.address());
    QEventLoop loop;
    QObject::connect(&mx, &QDnsLookup::finished, &loop, &QEventLoop::quit);
    mx.lookup();
    loop.exec();
    REQUIRE(mx.error() == QDnsLookup::NoError);
    REQUIRE(mx.mailExchangeRecords().size() == 1);
    CHECK(mx.mailExchangeRecords().first().exchange() == QStringLiteral("mail.contoso.com"));
}
