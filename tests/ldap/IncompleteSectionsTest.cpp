// Sections that discovery could not read (the global catalog unreachable) are kept in the project with the reason,
// shown as incomplete after reopening, and cleared by the next complete reading.

#include "DiscoveryTestSupport.h"
#include "TestSupport.h"
#include "inventory/InventoryOutline.h"
#include "inventory/InventoryText.h"
#include "storage/ProjectFile.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;

TEST_CASE("sections a discovery without global catalog could not read stay incomplete after reopening",
          "[ldap][fault][storage]")
{
    auto options = startTlsOptions(sharedSlapd());
    const quint16 port = freePort();
    options.globalCatalogUri = QStringLiteral("ldap://127.0.0.1:%1").arg(port);
    ldap::LiveDiscoveryOptions live;
    live.discovery = options;
    live.resolveAddresses = false;

    Project project;
    const auto outcome = ldap::discoverInto(project.inventory, live, {}, nullptr);
    INFO((outcome ? std::string() : outcome.error().message.toStdString()));
    REQUIRE(outcome);
    const QMap<QString, QString> &incomplete = project.inventory.incompleteSections;
    CHECK(incomplete.keys() == QStringList{QStringLiteral("expansion-servers"), QStringLiteral("functional-levels"),
                                           QStringLiteral("security-groups"), QStringLiteral("server-placement")});
    for (const QString &reason : incomplete)
        CHECK(reason.contains(QString::number(port)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partial.etplan"));
    REQUIRE(saveProject(path, project));
    const Result<Project> reopened = loadProject(path);
    REQUIRE(reopened);
    CHECK(reopened->inventory.incompleteSections == incomplete);

    // `show` says so, in the section and in the list at the end.
    const QString text = inventoryToText(*reopened);
    CHECK(text.contains(QStringLiteral("Incomplete sections")));
    CHECK(text.contains(QStringLiteral("expansion-servers: ") + incomplete.value(QStringLiteral("expansion-servers"))));
    const InventoryOutline outline(reopened->inventory);
    int marked = 0;
    for (int s = 0; s < outline.sectionCount(); ++s) {
        if (!outline.sectionIncomplete(s).isEmpty())
            ++marked;
    }
    CHECK(marked > 0);

    // A complete reading clears the marks.
    live.discovery = startTlsOptions(sharedSlapd());
    Project again = *reopened;
    REQUIRE(ldap::discoverInto(again.inventory, live, {}, nullptr));
    CHECK(again.inventory.incompleteSections.isEmpty());
}
