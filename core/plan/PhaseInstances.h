#pragma once

// The phase instances a project's plan consists of (PRODUCT.md "Phase catalogue"), as keys. Rules expand what they
// hold ("prepare-ad and all role phases", "hub-transport of every routing group") into these keys; the planner
// builds one phase per instance, so a finding's holds match phase keys exactly.

#include "plan/PhaseKeys.h"
#include "plan/PlanningIndex.h"

namespace etp {

/// One phase of the plan: a catalogue phase applied to its subject (a target AD site, a legacy routing group, or
/// the organization, whose subject id is empty).
struct PhaseInstance {
    PhaseId phase = PhaseId::Assess;
    QString subjectId;
    QString key; ///< phaseKey(phase, subjectId)
};

/// Every phase instance of the project, in catalogue order: assess, prepare-ad, client-access of each target or
/// Internet-facing site (site order), edge-transport, then hub-transport, mailbox, public-folders, decommission and
/// remove-routing of each legacy routing group (plan order), unified-messaging and post-install. Edge Transport and
/// Unified Messaging are left out when the organization marks them not wanted (edgeWanted / umWanted false; unanswered
/// keeps them).
QList<PhaseInstance> phaseInstances(const PlanningIndex &index);

/// The keys of the instances of one catalogue phase, in the order of phaseInstances().
QStringList phaseKeysOf(const QList<PhaseInstance> &instances, PhaseId phase);

/// The keys of the role phases (every phase but assess and edge-transport; PRODUCT.md "all role phases").
QStringList rolePhaseKeys(const QList<PhaseInstance> &instances);

/// The keys of the five routing-group phases of one routing group (hub-transport to remove-routing).
QStringList routingGroupPhaseKeys(const QString &routingGroupId);

/// True when the organization wants the phase (false only for edge-transport / unified-messaging not wanted).
bool phaseWanted(const Organization &organization, PhaseId phase);

} // namespace etp
