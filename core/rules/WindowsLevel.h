#pragma once

// The operating-system level of a domain controller, as Exchange 2007 setup judges it: the schema master and a
// global catalog in each Exchange site must run Windows Server 2003 SP1 or later (reference section 2.2, A1/A2).

#include "model/ActiveDirectory.h"

namespace etp {

/// A Windows version read from a computer object: major.minor and service pack.
struct WindowsLevel {
    int major = 0;
    int minor = 0;
    int servicePack = 0;
};

/// Reads operatingSystemVersion ("5.2 (3790)"), falling back to the product name in operatingSystem ("Windows 2000
/// Server", "Windows Server 2003 R2"), and operatingSystemServicePack ("Service Pack 1"). nullopt when neither
/// version nor name tells.
std::optional<WindowsLevel> readWindowsLevel(const DomainController &dc);

/// True for Windows Server 2003 SP1 or later (5.2 with SP1+, or 6.0 and later); nullopt when the level is unknown.
std::optional<bool> isWindows2003Sp1OrLater(const DomainController &dc);

/// "Windows 2000 Server, Service Pack 4" or "Windows Server 2003, no service pack", for messages.
QString describeOperatingSystem(const DomainController &dc);

} // namespace etp
