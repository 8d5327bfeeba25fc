#pragma once

// Shared set-up of the LDAP tests: one slapd per test program for read-only tests, and helpers to run discovery.

#include "LdapTestDirectory.h"
#include "QtStringMakers.h"
#include "directory/ldap/Discovery.h"

#include <QTemporaryDir>

namespace etp::test {

/// The slapd shared by read-only tests (started on first use, stopped at exit).
Slapd &sharedSlapd();

/// Discovery options for `slapd` over StartTLS with the test CA and the reading account.
ldap::DiscoveryOptions startTlsOptions(const Slapd &slapd);

/// Runs discovery, counting entries; returns the error code ("" on success).
struct RunOutcome {
    QString code;
    QString message;
    qsizetype entries = 0;
    ldap::DiscoverySummary summary;
};
RunOutcome runDiscovery(ldap::DiscoveryOptions options, const ldap::Discovery::ProgressCallback &progress = {},
                        const std::atomic<bool> *cancel = nullptr);

} // namespace etp::test
