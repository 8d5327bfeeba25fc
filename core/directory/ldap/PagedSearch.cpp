#include "PagedSearch.h"

#include <QCoreApplication>

#include <ldap.h>

#include <vector>

namespace etp::ldap {

namespace {

/// The attribute list as libldap wants it: NUL-terminated C strings and a null at the end.
class AttributeList {
public:
    explicit AttributeList(const QStringList &names)
    {
        for (const auto &n : names)
            m_storage.push_back(n.toUtf8());
        for (auto &s : m_storage)
            m_pointers.push_back(s.data());
        m_pointers.push_back(nullptr);
    }
    char **get() { return m_storage.empty() ? nullptr : m_pointers.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<char *> m_pointers;
};

/// Writes the attribute types of a DN in upper case, as Active Directory does ("CN=…,OU=…,DC=…"); other servers
/// (slapd) lower-case them. Values and their escaping are kept byte for byte, so that a live reading and an LDIF
/// export of the same directory give the same strings.
QString withUpperCaseTypes(const QString &dn)
{
    QString out = dn;
    bool inType = true;
    bool quoted = false;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (inType) {
            if (c == QLatin1Char('='))
                inType = false;
            else
                out[i] = c.toUpper();
        } else if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char(',') || c == QLatin1Char('+'))) {
            inType = true;
        }
    }
    return out;
}

/// Reads an entry's DN and values; names of ranged attributes go to `ranged` with the next index to ask for.
/// Values are read in place from the message's BER (no copy per value in libldap); attributes named in `counted`
/// only add their number of values to DirectoryEntry::counted.
DirectoryEntry readEntry(LDAP *ld, LDAPMessage *message, const QStringList &counted,
                         QList<QPair<QString, qsizetype>> *ranged)
{
    DirectoryEntry entry;
    BerElement *ber = nullptr;
    berval bv{0, nullptr};
    if (ldap_get_dn_ber(ld, message, &ber, &bv) != LDAP_SUCCESS) {
        if (ber)
            ber_free(ber, 0);
        return entry;
    }
    entry.dn = withUpperCaseTypes(QString::fromUtf8(bv.bv_val, qsizetype(bv.bv_len)));
    berval *vals = nullptr;
    while (ldap_get_attribute_ber(ld, message, ber, &bv, &vals) == LDAP_SUCCESS && bv.bv_val) {
        QString name = QString::fromUtf8(bv.bv_val, qsizetype(bv.bv_len)).toLower();
        QString base;
        qsizetype first = 0;
        qsizetype last = 0;
        if (PagedSearch::parseRange(name, &base, &first, &last)) {
            name = base;
            if (last >= 0)
                ranged->append({name, last + 1});
        }
        qsizetype n = 0;
        if (vals) {
            while (vals[n].bv_val)
                ++n;
        }
        if (counted.contains(name)) {
            entry.counted[name] += int(n);
        } else {
            QList<QByteArray> &values = entry.attributes[name];
            values.reserve(values.size() + n);
            for (qsizetype i = 0; i < n; ++i)
                values.append(QByteArray(vals[i].bv_val, qsizetype(vals[i].bv_len)));
        }
        if (vals) {
            ber_memfree(vals);
            vals = nullptr;
        }
    }
    if (ber)
        ber_free(ber, 0);
    return entry;
}

} // namespace

PagedSearch::PagedSearch(const LdapConnection &connection, SearchRequest request)
    : m_connection(connection)
    , m_request(std::move(request))
    , m_attempt(m_request.base.isEmpty() ? QCoreApplication::translate("etp::Discovery", "reading the RootDSE")
                : m_request.filter.size() <= 80
                    ? QCoreApplication::translate("etp::Discovery", "search of %1 for %2")
                          .arg(m_request.base, m_request.filter)
                    : QCoreApplication::translate("etp::Discovery", "search of %1").arg(m_request.base))
{
}

bool PagedSearch::parseRange(const QString &attribute, QString *name, qsizetype *first, qsizetype *last)
{
    const qsizetype at = attribute.indexOf(QLatin1String(";range="), 0, Qt::CaseInsensitive);
    if (at < 0)
        return false;
    const QStringView range = QStringView(attribute).mid(at + 7);
    const qsizetype dash = range.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return false;
    bool ok = false;
    *first = range.left(dash).toLongLong(&ok);
    if (!ok)
        return false;
    const QStringView end = range.mid(dash + 1);
    if (end == QLatin1String("*")) {
        *last = -1;
    } else {
        *last = end.toLongLong(&ok);
        if (!ok)
            return false;
    }
    *name = attribute.left(at);
    return true;
}

