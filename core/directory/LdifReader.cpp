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

/// Owns what libldap's LDIF reader allocates.
struct LdifStream {
    LDIFFP *fp = nullptr;
    char *buffer = nullptr;
    int bufferLength = 0;
    ~LdifStream()
    {
        if (buffer)
            ber_memfree(buffer);
        if (fp)
            ldif_close(fp);
    }
};

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
    ~RecordGuard()
    {
        if (parsed)
            ldap_ldif_record_done(&record);
    }
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

Status parseStream(LdifStream &stream, const QString &name, const LdifReader::Sink &sink, LdifStatistics *statistics);

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
    // UTF-8 or ASCII: libldap reads the file itself, so a large export is never held in memory whole. A NUL byte
    // means the file is something else (a database, an archive, a picture); look for one first, chunk by chunk.
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
    file.close();
    LdifStream stream;
    stream.fp = ldif_open(QFile::encodeName(path).constData(), "r");
    if (!stream.fp)
        return ldifError("ldif.open", QCoreApplication::translate("etp::LdifReader", "%1 cannot be opened.").arg(path));
    return parseStream(stream, path, sink, statistics);
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

    LdifStream stream;
    stream.fp = ldif_open_mem(data.data(), size_t(data.size()), "r");
    if (!stream.fp)
        return ldifError("ldif.open", QCoreApplication::translate("etp::LdifReader", "%1 cannot be read.").arg(name));
    return parseStream(stream, name, sink, statistics);
}

namespace {

Status parseStream(LdifStream &stream, const QString &name, const LdifReader::Sink &sink, LdifStatistics *statistics)
{
    const QSet<QString> &counted = LdifReader::countedAttributes();
    QHash<QByteArray, QString> typeNames; // attribute type as written -> lower case without options
    LdifStatistics stats;
    unsigned long line = 0;
    while (true) {
        const unsigned long before = line;
        const int read = ldif_read_record(stream.fp, &line, &stream.buffer, &stream.bufferLength);
        if (read == 0)
            break;
        if (read < 0)
            return ldifError("ldif.syntax",
                             QCoreApplication::translate("etp::LdifReader", "%1, line %2: the record cannot be read.")
                                 .arg(name)
                                 .arg(before + 1));
        berval text{ber_len_t(std::strlen(stream.buffer)), stream.buffer};
        // The record's first line, worked out only for a message. ldif_read_record counts every line it consumed, the
        // blank line that ends the record included (absent at the end of the file); the record is every physical line
        // of the buffer.
        const bool atEnd = std::feof(stream.fp->fp);
        const auto firstLine = [&] {
            const unsigned long physical = unsigned(QByteArrayView(stream.buffer, qsizetype(text.bv_len)).count('\n'));
            const unsigned long blank = atEnd ? 0 : 1;
            return line + 1 >= physical + blank + 1 ? line + 1 - physical - blank : before + 1;
        };
        if (const auto problem = precheck(QByteArrayView(stream.buffer, qsizetype(text.bv_len))))
            return ldifError("ldif.syntax",
                             QCoreApplication::translate(
                                 "etp::LdifReader", "%1, line %2: %3. The file is damaged or truncated; export the "
                                                    "directory again.")
                                 .arg(name)
                                 .arg(firstLine() + problem->first)
                                 .arg(problem->second));
        RecordGuard guard;
        QByteArray log;
        int rc = LDAP_SUCCESS;
        {
            const LogCapture capture(&log);
            rc = ldap_parse_ldif_record(&text, before + 1, &guard.record, "ldif", LDIF_DEFAULT_ADD | LDIF_NO_CONTROLS);
        }
        if (rc != LDAP_SUCCESS) {
            QString detail = QString::fromUtf8(log).simplified();
            return ldifError("ldif.syntax",
                             QCoreApplication::translate(
                                 "etp::LdifReader",
                                 "%1, line %2: this record is not valid LDIF (a truncated or damaged value, or a line "
                                 "without a colon). Export the directory again.")
                                     .arg(name)
                                     .arg(firstLine()) +
                                 (detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + QLatin1Char(')')));
        }
        guard.parsed = true;
        if (guard.record.lr_op != LDAP_REQ_ADD) {
            ++stats.skippedRecords;
            continue;
        }
        DirectoryEntry entry;
        entry.dn = QString::fromUtf8(guard.record.lr_dn.bv_val, qsizetype(guard.record.lr_dn.bv_len));
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
                    int n = 0;
                    if (mod->mod_op & LDAP_MOD_BVALUES) {
                        for (berval **v = mod->mod_bvalues; v && *v; ++v)
                            ++n;
                    } else {
                        for (char **v = mod->mod_values; v && *v; ++v)
                            ++n;
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
