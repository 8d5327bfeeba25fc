#include "FieldCodec.h"

namespace etp {

QJsonObject metaToJson(const ObjectMeta &meta)
{
    QJsonObject out;
    out.insert(QLatin1String("id"), meta.id);
    if (!meta.guid.isEmpty())
        out.insert(QLatin1String("guid"), meta.guid);
    if (!meta.dn.isEmpty())
        out.insert(QLatin1String("dn"), meta.dn);
    if (!meta.legacyDn.isEmpty())
        out.insert(QLatin1String("legacyExchangeDN"), meta.legacyDn);
    out.insert(QLatin1String("source"), enumName(meta.origin));
    if (!meta.fieldSources.isEmpty()) {
        QJsonObject sources;
        for (auto it = meta.fieldSources.cbegin(); it != meta.fieldSources.cend(); ++it)
            sources.insert(it.key(), enumName(it.value()));
        out.insert(QLatin1String("fieldSources"), sources);
    }
    return out;
}

bool metaFromJson(const QJsonObject &json, ObjectMeta &meta)
{
    meta.id = json.value(QLatin1String("id")).toString();
    meta.guid = json.value(QLatin1String("guid")).toString();
    meta.dn = json.value(QLatin1String("dn")).toString();
    meta.legacyDn = json.value(QLatin1String("legacyExchangeDN")).toString();
    const auto origin = enumFromName<Source>(json.value(QLatin1String("source")).toString());
    if (!origin || meta.id.isEmpty())
        return false;
    meta.origin = *origin;
    meta.fieldSources.clear();
    const QJsonObject sources = json.value(QLatin1String("fieldSources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const auto source = enumFromName<Source>(it.value().toString());
        if (!source)
            return false;
        meta.fieldSources.insert(it.key(), *source);
    }
    return true;
}

} // namespace etp
