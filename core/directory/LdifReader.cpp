#include "LdifReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cstdio>
#include <cstring>

#include <ldap.h>
#include <ldif.h>

namespace etp {

namespace {

Error ldifError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

/// The line (1-based) on which byte `offset` of `data` lies.
int lineAt(const QByteArray &data, qsizetype offset)
{
    return int(QByteArrayView(data).first(offset).count('\n')) + 1;
}

// libldap reports why a record failed through its log function (by default to stderr). Core never prints, so while a
// record is parsed the text is caught here and made part of the error message instead.
thread_local QByteArray *capturedLog = nullptr;

void captureLog(const char *text)
{
    if (capturedLog)
        capturedLog->append(text);
}

class LogCapture {
public:
    explicit LogCapture(QByteArray *target)
    {
        ber_get_option(nullptr, LBER_OPT_LOG_PRINT_FN, &m_previous);
        capturedLog = target;
        ber_set_option(nullptr, LBER_OPT_LOG_PRINT_FN, reinterpret_cast<const void *>(&captureLog));
    }
    ~LogCapture()
    {
        capturedLog = nullptr;
        ber_set_option(nullptr, LBER_OPT_LOG_PRINT_FN, reinterpret_cast<const void *>(m_previous));
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

private:
    BER_LOG_PRINT_FN m_previous = nullptr;
};

/// Finds what libldap would refuse in a record (a line without a colon, a damaged base64 value) before libldap sees
/// it, because libldap writes such complaints to stderr itself. Returns the line (counted from the record's first
/// line, 0-based) and the reason, or nullopt.
/// Allocates only for base64 values, which are short (GUIDs, SIDs) and rare.
std::optional<std::pair<unsigned long, QString>> precheck(QByteArrayView record)
{
    unsigned long line = 0; // relative to the record's first line
    unsigned long base64Line = 0;
    QByteArray base64Name;
    QByteArray base64; // the value of the base64 line being read, folded parts joined
    const auto checkBase64 = [&]() -> std::optional<std::pair<unsigned long, QString>> {
        if (base64Name.isEmpty())
            return std::nullopt;
        const QByteArray value = base64.trimmed();
        const auto decoded =
            QByteArray::fromBase64Encoding(value, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (value.size() % 4 != 0 || decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
            return std::pair{base64Line,
                             QCoreApplication::translate("etp::LdifReader", "a damaged or truncated base64 value of %1")
                                 .arg(QString::fromLatin1(base64Name))};
        base64Name.clear();
        return std::nullopt;
    };
    qsizetype start = 0;
    while (start < record.size()) {
        qsizetype end = record.indexOf('\n', start);
        if (end < 0)
            end = record.size();
        QByteArrayView text = record.sliced(start, end - start);
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.startsWith(' ')) {
            if (!base64Name.isEmpty())
                base64.append(text.sliced(1));
        } else {
            if (auto problem = checkBase64())
                return problem;
            if (!text.isEmpty() && !text.startsWith('#') && text != "-") {
                const qsizetype colon = text.indexOf(':');
                if (colon <= 0)
                    return std::pair{line, QCoreApplication::translate("etp::LdifReader",
                                                                       "a line without an attribute name and colon")};
                if (colon + 1 < text.size() && text[colon + 1] == ':') {
                    base64Name = text.first(colon).toByteArray();
                    base64 = text.sliced(colon + 2).toByteArray();
                    base64Line = line;
                }
            }
        }
        ++line;
        start = end + 1;
    }
    return checkBase64();
}

struct RecordGuard {
    LDIFRecord record{};
    bool parsed = false;
    RecordGuard() = default;
    RecordGuard(const RecordGuard &) = delete;
    RecordGuard &operator=(const RecordGuard &) = delete;
    ~RecordGuard() { reset(); }
    void reset()
    {
        if (parsed)
            ldap_ldif_record_done(&record);
        parsed = false;
    }
};

/// Physical lines of LDIF text, from a file read in large chunks or from memory. Keeps the bytes from a pinned line
/// on, so that a whole record can be looked at again after its lines were read.
class LineSource {
public:
    explicit LineSource(QFile *file)
        : m_file(file)
    {
    }
    explicit LineSource(QByteArray data)
        : m_buffer(std::move(data))
        , m_atEnd(true)
    {
    }

    /// The next line with its line break (absent on a last line without one); false at the end. The view stays
    /// valid until the next call.
    bool next(QByteArrayView &raw)
    {
        while (true) {
            const char *data = m_buffer.constData();
            const auto *found =
                static_cast<const char *>(std::memchr(data + m_position, '\n', size_t(m_buffer.size() - m_position)));
            const qsizetype newline = found ? qsizetype(found - data) : -1;
            if (newline >= 0 || (m_atEnd && m_position < m_buffer.size())) {
                const qsizetype end = newline >= 0 ? newline + 1 : m_buffer.size();
                m_lineStart = m_position;
                raw = QByteArrayView(m_buffer).sliced(m_position, end - m_position);
                m_position = end;
                ++m_line;
                return true;
            }
            if (m_atEnd)
                return false;
            const qsizetype keep = m_pin >= 0 ? m_pin : m_position;
            m_buffer.remove(0, keep);
            m_position -= keep;
            m_lineStart -= keep;
            if (m_pin >= 0)
                m_pin = 0;
            const QByteArray chunk = m_file->read(4 << 20);
            if (chunk.isEmpty())
                m_atEnd = true;
            else
                m_buffer.append(chunk);
        }
    }
    /// The number (1-based) of the line last returned.
    unsigned long line() const { return m_line; }
    /// Keeps the bytes from the line last returned on, until unpin().
    void pin() { m_pin = m_lineStart; }
    void unpin() { m_pin = -1; }
    /// The bytes from the pinned line to the end of the line last returned.
    QByteArrayView pinned() const { return QByteArrayView(m_buffer).sliced(m_pin, m_position - m_pin); }
    qsizetype pinnedLength() const { return m_position - m_pin; }

private:
    QFile *m_file = nullptr;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qsizetype m_lineStart = 0;
    qsizetype m_pin = -1;
    unsigned long m_line = 0;
    bool m_atEnd = false;
};

} // namespace

const QSet<QString> &LdifReader::countedAttributes()
{
    static const QSet<QString> attributes{QStringLiteral("homemdbbl")};
    return attributes;
}

Result<QByteArray> LdifReader::toUtf8(const QByteArray &data, const QString &name)
{
    const bool littleEndian = data.startsWith("\xFF\xFE");
    const bool bigEndian = data.startsWith("\xFE\xFF");
    if (data.startsWith("\xEF\xBB\xBF"))
        return data.mid(3);
    if (!littleEndian && !bigEndian)
        return data;
    if (data.size() % 2 != 0)
        return ldifError("ldif.encoding",
                         QCoreApplication::translate("etp::LdifReader",
                                                     "%1 starts with a UTF-16 byte-order mark but has an odd number of "
                                                     "bytes; the file is truncated. Export it again.")
                             .arg(name));
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInvalidToNull);
    const QString text = decoder.decode(QByteArrayView(data).sliced(2));
    if (decoder.hasError())
        return ldifError("ldif.encoding",
                         QCoreApplication::translate("etp::LdifReader",
                                                     "%1 is not valid UTF-16 (an unpaired surrogate). Export it again.")
                             .arg(name));
    return text.toUtf8();
}

namespace {

Status parseLines(LineSource &source, const QString &name, const LdifReader::Sink &sink, LdifStatistics *statistics);

Error binaryError(const QString &name, int line)
{
    return ldifError("ldif.binary", QCoreApplication::translate("etp::LdifReader",
                                                                "%1, line %2: the file holds binary data and is not an "
                                                                "LDIF export. Export the directory with ldifde or "
                                                                "ldapsearch.")
                                        .arg(name)
                                        .arg(line));
}

} // namespace

Status LdifReader::readFile(const QString &path, const Sink &sink, LdifStatistics *statistics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ldifError(
            "ldif.open",
            QCoreApplication::translate("etp::LdifReader", "%1 cannot be opened: %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(3);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || head.startsWith("\xEF\xBB\xBF"))
        return readData(file.readAll(), path, sink, statistics);
    // UTF-8 or ASCII: the file is read in chunks, record by record, so a large export is never held in memory whole.
    // A NUL byte means the file is something else (a database, an archive, a picture); look for one first.
    bool empty = true;
    qint64 offset = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        if (const qsizetype nul = chunk.indexOf('\0'); nul >= 0) {
            file.seek(0);
            return binaryError(path, lineAt(file.read(offset + nul), offset + nul));
        }
        offset += chunk.size();
        if (empty && !chunk.trimmed().isEmpty())
            empty = false;
    }
    if (empty)
        return ldifError("ldif.empty",
                         QCoreApplication::translate("etp::LdifReader", "%1 holds no entries.").arg(path));
    file.seek(0);
    LineSource source(&file);
    return parseLines(source, path, sink, statistics);
}

Status LdifReader::readData(QByteArray raw, const QString &name, const Sink &sink, LdifStatistics *statistics)
{
    auto converted = toUtf8(raw, name);
    if (!converted)
        return converted.error();
    QByteArray data = std::move(converted.value());
    raw = QByteArray();

    // LDIF is text: a NUL byte means the file is something else (a database, an archive, a picture).
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        return binaryError(name, lineAt(data, nul));
    if (data.trimmed().isEmpty())
        return ldifError("ldif.empty",
                         QCoreApplication::translate("etp::LdifReader", "%1 holds no entries.").arg(name));

    LineSource source(std::move(data));
    return parseLines(source, name, sink, statistics);
}

namespace {

/// Whether the start of a counted value can be a DN: an attribute type and `=` (or, when the first line ends before
/// the `=`, only type characters, the rest folded onto the next line).
bool mayBeDn(QByteArrayView value, bool folded)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == ' ')
        ++i;
    const qsizetype start = i;
    while (i < value.size()) {
        const char c = value[i];
        if (c == '=')
            return i > start;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            return false;
        ++i;
    }
    return folded && i > start;
}

QString notDnReason(const QString &attribute)
{
    return QCoreApplication::translate("etp::LdifReader", "a value of %1 that is not a DN, not counted").arg(attribute);
}

/// Splits LDIF lines into records the way libldap's ldif_read_record does (blank lines end a record, comments
/// before a record belong to it, a leading line number is skipped) and, on the way, takes the lines of counted
/// attributes out of the record: each such line (with its folded continuation lines) is one value, counted here, so
/// libldap never sees the millions of homeMDBBL values of a large export. A record keeps all its lines (and libldap
/// counts) when a counted value is base64 or a URL, when it is a change record other than add, and when the shortened
/// record does not parse: then the whole record is parsed again and any error names the record's own lines.
class RecordSplitter {
public:
    RecordSplitter()
    {
        for (const auto &name : LdifReader::countedAttributes()) {
            m_countedNames.append(name);
            m_countedBytes.append(name.toLatin1());
        }
        m_counts.resize(m_countedNames.size());
    }

