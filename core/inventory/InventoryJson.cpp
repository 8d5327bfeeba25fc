#include "InventoryJson.h"

#include "InventoryOutline.h"
#include "model/FieldCodec.h"

#include <QJsonArray>

namespace etp {

QJsonObject inventoryToJson(const Project &project)
{
    QJsonObject out;
    out.insert(QLatin1String("format"), QLatin1String("etp-inventory"));
    out.insert(QLatin1String("formatVersion"), 1);
    out.insert(QLatin1String("title"), project.title);
    out.insert(QLatin1String("created"), toJsonValue(project.created));
    const Inventory &inventory = project.inventory;
    inventory.singles([&](const auto &object) {
        using T = std::decay_t<decltype(object)>;
        out.insert(InventoryOutline::keyForKind(T::kind), objectToJson(object));
    });
    inventory.collections([&](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        QJsonArray array;
        for (const auto &object : list)
            array.append(objectToJson(object));
        out.insert(InventoryOutline::keyForKind(T::kind), array);
    });
    QJsonObject notes;
    for (auto it = inventory.sectionNotes.cbegin(); it != inventory.sectionNotes.cend(); ++it)
        notes.insert(it.key(), it.value());
    out.insert(QLatin1String("sectionNotes"), notes);
    QJsonObject incomplete;
    for (auto it = inventory.incompleteSections.cbegin(); it != inventory.incompleteSections.cend(); ++it)
        incomplete.insert(it.key(), it.value());
    out.insert(QLatin1String("incompleteSections"), incomplete);
    return out;
}

} // namespace etp
