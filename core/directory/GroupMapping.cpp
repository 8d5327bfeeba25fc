// Groups: distribution groups with an expansion server, and the members of Schema Admins (RID 518) and Enterprise
// Admins (RID 519) of the forest root domain, nested groups expanded and cycles survived (exchange-ad-reference.md
// sections 1.0 and 1.11). Also marks the domains that hold Exchange servers or recipients.

#include "MapperContext.h"

#include <QCoreApplication>

namespace etp::mapping {

namespace {

void mapExpansionGroups(Context &c)
{
    for (const Entry &e : c.of(Family::Group)) {
        const QString server = e.entry.text(QStringLiteral("msExchExpansionServerName"));
        if (server.isEmpty())
            continue;
        ExpansionGroup group;
        group.meta = c.meta(e);
        group.name = Context::name(e);
        group.expansionServerLegacyDn = server;
        group.expansionServerId = c.serverByLegacyDn.value(server.toLower());
        c.inventory.expansionGroups.append(std::move(group));
    }
}

QString accountName(const Entry &e)
{
    const QString sam = e.entry.text(QStringLiteral("sAMAccountName"));
    return sam.isEmpty() ? Context::name(e) : sam;
}

void mapPrivilegedMembers(Context &c)
{
    QString rootSid;
    for (const auto &domain : c.inventory.domains) {
        if (domain.forestRoot)
            rootSid = domain.sid;
    }
    if (rootSid.isEmpty())
        return;
    QHash<QString, const Entry *> groupsByDn;
    QHash<QString, const Entry *> groupsBySid;
    for (const Entry &e : c.of(Family::Group)) {
        groupsByDn.insert(e.key, &e);
        const QString sid = sidToString(e.entry.values(QStringLiteral("objectSid")).value(0));
        if (!sid.isEmpty())
            groupsBySid.insert(sid, &e);
    }
    QHash<QString, const Entry *> accountsByDn;
    for (const Entry &e : c.of(Family::Account))
        accountsByDn.insert(e.key, &e);
    for (const Entry &e : c.of(Family::Computer))
        accountsByDn.insert(e.key, &e);

    const std::pair<PrivilegedGroup, int> wanted[] = {{PrivilegedGroup::SchemaAdmins, 518},
                                                      {PrivilegedGroup::EnterpriseAdmins, 519}};
    for (const auto &[kind, rid] : wanted) {
        const Entry *top = groupsBySid.value(rootSid + QLatin1Char('-') + QString::number(rid));
        if (!top)
            continue;
        c.coverage.privilegedGroups = true;
        // Depth-first over member values; `visited` holds groups already expanded (cycles end there) and `listed`
        // the accounts already listed (an account reached twice is listed once, through the first path).
        QSet<QString> visited{top->key};
        QSet<QString> listed;
        struct Pending {
            const Entry *group;
            QString via;
        };
        QList<Pending> stack{{top, QString()}};
        while (!stack.isEmpty()) {
            const Pending pending = stack.takeLast();
            for (const auto &value : pending.group->entry.values(QStringLiteral("member"))) {
                const QString text = QString::fromUtf8(value);
                const QString key = c.keyOf(*pending.group, QStringLiteral("member"), text);
                if (key.isEmpty())
                    continue;
                if (const Entry *nested = groupsByDn.value(key)) {
                    if (!visited.contains(key)) {
                        visited.insert(key);
                        stack.append({nested, Context::name(*nested)});
                    }
                    continue;
                }
                if (listed.contains(key))
                    continue;
                listed.insert(key);
                const Entry *account = accountsByDn.value(key);
                PrivilegedMember member;
                member.group = kind;
                // Members outside the export (another domain, a foreign security principal) keep their RDN.
                member.account = account ? accountName(*account) : DistinguishedName::parse(text)->rdnValue();
                member.viaGroup = pending.via;
                member.meta =
                    c.derivedMeta(QString::fromLatin1(PrivilegedMember::kind), enumName(kind) + QLatin1Char(':') + key);
                c.inventory.privilegedMembers.append(std::move(member));
            }
        }
    }
}

void markExchangeDomains(Context &c)
{
    if (c.inventory.domains.isEmpty())
        return;
    // Only the domain that holds the object (the longest naming-context match), not the domains above it.
    QSet<QString> holding;
    const auto mark = [&](const QString &key) {
        if (const QString id = c.domainOfKey(key); !id.isEmpty())
            holding.insert(id);
    };
    for (const auto &server : c.inventory.servers) {
        if (const auto key = normalizeDn(server.computerDn); key && !key->isEmpty())
            mark(*key);
    }
    // Recipients: mailboxes (homeMDB) and mail-enabled objects (mailNickname).
    for (const Family family : {Family::Account, Family::Group}) {
        for (const Entry &e : c.of(family)) {
            if (e.entry.has(QStringLiteral("homeMDB")) || e.entry.has(QStringLiteral("mailNickname")))
                mark(e.key);
        }
    }
    for (auto &domain : c.inventory.domains) {
        if (holding.contains(domain.meta.id))
            domain.holdsExchange = true;
    }
}

} // namespace

void mapGroups(Context &c)
{
    mapExpansionGroups(c);
    mapPrivilegedMembers(c);
    markExchangeDomains(c);
    if (c.inventory.domains.isEmpty() && !c.of(Family::Group).isEmpty() && c.rootDomainDn.isEmpty())
        c.issues.append({QString(), QStringLiteral("objectSid"),
                         QCoreApplication::translate(
                             "etp::DirectoryMapper",
                             "No forest root domain was found, so Schema Admins and Enterprise Admins cannot be "
                             "identified; include the configuration and root domain exports.")});
}

} // namespace etp::mapping
