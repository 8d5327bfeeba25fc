#include "Dn.h"

#include <algorithm>

namespace etp {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isSpecial(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u'+':
    case u'"':
    case u'\\':
    case u'<':
    case u'>':
    case u';':
    case u'=':
        return true;
    default:
        return false;
    }
}

// Reads RFC 4514 text. Lenient where real exports are: spaces around separators and `;` as a separator (RFC 1779),
// quoted values, and raw UTF-8 written as \xx escapes.
class Parser {
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {
    }

    std::optional<QList<Rdn>> run()
    {
        QList<Rdn> rdns;
        skipSpaces();
        if (atEnd())
            return rdns;
        Rdn rdn;
        while (true) {
            DnAttribute attribute;
            if (!readType(attribute.type) || !readValue(attribute.value, attribute.hexString))
                return std::nullopt;
            rdn.attributes.append(std::move(attribute));
            skipSpaces();
            if (atEnd()) {
                rdns.append(std::move(rdn));
                return rdns;
            }
            const QChar separator = m_text[m_pos++];
            if (separator == u'+')
                continue;
            if (separator != u',' && separator != u';')
                return std::nullopt;
            rdns.append(std::move(rdn));
            rdn = Rdn();
            skipSpaces();
            if (atEnd())
                return std::nullopt; // a trailing separator
        }
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpaces()
    {
        while (!atEnd() && m_text[m_pos] == u' ')
            ++m_pos;
    }

    bool readType(QString &type)
    {
        skipSpaces();
        const qsizetype start = m_pos;
        while (!atEnd() && m_text[m_pos] != u'=') {
            const QChar c = m_text[m_pos];
            if (c == u',' || c == u'+' || c == u';' || c == u'\\' || c == u'"')
                return false;
            ++m_pos;
        }
        if (atEnd())
            return false;
        type = m_text.mid(start, m_pos - start).trimmed().toString();
        ++m_pos; // '='
        if (type.isEmpty())
            return false;
        for (const QChar c : type) {
            if (!(c.isLetterOrNumber() || c == u'-' || c == u'.'))
                return false;
        }
        return true;
    }

    bool readValue(QString &value, bool &hexString)
    {
        skipSpaces();
        if (!atEnd() && m_text[m_pos] == u'"')
            return readQuoted(value);
        if (!atEnd() && m_text[m_pos] == u'#') {
            const qsizetype start = m_pos;
            ++m_pos;
            while (!atEnd() && hexValue(m_text[m_pos]) >= 0)
                ++m_pos;
            if ((m_pos - start - 1) % 2 != 0 || m_pos - start == 1)
                return false;
            value = m_text.mid(start, m_pos - start).toString();
            hexString = true;
            return true;
        }
        QByteArray pendingBytes;
        qsizetype keep = 0; // length of the value up to its last significant character
        const auto flush = [&] {
            if (!pendingBytes.isEmpty()) {
                value += QString::fromUtf8(pendingBytes);
                pendingBytes.clear();
                keep = value.size();
            }
        };
        while (!atEnd()) {
            const QChar c = m_text[m_pos];
            if (c == u',' || c == u'+' || c == u';')
                break;
            if (c == u'\\') {
                if (m_pos + 1 >= m_text.size())
                    return false;
                const QChar next = m_text[m_pos + 1];
                const int high = hexValue(next);
                if (high >= 0) {
                    if (m_pos + 2 >= m_text.size() || hexValue(m_text[m_pos + 2]) < 0)
                        return false;
                    pendingBytes.append(char(high * 16 + hexValue(m_text[m_pos + 2])));
                    m_pos += 3;
                    continue;
                }
                if (!isSpecial(next) && next != u' ' && next != u'#')
                    return false;
                flush();
                value += next;
                keep = value.size();
                m_pos += 2;
                continue;
            }
            if (c == u'"')
                return false;
            flush();
            // A run of plain characters is appended at once.
            qsizetype end = m_pos + 1;
            while (end < m_text.size()) {
                const QChar d = m_text[end];
                if (d == u',' || d == u'+' || d == u';' || d == u'\\' || d == u'"')
                    break;
                ++end;
            }
            value += m_text.mid(m_pos, end - m_pos);
            qsizetype last = value.size();
            while (last > 0 && value[last - 1] == u' ')
                --last;
            if (last > keep)
                keep = last;
            m_pos = end;
        }
        flush();
        value.truncate(keep);
        return true;
    }

    bool readQuoted(QString &value)
    {
        ++m_pos; // opening quote
        while (!atEnd()) {
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c == u'\\') {
                if (m_pos + 1 >= m_text.size())
                    return false;
                value += m_text[m_pos + 1];
                m_pos += 2;
                continue;
            }
            value += c;
            ++m_pos;
        }
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

QString normalizedRdn(const Rdn &rdn)
{
    QStringList parts;
    parts.reserve(rdn.attributes.size());
    for (const auto &attribute : rdn.attributes) {
        QString value = attribute.value.trimmed().toLower();
        // A hex string (#04…) is kept as written; everything else is escaped the one canonical way.
        parts.append(attribute.type.toLower() + QLatin1Char('=') +
                     (attribute.hexString ? value : escapeDnValue(value)));
    }
    if (parts.size() > 1)
        std::sort(parts.begin(), parts.end());
    return parts.join(QLatin1Char('+'));
}

/// The RDNs joined with `,` and their attributes with `+`, each attribute written by `text`.
template <class AttributeText> QString joinRdns(const QList<Rdn> &rdns, qsizetype reserve, AttributeText text)
{
    QString out;
    out.reserve(reserve);
    for (const auto &rdn : rdns) {
        if (!out.isEmpty())
            out += QLatin1Char(',');
        bool first = true;
        for (const auto &attribute : rdn.attributes) {
            if (!first)
                out += QLatin1Char('+');
            first = false;
            out += text(attribute);
        }
    }
    return out;
}

} // namespace

std::optional<DistinguishedName> DistinguishedName::parse(QStringView text)
{
    auto rdns = Parser(text).run();
    if (!rdns)
        return std::nullopt;
    DistinguishedName dn;
    dn.m_rdns = std::move(*rdns);
    return dn;
}

DistinguishedName DistinguishedName::parent() const
{
    return ancestor(1);
}

DistinguishedName DistinguishedName::ancestor(int levels) const
{
    DistinguishedName dn;
    if (levels < m_rdns.size())
        dn.m_rdns = m_rdns.mid(levels);
    return dn;
}

bool DistinguishedName::isBelow(const DistinguishedName &other) const
{
    if (other.m_rdns.size() >= m_rdns.size())
        return false;
    return ancestor(int(m_rdns.size() - other.m_rdns.size())).normalized() == other.normalized();
}

QString DistinguishedName::normalized() const
{
    QString out;
    for (const auto &rdn : m_rdns) {
        if (!out.isEmpty())
            out += QLatin1Char(',');
        out += normalizedRdn(rdn);
    }
    return out;
}

QString DistinguishedName::toString() const
{
    return joinRdns(m_rdns, 0, [](const DnAttribute &attribute) {
        return attribute.type + QLatin1Char('=') +
               (attribute.hexString ? attribute.value : escapeDnValue(attribute.value));
    });
}

DistinguishedName DistinguishedName::child(const DistinguishedName &parent, const QString &type, const QString &value)
{
    DistinguishedName dn;
    dn.m_rdns.reserve(parent.m_rdns.size() + 1);
    dn.m_rdns.append(Rdn{{DnAttribute{type, value, false}}});
    dn.m_rdns.append(parent.m_rdns);
    return dn;
}

namespace {

/// The normalized form of the DNs AD and slapd actually write (no spaces around separators, no quotes, no `+`, no
/// hex escapes, specials escaped with a backslash), computed without building the parsed structure: for those the
/// normalized form is the DN lower-cased. Returns nullopt when the DN needs the full parser.
std::optional<QString> fastNormalize(QStringView dn)
{
    bool inValue = false;
    bool sawType = false;
    qsizetype valueStart = 0;
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const char16_t c = dn[i].unicode();
        if (!inValue) {
            if (c == u'=') {
                if (!sawType)
                    return std::nullopt;
                inValue = true;
                valueStart = i + 1;
                continue;
            }
            if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'))
                return std::nullopt;
            sawType = true;
            continue;
        }
        if (c < 0x20 || c == 0x7f)
            return std::nullopt;
        switch (c) {
        case u'\\': {
            if (i + 1 >= dn.size())
                return std::nullopt;
            const char16_t next = dn[i + 1].unicode();
            if (next != u',' && next != u'\\' && next != u'<' && next != u'>' && next != u';' && next != u'=' &&
                next != u'+' && next != u'"')
                return std::nullopt;
            ++i;
            break;
        }
        case u',':
            if (i == valueStart || dn[i - 1] == u' ')
                return std::nullopt;
            inValue = false;
            sawType = false;
            break;
        case u' ':
            if (i == valueStart)
                return std::nullopt;
            break;
        case u'#':
            if (i == valueStart)
                return std::nullopt;
            break;
        case u'=':
        case u'+':
        case u'"':
        case u';':
        case u'<':
        case u'>':
            return std::nullopt;
        default:
            break;
        }
    }
    if (dn.isEmpty())
        return QString();
    if (!inValue || valueStart == dn.size() || dn.back() == u' ')
        return std::nullopt;
    return dn.toString().toLower();
}

} // namespace

