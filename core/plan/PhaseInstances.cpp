#include "PhaseInstances.h"

namespace etp {

namespace {

constexpr PhaseId kRoutingGroupPhases[] = {PhaseId::HubTransport, PhaseId::Mailbox, PhaseId::PublicFolders,
                                           PhaseId::Decommission, PhaseId::RemoveRouting};

void add(QList<PhaseInstance> &list, PhaseId phase, const QString &subjectId = {})
{
    list.append({phase, subjectId, phaseKey(phase, subjectId)});
}

} // namespace

bool phaseWanted(const Organization &organization, PhaseId phase)
{
    if (phase == PhaseId::EdgeTransport)
        return organization.edgeWanted.value_or(true);
    if (phase == PhaseId::UnifiedMessaging)
        return organization.umWanted.value_or(true);
    return true;
}

QList<PhaseInstance> phaseInstances(const PlanningIndex &index)
{
    const Organization &org = index.inventory().organization;
    QList<PhaseInstance> list;
    add(list, PhaseId::Assess);
    add(list, PhaseId::PrepareAd);
    for (const auto &site : index.clientAccessSites())
        add(list, PhaseId::ClientAccess, site);
    if (phaseWanted(org, PhaseId::EdgeTransport))
        add(list, PhaseId::EdgeTransport);
    for (const auto &rgId : index.routingGroupOrder()) {
        for (PhaseId phase : kRoutingGroupPhases)
            add(list, phase, rgId);
    }
    if (phaseWanted(org, PhaseId::UnifiedMessaging))
        add(list, PhaseId::UnifiedMessaging);
    add(list, PhaseId::PostInstall);
    return list;
}

QStringList phaseKeysOf(const QList<PhaseInstance> &instances, PhaseId phase)
{
    QStringList keys;
    for (const auto &instance : instances) {
        if (instance.phase == phase)
            keys.append(instance.key);
    }
    return keys;
}

QStringList rolePhaseKeys(const QList<PhaseInstance> &instances)
{
    QStringList keys;
    keys.reserve(instances.size());
    for (const auto &instance : instances) {
        if (isRolePhase(instance.phase))
            keys.append(instance.key);
    }
    return keys;
}

QStringList routingGroupPhaseKeys(const QString &routingGroupId)
{
    QStringList keys;
    for (PhaseId phase : kRoutingGroupPhases)
        keys.append(phaseKey(phase, routingGroupId));
    return keys;
}

} // namespace etp