    /// A line left out of the record (an include: or control: line, a counted value that is no DN, an entry number).
    struct Skip {
        unsigned long line;
        QString reason;
    };

    /// Reads the next record; false when the input holds no further record.
    bool next(LineSource &source)
    {
        m_skips.clear();
        m_dropped = false;
        m_shortened.clear();
        m_pending.clear();
        m_pendingName.clear();
        std::fill(m_counts.begin(), m_counts.end(), 0);
        m_anyCounted = false;
        m_keepAll = false;
        m_mode = Mode::Keep;
        bool found = false;
        bool topComment = false;
        bool pinned = false;
        QByteArrayView raw;
        while (source.next(raw)) {
            QByteArrayView text = raw;
            if (text.endsWith('\n'))
                text.chop(1);
            if (text.endsWith('\r'))
                text.chop(1);
            if (text.isEmpty()) {
                if (found)
                    break;
                // Blank lines (and the comments before them) between records belong to no record.
                pinned = false;
                source.unpin();
                topComment = false;
                m_shortened.clear();
                m_mode = Mode::Keep;
                continue;
            }
            if (!found) {
                if (text.front() == '#') {
                    topComment = true;
                } else if (!(topComment && text.front() == ' ')) {
                    found = true;
                    if (text.front() >= '0' && text.front() <= '9') {
                        // An entry number before the record (slapcat -n style): skipped, like libldap does.
                        m_skips.append({source.line(), QCoreApplication::translate("etp::LdifReader",
                                                                                   "an entry number before a record")});
                        pinned = false;
                        source.unpin();
                        m_shortened.clear();
                        continue;
                    }
                }
            }
            if (!pinned) {
                source.pin();
                m_firstLine = source.line();
                pinned = true;
            }
            take(raw, text, source.line());
        }
        if (!found)
            return false;
        if (m_mode == Mode::Pending)
            m_shortened.append(m_pending);
        m_whole = pinned ? source.pinned() : QByteArrayView(); // an entry number and nothing after it
        return true;
    }

