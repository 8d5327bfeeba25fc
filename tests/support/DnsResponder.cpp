#include "DnsResponder.h"

#include <QRandomGenerator>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace etp::test {

namespace {

QString key(const QString &name)
{
    QString k = name.trimmed().toLower();
    if (k.endsWith(QLatin1Char('.')))
        k.chop(1);
    return k;
}

void put16(QByteArray &out, int value)
{
    out.append(char((value >> 8) & 0xff));
    out.append(char(value & 0xff));
}

void put32(QByteArray &out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
}

QByteArray encodeName(const QString &name)
{
    QByteArray out;
    for (const auto &label : key(name).split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toUtf8();
        out.append(char(bytes.size()));
        out.append(bytes);
    }
    out.append('\0');
    return out;
}

} // namespace

DnsResponder::~DnsResponder()
{
    stop();
}

void DnsResponder::addAddress(const QString &name, const QHostAddress &address)
{
    QMutexLocker lock(&m_mutex);
    m_addresses[key(name)].append(address);
}

void DnsResponder::addMx(const QString &name, int preference, const QString &exchange)
{
    QMutexLocker lock(&m_mutex);
    m_mx[key(name)].append({preference, exchange});
}

void DnsResponder::addSilent(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    m_silent.insert(key(name));
}

bool DnsResponder::start()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        if (fd < 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        const quint32 ip = (127u << 24) | (53u << 16) | (QRandomGenerator::global()->bounded(1, 255) << 8) |
                           quint32(QRandomGenerator::global()->bounded(1, 255));
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(53);
        addr.sin_addr.s_addr = htonl(ip);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
            m_socket = fd;
            m_address = QHostAddress(ip);
            m_stop = false;
            m_thread = std::thread([this] { run(); });
            return true;
        }
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
    }
    return false;
}

void DnsResponder::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
}

void DnsResponder::run()
{
    char buffer[1500];
    while (!m_stop) {
        pollfd p{m_socket, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        sockaddr_storage from{};
        socklen_t fromLength = sizeof from;
        const ssize_t n =
            ::recvfrom(m_socket, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr *>(&from), &fromLength);
        if (n <= 12)
            continue;
        ++m_queries;
        const QByteArray reply = answer(QByteArray(buffer, qsizetype(n)));
        if (!reply.isEmpty())
            ::sendto(m_socket, reply.constData(), size_t(reply.size()), 0, reinterpret_cast<sockaddr *>(&from),
                     fromLength);
    }
}

QByteArray DnsResponder::answer(const QByteArray &query)
{
    // Question: name labels from offset 12, then type and class.
    qsizetype pos = 12;
    QStringList labels;
    while (pos < query.size() && query[pos] != 0) {
        const int length = static_cast<unsigned char>(query[pos]);
        if (length > 63 || pos + 1 + length > query.size())
            return {};
        labels.append(QString::fromUtf8(query.mid(pos + 1, length)));
        pos += 1 + length;
    }
    if (pos + 5 > query.size())
        return {};
    const qsizetype questionEnd = pos + 5;
    const int type = (static_cast<unsigned char>(query[pos + 1]) << 8) | static_cast<unsigned char>(query[pos + 2]);
    const QString name = key(labels.join(QLatin1Char('.')));

    QMutexLocker lock(&m_mutex);
    if (m_silent.contains(name))
        return {};
    const bool known = m_addresses.contains(name) || m_mx.contains(name);
    QList<QByteArray> answers;
    const auto record = [&](int rrType, const QByteArray &data) {
        QByteArray rr;
        put16(rr, 0xC00C); // pointer to the question's name
        put16(rr, rrType);
        put16(rr, 1); // IN
        put32(rr, 60);
        put16(rr, int(data.size()));
        rr.append(data);
        answers.append(rr);
    };
    if (type == 1 || type == 28) {
        for (const auto &address : m_addresses.value(name)) {
            if (type == 1 && address.protocol() == QAbstractSocket::IPv4Protocol) {
                QByteArray data;
                put32(data, address.toIPv4Address());
                record(1, data);
            } else if (type == 28 && address.protocol() == QAbstractSocket::IPv6Protocol) {
                const Q_IPV6ADDR v6 = address.toIPv6Address();
                record(28, QByteArray(reinterpret_cast<const char *>(v6.c), 16));
            }
        }
    } else if (type == 15) {
        for (const auto &mx : m_mx.value(name)) {
            QByteArray data;
            put16(data, mx.preference);
            data.append(encodeName(mx.exchange));
            record(15, data);
        }
    }
    QByteArray reply = query.left(questionEnd);
    // Flags: response, authoritative, recursion desired copied, recursion available; NXDOMAIN for unknown names.
    const int rd = static_cast<unsigned char>(query[2]) & 0x01;
    reply[2] = char(0x84 | rd);
    reply[3] = char(known ? 0x80 : 0x83);
    reply[4] = 0;
    reply[5] = 1;
    reply[6] = 0;
    reply[7] = char(answers.size());
    reply[8] = reply[9] = reply[10] = reply[11] = 0;
    for (const auto &rr : answers)
        reply.append(rr);
    return reply;
}

} // namespace etp::test
