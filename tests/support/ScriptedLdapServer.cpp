#include "ScriptedLdapServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace etp::test {

namespace {

// --- BER, as much as LDAP needs -------------------------------------------------------------------------------

QByteArray encodeLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray bytes;
    while (length > 0) {
        bytes.prepend(char(length & 0xff));
        length >>= 8;
    }
    return QByteArray(1, char(0x80 | bytes.size())) + bytes;
}

QByteArray tlv(quint8 tag, const QByteArray &content)
{
    return QByteArray(1, char(tag)) + encodeLength(content.size()) + content;
}

QByteArray integer(quint8 tag, qint64 value)
{
    QByteArray bytes;
    do {
        bytes.prepend(char(value & 0xff));
        value >>= 8;
    } while (value != 0 && value != -1);
    if (!bytes.isEmpty() && (bytes.front() & 0x80) && value == 0)
        bytes.prepend('\0');
    return tlv(tag, bytes);
}

QByteArray octets(const QByteArray &value)
{
    return tlv(0x04, value);
}

QByteArray text(const QString &value)
{
    return octets(value.toUtf8());
}

/// Reads one TLV at `pos`; returns false when incomplete.
struct Tlv {
    quint8 tag = 0;
    QByteArray content;
};

bool readTlv(const QByteArray &data, qsizetype &pos, Tlv *out)
{
    if (pos + 2 > data.size())
        return false;
    out->tag = quint8(data[pos]);
    qsizetype length = quint8(data[pos + 1]);
    qsizetype at = pos + 2;
    if (length & 0x80) {
        const int count = int(length & 0x7f);
        if (count > 4 || at + count > data.size())
            return false;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | quint8(data[at + i]);
        at += count;
    }
    if (at + length > data.size())
        return false;
    out->content = data.mid(at, length);
    pos = at + length;
    return true;
}

qint64 toInteger(const QByteArray &content)
{
    qint64 v = content.isEmpty() ? 0 : qint64(qint8(content[0]));
    for (qsizetype i = 1; i < content.size(); ++i)
        v = (v << 8) | quint8(content[i]);
    return v;
}

QByteArray message(int id, const QByteArray &protocolOp, const QByteArray &controls = {})
{
    return tlv(0x30, integer(0x02, id) + protocolOp + controls);
}

QByteArray result(quint8 tag, int code, const QString &diagnostic = {})
{
    return tlv(tag, integer(0x0a, code) + text(QString()) + text(diagnostic));
}

bool isBelow(const QString &dn, const QString &base)
{
    if (base.isEmpty())
        return true;
    return dn.compare(base, Qt::CaseInsensitive) == 0 || dn.endsWith(QLatin1Char(',') + base, Qt::CaseInsensitive);
}

} // namespace

ScriptedLdapServer::ScriptedLdapServer() = default;

ScriptedLdapServer::~ScriptedLdapServer()
{
    stop();
}

void ScriptedLdapServer::setAccount(const QString &bindName, const QByteArray &password)
{
    m_bindName = bindName;
    m_password = password;
}

QStringList ScriptedLdapServer::bindNames() const
{
    std::lock_guard lock(m_mutex);
    return m_bindNames;
}

QList<QStringList> ScriptedLdapServer::searchedAttributes() const
{
    std::lock_guard lock(m_mutex);
    return m_searchedAttributes;
}

bool ScriptedLdapServer::start()
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listenFd, 16) != 0)
        return false;
    socklen_t length = sizeof address;
    getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void ScriptedLdapServer::stop()
{
    if (m_listenFd < 0)
        return;
    m_stopping = true;
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    {
        std::lock_guard lock(m_mutex);
        for (int fd : m_connectionFds)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (auto &t : m_connections) {
        if (t.joinable())
            t.join();
    }
    m_connections.clear();
    ::close(m_listenFd);
    m_listenFd = -1;
}

void ScriptedLdapServer::acceptLoop()
{
    while (!m_stopping) {
        pollfd p{m_listenFd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        std::lock_guard lock(m_mutex);
        m_connectionFds.push_back(fd);
        m_connections.emplace_back([this, fd] { serve(fd); });
    }
}

void ScriptedLdapServer::serve(int fd)
{
    QByteArray buffer;
    bool close = false;
    while (!m_stopping && !close) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        char chunk[4096];
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n <= 0)
            break;
        if (m_silent)
            continue; // a hung server: reads and never answers
        buffer.append(chunk, n);
        for (;;) {
            qsizetype pos = 0;
            Tlv whole;
            if (!readTlv(buffer, pos, &whole))
                break;
            const QByteArray reply = answer(buffer.left(pos), &close);
            buffer.remove(0, pos);
            for (qsizetype sent = 0; sent < reply.size();) {
                const ssize_t w = ::write(fd, reply.constData() + sent, size_t(reply.size() - sent));
                if (w <= 0)
                    break;
                sent += w;
            }
            if (close)
                break;
        }
    }
    ::close(fd);
}

