#include "Plan.h"

namespace etp {

QString taskKey(const QString &phaseKey, const QString &kind, const QString &objectId)
{
    QString key = phaseKey + QLatin1Char('/') + kind;
    if (!objectId.isEmpty())
        key += QLatin1Char(':') + objectId;
    return key;
}

const Phase *Plan::phase(const QString &key) const
{
    for (const auto &p : phases) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

const Task *Plan::task(const QString &key) const
{
    for (const auto &p : phases) {
        for (const auto &t : p.tasks) {
            if (t.key == key)
                return &t;
        }
    }
    for (const auto &t : obsoleteTasks) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

} // namespace etp
