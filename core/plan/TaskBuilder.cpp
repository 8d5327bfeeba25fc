#include "TaskBuilder.h"

#include <QCoreApplication>

namespace etp {

Task makeTask(const Phase &phase, const QString &kind, const QString &objectId, const QString &title,
              const QString &detail)
{
    Task task;
    task.kind = kind;
    task.objectId = objectId;
    task.key = taskKey(phase.key, kind, objectId);
    task.title = title;
    task.detail = detail;
    return task;
}

bool contentFilterWanted(const PlanContext &context)
{
    const Inventory &inv = context.inventory();
    if (inv.antiSpam.imfEnabled)
        return *inv.antiSpam.imfEnabled;
    for (const ExchangeAwareProduct &product : inv.products) {
        if (product.category == ProductCategory::AntiSpam &&
            product.name.contains(QLatin1String("Intelligent Message Filter"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

namespace {

/// The Content Filter task's text; translated in the "etp::plan" context.
class ContentFilterText {
    Q_DECLARE_TR_FUNCTIONS(etp::plan)

public:
    static Task build(const Phase &phase, const PlanContext &context);
};

Task ContentFilterText::build(const Phase &phase, const PlanContext &context)
{
    const AntiSpam &spam = context.inventory().antiSpam;
    const QString comma = QStringLiteral(", ");
    QStringList carry;
    if (spam.imfGatewayThreshold) {
        carry.append(spam.imfGatewayAction.isEmpty() ? tr("the gateway SCL threshold %1").arg(*spam.imfGatewayThreshold)
                                                     : tr("the gateway SCL threshold %1 (action: %2)")
                                                           .arg(*spam.imfGatewayThreshold)
                                                           .arg(spam.imfGatewayAction));
    }
    if (spam.imfStoreThreshold)
        carry.append(tr("the store SCL threshold %1").arg(*spam.imfStoreThreshold));
    if (!spam.ipAllowList.isEmpty())
        carry.append(tr("the IP allow list %1").arg(spam.ipAllowList.join(comma)));
    if (!spam.ipBlockList.isEmpty())
        carry.append(tr("the IP block list %1").arg(spam.ipBlockList.join(comma)));
    if (!spam.attachmentBlocking.isEmpty())
        carry.append(tr("attachment blocking of %1").arg(spam.attachmentBlocking.join(comma)));
    if (!spam.blockListProviders.isEmpty())
        carry.append(tr("the block list providers %1").arg(spam.blockListProviders.join(comma)));
    const QString where = phase.id == PhaseId::EdgeTransport ? tr("on the Edge Transport server")
                                                             : tr("on the Hub Transport servers that receive "
                                                                  "Internet mail");
    QString detail =
        tr("Exchange 2007 has no Intelligent Message Filter; its Content Filter agent runs %1.").arg(where);
    detail += QLatin1Char(' ');
    detail += carry.isEmpty() ? tr("Carry over the SCL thresholds, the IP allow and block lists and attachment "
                                   "blocking.")
                              : tr("Carry over %1.").arg(carry.join(QStringLiteral("; ")));
    return makeTask(phase, QStringLiteral("content-filter"), {},
                    tr("Set up the Content Filter agent in place of the Intelligent Message Filter"), detail);
}

} // namespace

Task contentFilterTask(const Phase &phase, const PlanContext &context)
{
    return ContentFilterText::build(phase, context);
}

void buildTasks(QList<Phase> &phases, const PlanContext &context)
{
    for (Phase &phase : phases) {
        phase.tasks = phase.scope == PhaseScope::RoutingGroup ? routingGroupTasks(phase, context)
                                                              : organizationTasks(phase, context);
    }
}

} // namespace etp