    /// Whether the record lost counted or skipped lines (then parse shortened(), else whole()).
    bool shortened() const { return (m_anyCounted || m_dropped) && !m_keepAll; }
    /// The lines of the record that were left out, with their reasons.
    const QList<Skip> &skips() const { return m_skips; }
    /// The record without its counted lines.
    const QByteArray &shortenedText() const { return m_shortened; }
    /// The whole record, valid until the next call of next().
    QByteArrayView whole() const { return m_whole; }
    /// The line number (1-based) of the record's first line.
    unsigned long firstLine() const { return m_firstLine; }
    /// Adds the counted values of a shortened record to `entry`.
    void addCounts(DirectoryEntry &entry) const
    {
        for (qsizetype i = 0; i < m_countedNames.size(); ++i) {
            if (m_counts[i] > 0)
                entry.counted[m_countedNames[i]] += m_counts[i];
        }
    }

private:
    enum class Mode { Keep, Drop, Pending };

    static qsizetype indexOf(QByteArrayView text, char c)
    {
        const auto *found = static_cast<const char *>(std::memchr(text.data(), c, size_t(text.size())));
        return found ? qsizetype(found - text.data()) : -1;
    }
    /// Whether `text` is `lower` in any case (ASCII: attribute names are).
    static bool equalsLowerCase(QByteArrayView text, QByteArrayView lower)
    {
        if (text.size() != lower.size())
            return false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if ((c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c) != lower[i])
                return false;
        }
        return true;
    }

