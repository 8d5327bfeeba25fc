#pragma once

// Table 3: physical network, DNS servers and MX records, port availability, perimeter network servers.

#include "Meta.h"

#include <QDateTime>

namespace etp {

/// The physical network facts a person documents (manual).
struct NetworkFacts {
    static constexpr const char *kind = "network_facts";
    ObjectMeta meta;
    QString backbone;
    QString autonomousSystemConnections;
    QString bandwidth;

    template <class V> void fields(V &&v)
    {
        v("backbone", backbone);
        v("autonomousSystemConnections", autonomousSystemConnections);
        v("bandwidth", bandwidth);
    }
    bool operator==(const NetworkFacts &) const = default;
};

/// A DNS server of the organization.
struct DnsServer {
    static constexpr const char *kind = "dns_server";
    ObjectMeta meta;
    QString name;
    QString address;
    QString role; ///< e.g. "internal", "external", "forwarder"

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("address", address);
        v("role", role);
    }
    bool operator==(const DnsServer &) const = default;
};

/// An SMTP namespace the organization receives mail for, with its MX records once checked.
struct SmtpNamespace {
    static constexpr const char *kind = "smtp_namespace";
    ObjectMeta meta;
    QString domain;
    bool authoritative = true;
    QStringList mxRecords; ///< "10 mail.example.com" once checked
    QDateTime mxCheckedAt; ///< invalid = never checked
    QString mxError;       ///< why the last check failed, if it did

    template <class V> void fields(V &&v)
    {
        v("domain", domain);
        v("authoritative", authoritative);
        v("mxRecords", mxRecords);
        v("mxCheckedAt", mxCheckedAt);
        v("mxError", mxError);
    }
    bool operator==(const SmtpNamespace &) const = default;
};

/// Availability of one TCP port on one host (Table 3 "port availability").
struct PortCheck {
    static constexpr const char *kind = "port_check";
    ObjectMeta meta;
    QString host;     ///< FQDN or address probed
    QString serverId; ///< the server it belongs to, if any
    int port = 0;
    QString purpose; ///< e.g. "SMTP", "LDAP", "Global catalog"
    std::optional<bool> reachable;
    QDateTime checkedAt;
    QString error;

    template <class V> void fields(V &&v)
    {
        v("host", host);
        v("serverId", serverId);
        v("port", port);
        v("purpose", purpose);
        v("reachable", reachable);
        v("checkedAt", checkedAt);
        v("error", error);
    }
    bool operator==(const PortCheck &) const = default;
};

/// A server in the perimeter network and the services it provides.
struct PerimeterServer {
    static constexpr const char *kind = "perimeter_server";
    ObjectMeta meta;
    QString name;
    QStringList addresses;
    QString services;
    bool smtpRelay = false;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("addresses", addresses);
        v("services", services);
        v("smtpRelay", smtpRelay);
    }
    bool operator==(const PerimeterServer &) const = default;
};

} // namespace etp
