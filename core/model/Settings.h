#pragma once

// Table 1's organization-wide settings: message delivery, message security, anti-virus and anti-spam, smart hosts,
// Exchange administrators and delegation, and the Exchange-aware products.

#include "Meta.h"

namespace etp {

/// Global settings for message delivery (CN=Message Delivery,CN=Global Settings).
struct MessageDelivery {
    static constexpr const char *kind = "message_delivery";
    ObjectMeta meta;
    std::optional<qint64> sendLimitKb;    ///< submissionContLength
    std::optional<qint64> receiveLimitKb; ///< delivContLength
    std::optional<int> recipientLimit;    ///< msExchRecipLimit
    QStringList senderFilters;
    QStringList recipientFilters;
    QStringList addressFilters;
    QString messageFormats; ///< Internet message formats in use

    template <class V> void fields(V &&v)
    {
        v("sendLimitKb", sendLimitKb);
        v("receiveLimitKb", receiveLimitKb);
        v("recipientLimit", recipientLimit);
        v("senderFilters", senderFilters);
        v("recipientFilters", recipientFilters);
        v("addressFilters", addressFilters);
        v("messageFormats", messageFormats);
    }
    bool operator==(const MessageDelivery &) const = default;
};

/// Message security beyond the virtual servers: secure relationships with other domains.
struct MessageSecurity {
    static constexpr const char *kind = "message_security";
    ObjectMeta meta;
    QStringList secureDomains; ///< domains with TLS or other secured relationships
    QString authentication;    ///< authentication settings worth documenting
    QString encryption;        ///< encryption settings worth documenting

    template <class V> void fields(V &&v)
    {
        v("secureDomains", secureDomains);
        v("authentication", authentication);
        v("encryption", encryption);
    }
    bool operator==(const MessageSecurity &) const = default;
};

/// Anti-spam: Intelligent Message Filter levels, IP lists, attachment blocking, block-list providers.
struct AntiSpam {
    static constexpr const char *kind = "anti_spam";
    ObjectMeta meta;
    std::optional<bool> imfEnabled;
    std::optional<int> imfGatewayThreshold; ///< msExchUceBlockThreshold (SCL)
    QString imfGatewayAction;
    std::optional<int> imfStoreThreshold; ///< msExchUceStoreActionThreshold
    QStringList ipBlockList;
    QStringList ipAllowList;
    QStringList attachmentBlocking;
    QStringList blockListProviders; ///< connection-filter RBL zones

    template <class V> void fields(V &&v)
    {
        v("imfEnabled", imfEnabled);
        v("imfGatewayThreshold", imfGatewayThreshold);
        v("imfGatewayAction", imfGatewayAction);
        v("imfStoreThreshold", imfStoreThreshold);
        v("ipBlockList", ipBlockList);
        v("ipAllowList", ipAllowList);
        v("attachmentBlocking", attachmentBlocking);
        v("blockListProviders", blockListProviders);
    }
    bool operator==(const AntiSpam &) const = default;
};

/// A smart host the organization relays through (Table 1 "Smart host").
struct SmartHost {
    static constexpr const char *kind = "smart_host";
    ObjectMeta meta;
    QString name;
    QStringList addresses;
    QStringList authoritativeDomains;
    QStringList rblSubscriptions;
    QString note;

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("addresses", addresses);
        v("authoritativeDomains", authoritativeDomains);
        v("rblSubscriptions", rblSubscriptions);
        v("note", note);
    }
    bool operator==(const SmartHost &) const = default;
};

enum class AdminRole : int { FullAdministrator = 0, Administrator, ViewOnlyAdministrator, Other };
template <> struct EnumNames<AdminRole> {
    static constexpr std::array<const char *, 4> names{"full-administrator", "administrator", "view-only-administrator",
                                                       "other"};
};

/// A delegation of Exchange administration to an account or security group (Tables 1 and 2).
struct Delegation {
    static constexpr const char *kind = "delegation";
    ObjectMeta meta;
    QString principal; ///< account or group name
    bool isGroup = false;
    AdminRole role = AdminRole::Other;
    QString scope;       ///< "organization" or an administrative group id
    QStringList members; ///< members of a delegated security group

    template <class V> void fields(V &&v)
    {
        v("principal", principal);
        v("isGroup", isGroup);
        v("role", role);
        v("scope", scope);
        v("members", members);
    }
    bool operator==(const Delegation &) const = default;
};

enum class ProductCategory : int { AntiVirus = 0, AntiSpam, Backup, Other };
template <> struct EnumNames<ProductCategory> {
    static constexpr std::array<const char *, 4> names{"anti-virus", "anti-spam", "backup", "other"};
};

/// An Exchange-aware product and whether a version compatible with Exchange 2007 is in place.
struct ExchangeAwareProduct {
    static constexpr const char *kind = "exchange_aware_product";
    ObjectMeta meta;
    QString name;
    ProductCategory category = ProductCategory::Other;
    QString version;
    QStringList serverIds; ///< where it is installed
    QString settings;      ///< installation locations and settings (Table 1 anti-virus row)
    std::optional<bool> exchange2007Ready;
    QStringList
        heldPhases; ///< for "other" products: phases it holds beside the mailbox phases and its server's decommission

    template <class V> void fields(V &&v)
    {
        v("name", name);
        v("category", category);
        v("version", version);
        v("serverIds", serverIds);
        v("settings", settings);
        v("exchange2007Ready", exchange2007Ready);
        v("heldPhases", heldPhases);
    }
    bool operator==(const ExchangeAwareProduct &) const = default;
};

} // namespace etp
