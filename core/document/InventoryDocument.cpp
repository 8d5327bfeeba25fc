#include "InventoryDocument.h"

#include "inventory/InventoryOutline.h"

#include <QCoreApplication>
#include <QSet>

namespace etp::document {

namespace {

/// Which objects and fields of an outline section fill a row.
struct Part {
    const char *section;                        ///< InventoryOutline section key
    std::initializer_list<const char *> fields; ///< the fields shown; empty = all
    const char *onlyField = nullptr;            ///< list only objects whose field...
    const char *onlyValue = nullptr;            ///< ...has this (untranslated) value
};

/// One row of the guidance's tables: its setting, what to document and where the project keeps it.
struct Row {
    const char *setting;
    const char *information;
    std::initializer_list<Part> parts;
    etp::Section note;   ///< the inventory section whose note documents the row
    bool manual = false; ///< the directory cannot tell: a person enters it
};

struct GuidanceTable {
    const char *id;
    const char *title;
    std::initializer_list<Row> rows;
};

// Setting and information texts follow the guidance's tables.
const GuidanceTable kTables[] = {
    {"table-1",
     QT_TRANSLATE_NOOP("etp::document", "Table 1: Exchange organization settings"),
     {
         {QT_TRANSLATE_NOOP("etp::document", "Exchange organization"),
          QT_TRANSLATE_NOOP("etp::document", "Mixed or native mode"),
          {{"organization", {"name", "mixedMode"}}},
          etp::Section::Organization},
         {QT_TRANSLATE_NOOP("etp::document", "Exchange server hardware"),
          QT_TRANSLATE_NOOP("etp::document", "Processors, memory, disk storage, and network throughput"),
          {{"servers", {"processors", "memoryGb", "diskGb", "networkMbps"}}},
          etp::Section::Servers,
          true},
         {QT_TRANSLATE_NOOP("etp::document", "Exchange Server version"),
          QT_TRANSLATE_NOOP("etp::document", "Version and service pack level"),
          {{"servers", {"product", "servicePack", "build", "serialNumber"}}},
          etp::Section::Servers},
         {QT_TRANSLATE_NOOP("etp::document", "Exchange server configuration"),
          QT_TRANSLATE_NOOP("etp::document", "Server roles, such as front-end servers, dedicated bridgehead servers, "
                                             "mailbox servers, and public folder servers"),
          {{"servers", {"frontEnd", "serverRole", "legacyServerRole", "routingGroupId"}}},
          etp::Section::Servers},
         {QT_TRANSLATE_NOOP("etp::document", "Administrative groups"),
          QT_TRANSLATE_NOOP("etp::document",
                            "Administrative group names and permissions assigned to Exchange administrators"),
          {{"adminGroups", {}}},
          etp::Section::AdministrativeGroups},
         {QT_TRANSLATE_NOOP("etp::document", "Exchange administrators"),
          QT_TRANSLATE_NOOP("etp::document",
                            "Exchange administrators and any permissions delegation that has been performed"),
          {{"delegations", {}}},
          etp::Section::SecurityGroups},
         {QT_TRANSLATE_NOOP("etp::document", "Storage groups and stores"),
          QT_TRANSLATE_NOOP("etp::document", "Store configuration, database and log file locations, and any "
                                             "policies that are applied"),
          {{"storageGroups", {}}, {"stores", {}}},
          etp::Section::StorageGroups},
         {QT_TRANSLATE_NOOP("etp::document", "Data recovery plan"),
          QT_TRANSLATE_NOOP("etp::document", "Backup and restore plan"),
          {{"organization", {"dataRecoveryPlan"}}},
          etp::Section::DataRecovery,
          true},
         {QT_TRANSLATE_NOOP("etp::document", "Routing groups"),
          QT_TRANSLATE_NOOP("etp::document",
                            "Routing group master, names and locations of servers, connectors and their properties"),
          {{"routingGroups", {}}, {"connectors", {}}},
          etp::Section::RoutingGroups},
         {QT_TRANSLATE_NOOP("etp::document", "Policies"),
          QT_TRANSLATE_NOOP("etp::document", "Recipient policies, server policies, store policies, and any "
                                             "exemptions that have been applied at the user level"),
          {{"recipientPolicies", {}}, {"systemPolicies", {}}, {"organization", {"policyExemptions"}}},
          etp::Section::Policies},
         {QT_TRANSLATE_NOOP("etp::document", "SMTP namespaces"),
          QT_TRANSLATE_NOOP("etp::document", "The SMTP namespace for all domains for which the Exchange "
                                             "organization is authoritative"),
          {{"smtpNamespaces", {"domain", "authoritative"}}},
          etp::Section::SmtpNamespaces},
         {QT_TRANSLATE_NOOP("etp::document", "Global settings for message delivery"),
          QT_TRANSLATE_NOOP("etp::document", "Recipient filters, sender filters, address filters, message size "
                                             "limits, and message formats"),
          {{"messageDelivery", {}}},
          etp::Section::MessageDelivery},
         {QT_TRANSLATE_NOOP("etp::document", "Message security settings"),
          QT_TRANSLATE_NOOP("etp::document", "Virtual server configuration, authentication and encryption "
                                             "settings, and secure relationships with other domains"),
          {{"smtpVirtualServers", {}}, {"messageSecurity", {}}},
          etp::Section::MessageSecurity},
         {QT_TRANSLATE_NOOP("etp::document", "Antivirus software and settings"),
          QT_TRANSLATE_NOOP("etp::document", "Antivirus software installation locations and settings"),
          {{"products", {}, "category", "anti-virus"}},
          etp::Section::AntiVirus,
          true},
         {QT_TRANSLATE_NOOP("etp::document", "Anti-spam and antivirus settings"),
          QT_TRANSLATE_NOOP("etp::document", "Intelligent Message Filter spam confidence levels, IP Block List and "
                                             "IP Allow List settings, and attachment blocking settings"),
          {{"antiSpam", {}}},
          etp::Section::AntiSpam},
         {QT_TRANSLATE_NOOP("etp::document", "Smart host"),
          QT_TRANSLATE_NOOP("etp::document", "Complete configuration information that includes IP addresses, "
                                             "authoritative domains, and real-time block list (RBL) subscriptions"),
          {{"smartHosts", {}}},
          etp::Section::SmartHosts,
          true},
     }},
    {"table-2",
     QT_TRANSLATE_NOOP("etp::document", "Table 2: Active Directory settings"),
     {
         {QT_TRANSLATE_NOOP("etp::document", "Active Directory sites"),
          QT_TRANSLATE_NOOP("etp::document", "Site names, directory servers in each site, and IP subnets that are "
                                             "associated with each site"),
          {{"sites", {}},
           {"domainControllers", {"name", "siteId", "globalCatalog", "operatingSystem"}},
           {"subnets", {"prefix", "siteId"}}},
          etp::Section::Sites},
         {QT_TRANSLATE_NOOP("etp::document", "IP site links"),
          QT_TRANSLATE_NOOP("etp::document", "Sites included in each site link and costs that are assigned to each "
                                             "link"),
          {{"siteLinks", {"name", "siteIds", "cost"}}},
          etp::Section::Sites},
         {QT_TRANSLATE_NOOP("etp::document", "Functional level"),
          QT_TRANSLATE_NOOP("etp::document", "Forest and domain functional levels"),
          {{"forest", {"rootDomain", "functionalLevel"}}, {"domains", {"dnsName", "mixedMode", "functionalLevel"}}},
          etp::Section::FunctionalLevels},
         {QT_TRANSLATE_NOOP("etp::document", "Expansion servers"),
          QT_TRANSLATE_NOOP("etp::document", "Servers that expand distribution list membership and that use one or "
                                             "more global catalog servers to resolve the membership"),
          {{"expansionGroups", {"name", "expansionServerId", "expansionServerLegacyDn"}}},
          etp::Section::ExpansionServers},
         {QT_TRANSLATE_NOOP("etp::document", "Security groups"),
          QT_TRANSLATE_NOOP("etp::document", "Security groups and security group membership for any groups that "
                                             "have been delegated administrative responsibility for the Exchange "
                                             "organization"),
          {{"delegations", {"principal", "isGroup", "members"}}},
          etp::Section::SecurityGroups},
         {QT_TRANSLATE_NOOP("etp::document", "Security permissions"),
          QT_TRANSLATE_NOOP("etp::document", "Accounts that are members of the Schema Admins and Enterprise Admins "
                                             "universal security groups"),
          {{"privilegedMembers", {}}},
          etp::Section::SecurityPermissions},
         {QT_TRANSLATE_NOOP("etp::document", "Server placement"),
          QT_TRANSLATE_NOOP("etp::document", "The location (organizational unit) of each server within the "
                                             "directory service"),
          {{"servers", {"ou"}}},
          etp::Section::ServerPlacement},
     }},
    {"table-3",
     QT_TRANSLATE_NOOP("etp::document", "Table 3: Network settings"),
     {
         {QT_TRANSLATE_NOOP("etp::document", "Physical network"),
          QT_TRANSLATE_NOOP("etp::document", "Network backbone, autonomous system connections, and available "
                                             "bandwidth"),
          {{"network", {}}},
          etp::Section::PhysicalNetwork,
          true},
         {QT_TRANSLATE_NOOP("etp::document", "Name resolution"),
          QT_TRANSLATE_NOOP("etp::document", "DNS servers and Mail Exchanger (MX) records for your organization"),
          {{"dnsServers", {}}, {"smtpNamespaces", {"domain", "mxRecords", "mxCheckedAt", "mxError"}}},
          etp::Section::Dns},
         {QT_TRANSLATE_NOOP("etp::document", "Ports"),
          QT_TRANSLATE_NOOP("etp::document", "Port availability to external and internal systems"),
          {{"portChecks", {}}},
          etp::Section::Ports},
         {QT_TRANSLATE_NOOP("etp::document", "Perimeter network servers"),
          QT_TRANSLATE_NOOP("etp::document", "Any servers that are located in a perimeter network or screened "
                                             "subnet, and the network services that they provide, especially any "
                                             "servers that provide SMTP-relay functionality"),
          {{"perimeterServers", {}}},
          etp::Section::Perimeter,
          true},
     }},
    {"also-documented",
     QT_TRANSLATE_NOOP("etp::document", "Also documented: products, features and clients"),
     {
         {QT_TRANSLATE_NOOP("etp::document", "Exchange-aware products"),
          QT_TRANSLATE_NOOP("etp::document", "Anti-virus, anti-spam, backup and other software, and whether a "
                                             "version compatible with Exchange 2007 is in place"),
          {{"products", {}}},
          etp::Section::Products,
          true},
         {QT_TRANSLATE_NOOP("etp::document", "Unsupported features in use"),
          QT_TRANSLATE_NOOP("etp::document", "Connectors and Exchange 2000 features that Exchange 2007 does not "
                                             "support"),
          {{"features", {}}},
          etp::Section::Features,
          true},
         {QT_TRANSLATE_NOOP("etp::document", "Clients"),
          QT_TRANSLATE_NOOP("etp::document", "Outlook versions in use"),
          {{"organization", {"outlookVersions", "outlook2003OrEarlierInUse"}}},
          etp::Section::Clients,
          true},
     }},
};

class InventoryDocumentBuilder {
    Q_DECLARE_TR_FUNCTIONS(etp::document)

public:
    InventoryDocumentBuilder(const Project &project, const DocumentOrigin &origin)
        : m_project(project)
        , m_origin(origin)
        , m_outline(project.inventory)
    {
        for (int s = 0; s < m_outline.sectionCount(); ++s)
            m_sections.insert(m_outline.section(s).key, s);
    }

