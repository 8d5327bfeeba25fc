#pragma once

// A small Active Directory forest as LDIF, written by the tests for the slapd they start: one domain, the
// configuration naming context with an Exchange organization, one site with many subnets (enough for several pages
// of 1000), the Partitions container, privileged groups and entries whose names need escaping.

#include "Slapd.h"

#include <QString>

namespace etp::test {

inline const QString kSuffix = QStringLiteral("DC=example,DC=com");

/// Writes the LDIF to `path`; returns the number of entries the configuration search should find.
int writeTestDirectory(const QString &path, int subnets);

/// Starts `slapd` over a fresh test directory in `dir`; returns "" or what failed.
QString startTestSlapd(Slapd &slapd, const QString &dir, int subnets = 1500);

} // namespace etp::test