QByteArray ScriptedLdapServer::answer(const QByteArray &bytes, bool *close)
{
    qsizetype pos = 0;
    Tlv envelope;
    readTlv(bytes, pos, &envelope);
    qsizetype at = 0;
    Tlv id;
    Tlv op;
    if (!readTlv(envelope.content, at, &id) || !readTlv(envelope.content, at, &op)) {
        *close = true;
        return {};
    }
    const int messageId = int(toInteger(id.content));
    qsizetype in = 0;
    switch (op.tag) {
    case 0x60: { // BindRequest
        Tlv version;
        Tlv name;
        Tlv auth;
        readTlv(op.content, in, &version);
        readTlv(op.content, in, &name);
        readTlv(op.content, in, &auth);
        const QString bindName = QString::fromUtf8(name.content);
        {
            std::lock_guard lock(m_mutex);
            m_bindNames.append(bindName);
        }
        const bool ok =
            auth.tag == 0x80 && bindName.compare(m_bindName, Qt::CaseInsensitive) == 0 && auth.content == m_password;
        return message(messageId, ok ? result(0x61, 0)
                                     : result(0x61, 49,
                                              QStringLiteral("80090308: LdapErr: DSID-0C09042A, comment: "
                                                             "AcceptSecurityContext error, data 52e, v3839")));
    }
    case 0x42: // UnbindRequest
        *close = true;
        return {};
    case 0x63: { // SearchRequest
        Tlv base;
        Tlv scope;
        Tlv skip;
        readTlv(op.content, in, &base);
        readTlv(op.content, in, &scope);
        for (int i = 0; i < 5; ++i) // derefAliases, sizeLimit, timeLimit, typesOnly, filter
            readTlv(op.content, in, &skip);
        Tlv attributeList;
        readTlv(op.content, in, &attributeList);
        QStringList attributes;
        qsizetype a = 0;
        Tlv attribute;
        while (readTlv(attributeList.content, a, &attribute))
            attributes.append(QString::fromUtf8(attribute.content));
        {
            std::lock_guard lock(m_mutex);
            m_searchedAttributes.append(attributes);
        }
        return searchAnswer(messageId, QString::fromUtf8(base.content), int(toInteger(scope.content)), attributes);
    }
    case 0x77: // ExtendedRequest (StartTLS): not offered
        return message(messageId, tlv(0x78, integer(0x0a, 2) + text(QString()) +
                                                text(QStringLiteral("unsupported extended operation"))));
    default:
        return {};
    }
}

QByteArray ScriptedLdapServer::searchAnswer(int id, const QString &base, int scope, const QStringList &attributes)
{
    QByteArray out;
    auto entryMessage = [&](const Entry &entry) {
        QByteArray list;
        for (auto it = entry.attributes.cbegin(); it != entry.attributes.cend(); ++it) {
            const QString &name = it.key();
            const QList<QByteArray> &values = it.value();
            // What was asked of this attribute: all of it, or a range "name;range=N-*".
            qsizetype first = -1;
            for (const QString &asked : attributes) {
                const QString prefix = name + QLatin1String(";range=");
                if (asked.startsWith(prefix, Qt::CaseInsensitive))
                    first = asked.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong();
            }
            const bool all = attributes.isEmpty() || attributes.contains(QStringLiteral("*")) ||
                             attributes.contains(name, Qt::CaseInsensitive);
            if (first < 0 && !all)
                continue;
            QString type = name;
            QList<QByteArray> sent = values;
            if (first >= 0 || values.size() > m_rangeSize) {
                const qsizetype start = qMax<qsizetype>(first, 0);
                const qsizetype end = qMin<qsizetype>(start + m_rangeSize, values.size());
                sent = values.mid(start, end - start);
                type = end >= values.size() ? QStringLiteral("%1;range=%2-*").arg(name).arg(start)
                                            : QStringLiteral("%1;range=%2-%3").arg(name).arg(start).arg(end - 1);
            }
            QByteArray set;
            for (const auto &v : sent)
                set += octets(v);
            list += tlv(0x30, text(type) + tlv(0x31, set));
        }
        out += message(id, tlv(0x64, text(entry.dn) + tlv(0x30, list)));
    };
    if (base.isEmpty() && scope == 0) {
        entryMessage(m_rootDse);
    } else {
        for (const Entry &e : m_entries) {
            const bool match = scope == 0 ? e.dn.compare(base, Qt::CaseInsensitive) == 0 : isBelow(e.dn, base);
            if (match)
                entryMessage(e);
        }
    }
    // SearchResultDone with an empty paged-results cookie: everything fitted on one page.
    const QByteArray pageValue = tlv(0x30, integer(0x02, 0) + octets(QByteArray()));
    const QByteArray controls =
        tlv(0xa0, tlv(0x30, text(QStringLiteral("1.2.840.113556.1.4.319")) + octets(pageValue)));
    out += message(id, result(0x65, 0), controls);
    return out;
}

} // namespace etp::test
