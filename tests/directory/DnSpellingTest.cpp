// An inventory discovered live and one imported from an ldifde export of the same directory are equal, although a
// live server spells DNs with hex escapes and lower-case types (`cn=EMEA \28Paris\29\2C Admins \2B Ops`) where ldifde
// writes `CN=EMEA (Paris)\, Admins \+ Ops`: every DN is stored in one spelling.

#include "InventoryLdif.h"
#include "QtStringMakers.h"
#include "TestOrganizations.h"
#include "directory/DirectoryMapper.h"
#include "directory/Dn.h"
#include "directory/LdifReader.h"
#include "model/FieldCodec.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;

namespace {

/// A DN as a live server sends it: types in lower case, every special character of a value as a hex escape.
QString liveSpelling(const DistinguishedName &dn)
{
    QString out;
    for (const Rdn &rdn : dn.rdns()) {
        if (!out.isEmpty())
            out += QLatin1Char(',');
        bool first = true;
        for (const DnAttribute &attribute : rdn.attributes) {
            if (!first)
                out += QLatin1Char('+');
            first = false;
            out += attribute.type.toLower() + QLatin1Char('=');
            for (qsizetype i = 0; i < attribute.value.size(); ++i) {
                const QChar c = attribute.value[i];
                const bool escape = QStringLiteral(",+\"\\<>;").contains(c) || c.unicode() < 0x20 ||
                                    (i == 0 && (c == u' ' || c == u'#')) ||
                                    (i == attribute.value.size() - 1 && c == u' ');
                if (escape)
                    out += QLatin1Char('\\') +
                           QString::number(c.unicode(), 16).rightJustified(2, QLatin1Char('0')).toUpper();
                else
                    out += c;
            }
        }
    }
    return out;
}

/// The entries of an export, each DN (the entry's and every DN-valued attribute's) in a live server's spelling.
QList<DirectoryEntry> respelled(QList<DirectoryEntry> entries, int &changed)
{
    const auto respell = [&](const QString &text) {
        const auto dn = DistinguishedName::parse(text);
        if (!dn || dn->size() < 2)
            return text;
        const QString live = liveSpelling(*dn);
        if (live != text)
            ++changed;
        return live;
    };
    for (DirectoryEntry &entry : entries) {
        entry.dn = respell(entry.dn);
        for (auto it = entry.attributes.begin(); it != entry.attributes.end(); ++it) {
            if (it.key() == QLatin1String("objectguid") || it.key() == QLatin1String("objectsid"))
                continue;
            for (QByteArray &value : it.value())
                value = respell(QString::fromUtf8(value)).toUtf8();
        }
    }
    return entries;
}

Inventory mapped(const QList<DirectoryEntry> &entries)
{
    DirectoryMapper mapper(Source::Directory);
    for (DirectoryEntry entry : entries)
        mapper.add(std::move(entry));
    MapResult result = mapper.finish();
    CHECK(result.issues.isEmpty());
    return result.inventory;
}

} // namespace

TEST_CASE("Live hex escapes and ldifde backslashes give the same inventory, spelled with the fewest escapes",
          "[mapper][dn]")
{
    QList<DirectoryEntry> exported;
    for (const LdifFile &file : exportInventory(oddOrganization(), LdifStyle::Ldifde))
        REQUIRE(LdifReader::readData(file.text, file.name,
                                     [&](DirectoryEntry &&entry) { exported.append(std::move(entry)); }));
    int changed = 0;
    const QList<DirectoryEntry> live = respelled(exported, changed);
    REQUIRE(changed > 100);
    CHECK(live.first().dn.startsWith(QLatin1String("cn=")));

    const Inventory fromExport = mapped(exported);
    const Inventory fromLive = mapped(live);
    REQUIRE(fromExport.servers.size() == 4);
    const QStringList liveLines = etp::test::describeInventory(fromLive);
    const QStringList exportLines = etp::test::describeInventory(fromExport);
    for (const QString &line : liveLines) {
        if (!exportLines.contains(line))
            UNSCOPED_INFO("live only: " << line.toStdString());
    }
    for (const QString &line : exportLines) {
        if (!liveLines.contains(line))
            UNSCOPED_INFO("export only: " << line.toStdString());
    }
    CHECK(liveLines == exportLines);

    // The stored spelling is ldifde's: upper-case types, backslash escapes, no hex.
    bool sawEscapedComma = false;
    fromLive.collections([&](const auto &list) {
        for (const auto &object : list) {
            INFO(object.meta.dn.toStdString());
            CHECK(object.meta.dn == canonicalDn(object.meta.dn));
            CHECK_FALSE(object.meta.dn.contains(QLatin1String("\\2C")));
            CHECK_FALSE(object.meta.dn.startsWith(QLatin1String("cn=")));
            sawEscapedComma = sawEscapedComma || object.meta.dn.contains(QLatin1String("\\,"));
        }
    });
    CHECK(sawEscapedComma);
}