    Document build()
    {
        Document document;
        document.kind = DocumentKind::Inventory;
        document.language = currentLanguage();
        document.labels = currentLabels();
        document.title = tr("Inventory of the existing environment");
        document.subtitle = m_project.title;
        document.tocDepth = 1;

        int documented = 0;
        int items = 0;
        QList<DocumentSection> sections;
        // The guidance's reason for these tables opens the first one.
        const Paragraph about = Paragraph{
            tr("Microsoft's Exchange 2007 transition guidance asks for these settings of the existing environment to "
               "be documented before the transition: they are the reference for comparing the old environment with "
               "the new one and for rolling back. Items marked as not recorded are still to be documented; manual "
               "items are those the directory cannot tell, which a person enters."),
            Paragraph::Style::Normal};
        for (const GuidanceTable &guidance : kTables) {
            Table table;
            table.headers = {tr("Setting"), tr("Information to document"), tr("Recorded"), tr("Source")};
            table.weights = {3, 4, 9, 2};
            for (const Row &row : guidance.rows) {
                ++items;
                documented += fillRow(row, table) ? 1 : 0;
            }
            DocumentSection section{QLatin1String(guidance.id), translated(guidance.title), 1, {}};
            if (sections.isEmpty())
                section.blocks.append(about);
            section.blocks.append(table);
            sections.append(section);
        }

        document.titleBlock = projectFacts(m_project, m_origin);
        document.titleBlock.rows.append({tr("Documented"), tr("%1 of %2 items").arg(documented).arg(items)});
        document.titleBlock.rows.append(
            {tr("Sources"), tr("directory: read by discovery; LDIF import or CSV import: read from a file; typed: "
                               "entered by a person")});
        document.sections.append(sections);
        return document;
    }

private:
    static QString translated(const char *text) { return QCoreApplication::translate("etp::document", text); }

