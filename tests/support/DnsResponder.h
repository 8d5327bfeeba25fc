#pragma once

// A tiny authoritative DNS responder on a loopback address, port 53, for tests: it answers A, AAAA and MX queries
// from a table, NXDOMAIN for names it does not know, and stays silent for names marked silent (to test time-outs).
// Qt 6.4's QDnsLookup always asks port 53, so each responder binds its own random address in 127.0.0.0/8 (root can
// bind port 53 there), which lets several test programs run side by side. It runs on its own thread, so it answers
// while the test blocks (waiting for a child process, for example).

#include <QHostAddress>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QString>

#include <atomic>
#include <thread>

namespace etp::test {

class DnsResponder {
public:
    DnsResponder() = default;
    ~DnsResponder();
    DnsResponder(const DnsResponder &) = delete;
    DnsResponder &operator=(const DnsResponder &) = delete;

    /// Adds an A or AAAA record (by the address's protocol) for `name`.
    void addAddress(const QString &name, const QHostAddress &address);
    /// Adds an MX record for `name`.
    void addMx(const QString &name, int preference, const QString &exchange);
    /// Never answers queries for `name`.
    void addSilent(const QString &name);

    /// Binds a free address 127.53.x.y:53 and starts answering. False (with `error()`) when no address could be bound.
    bool start();
    void stop();
    QHostAddress address() const { return m_address; }
    QString error() const { return m_error; }
    /// Queries received so far.
    int queries() const { return m_queries.load(); }

private:
    void run();
    QByteArray answer(const QByteArray &query);

    struct Mx {
        int preference;
        QString exchange;
    };
    mutable QMutex m_mutex;
    QMap<QString, QList<QHostAddress>> m_addresses;
    QMap<QString, QList<Mx>> m_mx;
    QSet<QString> m_silent;
    QHostAddress m_address;
    QString m_error;
    int m_socket = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_queries{0};
    std::thread m_thread;
};

} // namespace etp::test
