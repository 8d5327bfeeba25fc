// The reader counts homeMDBBL values itself, taking their lines out of the record before libldap parses it. These
// tests hold that path to what libldap would have produced: folded values, a name folded in the middle, CRLF line
// ends, base64 and option-carrying values, change records, errors after counted lines, and files larger than the
// reader's read chunk.

#include "QtStringMakers.h"
#include "directory/LdifReader.h"

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

const QByteArray store = "dn: CN=Store,CN=SG,CN=EX01,CN=Servers,DC=contoso,DC=com\n"
                         "changetype: add\n"
                         "objectClass: msExchPrivateMDB\n"
                         "homeMDBBL: CN=Alice,OU=Users,DC=contoso,DC=com\n"
                         "homeMDBBL: CN=Bob with a long name that ldifde folds at seventy-six columns,OU=User\n"
                         " s,DC=contoso,DC=com\n"
                         "HOMEMDBBL: CN=Carol,OU=Users,DC=contoso,DC=com\n"
                         "homeMD\n"
                         " BBL: CN=Dave,OU=Users,DC=contoso,DC=com\n"
                         "homeMDBBL;range=0-1: CN=Eve,OU=Users,DC=contoso,DC=com\n"
                         "msExchEDBFile: C:\\Program Files\\Exchsrvr\\mdbdata\\priv1.edb with a long path that i\n"
                         " s folded\n"
                         "cn: Store\n";

} // namespace

TEST_CASE("homeMDBBL values are counted across folds, options and any case", "[ldif]")
{
    Status status;
    const auto entries = readAll(store + "\n" + store, &status);
    REQUIRE(status.ok());
    REQUIRE(entries.size() == 2);
    for (const auto &entry : entries) {
        CHECK(entry.valueCount(QStringLiteral("homeMDBBL")) == 5);
        CHECK(entry.counted.value(QStringLiteral("homemdbbl")) == 5);
        CHECK_FALSE(entry.attributes.contains(QStringLiteral("homemdbbl")));
        CHECK(entry.text(QStringLiteral("msExchEDBFile")) ==
              QStringLiteral("C:\\Program Files\\Exchsrvr\\mdbdata\\priv1.edb with a long path that is folded"));
        CHECK(entry.text(QStringLiteral("cn")) == QStringLiteral("Store"));
        CHECK(entry.values(QStringLiteral("objectClass")).size() == 1);
    }
}

TEST_CASE("homeMDBBL values are counted in a file with CRLF line ends", "[ldif]")
{
    QByteArray crlf = store + "\n" + store;
    crlf.replace("\n", "\r\n");
    Status status;
    const auto entries = readAll(crlf, &status);
    REQUIRE(status.ok());
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].valueCount(QStringLiteral("homeMDBBL")) == 5);
    CHECK(entries[1].text(QStringLiteral("msExchEDBFile")).endsWith(QStringLiteral("that is folded")));
    CHECK(entries[1].text(QStringLiteral("cn")) == QStringLiteral("Store"));
}

TEST_CASE("A base64 homeMDBBL value is counted with the others", "[ldif]")
{
    const QByteArray ldif = "dn: CN=Store,DC=contoso,DC=com\n"
                            "objectClass: msExchPrivateMDB\n"
                            "homeMDBBL: CN=Alice,DC=contoso,DC=com\n"
                            "homeMDBBL:: Q049TcO8bGxlcixEQz1leGFtcGxlLERDPWNvbQ==\n"
                            "homeMDBBL: CN=Bob,DC=contoso,DC=com\n";
    Status status;
    const auto entries = readAll(ldif, &status);
    REQUIRE(status.ok());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].valueCount(QStringLiteral("homeMDBBL")) == 3);
}

TEST_CASE("A damaged base64 homeMDBBL value is refused with its line", "[ldif]")
{
    const QByteArray ldif = "dn: CN=a,DC=x\n"
                            "cn: a\n"
                            "\n"
                            "dn: CN=Store,DC=contoso,DC=com\n"
                            "homeMDBBL: CN=Alice,DC=contoso,DC=com\n"
                            "homeMDBBL:: Q049TcO8bGxlci\n";
    Status status;
    const auto entries = readAll(ldif, &status);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == QStringLiteral("ldif.syntax"));
    CHECK(status.error().message.contains(QStringLiteral("test.ldf, line 6")));
    CHECK(entries.size() == 1);
}

