#include "Inventory.h"

namespace etp {

Inventory::Inventory()
{
    singles(
        [](auto &object) { object.meta.id = QString::fromLatin1(std::remove_reference_t<decltype(object)>::kind); });
}

const ExchangeServer *Inventory::server(const QString &id) const
{
    return findById(servers, id);
}

const RoutingGroup *Inventory::routingGroup(const QString &id) const
{
    return findById(routingGroups, id);
}

const AdSite *Inventory::site(const QString &id) const
{
    return findById(sites, id);
}

const AdminGroup *Inventory::adminGroup(const QString &id) const
{
    return findById(adminGroups, id);
}

} // namespace etp
