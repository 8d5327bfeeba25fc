// Recipient policies, address lists, expansion servers and public folders (reference section 2.1, E15 and E21;
// section 2.3, P7).

#include "CatalogRules.h"

#include <QRegularExpression>
#include <QSet>

namespace etp::rules {

namespace {

/// Whether Outlook 2003 or earlier is in use: the answer when given, else read from the Outlook versions listed.
std::optional<bool> oldOutlookInUse(const Organization &org)
{
    if (org.outlook2003OrEarlierInUse)
        return org.outlook2003OrEarlierInUse;
    static const QRegularExpression old(QStringLiteral("\\b(97|98|2000|2002|xp|2003)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    bool any = false;
    for (const auto &version : org.outlookVersions) {
        if (version.trimmed().isEmpty())
            continue;
        any = true;
        if (old.match(version).hasMatch())
            return true;
    }
    if (any)
        return false;
    return std::nullopt;
}

void filterFinding(const RuleContext &context, QList<Finding> &findings, const QString &kind, const QString &id,
                   const QString &name, const QString &filter, bool policy)
{
    Finding f = makeFinding("POLICY-LDAP-FILTER", Severity::Warning, kind, id, name.isEmpty() ? id : name);
    if (policy) {
        f.message = QCoreApplication::translate("etp::rules",
                                                "The recipient policy %1 uses the LDAP filter %2. Exchange 2007 tools "
                                                "cannot edit it until it is rewritten as an OPATH filter; recipients "
                                                "are still provisioned with it meanwhile.")
                        .arg(f.subject, filter);
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "After Exchange 2007 is installed, rewrite %1 as an e-mail address policy "
                                          "with an equivalent OPATH filter (Set-EmailAddressPolicy).")
                            .arg(f.subject);
    } else {
        f.message = QCoreApplication::translate("etp::rules",
                                                "The address list %1 uses the LDAP filter %2. Exchange 2007 tools "
                                                "cannot edit it until it is rewritten as an OPATH filter; the list "
                                                "goes on working meanwhile.")
                        .arg(f.subject, filter);
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "After Exchange 2007 is installed, rewrite %1 with an equivalent OPATH "
                                          "filter (Set-AddressList).")
                            .arg(f.subject);
    }
    const QString postInstall = context.existingPhase(PhaseId::PostInstall);
    if (!postInstall.isEmpty())
        f.concerns.append(postInstall);
    findings.append(f);
}

} // namespace

void policyLdapFilter(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &policy : context.inventory().recipientPolicies) {
        if (!isDefaultFilter(policy.filter))
            filterFinding(context, findings, QString::fromLatin1(RecipientPolicy::kind), policy.meta.id, policy.name,
                          policy.filter, true);
    }
    // The default lists of Exchange 2003 (Default Global Address List, All Users, ...) get their one-line upgrade
    // as post-install tasks instead (reference E15).
    for (const auto &list : context.inventory().addressLists) {
        if (!isDefaultFilter(list.filter) && defaultAddressListUpgrade(list).isEmpty())
            filterFinding(context, findings, QString::fromLatin1(AddressList::kind), list.meta.id, list.name,
                          list.filter, false);
    }
}

