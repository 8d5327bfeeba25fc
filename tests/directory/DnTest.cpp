#include "directory/Dn.h"
#include "QtStringMakers.h"

using namespace etp;

TEST_CASE("DNs written by AD and by slapd compare equal", "[dn]")
{
    CHECK(sameDn(u"CN=Mailbox Store (EX01),CN=First Storage Group,DC=contoso,DC=com",
                 u"cn=mailbox store (ex01), cn=First Storage Group,dc=CONTOSO,dc=com"));
    CHECK_FALSE(sameDn(u"CN=EX01,DC=contoso,DC=com", u"CN=EX02,DC=contoso,DC=com"));
    CHECK(normalizeDn(u"CN=A,DC=x").value() == QStringLiteral("cn=a,dc=x"));
}

TEST_CASE("RDN values with commas, plus, quotes and escapes parse", "[dn]")
{
    const auto dn = DistinguishedName::parse(uR"(CN=Smith\, John (Admin),OU=R\+D \"Lab\",DC=contoso,DC=com)");
    REQUIRE(dn);
    REQUIRE(dn->size() == 4);
    CHECK(dn->rdnValue() == QStringLiteral("Smith, John (Admin)"));
    CHECK(dn->rdns()[1].value() == QStringLiteral("R+D \"Lab\""));
    CHECK(dn->parent().rdnValue() == QStringLiteral("R+D \"Lab\""));
    // Written back and parsed again, it is the same DN.
    const auto again = DistinguishedName::parse(dn->toString());
    REQUIRE(again);
    CHECK(*again == *dn);
}

TEST_CASE("Hex escapes decode as UTF-8 and deleted-object DNs keep their line feed", "[dn]")
{
    const auto umlaut = DistinguishedName::parse(u"CN=M\\C3\\BCller,DC=example,DC=com");
    REQUIRE(umlaut);
    CHECK(umlaut->rdnValue() == QStringLiteral("M\u00fcller"));
    CHECK(sameDn(u"CN=M\\C3\\BCller,DC=example,DC=com", u"cn=m\u00fcller,dc=example,dc=com"));

    const auto deleted = DistinguishedName::parse(
        u"CN=EX01\\0ADEL:5b1a7c8e-0d1f-4e6a-9a3b-2c4d5e6f7a8b,CN=Deleted Objects,CN=Configuration,DC=contoso,DC=com");
    REQUIRE(deleted);
    CHECK(deleted->rdnValue().contains(QStringLiteral("\nDEL:")));
    CHECK(deleted->normalized().startsWith(QStringLiteral("cn=ex01\\0Adel:")));
}

TEST_CASE("Multi-valued RDNs compare regardless of order", "[dn]")
{
    CHECK(sameDn(u"CN=a+UID=b,DC=x", u"uid=B+cn=A,dc=x"));
    const auto dn = DistinguishedName::parse(u"CN=a+UID=b,DC=x");
    REQUIRE(dn);
    CHECK(dn->rdns().first().attributes.size() == 2);
}

TEST_CASE("Quoted values, leading and trailing escaped spaces", "[dn]")
{
    const auto quoted = DistinguishedName::parse(u"CN=\"Doe, Jane\",DC=x");
    REQUIRE(quoted);
    CHECK(quoted->rdnValue() == QStringLiteral("Doe, Jane"));
    const auto spaces = DistinguishedName::parse(u"CN=\\ lead and trail\\ ,DC=x");
    REQUIRE(spaces);
    CHECK(spaces->rdnValue() == QStringLiteral(" lead and trail "));
    CHECK(escapeDnValue(u" lead and trail ") == QStringLiteral("\\ lead and trail\\ "));
}

