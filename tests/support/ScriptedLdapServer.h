#pragma once

// A tiny LDAP responder on loopback that speaks just enough of the protocol (BER over TCP, LDAPv3 bind, search,
// unbind) to stand in for what slapd cannot do like Active Directory:
//  - ranged answers for large multi-valued attributes: "member;range=0-1499", then "member;range=1500-2999", ...,
//    ending with "member;range=N-*", exactly as a Windows Server 2003 domain controller pages `member`;
//  - binds with a user principal name ("user@domain"), which Active Directory accepts as a bind name;
//  - a listener that accepts connections and never answers (a hung server).
// Searches ignore the filter: the responder returns the configured entries at or below the base that the test set
// up for it. It is test support only and handles one request at a time per connection.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace etp::test {

class ScriptedLdapServer {
public:
    struct Entry {
        QString dn;
        QMap<QString, QList<QByteArray>> attributes; ///< names as the server writes them
    };

    ScriptedLdapServer();
    ~ScriptedLdapServer();
    ScriptedLdapServer(const ScriptedLdapServer &) = delete;
    ScriptedLdapServer &operator=(const ScriptedLdapServer &) = delete;

    /// Accept connections but never answer anything.
    void setSilent(bool silent) { m_silent = silent; }
    /// The bind name and password accepted (any other gets invalidCredentials, rc 49).
    void setAccount(const QString &bindName, const QByteArray &password);
    /// Values per ranged chunk (Active Directory: 1000 on Windows 2000, 1500 on Windows Server 2003).
    void setRangeSize(int size) { m_rangeSize = size; }
    void setRootDse(const Entry &entry) { m_rootDse = entry; }
    void addEntry(const Entry &entry) { m_entries.append(entry); }

    /// Listens on 127.0.0.1 on a free port; returns false on failure.
    bool start();
    void stop();
    quint16 port() const { return m_port; }
    QString uri() const { return QStringLiteral("ldap://127.0.0.1:%1").arg(m_port); }

    /// Bind names the server saw, in order (for assertions).
    QStringList bindNames() const;
    /// Attribute lists of the searches the server answered, in order.
    QList<QStringList> searchedAttributes() const;

private:
    void acceptLoop();
    void serve(int fd);
    QByteArray answer(const QByteArray &message, bool *close);
    QByteArray searchAnswer(int id, const QString &base, int scope, const QStringList &attributes);

    std::atomic<bool> m_silent{false};
    std::atomic<bool> m_stopping{false};
    int m_listenFd = -1;
    quint16 m_port = 0;
    QString m_bindName;
    QByteArray m_password;
    int m_rangeSize = 1500;
    Entry m_rootDse;
    QList<Entry> m_entries;
    std::thread m_acceptThread;
    std::vector<std::thread> m_connections;
    std::vector<int> m_connectionFds;
    mutable std::mutex m_mutex;
    QStringList m_bindNames;
    QList<QStringList> m_searchedAttributes;
};

} // namespace etp::test
