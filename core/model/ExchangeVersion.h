#pragma once

#include "Exchange.h"

namespace etp {

/// What a server's version attributes say: product, service pack and build.
struct ExchangeVersion {
    ExchangeProduct product = ExchangeProduct::Unknown;
    std::optional<int> servicePack;
    std::optional<int> build;

    bool known() const { return product != ExchangeProduct::Unknown; }
    bool operator==(const ExchangeVersion &) const = default;
};

/// Reads serialNumber ("Version 6.5 (Build 7638.2: Service Pack 2)") and versionNumber (the bare build for
/// Exchange 2000/2003, bit-packed for Exchange 2007 and later: major = (v >> 22) & 63, build = v & 0x7FFF).
/// Either one alone is enough; serialNumber wins when both parse. Anything else gives an unknown version, never a
/// guess. A legacy build without a service-pack text maps to its service pack by the published build numbers.
ExchangeVersion readExchangeVersion(const QString &serialNumber, std::optional<qint64> versionNumber);

/// Human-readable version, e.g. "Exchange Server 2003 SP2 (build 7638)" (translated).
QString describeVersion(const ExchangeVersion &version);

/// Fills a server's product, servicePack and build from its serialNumber and versionNumber.
void applyVersion(ExchangeServer &server);

} // namespace etp
