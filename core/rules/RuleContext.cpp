#include "RuleContext.h"

#include <QRegularExpression>

namespace etp {

QString normalizedDn(const QString &dn)
{
    static const QRegularExpression blanks(QStringLiteral("\\s*([,=])\\s*"));
    QString out = dn.trimmed().toLower();
    out.replace(blanks, QStringLiteral("\\1"));
    return out;
}

RuleContext::RuleContext(const Project &project)
    : m_index(project)
    , m_phases(phaseInstances(m_index))
    , m_rolePhases(rolePhaseKeys(m_phases))
{
    for (const auto &phase : m_phases) {
        m_phaseKeySet.insert(phase.key);
        m_keysByPhase[phase.phase].append(phase.key);
    }
    const Inventory &inv = project.inventory;
    for (const auto &dc : inv.domainControllers) {
        if (!dc.siteId.isEmpty())
            m_dcsBySite[dc.siteId].append(&dc);
    }
    if (!inv.forest.schemaMasterDcId.isEmpty())
        m_schemaMaster = findById(inv.domainControllers, inv.forest.schemaMasterDcId);
    if (!m_schemaMaster && !inv.forest.schemaMasterDn.isEmpty()) {
        const QString owner = normalizedDn(inv.forest.schemaMasterDn);
        for (const auto &dc : inv.domainControllers) {
            // fSMORoleOwner names the NTDS Settings object; its parent is the DC's server object.
            const QString ntds = normalizedDn(dc.ntdsSettingsDn);
            if ((!ntds.isEmpty() && ntds == owner) ||
                owner == normalizedDn(QStringLiteral("CN=NTDS Settings,") + dc.meta.dn) ||
                (!dc.computerDn.isEmpty() && normalizedDn(dc.computerDn) == owner)) {
                m_schemaMaster = &dc;
                break;
            }
        }
    }
}

QString RuleContext::existingPhase(PhaseId phase, const QString &subjectId) const
{
    const QString key = phaseKey(phase, subjectId);
    return m_phaseKeySet.contains(key) ? key : QString();
}

ExchangeVersion RuleContext::versionOf(const ExchangeServer &server) const
{
    if (server.product != ExchangeProduct::Unknown)
        return {server.product, server.servicePack, server.build};
    return readExchangeVersion(server.serialNumber, server.versionNumber);
}

QString RuleContext::serverName(const QString &serverId) const
{
    if (const ExchangeServer *server = m_index.server(serverId)) {
        if (!server->name.isEmpty())
            return server->name;
        if (!server->fqdn.isEmpty())
            return server->fqdn;
    }
    return serverId;
}

QString RuleContext::routingGroupName(const QString &routingGroupId) const
{
    const RoutingGroup *rg = m_index.routingGroup(routingGroupId);
    return rg && !rg->name.isEmpty() ? rg->name : routingGroupId;
}

QString RuleContext::siteName(const QString &siteId) const
{
    const AdSite *site = m_index.site(siteId);
    return site && !site->name.isEmpty() ? site->name : siteId;
}

Finding makeFinding(const char *rule, Severity severity, const QString &subjectKind, const QString &subjectId,
                    const QString &subject)
{
    Finding f;
    f.rule = QString::fromLatin1(rule);
    f.id = findingId(f.rule, subjectId);
    f.severity = severity;
    f.subjectKind = subjectKind;
    f.subjectId = subjectId;
    f.subject = subject;
    return f;
}

} // namespace etp
