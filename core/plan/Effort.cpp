#include "Effort.h"

#include <cmath>

namespace etp {

double gigabytesPerNight(const EffortSettings &settings)
{
    const EffortSettings defaults;
    const double rate = settings.moveRateGbPerHour > 0 ? settings.moveRateGbPerHour : defaults.moveRateGbPerHour;
    const int moves = settings.concurrentMoves > 0 ? settings.concurrentMoves : defaults.concurrentMoves;
    const double hours = settings.hoursPerNight > 0 ? settings.hoursPerNight : defaults.hoursPerNight;
    return rate * moves * hours;
}

int nightsFor(double gigabytes, const EffortSettings &settings)
{
    if (gigabytes <= 0)
        return 0;
    // A tiny epsilon keeps an exact multiple (64 GB at 64 GB a night) at one night despite rounding.
    return std::max(1, int(std::ceil(gigabytes / gigabytesPerNight(settings) - 1e-9)));
}

QList<RoutingGroupEffort> estimateEffort(const PlanContext &context, const EffortSettings &settings)
{
    QList<RoutingGroupEffort> result;
    for (const QString &rg : context.order()) {
        RoutingGroupEffort effort;
        effort.routingGroupId = rg;
        effort.routingGroup = context.routingGroupName(rg);
        for (const ExchangeServer *server : context.legacyServersOf(rg)) {
            for (const Store *store : context.storesOf(server->meta.id)) {
                if (store->storeKind != StoreKind::Mailbox)
                    continue;
                effort.mailboxes += store->mailboxCount.value_or(0);
                if (store->sizeGb)
                    effort.gigabytes += *store->sizeGb;
                else
                    ++effort.storesWithoutSize;
            }
        }
        effort.nights = nightsFor(effort.gigabytes, settings);
        result.append(effort);
    }
    return result;
}

} // namespace etp
