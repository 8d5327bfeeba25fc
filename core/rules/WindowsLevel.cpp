#include "WindowsLevel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace etp {

std::optional<WindowsLevel> readWindowsLevel(const DomainController &dc)
{
    WindowsLevel level;
    bool known = false;
    static const QRegularExpression versionPattern(QStringLiteral("^\\s*(\\d+)\\.(\\d+)"));
    const auto version = versionPattern.match(dc.operatingSystemVersion);
    if (version.hasMatch()) {
        level.major = version.captured(1).toInt();
        level.minor = version.captured(2).toInt();
        known = true;
    } else {
        const QString &name = dc.operatingSystem;
        static const QRegularExpression yearPattern(QStringLiteral("\\b(2000|2003|2008|2012|2016|2019|2022|2025)\\b"));
        const auto year = yearPattern.match(name);
        if (year.hasMatch()) {
            const int y = year.captured(1).toInt();
            level.major = y == 2000 ? 5 : y == 2003 ? 5 : y >= 2016 ? 10 : 6;
            level.minor = y == 2000 ? 0 : y == 2003 ? 2 : y == 2012 ? 2 : 0;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    static const QRegularExpression spPattern(QStringLiteral("(\\d+)"));
    const auto sp = spPattern.match(dc.operatingSystemServicePack);
    if (sp.hasMatch())
        level.servicePack = sp.captured(1).toInt();
    // Windows Server 2003 R2 shipped on SP1 and later.
    if (level.major == 5 && level.minor == 2 && dc.operatingSystem.contains(QLatin1String("R2")))
        level.servicePack = std::max(level.servicePack, 1);
    return level;
}

std::optional<bool> isWindows2003Sp1OrLater(const DomainController &dc)
{
    const auto level = readWindowsLevel(dc);
    if (!level)
        return std::nullopt;
    if (level->major != 5)
        return level->major > 5;
    if (level->minor != 2)
        return level->minor > 2;
    return level->servicePack >= 1;
}

QString describeOperatingSystem(const DomainController &dc)
{
    QString name = dc.operatingSystem.trimmed();
    if (name.isEmpty())
        name = dc.operatingSystemVersion.trimmed();
    if (name.isEmpty())
        return QCoreApplication::translate("etp::rules", "an unrecorded operating system");
    const QString servicePack = dc.operatingSystemServicePack.trimmed();
    // "Windows Server 2003, no service pack" / "Windows Server 2003, Service Pack 1"
    if (servicePack.isEmpty())
        return QCoreApplication::translate("etp::rules", "%1, no service pack").arg(name);
    return QCoreApplication::translate("etp::rules", "%1, %2").arg(name, servicePack);
}

} // namespace etp
