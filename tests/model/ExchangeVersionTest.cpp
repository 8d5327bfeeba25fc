#include "QtStringMakers.h"

#include "model/ExchangeVersion.h"

#include <catch2/catch.hpp>

using namespace etp;

namespace {
ExchangeVersion serial(const char *text)
{
    return readExchangeVersion(QString::fromLatin1(text), std::nullopt);
}
} // namespace

TEST_CASE("serialNumber strings of every generation are read")
{
    auto v = serial("Version 6.5 (Build 7638.2: Service Pack 2)");
    CHECK(v.product == ExchangeProduct::Exchange2003);
    CHECK(v.servicePack == 2);
    CHECK(v.build == 7638);

    v = serial("Version 6.0 (Build 6249.4: Service Pack 3)");
    CHECK(v.product == ExchangeProduct::Exchange2000);
    CHECK(v.servicePack == 3);
    CHECK(v.build == 6249);

    v = serial("Version 5.5 (Build 2653.23: Service Pack 4)");
    CHECK(v.product == ExchangeProduct::Exchange55);
    CHECK(v.servicePack == 4);

    v = serial("Version 6.5 (Build 6944.4)");
    CHECK(v.product == ExchangeProduct::Exchange2003);
    CHECK(v.servicePack == 0);
    CHECK(v.build == 6944);

    v = serial("Version 8.0 (Build 685.24)");
    CHECK(v.product == ExchangeProduct::Exchange2007);
    CHECK(v.build == 685);
}

TEST_CASE("versionNumber alone is enough, bare or bit-packed")
{
    auto v = readExchangeVersion(QString(), 7638);
    CHECK(v.product == ExchangeProduct::Exchange2003);
    CHECK(v.servicePack == 2);
    v = readExchangeVersion(QString(), 7637);
    CHECK(v.servicePack == 1);
    v = readExchangeVersion(QString(), 6249);
    CHECK(v.product == ExchangeProduct::Exchange2000);
    CHECK(v.servicePack == 3);
    v = readExchangeVersion(QString(), 6248);
    CHECK(v.servicePack == 2);
    // Exchange 2007 RTM: major 8, minor 0, build 685.
    v = readExchangeVersion(QString(), (qint64(8) << 22) | 0x70000000LL | 685);
    CHECK(v.product == ExchangeProduct::Exchange2007);
    CHECK(v.build == 685);
}

TEST_CASE("anything else is unknown, never a guess")
{
    for (const char *text : {"", "Version banana", "Version 6.5 (Build x)", "Version 7.0 (Build 100)",
                             "Version 6.5 (Build 7638.2: Service Pack 2) trailing", "\xc3\xa4\xc3\xb6"}) {
        INFO(text);
        CHECK_FALSE(serial(text).known());
    }
    CHECK_FALSE(readExchangeVersion(QString(), 12).known());
    CHECK_FALSE(readExchangeVersion(QString(), -5).known());
    CHECK_FALSE(readExchangeVersion(QString(), 20000).known());
    // An unreadable serialNumber falls back to a readable versionNumber.
    CHECK(readExchangeVersion(QStringLiteral("garbage"), 7226).servicePack == 1);
}
