#pragma once

// Small generated organizations for the directory tests: odd RDNs, a deleted routing-group master, an Exchange 5.5
// server with SRS, an ADC connection agreement, a second domain in mixed mode, foreign connectors.

#include "InventoryLdif.h"
#include "model/Inventory.h"

namespace etp::test {

/// A two-domain, two-site organization exercising every discoverable section. Ids are GUID strings.
Inventory oddOrganization();

/// LDIF records for Schema Admins (RID 518) and Enterprise Admins (RID 519) of `rootSid` in `rootDn`: nested groups
/// (Enterprise Admins -> "Admins (Tier 0)" -> "Nested, Group" -> back to "Admins (Tier 0)", a cycle) and
/// `bulkMembers` direct members of Schema Admins. Users are written as entries; one member is a foreign security
/// principal that is not in the export.
QList<QByteArray> privilegedGroupRecords(const QString &rootDn, const QString &rootSid, int bulkMembers);

} // namespace etp::test