std::optional<QString> normalizeDn(QStringView dn)
{
    if (auto fast = fastNormalize(dn))
        return fast;
    const auto parsed = DistinguishedName::parse(dn);
    if (!parsed)
        return std::nullopt;
    return parsed->normalized();
}

bool sameDn(QStringView a, QStringView b)
{
    const auto na = normalizeDn(a);
    const auto nb = normalizeDn(b);
    return na && nb && *na == *nb;
}

namespace {

/// Whether `dn` is already in canonicalDn's spelling, decided in one pass for the DNs AD writes: upper-case types,
/// no backslash, quote or `;`, no space or `#` opening a value, no space before a separator or after one.
bool alreadyCanonical(QStringView dn)
{
    bool inType = true;
    qsizetype valueStart = 0;
    for (qsizetype i = 0; i < dn.size(); ++i) {
        const char16_t c = dn[i].unicode();
        if (inType) {
            if (c == u'=') {
                if (i == 0 || dn[i - 1] == u',' || dn[i - 1] == u'+')
                    return false;
                inType = false;
                valueStart = i + 1;
            } else if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.')) {
                return false;
            }
            continue;
        }
        if (c < 0x20 || c == 0x7f)
            return false;
        switch (c) {
        case u'\\':
        case u'"':
        case u';':
        case u'<':
        case u'>':
            return false;
        case u',':
        case u'+':
            if (i == valueStart || dn[i - 1] == u' ')
                return false;
            inType = true;
            break;
        case u' ':
        case u'#':
            if (i == valueStart)
                return false;
            break;
        default:
            break;
        }
    }
    return dn.isEmpty() || (!inType && valueStart < dn.size() && dn.back() != u' ');
}

