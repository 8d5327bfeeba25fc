#include "PhaseNames.h"

#include <QCoreApplication>

namespace etp {

QString phaseDisplayName(PhaseId phase)
{
    switch (phase) {
    case PhaseId::Assess:
        return QCoreApplication::translate("etp::plan", "Assess and document");
    case PhaseId::PrepareAd:
        return QCoreApplication::translate("etp::plan", "Prepare Active Directory");
    case PhaseId::ClientAccess:
        return QCoreApplication::translate("etp::plan", "Client Access");
    case PhaseId::EdgeTransport:
        return QCoreApplication::translate("etp::plan", "Edge Transport");
    case PhaseId::HubTransport:
        return QCoreApplication::translate("etp::plan", "Hub Transport");
    case PhaseId::Mailbox:
        return QCoreApplication::translate("etp::plan", "Mailbox");
    case PhaseId::PublicFolders:
        return QCoreApplication::translate("etp::plan", "Public and system folders");
    case PhaseId::Decommission:
        return QCoreApplication::translate("etp::plan", "Decommission legacy servers");
    case PhaseId::RemoveRouting:
        return QCoreApplication::translate("etp::plan", "Remove connectors and routing group");
    case PhaseId::UnifiedMessaging:
        return QCoreApplication::translate("etp::plan", "Unified Messaging");
    case PhaseId::PostInstall:
        return QCoreApplication::translate("etp::plan", "Post-installation tasks");
    }
    return enumName(phase);
}

} // namespace etp