TEST_CASE("A broken line after homeMDBBL values is reported on its own line", "[ldif]")
{
    const QByteArray ldif = "# export\n"
                            "\n"
                            "dn: CN=Store,DC=contoso,DC=com\n"
                            "homeMDBBL: CN=Alice,DC=contoso,DC=com\n"
                            "homeMDBBL: CN=Bob,DC=contoso,\n"
                            " DC=com\n"
                            "this line has no colon\n";
    Status status;
    readAll(ldif, &status);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == QStringLiteral("ldif.syntax"));
    CHECK(status.error().message.contains(QStringLiteral("test.ldf, line 7")));
}

TEST_CASE("A store whose only attribute is homeMDBBL and a modify record of homeMDBBL", "[ldif]")
{
    const QByteArray ldif = "dn: CN=Store,DC=contoso,DC=com\n"
                            "homeMDBBL: CN=Alice,DC=contoso,DC=com\n"
                            "homeMDBBL: CN=Bob,DC=contoso,DC=com\n"
                            "\n"
                            "dn: CN=Store,DC=contoso,DC=com\n"
                            "changetype: modify\n"
                            "add: homeMDBBL\n"
                            "homeMDBBL: CN=Carol,DC=contoso,DC=com\n"
                            "-\n";
    Status status;
    LdifStatistics stats;
    const auto entries = readAll(ldif, &status, &stats);
    REQUIRE(status.ok());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].valueCount(QStringLiteral("homeMDBBL")) == 2);
    CHECK(stats.skippedRecords == 1);
}

TEST_CASE("A file larger than the read chunk keeps every record whole", "[ldif]")
{
    // 3,000 stores of 40 values each (about 6 MB): records cross the reader's 4 MiB chunk boundary.
    QByteArray ldif = "version: 1\n\n";
    for (int s = 0; s < 3000; ++s) {
        ldif += "dn: CN=Store " + QByteArray::number(s) + ",DC=contoso,DC=com\r\nchangetype: add\r\n";
        ldif += "objectClass: msExchPrivateMDB\r\n";
        for (int m = 0; m < 40; ++m)
            ldif += "homeMDBBL: CN=Mailbox " + QByteArray::number(m) +
                    " with a name long enough to be folded by ldifde,OU=U\r\n sers,DC=contoso,DC=com\r\n";
        ldif += "cn: Store " + QByteArray::number(s) + "\r\n\r\n";
    }
    REQUIRE(ldif.size() > 5 * 1024 * 1024);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.ldf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(ldif);
    file.close();
    QList<DirectoryEntry> entries;
    const Status status = LdifReader::readFile(path, [&](DirectoryEntry &&e) { entries.append(std::move(e)); });
    REQUIRE(status.ok());
    REQUIRE(entries.size() == 3000);
    bool allRight = true;
    for (int s = 0; s < 3000; ++s) {
        allRight = allRight && entries[s].valueCount(QStringLiteral("homeMDBBL")) == 40 &&
                   entries[s].text(QStringLiteral("cn")) == QStringLiteral("Store %1").arg(s) &&
                   entries[s].dn == QStringLiteral("CN=Store %1,DC=contoso,DC=com").arg(s);
    }
    CHECK(allRight);
}

TEST_CASE("Entry numbers before records are skipped, a lone one too", "[ldif]")
{
    Status status;
    const auto entries = readAll("1\n"
                                 "dn: CN=Store,DC=contoso,DC=com\n"
                                 "homeMDBBL: CN=Alice,DC=contoso,DC=com\n"
                                 "cn: Store\n"
                                 "\n"
                                 "2\n",
                                 &status);
    REQUIRE(status.ok());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].dn == QStringLiteral("CN=Store,DC=contoso,DC=com"));
    CHECK(entries[0].valueCount(QStringLiteral("homeMDBBL")) == 1);
    CHECK(entries[0].text(QStringLiteral("cn")) == QStringLiteral("Store"));
}
