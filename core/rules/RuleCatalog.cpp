#include "RuleCatalog.h"

#include "rules/catalog/CatalogRules.h"

namespace etp {

const std::vector<RuleDefinition> &ruleCatalog()
{
    using namespace rules;
    // PRODUCT.md "Rule catalogue", in its order.
    static const std::vector<RuleDefinition> catalog{
        {"ORG-MIXED-MODE", Severity::Blocker, organizationMixedMode},
        {"ORG-EXCHANGE-55", Severity::Blocker, organizationExchange55},
        {"ORG-SRS", Severity::Blocker, organizationSrs},
        {"ORG-ADC", Severity::Blocker, organizationAdc},
        {"SRV-E2003-SP", Severity::Blocker, serverExchange2003ServicePack},
        {"SRV-E2000-SP", Severity::Blocker, serverExchange2000ServicePack},
        {"SRV-E2000-ROLLUP", Severity::Manual, serverExchange2000Rollup},
        {"SRV-VERSION-UNKNOWN", Severity::Warning, serverVersionUnknown},
        {"ORG-LINK-STATE", Severity::Manual, organizationLinkState},
        {"RG-UNREACHABLE", Severity::Warning, routingGroupUnreachable},
        {"RG-MASTER-DELETED", Severity::Warning, routingGroupMasterDeleted},
        {"FEATURE-E2000", Severity::Warning, featureExchange2000},
        {"FEATURE-E2003", Severity::Warning, featureExchange2003},
        {"PRODUCT-NOT-READY", Severity::Blocker, productNotReady},
        {"POLICY-LDAP-FILTER", Severity::Warning, policyLdapFilter},
        {"EXPANSION-SERVER", Severity::Warning, expansionServer},
        {"PF-COEXISTENCE", Severity::Warning, publicFolderCoexistence},
        {"AD-SCHEMA-MASTER", Severity::Blocker, directorySchemaMaster},
        {"AD-SITE-GC", Severity::Blocker, directorySiteGlobalCatalog},
        {"AD-DOMAIN-MIXED", Severity::Blocker, directoryDomainMixed},
        {"AD-FOREST-LEVEL", Severity::Info, directoryForestLevel},
        {"AD-PREP-RIGHTS", Severity::Manual, directoryPrepRights},
        {"AD-SERVER-SITE", Severity::Warning, serverSite},
        {"INV-INCOMPLETE", Severity::Info, inventoryIncomplete},
        {"NET-MX", Severity::Warning, networkMx},
        {"NET-PORT", Severity::Warning, networkPort},
    };
    return catalog;
}

const RuleDefinition *findRule(const QString &id)
{
    for (const auto &rule : ruleCatalog()) {
        if (id == QLatin1String(rule.id))
            return &rule;
    }
    return nullptr;
}

void applyAnswers(QList<Finding> &findings, const PlanState &plan)
{
    if (plan.answers.isEmpty())
        return;
    QHash<QString, const ManualAnswer *> answers;
    for (const auto &answer : plan.answers)
        answers.insert(answer.findingId, &answer);
    for (auto &finding : findings) {
        if (finding.severity != Severity::Manual)
            continue;
        const ManualAnswer *answer = answers.value(finding.id);
        if (!answer)
            continue;
        finding.answer = *answer;
        if (answer->yes) {
            finding.concerns += finding.holds;
            finding.holds.clear();
        }
    }
}

QList<Finding> evaluateRules(const RuleContext &context)
{
    QList<Finding> findings;
    for (const auto &rule : ruleCatalog())
        rule.evaluate(context, findings);
    applyAnswers(findings, context.project().plan);
    return findings;
}

QList<Finding> evaluateRules(const Project &project)
{
    const RuleContext context(project);
    return evaluateRules(context);
}

namespace rules {

QString nameList(const QStringList &names, int shown)
{
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return names.first();
    if (names.size() <= shown) {
        return QCoreApplication::translate("etp::rules", "%1 and %2")
            .arg(names.mid(0, names.size() - 1).join(QLatin1String(", ")), names.last());
    }
    const int rest = int(names.size()) - shown;
    return QCoreApplication::translate("etp::rules", "%1 and %n more", nullptr, rest)
        .arg(names.mid(0, shown).join(QLatin1String(", ")));
}

} // namespace rules

} // namespace etp