    void take(QByteArrayView raw, QByteArrayView text, unsigned long line)
    {
        if (text.front() == ' ') { // a continuation of the line before
            if (m_mode == Mode::Keep) {
                m_shortened.append(raw);
            } else if (m_mode == Mode::Pending) {
                m_pending.append(raw);
                m_pendingName.append(text.sliced(1));
                if (const qsizetype colon = indexOf(m_pendingName, ':'); colon >= 0) {
                    decide(m_pendingName, colon, m_pending, m_pendingLine, true);
                    m_pending.clear();
                    m_pendingName.clear();
                }
            }
            return;
        }
        if (m_mode == Mode::Pending) { // a line without a colon: libldap (or precheck) will say so
            m_shortened.append(m_pending);
            m_pending.clear();
            m_pendingName.clear();
        }
        if (text.front() == '#') {
            m_mode = Mode::Keep;
            m_shortened.append(raw);
            return;
        }
        const qsizetype colon = indexOf(text, ':');
        if (colon < 0) { // the attribute name may go on in a folded line
            m_mode = Mode::Pending;
            m_pending = raw.toByteArray();
            m_pendingName = text.toByteArray();
            m_pendingLine = line;
            return;
        }
        // Writers fold long lines only (ldifde and ldapsearch at 76 or 78 columns): a shorter line is the whole value.
        decide(text, colon, raw, line, text.size() >= 70);
    }

