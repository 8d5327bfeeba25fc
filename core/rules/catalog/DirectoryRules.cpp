// Active Directory prerequisites (reference section 2.2, A1, A2, A3, A4 and A7).

#include "CatalogRules.h"

#include "rules/WindowsLevel.h"

namespace etp::rules {

namespace {

QString dcName(const DomainController &dc)
{
    if (!dc.name.isEmpty())
        return dc.name;
    return dc.fqdn.isEmpty() ? dc.meta.id : dc.fqdn;
}

QString forestName(const Forest &forest)
{
    return forest.rootDomain.isEmpty() ? QCoreApplication::translate("etp::rules", "Active Directory forest")
                                       : forest.rootDomain;
}

/// Maps distinguished names to the domain whose naming context holds them (the longest matching suffix, so a child
/// domain wins over its parent).
class DomainLocator {
public:
    explicit DomainLocator(const QList<Domain> &domains)
    {
        for (const auto &domain : domains) {
            if (!domain.namingContext.isEmpty())
                m_byContext.insert(normalizedDn(domain.namingContext), domain.meta.id);
        }
    }
    QString domainOf(const QString &dn) const
    {
        if (dn.isEmpty() || m_byContext.isEmpty())
            return {};
        const QString normalized = normalizedDn(dn);
        if (const auto it = m_byContext.constFind(normalized); it != m_byContext.cend())
            return *it;
        for (qsizetype i = normalized.indexOf(QLatin1Char(',')); i >= 0;
             i = normalized.indexOf(QLatin1Char(','), i + 1)) {
            if (i > 0 && normalized[i - 1] == QLatin1Char('\\'))
                continue;
            if (const auto it = m_byContext.constFind(normalized.mid(i + 1)); it != m_byContext.cend())
                return *it;
        }
        return {};
    }

private:
    QHash<QString, QString> m_byContext;
};

/// Domains known to hold Exchange servers or recipients: the typed answer where there is one, otherwise derived from
/// the servers' computer objects, the Recipient Update Services and the expansion groups; a forest with a single
/// domain holds everything.
QSet<QString> domainsHoldingExchange(const Inventory &inv)
{
    QSet<QString> holding;
    if (inv.domains.size() == 1) {
        holding.insert(inv.domains.first().meta.id);
        return holding;
    }
    const DomainLocator locator(inv.domains);
    auto mark = [&](const QString &dn) {
        const QString domain = locator.domainOf(dn);
        if (!domain.isEmpty())
            holding.insert(domain);
    };
    for (const auto &server : inv.servers)
        mark(server.computerDn);
    for (const auto &rus : inv.recipientUpdateServices)
        mark(rus.domainDn);
    for (const auto &group : inv.expansionGroups)
        mark(group.meta.dn);
    return holding;
}

} // namespace

void directorySchemaMaster(const RuleContext &context, QList<Finding> &findings)
{
    const DomainController *master = context.schemaMaster();
    if (!master || isWindows2003Sp1OrLater(*master) != false)
        return;
    Finding f = makeFinding("AD-SCHEMA-MASTER", Severity::Blocker, QString::fromLatin1(DomainController::kind),
                            master->meta.id, dcName(*master));
    f.message = QCoreApplication::translate("etp::rules",
                                            "The schema master %1 runs %2. Exchange 2007 setup requires the schema "
                                            "master to run Windows Server 2003 SP1 or later.")
                    .arg(f.subject, describeOperatingSystem(*master));
    f.remediation = QCoreApplication::translate(
                        "etp::rules", "Upgrade %1 to Windows Server 2003 SP1 or later, or transfer the schema master "
                                      "role to a domain controller that runs it.")
                        .arg(f.subject);
    f.holds = {context.existingPhase(PhaseId::PrepareAd)};
    findings.append(f);
}

void directorySiteGlobalCatalog(const RuleContext &context, QList<Finding> &findings)
{
    const PlanningIndex &index = context.index();
    for (const auto &siteId : index.clientAccessSites()) {
        QStringList oldCatalogs;
        bool ready = false;
        for (const auto *dc : context.domainControllersIn(siteId)) {
            if (dc->globalCatalog != true)
                continue;
            if (isWindows2003Sp1OrLater(*dc) == true) {
                ready = true;
                break;
            }
            oldCatalogs.append(
                QCoreApplication::translate("etp::rules", "%1 (%2)").arg(dcName(*dc), describeOperatingSystem(*dc)));
        }
        if (ready)
            continue;
        Finding f = makeFinding("AD-SITE-GC", Severity::Blocker, QString::fromLatin1(AdSite::kind), siteId,
                                context.siteName(siteId));
        if (oldCatalogs.isEmpty()) {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "The AD site %1 will hold Exchange 2007 servers but has no global "
                                                    "catalog server. Exchange 2007 needs a global catalog running "
                                                    "Windows Server 2003 SP1 or later in each of its sites.")
                            .arg(f.subject);
        } else {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "The AD site %1 will hold Exchange 2007 servers, but its global "
                                                    "catalogs do not run Windows Server 2003 SP1 or later: %2.")
                            .arg(f.subject, nameList(oldCatalogs));
        }
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Make a domain controller in %1 that runs Windows Server 2003 SP1 or later "
                                          "a global catalog (or upgrade one that is), then allow it to replicate.")
                            .arg(f.subject);
        f.holds.append(phaseKey(PhaseId::ClientAccess, siteId));
        for (const auto &rgId : index.routingGroupsTargeting(siteId))
            f.holds += routingGroupPhaseKeys(rgId);
        findings.append(f);
    }
}