    /// Appends the row's lines to the table; returns true when anything is recorded for it.
    bool fillRow(const Row &row, Table &table)
    {
        const int first = int(table.rows.size());
        auto append = [&](const QString &value, const QString &source) {
            const bool isFirst = int(table.rows.size()) == first;
            table.rows.append({isFirst ? translated(row.setting) : QString(),
                               isFirst ? translated(row.information) : QString(), value, source});
        };
        for (const Part &part : row.parts) {
            const int s = m_sections.value(QLatin1String(part.section), -1);
            if (s < 0)
                continue;
            const int count = m_outline.objectCount(s);
            for (int object = 0; object < count; ++object) {
                const QList<OutlineField> fields = m_outline.objectFields(s, object);
                if (part.onlyField && !matches(fields, part.onlyField, part.onlyValue))
                    continue;
                QStringList values;
                QStringList sources;
                for (const OutlineField &field : fields) {
                    if (field.value.isEmpty() || !wanted(part, field.name))
                        continue;
                    values.append(field.label + QStringLiteral(": ") + field.value);
                    const QString source = InventoryOutline::sourceTitle(field.source);
                    if (!sources.contains(source))
                        sources.append(source);
                }
                if (values.isEmpty())
                    continue;
                const QString label =
                    m_outline.section(s).single ? QString() : m_outline.objectLabel(s, object) + QStringLiteral(" — ");
                append(label + values.join(QStringLiteral("; ")), sources.join(QStringLiteral(", ")));
            }
        }
        const QString note = m_project.inventory.sectionNotes.value(enumName(row.note)).trimmed();
        if (!note.isEmpty())
            append(tr("Note: %1").arg(note), InventoryOutline::sourceTitle(Source::Typed));
        const bool recorded = int(table.rows.size()) > first;
        if (!recorded) {
            append(row.manual ? tr("Not recorded yet. A manual item: the directory cannot tell, a person enters it.")
                              : tr("Not recorded yet."),
                   QStringLiteral("—"));
            table.emptyRows.append(first);
        }
        return recorded;
    }

    static bool wanted(const Part &part, const QString &field)
    {
        if (part.fields.size() == 0)
            return true;
        for (const char *name : part.fields) {
            if (field == QLatin1String(name))
                return true;
        }
        return false;
    }

    static bool matches(const QList<OutlineField> &fields, const char *name, const char *value)
    {
        for (const OutlineField &field : fields) {
            if (field.name == QLatin1String(name))
                return field.value == QLatin1String(value);
        }
        return false;
    }

    const Project &m_project;
    const DocumentOrigin &m_origin;
    InventoryOutline m_outline;
    QHash<QString, int> m_sections;
};

} // namespace

Document buildInventoryDocument(const Project &project, const DocumentOrigin &origin)
{
    return InventoryDocumentBuilder(project, origin).build();
}

} // namespace etp::document
