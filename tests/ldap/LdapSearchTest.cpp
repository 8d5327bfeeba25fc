// Paged searches, range retrieval, user@domain binds and escaping of filter values and DNs, against a real slapd and
// (for what only Active Directory does) the scripted responder.

#include "DiscoveryTestSupport.h"
#include "ScriptedLdapServer.h"
#include "directory/Dn.h"
#include "directory/ldap/PagedSearch.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace etp::ldap;

namespace {

std::unique_ptr<LdapConnection> connectTo(const Slapd &slapd)
{
    ConnectionOptions o;
    o.uri = slapd.ldapUri();
    o.startTls = true;
    o.caFile = slapd.caFile();
    o.bindName = slapd.bindDn();
    o.password = slapd.password().toUtf8();
    auto c = LdapConnection::open(o);
    INFO((c ? QString() : c.error().message).toStdString());
    REQUIRE(c);
    CHECK(o.password.isEmpty());
    return std::move(*c);
}

QList<DirectoryEntry> searchAll(const LdapConnection &c, const SearchRequest &request, Status *status = nullptr)
{
    QList<DirectoryEntry> found;
    const Status s = PagedSearch(c, request).run([&](DirectoryEntry &&e) { found.append(std::move(e)); });
    if (status)
        *status = s;
    else {
        INFO((s ? QString() : s.error().message).toStdString());
        CHECK(s);
    }
    return found;
}

} // namespace

TEST_CASE("Paged searches read past the server's size limit that stops an unpaged search", "[ldap]")
{
    auto c = connectTo(sharedSlapd());
    SearchRequest request;
    request.base = QStringLiteral("CN=Subnets,CN=Sites,CN=Configuration,") + kSuffix;
    request.filter = QStringLiteral("(objectClass=subnet)");
    CHECK(searchAll(*c, request).size() == 1500);

    request.paged = false;
    Status status;
    searchAll(*c, request, &status);
    REQUIRE_FALSE(status);
    CHECK(status.error().code == QStringLiteral("ldap.size-limit"));
}

TEST_CASE("Filter values with star and parentheses and backslash and NUL are escaped and match literally", "[ldap]")
{
    auto c = connectTo(sharedSlapd());
    SearchRequest request;
    request.base = kSuffix;
    const QString tricky = QStringLiteral("Star *()\\ Group");
    request.filter = QStringLiteral("(cn=%1)").arg(escapeFilterValue(tricky));
    CHECK(request.filter == QStringLiteral("(cn=Star \\2a\\28\\29\\5c Group)"));
    auto found = searchAll(*c, request);
    REQUIRE(found.size() == 1);
    CHECK(found.first().text(QStringLiteral("cn")) == tricky);

    // Without escaping the star is a wildcard: two groups start with "Star ".
    request.filter = QStringLiteral("(cn=Star *)");
    CHECK(searchAll(*c, request).size() == 2);

    // A NUL in a value stays inside the value: a well-formed filter that matches nothing.
    request.filter = QStringLiteral("(cn=%1)").arg(escapeFilterValue(QStringView(u"Star \0 Group", 12)));
    CHECK(request.filter.contains(QStringLiteral("\\00")));
    CHECK(searchAll(*c, request).isEmpty());

    // Binary values (objectSid) with NUL, star, parentheses and backslash bytes.
    const QByteArray sid("\x01\x00*()\\\x00z", 8);
    request.filter = QStringLiteral("(objectSid=%1)").arg(escapeFilterBytes(sid));
    found = searchAll(*c, request);
    REQUIRE(found.size() == 1);
    CHECK(found.first().values(QStringLiteral("objectSid")).value(0) == sid);
}

TEST_CASE("A DN built from a name with a comma and a plus sign finds exactly that entry", "[ldap]")
{
    auto c = connectTo(sharedSlapd());
    SearchRequest request;
    request.base =
        QStringLiteral("CN=%1,CN=Users,").arg(escapeDnValue(QStringLiteral("Routing, Group (A)+"))) + kSuffix;
    request.scope = SearchRequest::Base;
    const auto found = searchAll(*c, request);
    REQUIRE(found.size() == 1);
    CHECK(found.first().text(QStringLiteral("description")) == QStringLiteral("comma"));
}

TEST_CASE("Range options are parsed as Active Directory writes them", "[ldap]")
{
    QString name;
    qsizetype first = 0;
    qsizetype last = 0;
    REQUIRE(PagedSearch::parseRange(QStringLiteral("member;range=0-1499"), &name, &first, &last));
    CHECK(name == QStringLiteral("member"));
    CHECK(first == 0);
    CHECK(last == 1499);
    REQUIRE(PagedSearch::parseRange(QStringLiteral("homembdbl;range=3000-*"), &name, &first, &last));
    CHECK(first == 3000);
    CHECK(last == -1);
    CHECK_FALSE(PagedSearch::parseRange(QStringLiteral("member"), &name, &first, &last));
    CHECK_FALSE(PagedSearch::parseRange(QStringLiteral("member;range=x-1"), &name, &first, &last));
}