void directoryDomainMixed(const RuleContext &context, QList<Finding> &findings)
{
    const Inventory &inv = context.inventory();
    QSet<QString> derived;
    bool derivedDone = false;
    for (const auto &domain : inv.domains) {
        if (domain.mixedMode != true)
            continue;
        bool holds = false;
        if (domain.holdsExchange) {
            holds = *domain.holdsExchange;
        } else {
            if (!derivedDone) {
                derived = domainsHoldingExchange(inv);
                derivedDone = true;
            }
            holds = derived.contains(domain.meta.id);
        }
        if (!holds)
            continue;
        const QString name = domain.dnsName.isEmpty()
                                 ? (domain.netbiosName.isEmpty() ? domain.meta.id : domain.netbiosName)
                                 : domain.dnsName;
        Finding f =
            makeFinding("AD-DOMAIN-MIXED", Severity::Blocker, QString::fromLatin1(Domain::kind), domain.meta.id, name);
        f.message = QCoreApplication::translate("etp::rules",
                                                "The domain %1 holds Exchange servers or recipients but runs in mixed "
                                                "mode (nTMixedDomain = 1). Exchange 2007 requires Windows 2000 native "
                                                "mode or higher in such domains.")
                        .arg(f.subject);
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "When no Windows NT 4.0 domain controller remains in %1, raise its domain "
                                          "functional level to Windows 2000 native or higher (Active Directory "
                                          "Domains and Trusts). The change cannot be undone.")
                            .arg(f.subject);
        f.holds = {context.existingPhase(PhaseId::PrepareAd)};
        findings.append(f);
    }
}

void directoryForestLevel(const RuleContext &context, QList<Finding> &findings)
{
    const Forest &forest = context.inventory().forest;
    if (!forest.functionalLevel || *forest.functionalLevel >= 2)
        return;
    Finding f = makeFinding("AD-FOREST-LEVEL", Severity::Info, QString::fromLatin1(Forest::kind), forest.meta.id,
                            forestName(forest));
    f.message = QCoreApplication::translate("etp::rules",
                                            "The forest %1 is below the Windows Server 2003 functional level (level "
                                            "%2). Exchange 2007 installs, but cross-forest features such as "
                                            "free/busy across forests need Windows Server 2003 forest level.")
                    .arg(f.subject)
                    .arg(*forest.functionalLevel);
    f.remediation = QCoreApplication::translate(
        "etp::rules", "When every domain controller runs Windows Server 2003 or later, raise the forest functional "
                      "level in Active Directory Domains and Trusts.");
    findings.append(f);
}

void directoryPrepRights(const RuleContext &context, QList<Finding> &findings)
{
    const Inventory &inv = context.inventory();
    Finding f = makeFinding("AD-PREP-RIGHTS", Severity::Manual, QString::fromLatin1(Forest::kind), inv.forest.meta.id,
                            forestName(inv.forest));
    QSet<QString> enterpriseAdmins;
    QStringList both;
    for (const auto &member : inv.privilegedMembers) {
        if (member.group == PrivilegedGroup::EnterpriseAdmins)
            enterpriseAdmins.insert(member.account.toLower());
    }
    for (const auto &member : inv.privilegedMembers) {
        if (member.group == PrivilegedGroup::SchemaAdmins && enterpriseAdmins.contains(member.account.toLower()) &&
            !both.contains(member.account, Qt::CaseInsensitive))
            both.append(member.account);
    }
    f.message =
        QCoreApplication::translate("etp::rules",
                                    "The account that runs setup /PrepareSchema and /PrepareAD must be a "
                                    "member of Schema Admins and Enterprise Admins in %1. Accounts recorded "
                                    "in both groups: %2.")
            .arg(f.subject, both.isEmpty() ? QCoreApplication::translate("etp::rules", "none") : nameList(both));
    f.remediation = QCoreApplication::translate(
        "etp::rules", "Choose the account that will prepare the schema and Active Directory, make sure it is in both "
                      "groups (log off and on after adding it), then answer yes with its name.");
    f.holds = {context.existingPhase(PhaseId::PrepareAd)};
    findings.append(f);
}

} // namespace etp::rules