    /// Keeps or drops one logical line. `folded`: the value may go on in a continuation line not read yet.
    void decide(QByteArrayView text, qsizetype colon, QByteArrayView lines, unsigned long line, bool folded)
    {
        QByteArrayView type = text.first(colon);
        if (const qsizetype semicolon = indexOf(type, ';'); semicolon >= 0)
            type = type.first(semicolon);
        for (qsizetype i = 0; i < m_countedBytes.size(); ++i) {
            if (equalsLowerCase(type, m_countedBytes[i])) {
                const char marker = colon + 1 < text.size() ? text[colon + 1] : ' ';
                m_mode = Mode::Drop;
                if (marker == ':' || marker == '<') {
                    m_keepAll = true; // base64 or URL: libldap checks and counts this record itself
                } else if (!mayBeDn(text.sliced(colon + 1), folded)) {
                    m_skips.append({line, notDnReason(QString::fromLatin1(type))});
                    m_dropped = true;
                    return;
                }
                ++m_counts[i];
                m_anyCounted = true;
                return;
            }
        }
        if (equalsLowerCase(type, "include") || equalsLowerCase(type, "control")) {
            // include: would read another file (never followed); control: belongs to a change, not to an entry.
            m_skips.append({line, equalsLowerCase(type, "include")
                                      ? QCoreApplication::translate("etp::LdifReader", "an include: line, not followed")
                                      : QCoreApplication::translate("etp::LdifReader", "a control: line")});
            m_dropped = true;
            m_mode = Mode::Drop;
            return;
        }
        if (equalsLowerCase(type, "changetype") &&
            text.sliced(colon + 1).trimmed().compare("add", Qt::CaseInsensitive) != 0)
            m_keepAll = true; // modify, delete, rename: skipped later, but parsed as written
        m_mode = Mode::Keep;
        m_shortened.append(lines);
    }

    QStringList m_countedNames;
    QByteArrayList m_countedBytes;
    QList<int> m_counts;
    QByteArray m_shortened;
    QByteArray m_pending;     ///< physical lines of a logical line whose attribute name is not complete yet
    QByteArray m_pendingName; ///< that logical line so far, unfolded
    QByteArrayView m_whole;
    unsigned long m_firstLine = 0;
    unsigned long m_pendingLine = 0;
    Mode m_mode = Mode::Keep;
    bool m_anyCounted = false;
    bool m_keepAll = false;
    bool m_dropped = false;
    QList<Skip> m_skips;
};

/// Checks one record and has libldap parse it. `text` must stay alive and unchanged until `guard` is reset.
Status parseRecord(QByteArray &text, unsigned long firstLine, const QString &name, RecordGuard &guard)
{
    if (!text.endsWith('\n'))
        text.append('\n');
    if (const auto problem = precheck(text))
        return ldifError("ldif.syntax",
                         QCoreApplication::translate("etp::LdifReader",
                                                     "%1, line %2: %3. The file is damaged or truncated; export the "
                                                     "directory again.")
                             .arg(name)
                             .arg(firstLine + problem->first)
                             .arg(problem->second));
    berval buffer{ber_len_t(text.size()), text.data()}; // text.data() is NUL-terminated
    QByteArray log;
    int rc = LDAP_SUCCESS;
    {
        const LogCapture capture(&log);
        rc = ldap_parse_ldif_record(&buffer, firstLine, &guard.record, "ldif", LDIF_DEFAULT_ADD | LDIF_NO_CONTROLS);
    }
    if (rc != LDAP_SUCCESS) {
        QString detail = QString::fromUtf8(log).simplified();
        return ldifError("ldif.syntax",
                         QCoreApplication::translate(
                             "etp::LdifReader",
                             "%1, line %2: this record is not valid LDIF (a truncated or damaged value, or a line "
                             "without a colon). Export the directory again.")
                                 .arg(name)
                                 .arg(firstLine) +
                             (detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + QLatin1Char(')')));
    }
    guard.parsed = true;
    return Status::success();
}

/// Whether LDIF text holds a line other than comments, blank lines and a `version:` line.
bool holdsData(QByteArrayView text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(start, end - start).trimmed();
        if (!line.isEmpty() && line.front() != '#' &&
            !(line.size() >= 8 && QByteArrayView(line.first(8)).compare("version:", Qt::CaseInsensitive) == 0))
            return true;
        start = end + 1;
    }
    return false;
}

