// Routing topology (reference section 2.1, E8 and E14).

#include "CatalogRules.h"

#include <QSet>

namespace etp::rules {

namespace {

/// The routing groups reachable from `start` along the edges (breadth first).
QSet<QString> reachableFrom(const QString &start, const QHash<QString, QStringList> &edges)
{
    QSet<QString> seen{start};
    QStringList queue{start};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        for (const auto &next : edges.value(queue[i])) {
            if (!seen.contains(next)) {
                seen.insert(next);
                queue.append(next);
            }
        }
    }
    return seen;
}

} // namespace

void routingGroupUnreachable(const RuleContext &context, QList<Finding> &findings)
{
    const PlanningIndex &index = context.index();
    const QString &first = index.firstConnectorRoutingGroupId();
    if (first.isEmpty() || index.legacyRoutingGroupIds().size() < 2)
        return;
    // Connectors are one-way (reference 1.5): a connector in A with destination B carries mail from A to B.
    QHash<QString, QStringList> forward;
    QHash<QString, QStringList> backward;
    for (const auto &connector : context.inventory().connectors) {
        if (connector.routingGroupId.isEmpty() || connector.destinationRoutingGroupId.isEmpty())
            continue;
        forward[connector.routingGroupId].append(connector.destinationRoutingGroupId);
        backward[connector.destinationRoutingGroupId].append(connector.routingGroupId);
    }
    const QSet<QString> toFirst = reachableFrom(first, backward); // groups with a path to the first
    const QSet<QString> fromFirst = reachableFrom(first, forward);
    const QString firstName = context.routingGroupName(first);
    for (const auto &rgId : index.legacyRoutingGroupIds()) {
        const bool canSend = toFirst.contains(rgId);
        const bool canReceive = fromFirst.contains(rgId);
        if (canSend && canReceive)
            continue;
        Finding f = makeFinding("RG-UNREACHABLE", Severity::Warning, QString::fromLatin1(RoutingGroup::kind), rgId,
                                context.routingGroupName(rgId));
        if (canSend) {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "Routing group %1 has a connector path to %2, which hosts the "
                                                    "first connector to Exchange 2007, but no path back: mail from "
                                                    "Exchange 2007 cannot reach it.")
                            .arg(f.subject, firstName);
        } else if (canReceive) {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "Routing group %1 can be reached from %2, which hosts the first "
                                                    "connector to Exchange 2007, but has no connector path towards "
                                                    "it: its mail cannot reach Exchange 2007.")
                            .arg(f.subject, firstName);
        } else {
            f.message = QCoreApplication::translate("etp::rules",
                                                    "Routing group %1 has no connector path to or from %2, which hosts "
                                                    "the first connector to Exchange 2007: mail between it and "
                                                    "Exchange 2007 will not flow.")
                            .arg(f.subject, firstName);
        }
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "Create routing group connectors so that %1 reaches %2 and %2 reaches %1 "
                                          "(each connector carries mail one way; create the reciprocal one too) "
                                          "before the first Exchange 2007 server is installed.")
                            .arg(f.subject, firstName);
        f.concerns.append(phaseKey(PhaseId::HubTransport, rgId));
        findings.append(f);
    }
}

void routingGroupMasterDeleted(const RuleContext &context, QList<Finding> &findings)
{
    for (const auto &rg : context.inventory().routingGroups) {
        if (!rg.masterDn.contains(QLatin1String("DEL:"), Qt::CaseInsensitive))
            continue;
        Finding f = makeFinding("RG-MASTER-DELETED", Severity::Warning, QString::fromLatin1(RoutingGroup::kind),
                                rg.meta.id, context.routingGroupName(rg.meta.id));
        f.message = QCoreApplication::translate("etp::rules",
                                                "The routing group master of %1 is a deleted object (%2). Link state "
                                                "information for the routing group is not kept up to date.")
                        .arg(f.subject, rg.masterDn);
        f.remediation = QCoreApplication::translate(
                            "etp::rules", "In Exchange System Manager open %1, Members, and set a running server as "
                                          "master.")
                            .arg(f.subject);
        findings.append(f);
    }
}

} // namespace etp::rules
