#include "LdifReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <ldap.h>
#include <ldif.h>

namespace etp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etp::LdifReader", text);
}

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
/// it, because libldap writes such complaints to stderr itself. Returns the line and the reason, or nullopt.
std::optional<std::pair<unsigned long, QString>> precheck(QByteArrayView record, unsigned long firstLine)
{
    unsigned long line = firstLine;
    unsigned long logicalStart = firstLine;
    QByteArray logical;
    const auto check = [&]() -> std::optional<std::pair<unsigned long, QString>> {
        if (logical.isEmpty() || logical.startsWith('#') || logical == "-")
            return std::nullopt;
        const qsizetype colon = logical.indexOf(':');
        if (colon <= 0)
            return std::pair{logicalStart, tr("a line without an attribute name and colon")};
        if (colon + 1 < logical.size() && logical[colon + 1] == ':') {
            const QByteArray value = logical.mid(colon + 2).trimmed();
            const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::Base64Encoding |
                                                                           QByteArray::AbortOnBase64DecodingErrors);
            if (value.size() % 4 != 0 || decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
                return std::pair{
                    logicalStart,
                    tr("a damaged or truncated base64 value of %1").arg(QString::fromLatin1(logical.left(colon)))};
        }
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
        if (text.startsWith(' ') && !logical.isEmpty()) {
            logical.append(text.sliced(1));
        } else {
            if (auto problem = check())
                return problem;
            logical = text.toByteArray();
            logicalStart = line;
        }
        ++line;
        start = end + 1;
    }
    return check();
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

Result<QByteArray> LdifReader::toUtf8(const QByteArray &data, const QString &name)
{
    const bool littleEndian = data.startsWith("\xFF\xFE");
    const bool bigEndian = data.startsWith("\xFE\xFF");
    if (data.startsWith("\xEF\xBB\xBF"))
        return data.mid(3);
    if (!littleEndian && !bigEndian)
        return data;
    if (data.size() % 2 != 0)
        return ldifError("ldif.encoding", tr("%1 starts with a UTF-16 byte-order mark but has an odd number of "
                                             "bytes; the file is truncated. Export it again.")
                                              .arg(name));
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInvalidToNull);
    const QString text = decoder.decode(QByteArrayView(data).sliced(2));
    if (decoder.hasError())
        return ldifError("ldif.encoding",
                         tr("%1 is not valid UTF-16 (an unpaired surrogate). Export it again.").arg(name));
    return text.toUtf8();
}

Status LdifReader::readFile(const QString &path, const Sink &sink, LdifStatistics *statistics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ldifError("ldif.open", tr("%1 cannot be opened: %2").arg(path, file.errorString()));
    return readData(file.readAll(), path, sink, statistics);
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
        return ldifError("ldif.binary", tr("%1, line %2: the file holds binary data and is not an LDIF export. "
                                           "Export the directory with ldifde or ldapsearch.")
                                            .arg(name)
                                            .arg(lineAt(data, nul)));
    if (data.trimmed().isEmpty())
        return ldifError("ldif.empty", tr("%1 holds no entries.").arg(name));

    LdifStream stream;
    stream.fp = ldif_open_mem(data.data(), size_t(data.size()), "r");
    if (!stream.fp)
        return ldifError("ldif.open", tr("%1 cannot be read.").arg(name));

    LdifStatistics stats;
    unsigned long line = 0;
    while (true) {
        const unsigned long before = line;
        const int read = ldif_read_record(stream.fp, &line, &stream.buffer, &stream.bufferLength);
        if (read == 0)
            break;
        if (read < 0)
            return ldifError("ldif.syntax", tr("%1, line %2: the record cannot be read.").arg(name).arg(before + 1));
        // The record's first line: ldif_read_record counts lines up to the end of the record it returns.
        const int recordLines = ldif_countlines(stream.buffer);
        const unsigned long first = line >= unsigned(recordLines) ? line - unsigned(recordLines) + 1 : before + 1;
        berval text{ber_len_t(std::strlen(stream.buffer)), stream.buffer};
        if (const auto problem = precheck(QByteArrayView(stream.buffer, qsizetype(text.bv_len)), first))
            return ldifError("ldif.syntax", tr("%1, line %2: %3. The file is damaged or truncated; export the "
                                               "directory again.")
                                                .arg(name)
                                                .arg(problem->first)
                                                .arg(problem->second));
        RecordGuard guard;
        QByteArray log;
        int rc = LDAP_SUCCESS;
        {
            const LogCapture capture(&log);
            rc = ldap_parse_ldif_record(&text, first, &guard.record, "ldif", LDIF_DEFAULT_ADD | LDIF_NO_CONTROLS);
        }
        if (rc != LDAP_SUCCESS) {
            QString detail = QString::fromUtf8(log).simplified();
            return ldifError("ldif.syntax",
                             tr("%1, line %2: this record is not valid LDIF (a truncated or damaged value, or a line "
                                "without a colon). Export the directory again.")
                                     .arg(name)
                                     .arg(first) +
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
            for (; *mods; ++mods) {
                const LDAPMod *mod = *mods;
                QString type = QString::fromLatin1(mod->mod_type).toLower();
                // "member;range=0-1499" and "userCertificate;binary": the options are not part of the name.
                if (const qsizetype semicolon = type.indexOf(QLatin1Char(';')); semicolon >= 0)
                    type.truncate(semicolon);
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
        return ldifError("ldif.empty", tr("%1 holds no entries.").arg(name));
    return Status::success();
}

} // namespace etp
