// Words users read: the catalogues name Microsoft's guidance as users know it, never by the spec's shorthand.

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

/// Every <source> and <translation> text of a catalogue that contains the word, with its element name.
QStringList entriesWithWord(const QString &catalogue, const QRegularExpression &word)
{
    QFile file(QStringLiteral(ETP_SOURCE_DIR "/translations/") + catalogue);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList hits;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString element = xml.name().toString();
        if (element != QLatin1String("source") && element != QLatin1String("translation") &&
            element != QLatin1String("numerusform"))
            continue;
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (word.match(text).hasMatch())
            hits.append(element + QStringLiteral(": ") + text);
    }
    REQUIRE_FALSE(xml.hasError());
    return hits;
}

} // namespace

TEST_CASE("no catalogue entry calls Microsoft's transition guidance the seed", "[l10n]")
{
    const QRegularExpression word(QStringLiteral("\\bseed"), QRegularExpression::CaseInsensitiveOption);
    for (const char *catalogue : {"exchange-transition-planner_de.ts", "exchange-transition-planner_en.ts"}) {
        INFO(catalogue);
        const QStringList hits = entriesWithWord(QString::fromLatin1(catalogue), word);
        INFO(hits.join(QLatin1Char('\n')).toStdString());
        CHECK(hits.isEmpty());
    }
}

TEST_CASE("the catalogue check finds the word where it is", "[l10n]")
{
    // Guards the check above against reading nothing: a word every catalogue holds is found.
    const QRegularExpression word(QStringLiteral("\\bExchange 2007\\b"));
    CHECK_FALSE(entriesWithWord(QStringLiteral("exchange-transition-planner_de.ts"), word).isEmpty());
}
