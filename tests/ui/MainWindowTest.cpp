#include "MainWindow.h"
#include "QtStringMakers.h"
#include "models/InventoryTreeModel.h"
#include "models/ObjectDetailModel.h"
#include "sample/SampleOrganization.h"
#include "views/InventoryView.h"
#include "window/Banner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::ui;

namespace {

/// The value and source the detail table shows for a field label, or empty strings.
std::pair<QString, QString> detailOf(const ObjectDetailModel *model, const QString &label)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ObjectDetailModel::FieldColumn).data().toString() == label)
            return {model->index(row, ObjectDetailModel::ValueColumn).data().toString(),
                    model->index(row, ObjectDetailModel::SourceColumn).data().toString()};
    }
    return {};
}

} // namespace

TEST_CASE("The inventory tree and detail models pass the model tester on the sample", "[ui]")
{
    MainWindow window;
    InventoryView *view = window.inventoryView();
    QAbstractItemModelTester treeTester(view->treeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester detailTester(view->detailModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.showProject(sampleProject());

    const InventoryTreeModel *tree = view->treeModel();
    REQUIRE(tree->rowCount() == 4);
    CHECK(tree->index(0, 0).data().toString() == QLatin1String("Exchange organization"));
    // Every object of every section is reachable in the tree.
    int objects = 0;
    for (int g = 0; g < tree->rowCount(); ++g) {
        const QModelIndex group = tree->index(g, 0);
        for (int s = 0; s < tree->rowCount(group); ++s) {
            const QModelIndex section = tree->index(s, 0, group);
            objects += tree->rowCount(section);
            for (int o = 0; o < tree->rowCount(section); ++o)
                CHECK(tree->parent(tree->index(o, 0, section)) == section);
        }
    }
    CHECK(objects > 100);
    const Inventory inventory = sampleProject().inventory;
    CHECK(tree->indexOfObject(inventory.servers.first().meta.id).data().toString() == QLatin1String("SEA-EX01"));
}

TEST_CASE("The window shows the sample read-only and can be walked with the keyboard", "[ui]")
{
    MainWindow window;
    window.showProject(sampleProject(), true);
    window.showPage(MainWindow::InventoryTab);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(window.windowTitle().contains(QLatin1String("Fabrikam (sample organization)")));
    CHECK(window.windowTitle().contains(QLatin1String("read-only")));

    InventoryView *view = window.inventoryView();
    QTreeView *tree = view->tree();
    CHECK_FALSE(tree->accessibleName().isEmpty());
    CHECK_FALSE(view->details()->accessibleName().isEmpty());
    CHECK(view->details()->editTriggers() == QAbstractItemView::NoEditTriggers);

    // The organization is shown first.
    CHECK(detailOf(view->detailModel(), QStringLiteral("Name")).first == QLatin1String("Fabrikam"));

    // Down moves to the administrative groups; Right opens them; Down enters the first one.
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK(tree->currentIndex().data().toString() == QLatin1String("Administrative groups (3)"));
    CHECK(detailOf(view->detailModel(), QStringLiteral("Objects")).first == QLatin1String("3"));
    QTest::keyClick(tree, Qt::Key_Right);
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK(tree->currentIndex().data().toString() == QLatin1String("First Administrative Group"));
    CHECK(detailOf(view->detailModel(), QStringLiteral("Default")).first == QLatin1String("yes"));

    // A server shows its routing group by name and says which values were typed.
    const Inventory inventory = sampleProject().inventory;
    REQUIRE(view->selectObject(inventory.servers.first().meta.id));
    CHECK(tree->currentIndex().data().toString() == QLatin1String("SEA-EX01"));
    CHECK(detailOf(view->detailModel(), QStringLiteral("Routing group")) ==
          std::pair<QString, QString>(QStringLiteral("Seattle Hub"), QStringLiteral("directory")));
    CHECK(detailOf(view->detailModel(), QStringLiteral("Memory (GB)")) ==
          std::pair<QString, QString>(QStringLiteral("4"), QStringLiteral("typed")));

    // Tab reaches the detail table.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == view->details());

    // Let the layouts settle (as the event loop would) before the picture is taken.
    REQUIRE(view->selectObject(inventory.servers.first().meta.id));
    QTest::qWait(50);
    const QImage shot = window.grab().toImage();
    REQUIRE_FALSE(shot.isNull());
    const QString path = QStringLiteral(ETP_BINARY_DIR) + QStringLiteral("/main-window-sample.png");
    CHECK(shot.save(path));
}

TEST_CASE("The window shows an error in its banner and keeps working", "[ui]")
{
    MainWindow window;
    CHECK(window.windowTitle() == QLatin1String("Exchange Transition Planner"));
    window.showError(QStringLiteral("The file /tmp/missing.etplan does not exist."));
    CHECK(window.banner()->isVisibleTo(&window));
    CHECK(window.banner()->text().contains(QLatin1String("missing.etplan")));
    window.showProject(sampleProject());
    CHECK_FALSE(window.banner()->isVisibleTo(&window));
}
