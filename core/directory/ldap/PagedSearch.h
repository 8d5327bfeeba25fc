#pragma once

// A paged search (RFC 2696, 1.2.840.113556.1.4.319) streamed message by message, with Active Directory's range
// retrieval of large multi-valued attributes ("member;range=0-1499", then "member;range=1500-*" until "*").

#include "LdapConnection.h"
#include "directory/DirectoryEntry.h"

#include <QStringList>

#include <functional>

namespace etp::ldap {

/// What to search for.
struct SearchRequest {
    QString base;
    enum Scope { Base = 0, OneLevel = 1, Subtree = 2 } scope = Subtree;
    QString filter = QStringLiteral("(objectClass=*)");
    QStringList attributes; ///< empty: all user attributes ("*")
    int pageSize = 1000;    ///< Active Directory's default MaxPageSize
    bool paged = true;      ///< false for RootDSE reads, which take no paging control
    /// Attributes (lower case) whose values are only counted into DirectoryEntry::counted, never kept (a store's
    /// homeMDBBL names every mailbox on it); ranged chunks are counted too.
    QStringList countedAttributes;
};

/// Runs one search on a bound connection and hands each complete entry (ranged attributes already joined) to a
/// sink as it arrives. Reports the running count through `progress` after each entry.
class PagedSearch {
public:
    using Sink = std::function<void(DirectoryEntry &&entry)>;
    using Progress = std::function<void(qsizetype entriesSoFar)>;

    PagedSearch(const LdapConnection &connection, SearchRequest request);

    /// Runs the whole search; on any fault returns an error and the sink has seen only part of the answer.
    Status run(const Sink &sink, const Progress &progress = {});

    /// Splits "member;range=1500-2999" into ("member", 1500, 2999) and "member;range=1500-*" into
    /// ("member", 1500, -1). Returns false for a name without a range option.
    static bool parseRange(const QString &attribute, QString *name, qsizetype *first, qsizetype *last);

private:
    Status completeRanges(DirectoryEntry &entry, QList<QPair<QString, qsizetype>> pending);

    const LdapConnection &m_connection;
    SearchRequest m_request;
    QString m_attempt;
};

} // namespace etp::ldap
