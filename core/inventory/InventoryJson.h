#pragma once

#include "model/Project.h"

#include <QJsonObject>

namespace etp {

/// The whole inventory of a project as one JSON object (the `show --format json` output, documented in
/// docs/json-show.md): title and creation time, then every section under its stable key, each object with its
/// meta and fields as FieldCodec writes them, and the section notes. Members may be added, never renamed.
QJsonObject inventoryToJson(const Project &project);

} // namespace etp