void expansionServer(const RuleContext &context, QList<Finding> &findings)
{
    const PlanningIndex &index = context.index();
    // Servers the FEATURE rules (run before this one) keep; looked up once, not per group.
    QSet<QString> keptServers;
    for (const Finding &feature : findings) {
        if (feature.severity == Severity::Warning && !feature.keptServerId.isEmpty())
            keptServers.insert(feature.keptServerId);
    }
    for (const auto &group : context.inventory().expansionGroups) {
        const ExchangeServer *server = index.server(group.expansionServerId);
        if (!server && !group.expansionServerLegacyDn.isEmpty())
            server = index.serverByLegacyDn(group.expansionServerLegacyDn);
        if (!server || !isLegacyServer(*server))
            continue;
        Finding f = makeFinding("EXPANSION-SERVER", Severity::Warning, QString::fromLatin1(ExpansionGroup::kind),
                                group.meta.id, group.name.isEmpty() ? group.meta.id : group.name);
        const QString serverName = context.serverName(server->meta.id);
        if (keptServers.contains(server->meta.id)) {
            // FEATURE findings keep the server: it is not removed with its routing group.
            f.message = QCoreApplication::translate("etp::rules",
                                                    "The distribution group %1 expands on the legacy server %2, which "
                                                    "stays for a feature Exchange 2007 does not support. Should %2 "
                                                    "be removed later, messages to the group are no longer "
                                                    "delivered.")
                            .arg(f.subject, serverName);
            f.remediation = QCoreApplication::translate(
                                "etp::rules", "Point the expansion server of %1 at an Exchange 2007 Hub Transport "
                                              "server (or clear it) once its members have moved, and before %2 is "
                                              "ever removed.")
                                .arg(f.subject, serverName);
        } else {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "The distribution group %1 expands on the legacy server %2. Once "
                                                    "%2 is removed, messages to the group are not delivered.")
                            .arg(f.subject, serverName);
            f.remediation = QCoreApplication::translate(
                                "etp::rules", "Before %2 is decommissioned, clear the expansion server of %1 (any "
                                              "server) or point it at an Exchange 2007 Hub Transport server.")
                                .arg(f.subject, serverName);
        }
        const QString key = context.existingPhase(PhaseId::Decommission, server->routingGroupId);
        if (!key.isEmpty())
            f.concerns.append(key);
        findings.append(f);
    }
}

void publicFolderCoexistence(const RuleContext &context, QList<Finding> &findings)
{
    const Inventory &inv = context.inventory();
    const PlanningIndex &index = context.index();
    QStringList stores;
    for (const auto &store : inv.stores) {
        if (store.storeKind != StoreKind::PublicFolder)
            continue;
        const ExchangeServer *server = index.server(store.serverId);
        if (!server || isLegacyServer(*server))
            stores.append(store.name.isEmpty() ? store.meta.id : store.name);
    }
    if (stores.isEmpty())
        return;
    const auto oldOutlook = oldOutlookInUse(inv.organization);
    if (oldOutlook == false)
        return;
    const Severity severity = oldOutlook ? Severity::Warning : Severity::Manual;
    Finding f =
        makeFinding("PF-COEXISTENCE", severity, QString::fromLatin1(Organization::kind), inv.organization.meta.id,
                    inv.organization.name.isEmpty() ? QCoreApplication::translate("etp::rules", "Exchange organization")
                                                    : inv.organization.name);
    if (oldOutlook) {
        f.message = QCoreApplication::translate("etp::rules",
                                                "Public folder stores exist (%1) and Outlook 2003 or earlier is in "
                                                "use. Those clients read free/busy and the offline address book from "
                                                "public folders.")
                        .arg(nameList(stores));
    } else {
        f.message = QCoreApplication::translate("etp::rules",
                                                "Public folder stores exist (%1). Is Outlook 2003 or earlier in use? "
                                                "Those clients read free/busy and the offline address book from "
                                                "public folders; the inventory does not say.")
                        .arg(nameList(stores));
    }
    if (severity == Severity::Manual) {
        f.remediation = QCoreApplication::translate(
            "etp::rules", "Record the Outlook versions in use in the inventory. If Outlook 2003 or earlier remains, "
                          "create an Exchange 2007 public folder database and replicate the free/busy and offline "
                          "address book system folders to it before mailboxes move; then answer yes.");
        f.holds = context.phaseKeys(PhaseId::Mailbox);
    } else {
        f.remediation = QCoreApplication::translate(
            "etp::rules", "Create an Exchange 2007 public folder database and replicate the free/busy and offline "
                          "address book system folders to it before mailboxes move.");
        f.concerns = context.phaseKeys(PhaseId::Mailbox);
    }
    findings.append(f);
}

} // namespace etp::rules
