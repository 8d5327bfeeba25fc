#include "DiscoveryTestSupport.h"

#include <catch2/catch.hpp>

namespace etp::test {

Slapd &sharedSlapd()
{
    static QTemporaryDir dir;
    static Slapd slapd;
    static const QString started = startTestSlapd(slapd, dir.path());
    INFO(started.toStdString());
    REQUIRE(started.isEmpty());
    return slapd;
}

ldap::DiscoveryOptions startTlsOptions(const Slapd &slapd)
{
    ldap::DiscoveryOptions o;
    o.server.uri = slapd.ldapUri();
    o.server.startTls = true;
    o.server.caFile = slapd.caFile();
    o.server.bindName = slapd.bindDn();
    o.server.password = slapd.password().toUtf8();
    o.server.connectTimeoutMs = 3000;
    o.server.operationTimeoutMs = 3000;
    o.globalCatalogUri = slapd.globalCatalogUri();
    return o;
}

RunOutcome runDiscovery(ldap::DiscoveryOptions options, const ldap::Discovery::ProgressCallback &progress,
                        const std::atomic<bool> *cancel)
{
    ldap::Discovery discovery(std::move(options));
    discovery.setProgressCallback(progress);
    discovery.setCancelFlag(cancel);
    RunOutcome outcome;
    auto result = discovery.run([&](DirectoryEntry &&) { ++outcome.entries; });
    if (result) {
        outcome.summary = *result;
    } else {
        outcome.code = result.error().code;
        outcome.message = result.error().message;
    }
    return outcome;
}

} // namespace etp::test
