#pragma once

// Distinguished names (RFC 4514) and LDAP filter values (RFC 4515): parsing, comparison and escaping.
//
// Active Directory writes `CN=Mailbox Store (EX01),CN=First Storage Group,...`, slapd hands the same DN back as
// `cn=Mailbox Store (EX01),cn=First Storage Group,...`, and RDN values may hold spaces, parentheses, commas, `+`,
// quotes and escapes (`CN=EX01\0ADEL:…` for deleted objects). DNs are therefore never compared as raw strings: they
// are parsed and compared in their normalized form.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace etp {

/// One attribute type and value of an RDN, e.g. {"cn", "Mailbox Store (EX01)"} (value unescaped).
struct DnAttribute {
    QString type;           ///< as written (case kept); compare with normalizedType()
    QString value;          ///< unescaped value
    bool hexString = false; ///< the value was written as `#` and hex digits (BER), kept as written in `value`

    bool operator==(const DnAttribute &) const = default;
};

/// A relative distinguished name: one or more type=value pairs joined by `+`.
struct Rdn {
    QList<DnAttribute> attributes;

    /// The value of the first (usually only) attribute.
    QString value() const { return attributes.isEmpty() ? QString() : attributes.first().value; }
    bool operator==(const Rdn &) const = default;
};

/// A parsed distinguished name, most specific RDN first (as written).
class DistinguishedName {
public:
    DistinguishedName() = default;

    /// Parses an RFC 4514 string. Returns nullopt when the string is malformed (an unterminated escape, a bad hex
    /// pair, an RDN without `=`, an unclosed quote). The empty string parses to the empty (root) DN.
    static std::optional<DistinguishedName> parse(QStringView text);

    const QList<Rdn> &rdns() const { return m_rdns; }
    bool isEmpty() const { return m_rdns.isEmpty(); }
    int size() const { return int(m_rdns.size()); }

    /// The value of the first RDN, e.g. "EX01" for "CN=EX01,CN=Servers,...".
    QString rdnValue() const { return m_rdns.isEmpty() ? QString() : m_rdns.first().value(); }
    /// The DN without its first RDN (the parent); the empty DN for a one-RDN DN or the empty DN.
    DistinguishedName parent() const;
    /// The DN without its first `levels` RDNs.
    DistinguishedName ancestor(int levels) const;
    /// True when `other` is a proper suffix of this DN (this lies below it), compared normalized.
    bool isBelow(const DistinguishedName &other) const;

    /// The normalized form: types lower-cased, values lower-cased and trimmed, multi-valued RDNs sorted, re-escaped
    /// and joined without spaces. Two DNs name the same object exactly when their normalized forms are equal.
    QString normalized() const;
    /// The DN written back as an RFC 4514 string (types and value case kept, values escaped).
    QString toString() const;

    /// Builds a DN from a parent and one new RDN (`type=value`, value escaped as needed).
    static DistinguishedName child(const DistinguishedName &parent, const QString &type, const QString &value);

    bool operator==(const DistinguishedName &other) const { return normalized() == other.normalized(); }

private:
    QList<Rdn> m_rdns;
};

/// The normalized form of a DN string (see DistinguishedName::normalized); nullopt when it does not parse.
std::optional<QString> normalizeDn(QStringView dn);

/// True when two DN strings name the same object (both must parse).
bool sameDn(QStringView a, QStringView b);

/// The one spelling a DN is stored and shown in, however it arrived: RFC 4514 with the fewest escapes. Attribute types
/// upper-cased (`cn=` from slapd becomes AD's `CN=`), no spaces around separators, `;` separators as `,`, quoted
/// values unquoted, and a value escaped only where RFC 4514 requires it (`, + " \ < > ;`, a leading space or `#`, a
/// trailing space) with a backslash, control characters as `\XX`, other characters (UTF-8 sent as `\C3\A4`, say)
/// written as themselves. A live server's `CN=a\2Cb` and an ldifde export's `CN=a\,b` both become `CN=a\,b`; value
/// case is kept. Text that does not parse is returned unchanged.
QString canonicalDn(QStringView dn);

/// Escapes a value for use as an RDN value in a DN string (RFC 4514 section 2.4): `, + " \ < > ;` and `=` are
/// backslash-escaped, a leading space or `#` and a trailing space are escaped, NUL becomes `\00`.
QString escapeDnValue(QStringView value);

/// Escapes text for use as an assertion value in an LDAP search filter (RFC 4515 section 3): `*`, `(`, `)`, `\` and
/// NUL become `\2a`, `\28`, `\29`, `\5c` and `\00`. Use it for every value that came from a user or the directory.
QString escapeFilterValue(QStringView value);

/// Escapes binary data (an objectGUID or objectSid, for example) as an LDAP filter value: every byte as `\xx`.
QString escapeFilterBytes(const QByteArray &value);

} // namespace etp
