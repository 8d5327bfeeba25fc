#pragma once

// What every readiness rule reads: the project and lookups computed once per evaluation, so that evaluating the
// whole catalogue over an organization at the Exchange 2003 limits stays linear.

#include "model/ExchangeVersion.h"
#include "plan/PhaseInstances.h"
#include "plan/PlanningIndex.h"
#include "rules/Finding.h"

#include <QHash>

namespace etp {

/// Read-only evaluation context of the rule catalogue. Holds references into the project: keep it alive and unchanged
/// while the context is in use.
class RuleContext {
public:
    explicit RuleContext(const Project &project);

    const Project &project() const { return m_index.project(); }
    const Inventory &inventory() const { return m_index.inventory(); }
    const PlanningIndex &index() const { return m_index; }

    /// The phase instances of the plan (see phaseInstances()).
    const QList<PhaseInstance> &phases() const { return m_phases; }
    /// "prepare-ad and all role phases": the keys of every role phase instance (prepare-ad is one of them).
    const QStringList &rolePhases() const { return m_rolePhases; }
    /// The keys of every instance of a catalogue phase ("hub-transport of every routing group").
    QStringList phaseKeys(PhaseId phase) const { return m_keysByPhase.value(phase); }
    /// The key of a phase instance when the plan has it; empty otherwise (a routing group that is not legacy, a
    /// phase that is not wanted).
    QString existingPhase(PhaseId phase, const QString &subjectId = {}) const;

    /// The version of a server: its product, service pack and build fields when the product is recorded, otherwise
    /// read from serialNumber and versionNumber.
    ExchangeVersion versionOf(const ExchangeServer &server) const;

    /// Global catalogs and other domain controllers of a site, in inventory order.
    QList<const DomainController *> domainControllersIn(const QString &siteId) const
    {
        return m_dcsBySite.value(siteId);
    }
    /// The domain controller that holds the schema master role (by forest.schemaMasterDcId, else by matching
    /// forest.schemaMasterDn to a DC's NTDS Settings DN or computer DN); nullptr when unknown.
    const DomainController *schemaMaster() const { return m_schemaMaster; }

    /// A display name for a server id: its name, FQDN or the id itself.
    QString serverName(const QString &serverId) const;
    /// A display name for a routing group id.
    QString routingGroupName(const QString &routingGroupId) const;
    /// A display name for a site id.
    QString siteName(const QString &siteId) const;

private:
    PlanningIndex m_index;
    QList<PhaseInstance> m_phases;
    QSet<QString> m_phaseKeySet;
    QStringList m_rolePhases;
    QHash<PhaseId, QStringList> m_keysByPhase;
    QHash<QString, QList<const DomainController *>> m_dcsBySite;
    const DomainController *m_schemaMaster = nullptr;
};

/// Builds a finding of `rule` about one subject; its id is findingId(rule, subjectId).
Finding makeFinding(const char *rule, Severity severity, const QString &subjectKind, const QString &subjectId,
                    const QString &subject);

/// A DN compared the way directories compare it: case-insensitive, without blanks around separators.
QString normalizedDn(const QString &dn);

} // namespace etp