TEST_CASE("Ranged answers are asked again until the last range and joined into one attribute", "[ldap]")
{
    ScriptedLdapServer server;
    server.setAccount(QStringLiteral("discovery@example.com"), "secret");
    server.setRangeSize(1500);
    ScriptedLdapServer::Entry group;
    group.dn = QStringLiteral("CN=Big Group,CN=Users,DC=example,DC=com");
    group.attributes.insert(QStringLiteral("objectClass"), {"top", "group"});
    QList<QByteArray> members;
    for (int i = 0; i < 3700; ++i)
        members.append(QStringLiteral("CN=User %1,CN=Users,DC=example,DC=com").arg(i).toUtf8());
    group.attributes.insert(QStringLiteral("member"), members);
    server.addEntry(group);
    REQUIRE(server.start());

    ConnectionOptions o;
    o.uri = server.uri();
    o.allowUnencrypted = true;
    o.bindName = QStringLiteral("discovery@example.com");
    o.password = "secret";
    auto c = LdapConnection::open(o);
    INFO((c ? QString() : c.error().message).toStdString());
    REQUIRE(c);
    CHECK(server.bindNames() == QStringList{QStringLiteral("discovery@example.com")});

    SearchRequest request;
    request.base = QStringLiteral("DC=example,DC=com");
    const auto found = searchAll(**c, request);
    REQUIRE(found.size() == 1);
    CHECK(found.first().values(QStringLiteral("member")) == members);
    CHECK_FALSE(found.first().has(QStringLiteral("member;range=0-1499")));
    const auto asked = server.searchedAttributes();
    REQUIRE(asked.size() == 3);
    CHECK(asked[1] == QStringList{QStringLiteral("member;range=1500-*")});
    CHECK(asked[2] == QStringList{QStringLiteral("member;range=3000-*")});
}

TEST_CASE("Counted attributes keep only the number of their values across every range", "[ldap]")
{
    ScriptedLdapServer server;
    server.setAccount(QStringLiteral("discovery@example.com"), "secret");
    server.setRangeSize(1500);
    ScriptedLdapServer::Entry store;
    store.dn = QStringLiteral("CN=Store,CN=SG,CN=InformationStore,CN=EX1,DC=example,DC=com");
    store.attributes.insert(QStringLiteral("objectClass"), {"top", "msExchPrivateMDB"});
    store.attributes.insert(QStringLiteral("cn"), {"Store"});
    QList<QByteArray> mailboxes;
    for (int i = 0; i < 3700; ++i)
        mailboxes.append(QStringLiteral("CN=User %1,CN=Users,DC=example,DC=com").arg(i).toUtf8());
    store.attributes.insert(QStringLiteral("homeMDBBL"), mailboxes);
    server.addEntry(store);
    REQUIRE(server.start());

    ConnectionOptions o;
    o.uri = server.uri();
    o.allowUnencrypted = true;
    o.bindName = QStringLiteral("discovery@example.com");
    o.password = "secret";
    auto c = LdapConnection::open(o);
    INFO((c ? QString() : c.error().message).toStdString());
    REQUIRE(c);

    SearchRequest request;
    request.base = QStringLiteral("DC=example,DC=com");
    request.countedAttributes = {QStringLiteral("homemdbbl")};
    const auto found = searchAll(**c, request);
    REQUIRE(found.size() == 1);
    CHECK(found.first().valueCount(QStringLiteral("homeMDBBL")) == 3700);
    CHECK(found.first().counted.value(QStringLiteral("homemdbbl")) == 3700);
    CHECK_FALSE(found.first().has(QStringLiteral("homeMDBBL")));
    CHECK(found.first().text(QStringLiteral("cn")) == QStringLiteral("Store"));
    const auto asked = server.searchedAttributes();
    REQUIRE(asked.size() == 3);
    CHECK(asked[1] == QStringList{QStringLiteral("homemdbbl;range=1500-*")});
    CHECK(asked[2] == QStringList{QStringLiteral("homemdbbl;range=3000-*")});
}

TEST_CASE("A user principal name with a wrong password gets the bad-password fault with the server's words", "[ldap]")
{
    ScriptedLdapServer server;
    server.setAccount(QStringLiteral("discovery@example.com"), "secret");
    REQUIRE(server.start());
    ConnectionOptions o;
    o.uri = server.uri();
    o.allowUnencrypted = true;
    o.bindName = QStringLiteral("discovery@example.com");
    o.password = "wrong";
    auto c = LdapConnection::open(o);
    REQUIRE_FALSE(c);
    CHECK(c.error().code == QStringLiteral("ldap.bad-password"));
    CHECK(c.error().message.contains(QStringLiteral("discovery@example.com")));
    CHECK(c.error().message.contains(QStringLiteral("data 52e")));
}
