#pragma once

#include "Inventory.h"
#include "PlanState.h"

namespace etp {

/// How discovery reached the directory last time, so a person can run it again. Never holds a password.
struct ConnectionSettings {
    static constexpr const char *kind = "connection_settings";
    QString uri;
    QString gcUri;
    QString bindDn;
    bool startTls = false;
    QString caFile;
    QDateTime lastDiscovery;

    template <class V> void fields(V &&v)
    {
        v("uri", uri);
        v("gcUri", gcUri);
        v("bindDn", bindDn);
        v("startTls", startTls);
        v("caFile", caFile);
        v("lastDiscovery", lastDiscovery);
    }
    bool operator==(const ConnectionSettings &) const = default;
};

/// A whole project: the inventory, the plan state and the discovery settings. A value type: the document that edits
/// it and the file that stores it live elsewhere (storage/).
struct Project {
    QString title;
    QDateTime created;
    Inventory inventory;
    PlanState plan;
    ConnectionSettings connection;

    bool operator==(const Project &) const = default;
};

} // namespace etp