/// A value escaped with only the escapes RFC 4514 section 2.4 requires (`=` stays as it is).
QString escapeDnValueMinimal(const DnAttribute &attribute)
{
    const QString &value = attribute.value;
    if (value.isEmpty() || attribute.hexString)
        return value;
    QString out;
    out.reserve(value.size() + 4);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += QLatin1Char('\\') + QString::number(c.unicode(), 16).rightJustified(2, QLatin1Char('0')).toUpper();
        } else if ((c != u'=' && isSpecial(c)) || (i == 0 && (c == u' ' || c == u'#')) ||
                   (i == value.size() - 1 && c == u' ')) {
            out += QLatin1Char('\\');
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString canonicalDn(QStringView dn)
{
    if (alreadyCanonical(dn))
        return dn.toString();
    const auto parsed = DistinguishedName::parse(dn);
    if (!parsed)
        return dn.toString();
    return joinRdns(parsed->rdns(), dn.size(), [](const DnAttribute &attribute) {
        return attribute.type.toUpper() + QLatin1Char('=') + escapeDnValueMinimal(attribute);
    });
}

QString escapeDnValue(QStringView value)
{
    bool plain = !value.isEmpty() && value.front() != u' ' && value.front() != u'#' && value.back() != u' ';
    for (qsizetype i = 0; plain && i < value.size(); ++i) {
        const QChar c = value[i];
        plain = c.unicode() >= 0x20 && c.unicode() != 0x7f && !isSpecial(c);
    }
    if (plain)
        return value.toString();
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QChar(0)) {
            out += QLatin1String("\\00");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            // Control characters (the line feed of a deleted object's "\0ADEL:") stay visible as hex escapes.
            out += QLatin1Char('\\') + QString::number(c.unicode(), 16).rightJustified(2, QLatin1Char('0')).toUpper();
        } else if (isSpecial(c) || (i == 0 && (c == u' ' || c == u'#')) || (i == value.size() - 1 && c == u' ')) {
            out += QLatin1Char('\\');
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

QString escapeFilterValue(QStringView value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'*':
            out += QLatin1String("\\2a");
            break;
        case u'(':
            out += QLatin1String("\\28");
            break;
        case u')':
            out += QLatin1String("\\29");
            break;
        case u'\\':
            out += QLatin1String("\\5c");
            break;
        case 0:
            out += QLatin1String("\\00");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString escapeFilterBytes(const QByteArray &value)
{
    QString out;
    out.reserve(value.size() * 3);
    static const char digits[] = "0123456789abcdef";
    for (const char byte : value) {
        const auto b = static_cast<unsigned char>(byte);
        out += QLatin1Char('\\');
        out += QLatin1Char(digits[b >> 4]);
        out += QLatin1Char(digits[b & 0xf]);
    }
    return out;
}

} // namespace etp
