#pragma once

// Writes an Inventory as Active Directory would hold it, in LDIF: the configuration naming context (Exchange
// organization, sites, partitions), the schema naming context (schema master, Exchange schema version) and one file
// per domain naming context (domain head, computers, groups, accounts). Real AD/Exchange class and attribute names,
// objectGUIDs from the objects' ids, so that importing the files gives the inventory back. Used by the directory
// tests, the LDIF import benchmark, and (loaded into slapd) by the live discovery tests.

#include "model/Inventory.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace etp::test {

enum class LdifStyle {
    Ldifde,     ///< "changetype: add" on every record, lines folded at 76 columns, CRLF line ends (ldifde)
    Ldapsearch, ///< "version: 1", no changetype, no folding, LF line ends (ldapsearch -LLL with a version line)
};

/// One file of an export: what it holds and its LDIF text.
struct LdifFile {
    QString name; ///< e.g. "configuration.ldf", "schema.ldf", "domain-contoso.com.ldf"
    QByteArray text;
};

/// Extra directory content that has no home in the model but is part of a realistic export.
struct LdifExtras {
    QList<QByteArray> domainRecords; ///< raw LDIF records appended to the root domain file (blank-line separated)
};

/// The export of an inventory. Objects need names; ids that are GUID strings become objectGUIDs.
QList<LdifFile> exportInventory(const Inventory &inventory, LdifStyle style = LdifStyle::Ldifde,
                                const LdifExtras &extras = {});

/// Writes the files into `directory` and returns their paths.
QStringList writeExport(const QList<LdifFile> &files, const QString &directory);

/// One compact JSON line per object, sorted: a readable difference when two inventories disagree.
QStringList describeInventory(const Inventory &inventory);

/// The binary objectGUID for a GUID string (the inverse of guidToString).
QByteArray guidBytes(const QString &guid);
/// The binary objectSid for "S-1-5-21-…".
QByteArray sidBytes(const QString &sid);

} // namespace etp::test
