#include "PhaseKeys.h"

namespace etp {

PhaseScope phaseScope(PhaseId phase)
{
    switch (phase) {
    case PhaseId::ClientAccess:
        return PhaseScope::Site;
    case PhaseId::HubTransport:
    case PhaseId::Mailbox:
    case PhaseId::PublicFolders:
    case PhaseId::Decommission:
    case PhaseId::RemoveRouting:
        return PhaseScope::RoutingGroup;
    default:
        return PhaseScope::Organization;
    }
}

QString phaseKey(PhaseId phase, const QString &subjectId)
{
    const QString name = enumName(phase);
    if (phaseScope(phase) == PhaseScope::Organization || subjectId.isEmpty())
        return name;
    return name + QLatin1Char(':') + subjectId;
}

std::optional<std::pair<PhaseId, QString>> parsePhaseKey(const QString &key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? key : key.left(colon);
    const auto phase = enumFromName<PhaseId>(name);
    if (!phase)
        return std::nullopt;
    return std::make_pair(*phase, colon < 0 ? QString() : key.mid(colon + 1));
}

bool isRolePhase(PhaseId phase)
{
    return phase != PhaseId::Assess && phase != PhaseId::EdgeTransport;
}

} // namespace etp
