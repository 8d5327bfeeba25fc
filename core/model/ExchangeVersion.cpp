#include "ExchangeVersion.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace etp {

namespace {

// Published builds of each service pack (ExBPA and Exchange's own thresholds; see the reference, section 1.4).
struct SpBuild {
    int build;
    int servicePack;
};
constexpr SpBuild kExchange55[] = {{1960, 0}, {2232, 1}, {2448, 2}, {2650, 3}, {2653, 4}};
constexpr SpBuild kExchange2000[] = {{4417, 0}, {4712, 1}, {5762, 2}, {6249, 3}};
constexpr SpBuild kExchange2003[] = {{6944, 0}, {7226, 1}, {7638, 2}};

template <std::size_t N> int servicePackForBuild(const SpBuild (&table)[N], int build)
{
    int sp = 0;
    for (const auto &entry : table) {
        if (build >= entry.build)
            sp = entry.servicePack;
    }
    return sp;
}

int servicePackFor(ExchangeProduct product, int build)
{
    switch (product) {
    case ExchangeProduct::Exchange55:
        return servicePackForBuild(kExchange55, build);
    case ExchangeProduct::Exchange2000:
        return servicePackForBuild(kExchange2000, build);
    case ExchangeProduct::Exchange2003:
        return servicePackForBuild(kExchange2003, build);
    default:
        return 0;
    }
}

ExchangeProduct productForMajorMinor(int major, int minor)
{
    if (major == 5 && minor == 5)
        return ExchangeProduct::Exchange55;
    if (major == 6 && minor == 0)
        return ExchangeProduct::Exchange2000;
    if (major == 6 && minor == 5)
        return ExchangeProduct::Exchange2003;
    if (major == 8)
        return ExchangeProduct::Exchange2007;
    if (major > 8 && major < 64)
        return ExchangeProduct::Later;
    return ExchangeProduct::Unknown;
}

std::optional<ExchangeVersion> fromSerialNumber(const QString &serial)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^\s*Version\s+(\d+)\.(\d+)\s*\(\s*Build\s+(\d+)(?:\.\d+)?\s*(?::\s*Service\s+Pack\s+(\d+)\s*)?\)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(serial);
    if (!match.hasMatch())
        return std::nullopt;
    ExchangeVersion version;
    version.product = productForMajorMinor(match.captured(1).toInt(), match.captured(2).toInt());
    if (version.product == ExchangeProduct::Unknown)
        return std::nullopt;
    bool ok = false;
    const int build = match.captured(3).toInt(&ok);
    if (!ok)
        return std::nullopt;
    version.build = build;
    if (match.capturedLength(4) > 0)
        version.servicePack = match.captured(4).toInt();
    else if (version.product == ExchangeProduct::Exchange2007 || version.product == ExchangeProduct::Later)
        version.servicePack.reset(); // later versions say their service pack in the minor version, not here
    else
        version.servicePack = servicePackFor(version.product, build);
    return version;
}

constexpr qint64 kPackedMinimum = 0x72000000; // Exchange 2007's smallest bit-packed versionNumber

std::optional<ExchangeVersion> fromVersionNumber(qint64 value)
{
    ExchangeVersion version;
    if (value >= kPackedMinimum && value <= 0xFFFFFFFFLL) {
        const int major = int((value >> 22) & 63);
        version.product = productForMajorMinor(major, int((value >> 16) & 63));
        if (version.product == ExchangeProduct::Unknown)
            return std::nullopt;
        version.build = int(value & 0x7FFF);
        return version;
    }
    // A bare build number: Exchange 2003 builds start at 6500 (Exchange's own E2k3Min); Exchange 2000 builds run from
    // 4417 (RTM); Exchange 5.5 builds are below 3000. Anything else is not a build we know.
    if (value >= 6500 && value < 8000)
        version.product = ExchangeProduct::Exchange2003;
    else if (value >= 4417 && value < 6500)
        version.product = ExchangeProduct::Exchange2000;
    else if (value >= 1960 && value < 3000)
        version.product = ExchangeProduct::Exchange55;
    else
        return std::nullopt;
    version.build = int(value);
    version.servicePack = servicePackFor(version.product, int(value));
    return version;
}

} // namespace

ExchangeVersion readExchangeVersion(const QString &serialNumber, std::optional<qint64> versionNumber)
{
    if (auto fromSerial = fromSerialNumber(serialNumber))
        return *fromSerial;
    if (versionNumber) {
        if (auto fromNumber = fromVersionNumber(*versionNumber))
            return *fromNumber;
    }
    return {};
}

QString describeVersion(const ExchangeVersion &version)
{
    QString product;
    switch (version.product) {
    case ExchangeProduct::Exchange55:
        product = QCoreApplication::translate("etp::ExchangeVersion", "Exchange Server 5.5");
        break;
    case ExchangeProduct::Exchange2000:
        product = QCoreApplication::translate("etp::ExchangeVersion", "Exchange 2000 Server");
        break;
    case ExchangeProduct::Exchange2003:
        product = QCoreApplication::translate("etp::ExchangeVersion", "Exchange Server 2003");
        break;
    case ExchangeProduct::Exchange2007:
        product = QCoreApplication::translate("etp::ExchangeVersion", "Exchange Server 2007");
        break;
    case ExchangeProduct::Later:
        product = QCoreApplication::translate("etp::ExchangeVersion", "Exchange Server later than 2007");
        break;
    case ExchangeProduct::Unknown:
        return QCoreApplication::translate("etp::ExchangeVersion", "unknown version");
    }
    if (version.servicePack && *version.servicePack > 0)
        product += QCoreApplication::translate("etp::ExchangeVersion", " SP%1").arg(*version.servicePack);
    else if (version.servicePack)
        product += QCoreApplication::translate("etp::ExchangeVersion", ", no service pack");
    if (version.build)
        product += QCoreApplication::translate("etp::ExchangeVersion", ", build %1").arg(*version.build);
    return product;
}

void applyVersion(ExchangeServer &server)
{
    const ExchangeVersion version = readExchangeVersion(server.serialNumber, server.versionNumber);
    server.product = version.product;
    server.servicePack = version.servicePack;
    server.build = version.build;
}

} // namespace etp