TEST_CASE("Malformed DNs are refused, not guessed", "[dn]")
{
    CHECK_FALSE(DistinguishedName::parse(u"CN=a,"));
    CHECK_FALSE(DistinguishedName::parse(u"CN=bad\\zzescape,DC=x"));
    CHECK_FALSE(DistinguishedName::parse(u"no equals sign"));
    CHECK_FALSE(DistinguishedName::parse(u"CN=\"unclosed,DC=x"));
    CHECK_FALSE(DistinguishedName::parse(u"CN=trailing\\"));
    CHECK_FALSE(normalizeDn(u"CN=a,,DC=x"));
    REQUIRE(DistinguishedName::parse(u""));
    CHECK(DistinguishedName::parse(u"")->isEmpty());
}

TEST_CASE("Parent, ancestor, child and isBelow", "[dn]")
{
    const auto server =
        DistinguishedName::parse(u"CN=EX01,CN=Servers,CN=First Administrative Group,CN=Administrative Groups,CN=Org");
    REQUIRE(server);
    CHECK(server->ancestor(2).rdnValue() == QStringLiteral("First Administrative Group"));
    const auto org = DistinguishedName::parse(u"cn=org");
    REQUIRE(org);
    CHECK(server->isBelow(*org));
    CHECK_FALSE(org->isBelow(*server));
    CHECK_FALSE(server->isBelow(*server));
    const auto child = DistinguishedName::child(*org, QStringLiteral("CN"), QStringLiteral("a,b+c"));
    CHECK(child.toString() == QStringLiteral("CN=a\\,b\\+c,cn=org"));
    CHECK(child.parent() == *org);
}

TEST_CASE("Escaping DN values covers every RFC 4514 special", "[dn]")
{
    CHECK(escapeDnValue(u"a,b+c\"d\\e<f>g;h=i") == QStringLiteral("a\\,b\\+c\\\"d\\\\e\\<f\\>g\\;h\\=i"));
    CHECK(escapeDnValue(u"#hash") == QStringLiteral("\\#hash"));
    CHECK(escapeDnValue(QStringView(u"nul\0x", 5)) == QStringLiteral("nul\\00x"));
}

TEST_CASE("Escaping filter values covers RFC 4515 including NUL", "[dn]")
{
    CHECK(escapeFilterValue(u"*)(uid=*))(|(uid=*") == QStringLiteral("\\2a\\29\\28uid=\\2a\\29\\29\\28|\\28uid=\\2a"));
    CHECK(escapeFilterValue(u"back\\slash") == QStringLiteral("back\\5cslash"));
    CHECK(escapeFilterValue(QStringView(u"a\0b", 3)) == QStringLiteral("a\\00b"));
    CHECK(escapeFilterValue(u"Exchange Servers (EX01)") == QStringLiteral("Exchange Servers \\28EX01\\29"));
    CHECK(escapeFilterBytes(QByteArray("\x00\xff\x2a", 3)) == QStringLiteral("\\00\\ff\\2a"));
}

TEST_CASE("The quick normalization of plain DNs agrees with the full parser", "[dn]")
{
    const char16_t *const samples[] = {
        u"CN=Mailbox Store (EX01),CN=First Storage Group,CN=InformationStore,CN=EX01,DC=contoso,DC=com",
        u"CN=Smith\\, John,OU=R\\+D,DC=x",
        u"CN=a\\=b\\;c\\<d\\>e\\\\f\\\"g,DC=x",
        u"cn=Gr\u00fc\u00dfe #1,dc=example",
        u"CN=a , DC=x",
        u"CN=#41,DC=x",
        u"CN=a+UID=b,DC=x",
        u"CN=tab\\09here,DC=x",
        u"OID.2.5.4.3=a,DC=x",
        u"CN=Paris, Rive Gauche",
    };
    for (const char16_t *sample : samples) {
        const QString dn = QString::fromUtf16(sample);
        INFO(dn.toStdString());
        const auto parsed = DistinguishedName::parse(dn);
        const auto normalized = normalizeDn(dn);
        REQUIRE(parsed.has_value() == normalized.has_value());
        if (parsed)
            CHECK(*normalized == parsed->normalized());
    }
}

