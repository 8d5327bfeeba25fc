#pragma once

// The whole inventory: the seed's Tables 1, 2 and 3 plus servers, products, features in use and a note per section.

#include "ActiveDirectory.h"
#include "Exchange.h"
#include "Network.h"
#include "Settings.h"

#include <QList>
#include <QMap>

namespace etp {

/// The inventory's sections, as the seed's tables group them; each can carry a free-text note.
enum class Section : int {
    Organization = 0,
    Servers,
    AdministrativeGroups,
    StorageGroups,
    DataRecovery,
    RoutingGroups,
    Policies,
    SmtpNamespaces,
    MessageDelivery,
    MessageSecurity,
    AntiVirus,
    AntiSpam,
    SmartHosts,
    Sites,
    FunctionalLevels,
    ExpansionServers,
    SecurityGroups,
    SecurityPermissions,
    ServerPlacement,
    PhysicalNetwork,
    Dns,
    Ports,
    Perimeter,
    Products,
    Features,
    Clients
};
template <> struct EnumNames<Section> {
    static constexpr std::array<const char *, 26> names{"organization",
                                                        "servers",
                                                        "administrative-groups",
                                                        "storage-groups",
                                                        "data-recovery",
                                                        "routing-groups",
                                                        "policies",
                                                        "smtp-namespaces",
                                                        "message-delivery",
                                                        "message-security",
                                                        "anti-virus",
                                                        "anti-spam",
                                                        "smart-hosts",
                                                        "sites",
                                                        "functional-levels",
                                                        "expansion-servers",
                                                        "security-groups",
                                                        "security-permissions",
                                                        "server-placement",
                                                        "physical-network",
                                                        "dns",
                                                        "ports",
                                                        "perimeter",
                                                        "products",
                                                        "features",
                                                        "clients"};
};

/// A discovered object a person removed by hand. Rediscovery does not bring it back: the merge skips the object it
/// matches (by objectGUID, normalized DN or id) and lists it as staying removed.
struct RemovedObject {
    static constexpr const char *kind = "removed_object";
    QString objectKind; ///< the removed object's kind (e.g. "exchange_server")
    QString objectId;
    QString guid;
    QString dn;
    QString name; ///< its name when it was removed, for the report
    QDateTime removedAt;

    template <class V> void fields(V &&v)
    {
        v("objectKind", objectKind);
        v("objectId", objectId);
        v("guid", guid);
        v("dn", dn);
        v("name", name);
        v("removedAt", removedAt);
    }
    bool operator==(const RemovedObject &) const = default;
};

/// Everything the project knows about the existing environment.
struct Inventory {
    // Single objects.
    Organization organization;
    Forest forest;
    MessageDelivery messageDelivery;
    MessageSecurity messageSecurity;
    AntiSpam antiSpam;
    NetworkFacts network;

    // Table 1.
    QList<AdminGroup> adminGroups;
    QList<ExchangeServer> servers;
    QList<RoutingGroup> routingGroups;
    QList<Connector> connectors;
    QList<StorageGroup> storageGroups;
    QList<Store> stores;
    QList<PublicFolderTree> publicFolderTrees;
    QList<RecipientPolicy> recipientPolicies;
    QList<AddressList> addressLists;
    QList<SystemPolicy> systemPolicies;
    QList<RecipientUpdateService> recipientUpdateServices;
    QList<OfflineAddressBook> offlineAddressBooks;
    QList<SmtpVirtualServer> smtpVirtualServers;
    QList<LegacyDirectoryObject> legacyDirectoryObjects;
    QList<SmartHost> smartHosts;
    QList<Delegation> delegations;
    QList<ExchangeAwareProduct> products;
    QList<FeatureInUse> features;

    // Table 2.
    QList<Domain> domains;
    QList<AdSite> sites;
    QList<Subnet> subnets;
    QList<SiteLink> siteLinks;
    QList<DomainController> domainControllers;
    QList<ExpansionGroup> expansionGroups;
    QList<PrivilegedMember> privilegedMembers;

    // Table 3.
    QList<DnsServer> dnsServers;
    QList<SmtpNamespace> smtpNamespaces;
    QList<PortCheck> portChecks;
    QList<PerimeterServer> perimeterServers;

    /// Free-text notes per section, keyed by the section's stable name (EnumNames<Section>).
    QMap<QString, QString> sectionNotes;
    /// Sections whose data discovery could not read (a global catalog that was unreachable), keyed by the section's
    /// stable name, each with the translated reason. Saved with the project; a later complete reading clears them.
    QMap<QString, QString> incompleteSections;

    /// Discovered objects a person removed by hand; they stay removed on rediscovery. Not part of collections().
    QList<RemovedObject> removedObjects;

    /// Calls v(object) for each single object.
    template <class V> void singles(V &&v)
    {
        v(organization);
        v(forest);
        v(messageDelivery);
        v(messageSecurity);
        v(antiSpam);
        v(network);
    }

    /// Calls v(list) for each collection, in a fixed order (the order of storage, JSON and display).
    template <class V> void collections(V &&v)
    {
        v(adminGroups);
        v(servers);
        v(routingGroups);
        v(connectors);
        v(storageGroups);
        v(stores);
        v(publicFolderTrees);
        v(recipientPolicies);
        v(addressLists);
        v(systemPolicies);
        v(recipientUpdateServices);
        v(offlineAddressBooks);
        v(smtpVirtualServers);
        v(legacyDirectoryObjects);
        v(smartHosts);
        v(delegations);
        v(products);
        v(features);
        v(domains);
        v(sites);
        v(subnets);
        v(siteLinks);
        v(domainControllers);
        v(expansionGroups);
        v(privilegedMembers);
        v(dnsServers);
        v(smtpNamespaces);
        v(portChecks);
        v(perimeterServers);
    }
    template <class V> void singles(V &&v) const { const_cast<Inventory *>(this)->singles(v); }
    template <class V> void collections(V &&v) const { const_cast<Inventory *>(this)->collections(v); }

    /// Gives the single objects their fixed ids (their kind names); called by the constructor.
    Inventory();

    const ExchangeServer *server(const QString &id) const;
    const RoutingGroup *routingGroup(const QString &id) const;
    const AdSite *site(const QString &id) const;
    const AdminGroup *adminGroup(const QString &id) const;

    bool operator==(const Inventory &) const = default;
};

/// Finds an object by id in a list; nullptr when absent.
template <class T> const T *findById(const QList<T> &list, const QString &id)
{
    for (const auto &item : list) {
        if (item.meta.id == id)
            return &item;
    }
    return nullptr;
}
template <class T> T *findById(QList<T> &list, const QString &id)
{
    for (auto &item : list) {
        if (item.meta.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace etp
