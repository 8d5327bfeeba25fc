// Every line the LDIF reader does not use is reported with its file and line and counted: include: lines (never
// followed), counted values that are not DNs, control: lines, entry numbers and change records other than add.

#include "QtStringMakers.h"
#include "directory/LdifImport.h"
#include "directory/LdifReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace etp;

namespace {

struct Read {
    Status status;
    LdifStatistics stats;
    QList<DirectoryEntry> entries;
};

Read read(const QByteArray &ldif)
{
    Read out;
    out.status = LdifReader::readData(
        ldif, QStringLiteral("export.ldf"), [&](DirectoryEntry &&e) { out.entries.append(std::move(e)); }, &out.stats);
    return out;
}

/// "line: reason" for each skipped line.
QStringList described(const LdifStatistics &stats)
{
    QStringList out;
    for (const auto &s : stats.skipped) {
        CHECK(s.file == QStringLiteral("export.ldf"));
        out.append(QString::number(s.line) + QStringLiteral(": ") + s.reason);
    }
    return out;
}

} // namespace

TEST_CASE("An include: line is never followed, reported with its line and skipped", "[ldif][skipped]")
{
    const QByteArray ldif = "version: 1\n"                  // 1
                            "\n"                            // 2
                            "include: file:///etc/passwd\n" // 3
                            "\n"                            // 4
                            "dn: CN=a,DC=x\n"               // 5
                            "cn: a\n"                       // 6
                            "include: file:///etc/shadow\n" // 7
                            "description: kept\n";          // 8
    const Read r = read(ldif);
    INFO((r.status ? std::string() : r.status.error().message.toStdString()));
    REQUIRE(r.status);
    REQUIRE(r.entries.size() == 1);
    CHECK(r.entries[0].text(QStringLiteral("description")) == QStringLiteral("kept"));
    CHECK_FALSE(r.entries[0].has(QStringLiteral("include")));
    CHECK(r.stats.skippedLines == 2);
    CHECK(described(r.stats) == QStringList{QStringLiteral("3: an include: line, not followed"),
                                            QStringLiteral("7: an include: line, not followed")});
}

TEST_CASE("A counted value that is not a DN is reported and not counted", "[ldif][skipped]")
{
    const QByteArray ldif = "dn: CN=Store,DC=x\n"     // 1
                            "homeMDBBL: CN=u1,DC=x\n" // 2
                            "homeMDBBL: not a dn\n"   // 3
                            "homeMDBBL: CN=u2,DC=x\n" // 4
                            "homeMDBBL:\n"            // 5
                            "homeMDBBL: =x\n"         // 6
                            "cn: Store\n"             // 7
                            "\n"
                            "dn: CN=Other,DC=x\n" // 9
                            "homeMDBBL:: " +
                            QByteArray("garbage").toBase64() +
                            "\n" // 10: base64, checked too
                            "homeMDBBL:: " +
                            QByteArray("CN=u3,DC=x").toBase64() + "\n";
    const Read r = read(ldif);
    REQUIRE(r.status);
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].valueCount(QStringLiteral("homeMDBBL")) == 2);
    CHECK(r.entries[0].text(QStringLiteral("cn")) == QStringLiteral("Store"));
    CHECK(r.entries[1].valueCount(QStringLiteral("homeMDBBL")) == 1);
    CHECK(r.stats.skippedLines == 4);
    CHECK(described(r.stats) == QStringList{QStringLiteral("3: a value of homeMDBBL that is not a DN, not counted"),
                                            QStringLiteral("5: a value of homeMDBBL that is not a DN, not counted"),
                                            QStringLiteral("6: a value of homeMDBBL that is not a DN, not counted"),
                                            QStringLiteral("9: a value of homeMDBBL that is not a DN, not counted")});
}

TEST_CASE("A folded counted DN is counted, a folded value that is no DN is not", "[ldif][skipped]")
{
    const QByteArray longDn = "CN=" + QByteArray(80, 'u') + ",DC=x";
    const QByteArray ldif = "dn: CN=Store,DC=x\n"
                            "homeMDBBL: " +
                            longDn.left(60) + "\n " + longDn.mid(60) +
                            "\n"
                            "homeMDBBL: " +
                            QByteArray(70, 'x') + "\n " + QByteArray(10, 'y') +
                            "\n"
                            "cn: Store\n";
    const Read r = read(ldif);
    REQUIRE(r.status);
    REQUIRE(r.entries.size() == 1);
    // The second value cannot be told from a DN's type on its first line: it is counted (the cost of counting
    // without unfolding), never reported wrongly.
    CHECK(r.entries[0].valueCount(QStringLiteral("homeMDBBL")) == 2);
    CHECK(r.entries[0].text(QStringLiteral("cn")) == QStringLiteral("Store"));
}

TEST_CASE("Entry numbers, control lines and change records are reported with their lines", "[ldif][skipped]")
{
    const QByteArray ldif = "1\n"             // 1
                            "dn: CN=a,DC=x\n" // 2
                            "cn: a\n"         // 3
                            "\n"
                            "dn: CN=b,DC=x\n"                        // 5
                            "control: 1.2.840.113556.1.4.417 true\n" // 6
                            "changetype: delete\n"                   // 7
                            "\n"
                            "dn: CN=c,DC=x\n" // 9
                            "changetype: modify\n"
                            "replace: description\n"
                            "description: new\n"
                            "-\n";
    const Read r = read(ldif);
    INFO((r.status ? std::string() : r.status.error().message.toStdString()));
    REQUIRE(r.status);
    REQUIRE(r.entries.size() == 1);
    CHECK(r.stats.skippedRecords == 2);
    CHECK(r.stats.skippedLines == 4);
    CHECK(described(r.stats) ==
          QStringList{QStringLiteral("1: an entry number before a record"), QStringLiteral("6: a control: line"),
                      QStringLiteral("5: a change record (modify, delete or rename), not an entry"),
                      QStringLiteral("9: a change record (modify, delete or rename), not an entry")});
}

TEST_CASE("An import adds up the skipped lines of every file", "[ldif][skipped]")
{
    QTemporaryDir dir;
    QStringList files;
    for (const char *name : {"one.ldf", "two.ldf"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("include: file:///x.ldf\n\ndn: CN=a,DC=x\nobjectClass: top\nhomeMDBBL: junk\n");
        file.close();
        files.append(path);
    }
    Inventory inventory;
    LdifImportOptions options;
    options.resolveAddresses = false;
    const auto outcome = importLdif(files, inventory, options);
    REQUIRE(outcome);
    CHECK(outcome->skippedLines == 4);
    REQUIRE(outcome->skipped.size() == 4);
    CHECK(outcome->skipped[0].file == files[0]);
    CHECK(outcome->skipped[0].line == 1);
    CHECK(outcome->skipped[3].file == files[1]);
    CHECK(outcome->skipped[3].line == 5);
}
