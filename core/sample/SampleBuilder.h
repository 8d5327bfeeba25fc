#pragma once

// Shared helpers of the sample organization's two halves (Exchange and Active Directory). Internal to core/sample.

#include "model/Project.h"

namespace etp::sample {

/// The forest the sample lives in.
inline constexpr const char *kForestDn = "DC=fabrikam,DC=example";
inline constexpr const char *kOrganization = "Fabrikam";

/// A stable id for a sample object: a name-based UUID of its DN, so every build of the sample is equal.
QString stableId(const QString &dn);

/// Meta of an object as discovery would have found it: id and objectGUID from the DN, the DN and legacyExchangeDN.
ObjectMeta discoveredMeta(const QString &dn, const QString &legacyDn = {});

/// The configuration naming context of the sample forest.
QString configurationDn();
/// CN=<Org>,CN=Microsoft Exchange,CN=Services,<configuration>.
QString organizationDn();

/// Escapes an RDN value (RFC 4514): commas, plus signs, quotes and the like get a backslash.
QString escapeRdn(const QString &value);

/// Fills the Active Directory and network half of the inventory (Table 2 and Table 3).
void addDirectory(Inventory &inventory);

} // namespace etp::sample