Status PagedSearch::completeRanges(DirectoryEntry &entry, QList<QPair<QString, qsizetype>> pending)
{
    LDAP *ld = m_connection.handle();
    const QByteArray dn = entry.dn.toUtf8();
    while (!pending.isEmpty()) {
        auto [name, next] = pending.takeFirst();
        const QString attempt =
            QCoreApplication::translate("etp::Discovery", "range retrieval of %1 on %2").arg(name, entry.dn);
        AttributeList attrs({QStringLiteral("%1;range=%2-*").arg(name).arg(next)});
        int msgid = -1;
        const int rc = ldap_search_ext(ld, dn.constData(), LDAP_SCOPE_BASE, "(objectClass=*)", attrs.get(), 0, nullptr,
                                       nullptr, nullptr, 0, &msgid);
        if (rc != LDAP_SUCCESS)
            return m_connection.fault(rc, attempt, m_connection.diagnostic());
        for (;;) {
            auto message = m_connection.waitFor(msgid, attempt);
            if (!message)
                return message.error();
            if (message->type == LDAP_RES_SEARCH_ENTRY) {
                QList<QPair<QString, qsizetype>> again;
                DirectoryEntry chunk = readEntry(ld, message->msg, m_request.countedAttributes, &again);
                for (auto it = chunk.attributes.begin(); it != chunk.attributes.end(); ++it)
                    entry.attributes[it.key()].append(it.value());
                for (auto it = chunk.counted.cbegin(); it != chunk.counted.cend(); ++it)
                    entry.counted[it.key()] += it.value();
                for (const auto &p : again) {
                    if (p.first == name && p.second > next) {
                        pending.append(p);
                    }
                }
            } else if (message->type == LDAP_RES_SEARCH_RESULT) {
                int result = LDAP_OTHER;
                char *text = nullptr;
                ldap_parse_result(ld, message->msg, &result, nullptr, &text, nullptr, nullptr, 0);
                const QString said = text ? QString::fromUtf8(text) : QString();
                if (text)
                    ldap_memfree(text);
                if (result != LDAP_SUCCESS)
                    return m_connection.fault(result, attempt, said);
                break;
            }
        }
    }
    return {};
}

Status PagedSearch::run(const Sink &sink, const Progress &progress)
{
    LDAP *ld = m_connection.handle();
    const QByteArray base = m_request.base.toUtf8();
    const QByteArray filter = m_request.filter.toUtf8();
    AttributeList attrs(m_request.attributes);
    berval cookie{0, nullptr};
    qsizetype count = 0;
    Status status;
    for (;;) {
        LDAPControl *pageControl = nullptr;
        LDAPControl *controls[2] = {nullptr, nullptr};
        if (m_request.paged) {
            const int rc = ldap_create_page_control(ld, ber_int_t(m_request.pageSize),
                                                    cookie.bv_val ? &cookie : nullptr, 0, &pageControl);
            if (rc != LDAP_SUCCESS) {
                status = m_connection.fault(rc, m_attempt);
                break;
            }
            controls[0] = pageControl;
        }
        int msgid = -1;
        const int sent = ldap_search_ext(ld, base.constData(), int(m_request.scope), filter.constData(), attrs.get(), 0,
                                         m_request.paged ? controls : nullptr, nullptr, nullptr, 0, &msgid);
        if (pageControl)
            ldap_control_free(pageControl);
        if (sent != LDAP_SUCCESS) {
            status = m_connection.fault(sent, m_attempt, m_connection.diagnostic());
            break;
        }
        if (cookie.bv_val) {
            ber_memfree(cookie.bv_val);
            cookie = {0, nullptr};
        }
        bool pageDone = false;
        while (!pageDone) {
            auto message = m_connection.waitFor(msgid, m_attempt);
            if (!message) {
                status = message.error();
                break;
            }
            switch (message->type) {
            case LDAP_RES_SEARCH_ENTRY: {
                QList<QPair<QString, qsizetype>> ranged;
                DirectoryEntry entry = readEntry(ld, message->msg, m_request.countedAttributes, &ranged);
                if (!ranged.isEmpty()) {
                    // Range retrieval runs as its own searches; the page's remaining entries wait in libldap.
                    status = completeRanges(entry, ranged);
                    if (!status)
                        break;
                }
                sink(std::move(entry));
                ++count;
                if (progress)
                    progress(count);
                break;
            }
            case LDAP_RES_SEARCH_REFERENCE:
                break; // referral chasing is off: continuation references into other partitions are skipped
            case LDAP_RES_SEARCH_RESULT: {
                int result = LDAP_OTHER;
                char *text = nullptr;
                LDAPControl **serverControls = nullptr;
                ldap_parse_result(ld, message->msg, &result, nullptr, &text, nullptr, &serverControls, 0);
                const QString said = text ? QString::fromUtf8(text) : QString();
                if (text)
                    ldap_memfree(text);
                if (result != LDAP_SUCCESS) {
                    status = m_connection.fault(result, m_attempt, said);
                } else if (m_request.paged) {
                    LDAPControl *response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, serverControls, nullptr);
                    ber_int_t estimate = 0;
                    if (response)
                        ldap_parse_pageresponse_control(ld, response, &estimate, &cookie);
                }
                if (serverControls)
                    ldap_controls_free(serverControls);
                pageDone = true;
                break;
            }
            default:
                break;
            }
            if (!status)
                break;
        }
        if (!status)
            break;
        if (!m_request.paged || !cookie.bv_val || cookie.bv_len == 0)
            break;
    }
    if (cookie.bv_val)
        ber_memfree(cookie.bv_val);
    return status;
}

} // namespace etp::ldap