Status parseLines(LineSource &source, const QString &name, const LdifReader::Sink &sink, LdifStatistics *statistics)
{
    const QSet<QString> &counted = LdifReader::countedAttributes();
    QHash<QByteArray, QString> typeNames; // attribute type as written -> lower case without options
    LdifStatistics stats;
    RecordSplitter splitter;
    QByteArray text;
    const auto skip = [&](unsigned long line, const QString &reason) {
        ++stats.skippedLines;
        if (stats.skipped.size() < LdifStatistics::kMaxSkippedListed)
            stats.skipped.append({name, int(line), reason});
    };
    while (splitter.next(source)) {
        for (const auto &s : splitter.skips())
            skip(s.line, s.reason);
        if (splitter.whole().isEmpty())
            continue; // an entry number with no record after it
        RecordGuard guard;
        bool shortened = splitter.shortened();
        text = shortened ? splitter.shortenedText() : splitter.whole().toByteArray();
        if (!holdsData(text))
            continue; // nothing but skipped lines (a lone include: line), a version line and comments
        Status status = parseRecord(text, splitter.firstLine(), name, guard);
        if (!status && shortened) {
            guard.reset();
            shortened = false;
            text = splitter.whole().toByteArray();
            status = parseRecord(text, splitter.firstLine(), name, guard);
        }
        if (!status)
            return status;
        if (guard.record.lr_op != LDAP_REQ_ADD) {
            ++stats.skippedRecords;
            skip(splitter.firstLine(),
                 QCoreApplication::translate("etp::LdifReader",
                                             "a change record (modify, delete or rename), not an entry"));
            continue;
        }
        DirectoryEntry entry;
        entry.dn = QString::fromUtf8(guard.record.lr_dn.bv_val, qsizetype(guard.record.lr_dn.bv_len));
        if (shortened)
            splitter.addCounts(entry);
        if (LDAPMod **mods = guard.record.lrop_mods) {
            qsizetype count = 0;
            for (LDAPMod **m = mods; *m; ++m)
                ++count;
            entry.attributes.reserve(count);
            for (; *mods; ++mods) {
                const LDAPMod *mod = *mods;
                // "member;range=0-1499" and "userCertificate;binary": the options are not part of the name.
                const QByteArray rawType =
                    QByteArray::fromRawData(mod->mod_type, qsizetype(std::strlen(mod->mod_type)));
                auto cached = typeNames.constFind(rawType);
                if (cached == typeNames.constEnd()) {
                    QString lower = QString::fromLatin1(rawType.constData(), rawType.size()).toLower();
                    if (const qsizetype semicolon = lower.indexOf(QLatin1Char(';')); semicolon >= 0)
                        lower.truncate(semicolon);
                    cached = typeNames.insert(QByteArray(rawType.constData(), rawType.size()), lower);
                }
                const QString &type = *cached;
                if (counted.contains(type)) {
                    // Only records that keep all their lines get here (a base64 value, say): check each value.
                    int n = 0;
                    const auto countIfDn = [&](QByteArrayView value) {
                        if (mayBeDn(value, false))
                            ++n;
                        else
                            skip(splitter.firstLine(), notDnReason(QString::fromLatin1(rawType)));
                    };
                    if (mod->mod_op & LDAP_MOD_BVALUES) {
                        for (berval **v = mod->mod_bvalues; v && *v; ++v)
                            countIfDn(QByteArrayView((*v)->bv_val, qsizetype((*v)->bv_len)));
                    } else {
                        for (char **v = mod->mod_values; v && *v; ++v)
                            countIfDn(QByteArrayView(*v, qsizetype(std::strlen(*v))));
                    }
                    entry.counted[type] += n;
                    continue;
                }
                auto &values = entry.attributes[type];
                if (mod->mod_op & LDAP_MOD_BVALUES) {
                    for (berval **v = mod->mod_bvalues; v && *v; ++v)
                        values.append(QByteArray((*v)->bv_val, qsizetype((*v)->bv_len)));
                } else {
                    for (char **v = mod->mod_values; v && *v; ++v)
                        values.append(QByteArray(*v));
                }
            }
        }
        ++stats.entries;
        sink(std::move(entry));
    }
    if (statistics)
        *statistics = stats;
    if (stats.entries == 0)
        return ldifError("ldif.empty",
                         QCoreApplication::translate("etp::LdifReader", "%1 holds no entries.").arg(name));
    return Status::success();
}

} // namespace

} // namespace etp
