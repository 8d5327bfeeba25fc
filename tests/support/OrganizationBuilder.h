#pragma once

// Builds small organizations by hand for rule and planner tests. Objects get readable ids ("srv-ex01", "rg-hq") so
// that finding ids and phase keys in assertions say what they are about.

#include "model/Project.h"
#include "rules/Finding.h"

namespace etp::test {

class OrganizationBuilder {
public:
    /// An empty project: organization "Contoso" in native mode, forest contoso.com at Windows Server 2003 level.
    OrganizationBuilder();

    /// A ready organization: one routing group "rg-hq" with mailbox server "srv-ex01" (Exchange 2003 SP2,
    /// 192.0.2.10) in site "site-hq" (192.0.2.0/24, global catalog "dc-hq1" on Windows Server 2003 SP1, also the
    /// schema master), domain "dom-contoso" in native mode.
    static OrganizationBuilder ready();

    Project project;
    Inventory &inventory() { return project.inventory; }

    AdSite &site(const QString &id, const QString &name = {});
    Subnet &subnet(const QString &prefix, const QString &siteId);
    DomainController &domainController(const QString &id, const QString &siteId, bool globalCatalog,
                                       const QString &os = QStringLiteral("Windows Server 2003"),
                                       const QString &version = QStringLiteral("5.2 (3790)"),
                                       const QString &servicePack = QStringLiteral("Service Pack 1"));
    Domain &domain(const QString &id, const QString &dnsName, bool mixed);
    RoutingGroup &routingGroup(const QString &id, const QString &name = {});
    /// A server from its serialNumber (and optional versionNumber), with applyVersion() run like discovery does.
    ExchangeServer &server(const QString &id, const QString &routingGroupId, const QString &serialNumber,
                           const QString &address = {}, std::optional<qint64> versionNumber = std::nullopt);
    Store &mailboxStore(const QString &id, const QString &serverId, int mailboxes);
    Store &publicStore(const QString &id, const QString &serverId);
    Connector &connector(const QString &id, ConnectorType type, const QString &routingGroupId,
                         const QString &destinationRoutingGroupId = {});
    /// A routing group connector from one routing group to another (one way).
    Connector &link(const QString &from, const QString &to);
    ManualAnswer &answer(const QString &findingId, bool yes, const QString &by = QStringLiteral("Alex"));
};

/// The findings of one rule.
QList<Finding> findingsOf(const QList<Finding> &findings, const QString &rule);
/// The finding with that id, or nullptr.
const Finding *findingById(const QList<Finding> &findings, const QString &id);
/// Evaluates the catalogue and returns the findings of one rule.
QList<Finding> evaluate(const Project &project, const QString &rule);

} // namespace etp::test
