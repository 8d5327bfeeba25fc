#pragma once

// The evaluator of each catalogue rule, by family. Each function applies exactly one rule ID; RuleCatalog.cpp lists
// them in catalogue order.

#include "rules/RuleContext.h"

#include <QCoreApplication>

namespace etp::rules {

// Organization (OrganizationRules.cpp).
void organizationMixedMode(const RuleContext &context, QList<Finding> &findings);  // ORG-MIXED-MODE
void organizationExchange55(const RuleContext &context, QList<Finding> &findings); // ORG-EXCHANGE-55
void organizationSrs(const RuleContext &context, QList<Finding> &findings);        // ORG-SRS
void organizationAdc(const RuleContext &context, QList<Finding> &findings);        // ORG-ADC
void organizationLinkState(const RuleContext &context, QList<Finding> &findings);  // ORG-LINK-STATE

// Servers (ServerRules.cpp).
void serverExchange2003ServicePack(const RuleContext &context, QList<Finding> &findings); // SRV-E2003-SP
void serverExchange2000ServicePack(const RuleContext &context, QList<Finding> &findings); // SRV-E2000-SP
void serverExchange2000Rollup(const RuleContext &context, QList<Finding> &findings);      // SRV-E2000-ROLLUP
void serverVersionUnknown(const RuleContext &context, QList<Finding> &findings);          // SRV-VERSION-UNKNOWN
void serverSite(const RuleContext &context, QList<Finding> &findings);                    // AD-SERVER-SITE

// Routing (RoutingRules.cpp).
void routingGroupUnreachable(const RuleContext &context, QList<Finding> &findings);   // RG-UNREACHABLE
void routingGroupMasterDeleted(const RuleContext &context, QList<Finding> &findings); // RG-MASTER-DELETED

// Features and products (FeatureRules.cpp).
void featureExchange2000(const RuleContext &context, QList<Finding> &findings); // FEATURE-E2000
void featureExchange2003(const RuleContext &context, QList<Finding> &findings); // FEATURE-E2003
void productNotReady(const RuleContext &context, QList<Finding> &findings);     // PRODUCT-NOT-READY

// Recipients and public folders (RecipientRules.cpp).
void policyLdapFilter(const RuleContext &context, QList<Finding> &findings);        // POLICY-LDAP-FILTER
void expansionServer(const RuleContext &context, QList<Finding> &findings);         // EXPANSION-SERVER
void publicFolderCoexistence(const RuleContext &context, QList<Finding> &findings); // PF-COEXISTENCE

// Active Directory (DirectoryRules.cpp).
void directorySchemaMaster(const RuleContext &context, QList<Finding> &findings);      // AD-SCHEMA-MASTER
void directorySiteGlobalCatalog(const RuleContext &context, QList<Finding> &findings); // AD-SITE-GC
void directoryDomainMixed(const RuleContext &context, QList<Finding> &findings);       // AD-DOMAIN-MIXED
void directoryForestLevel(const RuleContext &context, QList<Finding> &findings);       // AD-FOREST-LEVEL
void directoryPrepRights(const RuleContext &context, QList<Finding> &findings);        // AD-PREP-RIGHTS

// Inventory and network (InventoryRules.cpp, NetworkRules.cpp).
void inventoryIncomplete(const RuleContext &context, QList<Finding> &findings); // INV-INCOMPLETE
void networkMx(const RuleContext &context, QList<Finding> &findings);           // NET-MX
void networkPort(const RuleContext &context, QList<Finding> &findings);         // NET-PORT

/// Names a list of things for a message: "A, B and 3 more" (at most `shown` named).
QString nameList(const QStringList &names, int shown = 5);

} // namespace etp::rules
