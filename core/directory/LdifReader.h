#pragma once

// Reads LDIF exports (`ldifde` and `ldapsearch` output): the reader splits the text into records, libldap's own LDIF
// parser parses each record (values of counted attributes are counted by the reader and never reach libldap), and
// each entry is handed on as a DirectoryEntry: base64 values, folded lines, comments, `version: 1` and
// `changetype: add` are understood; UTF-16 files with a byte-order mark (`ldifde -u`) are converted to UTF-8 first.

#include "DirectoryEntry.h"
#include "model/Result.h"

#include <QSet>

#include <functional>

namespace etp {

/// A line of an LDIF file that the reader did not use, and why.
struct LdifSkippedLine {
    QString file;
    int line = 0;   ///< 1-based
    QString reason; ///< translated, e.g. "an include: line, not followed"
};

/// What one LDIF file held.
struct LdifStatistics {
    int entries = 0;        ///< entries handed on
    int skippedRecords = 0; ///< change records other than add (modify, delete, rename): not entries, skipped
    /// Every line or record not used: `include:` lines (never followed), values of counted attributes that are not
    /// DNs, `control:` lines, entry numbers (slapcat -n), change records other than add.
    int skippedLines = 0;
    /// The first kMaxSkippedListed of them with file, line and reason (skippedLines counts them all).
    QList<LdifSkippedLine> skipped;
    static constexpr int kMaxSkippedListed = 1000;
};

/// Reads LDIF text. Every entry goes to the sink as soon as it is parsed, so a caller can map a large export without
/// holding it twice.
class LdifReader {
public:
    using Sink = std::function<void(DirectoryEntry &&)>;

    /// Attributes (lower case) whose values are only counted, into DirectoryEntry::counted: the mapper needs the
    /// number of a store's homeMDBBL values, not the millions of mailbox DNs of a large organization.
    static const QSet<QString> &countedAttributes();

    /// Reads the file at `path`. Errors name the file and the line: a file that cannot be opened, one that is
    /// binary (a NUL byte outside a base64 value), one whose UTF-16 or UTF-8 encoding is broken, or a record that
    /// libldap cannot parse (a truncated base64 value, a line without a colon). Entries before the error have already
    /// gone to the sink; the caller decides whether to use them (import does not).
    static Status readFile(const QString &path, const Sink &sink, LdifStatistics *statistics = nullptr);

    /// Reads LDIF held in memory; `name` stands for the file in messages.
    static Status readData(QByteArray data, const QString &name, const Sink &sink,
                           LdifStatistics *statistics = nullptr);

    /// Converts UTF-16 with a byte-order mark to UTF-8 and drops a UTF-8 byte-order mark; other data is returned
    /// unchanged. Fails (naming `name`) on an odd-length UTF-16 file or one with unpaired surrogates.
    static Result<QByteArray> toUtf8(const QByteArray &data, const QString &name);
};

} // namespace etp
