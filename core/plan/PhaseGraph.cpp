#include "PhaseGraph.h"

#include "plan/PhaseInstances.h"

#include <algorithm>
#include <climits>
#include <queue>

namespace etp {

namespace {

/// The catalogue's "Must follow" of one phase instance.
QStringList afterEdges(const PhaseInstance &instance, const PlanContext &context)
{
    const PlanningIndex &index = context.index();
    const QString prepare = phaseKey(PhaseId::PrepareAd);
    const QString &rg = instance.subjectId;
    switch (instance.phase) {
    case PhaseId::Assess:
        return {};
    case PhaseId::PrepareAd:
        return {phaseKey(PhaseId::Assess)};
    case PhaseId::ClientAccess:
        return {prepare};
    case PhaseId::EdgeTransport:
        // Seed: Edge Transport "does not depend on any particular messaging or directory configuration".
        return {phaseKey(PhaseId::Assess)};
    case PhaseId::HubTransport: {
        // Catalogue: client-access of its target sites; the Hub Transport server of a site is installed once and
        // later routing groups reuse it, so they follow the hub-transport phase that installs it. The first Hub
        // Transport server's setup creates the first connector pair (reference E9): every other hub-transport phase
        // follows that one.
        QStringList after;
        for (const QString &site : index.targetSites(rg)) {
            after.append(phaseKey(PhaseId::ClientAccess, site));
            const QString installer = context.hubInstallerOf(site);
            const QString installerKey = phaseKey(PhaseId::HubTransport, installer);
            if (!installer.isEmpty() && installer != rg && !after.contains(installerKey))
                after.append(installerKey);
        }
        const QString firstHub = context.firstHubRoutingGroupId();
        const QString firstHubKey = phaseKey(PhaseId::HubTransport, firstHub);
        if (!firstHub.isEmpty() && firstHub != rg && !after.contains(firstHubKey))
            after.append(firstHubKey);
        if (after.isEmpty())
            after.append(prepare); // no known target site yet: the hub still needs a prepared directory
        return after;
    }
    // Seed: "transition all servers in a routing group to Exchange 2007 at the same time, in the following order":
    // Hub Transport, Mailbox, resources (public and system folders), uninstall, connectors and routing group.
    case PhaseId::Mailbox: {
        // The reference (P2): a legacy front-end cannot serve an Exchange 2007 mailbox, so the client-access phase
        // of every Internet-facing site precedes every mailbox phase.
        QStringList after{phaseKey(PhaseId::HubTransport, rg)};
        for (const QString &site : index.internetFacingSites())
            after.append(phaseKey(PhaseId::ClientAccess, site));
        return after;
    }
    case PhaseId::PublicFolders:
        return {phaseKey(PhaseId::Mailbox, rg)};
    case PhaseId::Decommission: {
        QStringList after{phaseKey(PhaseId::PublicFolders, rg)};
        // The first connector pair goes only with the last legacy routing group removed (catalogue, reference
        // E9): the routing group hosting it is decommissioned after every other routing group that is removed.
        if (rg == context.firstConnectorRoutingGroupId() && !context.keepsServer(rg)) {
            for (const QString &other : context.order()) {
                if (other != rg && !context.keepsServer(other))
                    after.append(phaseKey(PhaseId::RemoveRouting, other));
            }
        }
        return after;
    }
    case PhaseId::RemoveRouting:
        return {phaseKey(PhaseId::Decommission, rg)};
    case PhaseId::UnifiedMessaging: {
        // Seed: "You cannot install and configure a Unified Messaging server until after you have deployed and
        // configured a Hub Transport server and Mailbox server."
        const QString first = context.firstRoutingGroupId();
        return {first.isEmpty() ? prepare : phaseKey(PhaseId::Mailbox, first)};
    }
    case PhaseId::PostInstall:
        return {}; // every role phase planned: filled in by buildPhaseGraph
    }
    return {};
}

/// The order phases are listed in when the graph leaves a choice: assess, prepare-ad, edge-transport, the
/// client-access phases of the Internet-facing sites, then each routing group in plan order preceded by the
/// client-access phases of its new target sites, unified-messaging right after the first routing group's mailbox
/// phase, post-install last.
QHash<QString, int> presentationRank(const PlanContext &context)
{
    QHash<QString, int> rank;
    auto put = [&rank](const QString &key) {
        if (!rank.contains(key))
            rank.insert(key, int(rank.size()));
    };
    put(phaseKey(PhaseId::Assess));
    put(phaseKey(PhaseId::PrepareAd));
    put(phaseKey(PhaseId::EdgeTransport));
    for (const QString &site : context.index().internetFacingSites())
        put(phaseKey(PhaseId::ClientAccess, site));
    const QString first = context.firstRoutingGroupId();
    for (const QString &rg : context.order()) {
        for (const QString &site : context.index().targetSites(rg))
            put(phaseKey(PhaseId::ClientAccess, site));
        put(phaseKey(PhaseId::HubTransport, rg));
        put(phaseKey(PhaseId::Mailbox, rg));
        if (rg == first)
            put(phaseKey(PhaseId::UnifiedMessaging));
        put(phaseKey(PhaseId::PublicFolders, rg));
        put(phaseKey(PhaseId::Decommission, rg));
        put(phaseKey(PhaseId::RemoveRouting, rg));
    }
    put(phaseKey(PhaseId::UnifiedMessaging));
    put(phaseKey(PhaseId::PostInstall));
    return rank;
}

QString subjectName(const PhaseInstance &instance, const PlanContext &context)
{
    switch (phaseScope(instance.phase)) {
    case PhaseScope::Site:
        return context.siteName(instance.subjectId);
    case PhaseScope::RoutingGroup:
        return context.routingGroupName(instance.subjectId);
    case PhaseScope::Organization:
        break;
    }
    return context.inventory().organization.name;
}

} // namespace

QList<Phase> buildPhaseGraph(const PlanContext &context)
{
    // The phase instances come from the helper the readiness rules use too, so held_by matches holds exactly.
    const QList<PhaseInstance> instances = phaseInstances(context.index());
    QList<Phase> phases;
    phases.reserve(instances.size());
    QStringList rolePhases;
    for (const PhaseInstance &instance : instances) {
        Phase phase;
        phase.id = instance.phase;
        phase.scope = phaseScope(instance.phase);
        phase.key = instance.key;
        phase.subjectId = instance.subjectId;
        phase.subject = subjectName(instance, context);
        phase.after = afterEdges(instance, context);
        phases.append(phase);
        // Catalogue: post-install follows "every role phase planned (client-access, edge-transport, hub-transport,
        // mailbox, unified-messaging)".
        switch (instance.phase) {
        case PhaseId::ClientAccess:
        case PhaseId::EdgeTransport:
        case PhaseId::HubTransport:
        case PhaseId::Mailbox:
        case PhaseId::UnifiedMessaging:
            rolePhases.append(instance.key);
            break;
        default:
            break;
        }
    }
    for (Phase &phase : phases) {
        if (phase.id == PhaseId::PostInstall)
            phase.after = rolePhases.isEmpty() ? QStringList{phaseKey(PhaseId::PrepareAd)} : rolePhases;
    }

    const QHash<QString, int> rank = presentationRank(context);
    std::stable_sort(phases.begin(), phases.end(), [&rank](const Phase &a, const Phase &b) {
        return rank.value(a.key, INT_MAX) < rank.value(b.key, INT_MAX);
    });
    return topologicalOrder(phases);
}

QList<Phase> topologicalOrder(const QList<Phase> &phases)
{
    QHash<QString, int> position;
    position.reserve(phases.size());
    for (int i = 0; i < phases.size(); ++i)
        position.insert(phases[i].key, i);

    QList<int> pending(phases.size(), 0);
    QList<QList<int>> followers(phases.size());
    for (int i = 0; i < phases.size(); ++i) {
        for (const QString &before : phases[i].after) {
            const auto it = position.constFind(before);
            if (it == position.cend() || *it == i)
                continue;
            ++pending[i];
            followers[*it].append(i);
        }
    }

    std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
    for (int i = 0; i < phases.size(); ++i) {
        if (pending[i] == 0)
            ready.push(i);
    }
    QList<Phase> ordered;
    ordered.reserve(phases.size());
    QList<bool> emitted(phases.size(), false);
    while (!ready.empty()) {
        const int i = ready.top();
        ready.pop();
        emitted[i] = true;
        ordered.append(phases[i]);
        for (int follower : followers[i]) {
            if (--pending[follower] == 0)
                ready.push(follower);
        }
    }
    for (int i = 0; i < phases.size(); ++i) {
        if (!emitted[i])
            ordered.append(phases[i]);
    }
    return ordered;
}

void attachFindings(QList<Phase> &phases, const QList<Finding> &findings)
{
    QHash<QString, int> position;
    for (int i = 0; i < phases.size(); ++i)
        position.insert(phases[i].key, i);
    // A finding id is unique, so a phase sees it once per list as long as each finding's keys are deduplicated.
    QSet<QString> seen;
    for (const Finding &finding : findings) {
        if (finding.isHolding()) {
            seen.clear();
            for (const QString &key : finding.holds) {
                const auto it = position.constFind(key);
                if (it != position.cend() && !seen.contains(key)) {
                    seen.insert(key);
                    phases[*it].heldBy.append(finding.id);
                }
            }
        }
        seen.clear();
        for (const QString &key : finding.concerns) {
            const auto it = position.constFind(key);
            if (it != position.cend() && !seen.contains(key)) {
                seen.insert(key);
                phases[*it].concerns.append(finding.id);
            }
        }
    }
}

} // namespace etp