TEST_CASE("A DN has one spelling however it arrived: RFC 4514 with the fewest escapes", "[dn]")
{
    // A live server's hex escapes and lower-case types, and an ldifde export's backslashes, give the same text.
    const QString ldifde = QStringLiteral(R"(CN=Smith\, John\; \"Admin\",OU=R\+D,DC=contoso,DC=com)");
    CHECK(canonicalDn(ldifde) == ldifde);
    CHECK(canonicalDn(uR"(cn=Smith\2C John\3B \22Admin\22,ou=R\2BD,dc=contoso,dc=com)") == ldifde);
    CHECK(canonicalDn(uR"(CN=Smith\2c John\3b \22Admin\22 , OU=R\+D;DC=contoso, DC=com)") == ldifde);
    CHECK(canonicalDn(uR"(CN="Smith, John; \"Admin\"",OU=R\+D,DC=contoso,DC=com)") == ldifde);
    // Only what RFC 4514 requires is escaped: not `=`, not `#` or a space inside a value, not UTF-8.
    CHECK(canonicalDn(uR"(CN=a\=b\#c\ d,DC=x)") == QStringLiteral("CN=a=b#c d,DC=x"));
    CHECK(canonicalDn(u"CN=M\\C3\\BCller,DC=x") == QStringLiteral("CN=M\u00fcller,DC=x"));
    CHECK(canonicalDn(uR"(CN=\#1\20,DC=x)") == QStringLiteral(R"(CN=\#1\ ,DC=x)"));
    CHECK(canonicalDn(uR"(CN=\<x\>\\,DC=x)") == QStringLiteral(R"(CN=\<x\>\\,DC=x)"));
    // A deleted object's line feed stays visible as a hex escape; a hex string value stays as written.
    CHECK(canonicalDn(u"cn=EX01\\0ADEL:1234,dc=x") == QStringLiteral("CN=EX01\\0ADEL:1234,DC=x"));
    CHECK(canonicalDn(u"cn=#04024869,dc=x") == QStringLiteral("CN=#04024869,DC=x"));
    // A value that only starts with `#` is not one: its escape stays, and the two are different objects.
    CHECK(canonicalDn(u"cn=\\#41,dc=x") == QStringLiteral("CN=\\#41,DC=x"));
    CHECK_FALSE(sameDn(u"CN=\\#41,DC=x", u"CN=#41,DC=x"));
    // Multi-valued RDNs keep their order; the empty DN stays empty; text that is no DN is kept as it is.
    CHECK(canonicalDn(u"cn=a+uid=b,dc=x") == QStringLiteral("CN=a+UID=b,DC=x"));
    CHECK(canonicalDn(u"") == QString());
    CHECK(canonicalDn(u"not a dn") == QStringLiteral("not a dn"));
    CHECK(canonicalDn(u"CN=a\\") == QStringLiteral("CN=a\\"));
}

TEST_CASE("The canonical spelling names the same object, and spelling it again changes nothing", "[dn]")
{
    const char16_t *const samples[] = {
        u"CN=Mailbox Store (EX01),CN=First Storage Group,CN=InformationStore,CN=EX01,DC=contoso,DC=com",
        u"cn=Smith\\2C John,ou=R\\2BD,dc=x",
        u"CN=a\\=b\\;c\\<d\\>e\\\\f\\\"g,DC=x",
        u"cn=Gr\u00fc\u00dfe #1,dc=example",
        u"CN=a , DC=x",
        u"CN=#41,DC=x",
        u"CN=\\#41,DC=x",
        u"CN=a+UID=b,DC=x",
        u"CN=tab\\09here,DC=x",
        u"OID.2.5.4.3=a,DC=x",
        u"CN=\\ lead and trail\\ ,DC=x",
        u"CN=EX01\\0ADEL:5d2c8b1e-0000-4000-8000-000000000001,CN=Deleted Objects,DC=x",
    };
    for (const char16_t *sample : samples) {
        const QString dn = QString::fromUtf16(sample);
        INFO(dn.toStdString());
        const QString canonical = canonicalDn(dn);
        CHECK(sameDn(canonical, dn));
        CHECK(canonicalDn(canonical) == canonical);
    }
}
