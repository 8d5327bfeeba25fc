#include "directory/LdifReader.h"
#include "QtStringMakers.h"

#include <QFile>
#include <QTemporaryDir>

using namespace etp;

namespace {

QList<DirectoryEntry> readAll(const QByteArray &data, Status *status = nullptr, LdifStatistics *stats = nullptr)
{
    QList<DirectoryEntry> entries;
    const Status s = LdifReader::readData(
        data, QStringLiteral("test.ldf"), [&](DirectoryEntry &&e) { entries.append(std::move(e)); }, stats);
    if (status)
        *status = s;
    return entries;
}

} // namespace

TEST_CASE("ldifde output with comments, folded lines, base64 values and changetype add", "[ldif]")
{
    const QByteArray ldif = "# exported by ldifde\n"
                            "\n"
                            "dn: CN=Mailbox Store (EX01),CN=First Storage Group,CN=InformationStore,CN=EX01,\n"
                            " CN=Servers,DC=contoso,DC=com\n"
                            "changetype: add\n"
                            "objectClass: top\n"
                            "objectClass: msExchPrivateMDB\n"
                            "objectGUID:: AAECAwQFBgcICQoLDA0ODw==\n"
                            "description: a long value that was\n"
                            "  folded\n"
                            "\n"
                            "# a comment between entries\n"
                            "dn:: Q049TcO8bGxlcixEQz1leGFtcGxlLERDPWNvbQ==\n"
                            "changetype: add\n"
                            "cn:: TcO8bGxlcg==\n"
                            "member;range=0-1: CN=a\n"
                            "member;range=0-1: CN=b\n";
    Status status;
    LdifStatistics stats;
    const auto entries = readAll(ldif, &status, &stats);
    REQUIRE(status.ok());
    REQUIRE(entries.size() == 2);
    CHECK(stats.entries == 2);
    CHECK(entries[0].dn ==
          QStringLiteral("CN=Mailbox Store (EX01),CN=First Storage Group,CN=InformationStore,CN=EX01,CN=Servers,"
                         "DC=contoso,DC=com"));
    CHECK(entries[0].values(QStringLiteral("objectClass")).size() == 2);
    CHECK(entries[0].values(QStringLiteral("objectGUID")).first().size() == 16);
    CHECK(entries[0].text(QStringLiteral("description")) == QStringLiteral("a long value that was folded"));
    CHECK(entries[1].dn == QStringLiteral("CN=M\u00fcller,DC=example,DC=com"));
    CHECK(entries[1].text(QStringLiteral("cn")) == QStringLiteral("M\u00fcller"));
    CHECK(entries[1].values(QStringLiteral("member")).size() == 2);
}

TEST_CASE("ldapsearch output with a version line and no changetype", "[ldif]")
{
    const QByteArray ldif = "version: 1\n"
                            "\n"
                            "# extended LDIF\n"
                            "dn: cn=EX01,cn=Servers,dc=contoso,dc=com\n"
                            "objectClass: msExchExchangeServer\n"
                            "serialNumber: Version 6.5 (Build 7638.2: Service Pack 2)\n"
                            "\n"
                            "# search result\n"
                            "# numEntries: 1\n";
    Status status;
    const auto entries = readAll(ldif, &status);
    REQUIRE(status.ok());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].text(QStringLiteral("serialNumber")) ==
          QStringLiteral("Version 6.5 (Build 7638.2: Service Pack 2)"));
}

TEST_CASE("UTF-16 files with a byte-order mark are converted", "[ldif]")
{
    const QString text = QStringLiteral("dn: CN=Gr\u00fc\u00dfe,DC=example,DC=com\r\ncn: Gr\u00fc\u00dfe\r\n\r\n");
    QByteArray le("\xFF\xFE");
    le.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    Status status;
    auto entries = readAll(le, &status);
    REQUIRE(status.ok());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].text(QStringLiteral("cn")) == QStringLiteral("Gr\u00fc\u00dfe"));

    QByteArray be("\xFE\xFF");
    for (const QChar c : text) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xff));
    }
    entries = readAll(be, &status);
    REQUIRE(status.ok());
    CHECK(entries.size() == 1);

    QByteArray odd = le;
    odd.chop(1);
    readAll(odd, &status);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == QStringLiteral("ldif.encoding"));
}

TEST_CASE("A binary file is refused with its line number", "[ldif]")
{
    QByteArray binary("dn: CN=a,DC=x\ncn: a\n\nSQLite format 3");
    binary.append('\0');
    binary.append("\x01\x02\x03", 3);
    Status status;
    readAll(binary, &status);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == QStringLiteral("ldif.binary"));
    CHECK(status.error().message.contains(QStringLiteral("test.ldf, line 4")));
}

TEST_CASE("A truncated file is refused with the line of the damaged record", "[ldif]")
{
    const QByteArray truncated = "dn: CN=a,DC=x\n"
                                 "cn: a\n"
                                 "\n"
                                 "dn: CN=b,DC=x\n"
                                 "objectGUID:: AAECAwQFBgcICQ\n"
                                 "cn\n";
    Status status;
    const auto entries = readAll(truncated, &status);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == QStringLiteral("ldif.syntax"));
    CHECK(status.error().message.contains(QStringLiteral("test.ldf, line 5")));
    CHECK(status.error().message.contains(QStringLiteral("objectGUID")));
    CHECK(entries.size() == 1);
}

TEST_CASE("Empty and missing files get a clear error", "[ldif]")
{
    Status status;
    readAll("# nothing here\n\n", &status);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == QStringLiteral("ldif.empty"));

    QTemporaryDir dir;
    const Status missing = LdifReader::readFile(dir.filePath(QStringLiteral("missing.ldf")), [](DirectoryEntry &&) {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("ldif.open"));
    CHECK(missing.error().message.contains(QStringLiteral("missing.ldf")));
}

TEST_CASE("Change records other than add are skipped and counted", "[ldif]")
{
    const QByteArray ldif = "dn: CN=a,DC=x\n"
                            "changetype: modify\n"
                            "replace: description\n"
                            "description: new\n"
                            "-\n"
                            "\n"
                            "dn: CN=b,DC=x\n"
                            "changetype: add\n"
                            "cn: b\n";
    Status status;
    LdifStatistics stats;
    const auto entries = readAll(ldif, &status, &stats);
    REQUIRE(status.ok());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].dn == QStringLiteral("CN=b,DC=x"));
    CHECK(stats.skippedRecords == 1);
}
