// The workspace as a person uses it: edits made in the window equal the same edits made on the command line, undo
// returns the project to what it was, findings lead to their objects, and review mode changes nothing.

#include "AppRunner.h"
#include "MainWindow.h"
#include "QtStringMakers.h"
#include "dialogs/Questions.h"
#include "edit/PlanEdits.h"
#include "models/FindingsModel.h"
#include "models/InventoryTreeModel.h"
#include "models/ObjectDetailModel.h"
#include "models/PlanTreeModel.h"
#include "models/ProgressModel.h"
#include "sample/SampleOrganization.h"
#include "session/ProjectSession.h"
#include "storage/ProjectFile.h"
#include "views/AnswerPanel.h"
#include "views/FindingsPage.h"
#include "views/InventoryView.h"
#include "views/Links.h"
#include "views/OverviewPage.h"
#include "views/PlanPage.h"
#include "views/PlanningChoicesPanel.h"
#include "window/Banner.h"
#include "window/DocumentActions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using namespace etp;
using namespace etp::ui;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct TestMode {
    TestMode()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // every test starts as on a first run: no recent files, no page remembered
        Questions::setAnswerer([this](const QString &, const QString &, QMessageBox::StandardButtons) {
            ++asked;
            return answer;
        });
    }
    ~TestMode() { Questions::setAnswerer({}); }
    QMessageBox::StandardButton answer = QMessageBox::Discard;
    int asked = 0;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void requireRun(const QStringList &arguments)
{
    const AppRun run = runApp(arguments);
    INFO(arguments.join(u' ').toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QString writeSample(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    requireRun({u"sample"_s, u"--out"_s, path});
    return path;
}

const Finding *firstOpenManual(const Plan &plan)
{
    for (const Finding &finding : plan.findings) {
        if (finding.severity == Severity::Manual && !finding.answer)
            return &finding;
    }
    return nullptr;
}

/// Every item model of the window, watched by the model tester for as long as it lives.
std::vector<std::unique_ptr<QAbstractItemModelTester>> testAllModels(MainWindow &window)
{
    std::vector<QAbstractItemModel *> models{
        window.findingsPage()->model(),
        window.findingsPage()->filter(),
        window.planPage()->model(),
        window.planPage()->filter(),
        window.overviewPage()->progressModel(),
        window.inventoryView()->treeModel(),
        window.inventoryView()->detailModel(),
    };
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : models)
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    return testers;
}

} // namespace

TEST_CASE("Answers, task edits, reordering and target sites made in the window equal the same command-line edits",
          "[ui]")
{
    TestMode testMode;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString windowPath = writeSample(dir, u"window.etplan"_s);
    const QString cliPath = dir.filePath(u"cli.etplan"_s);
    REQUIRE(QFile::copy(windowPath, cliPath));
    const Result<Project> original = loadProject(windowPath);
    REQUIRE(original.ok());

    MainWindow window;
    const auto testers = testAllModels(window);
    REQUIRE(window.openPath(windowPath));
    window.show();
    ProjectSession *session = window.session();
    REQUIRE_FALSE(session->isReadOnly());
    session->waitForPlan();

    // Answer the first open manual question in the findings page: yes, by whom, with a note.
    const Finding *manual = firstOpenManual(session->plan());
    REQUIRE(manual);
    const QString findingId = manual->id;
    window.showPage(MainWindow::FindingsTab);
    REQUIRE(window.findingsPage()->selectFinding(findingId));
    AnswerPanel *answer = window.findingsPage()->answerPanel();
    REQUIRE(answer->isEnabled());
    answer->yesButton()->setChecked(true);
    answer->byEdit()->setText(u"Ana Trujillo"_s);
    answer->dateEdit()->setDate(QDate::currentDate());
    answer->noteEdit()->setText(u"Checked on the console"_s);
    REQUIRE(answer->recordButton()->isEnabled());
    answer->recordButton()->click();
    session->waitForPlan();
    REQUIRE(session->project().plan.answers.size() == 1);
    CHECK(session->project().plan.answers.first().findingId == findingId);
    CHECK(session->undoStack()->count() == 1);

    // Edit a task in place: status, owner, date and note.
    window.showPage(MainWindow::PlanTab);
    PlanTreeModel *plan = window.planPage()->model();
    const QString taskKey = session->plan().phases.constFirst().tasks.constFirst().key;
    const QModelIndex task = plan->indexOfTask(taskKey);
    REQUIRE(task.isValid());
    CHECK(plan->flags(task.siblingAtColumn(PlanTreeModel::OwnerColumn)).testFlag(Qt::ItemIsEditable));
    REQUIRE(plan->setData(task.siblingAtColumn(PlanTreeModel::StatusColumn), int(TaskStatus::Done)));
    REQUIRE(plan->setData(task.siblingAtColumn(PlanTreeModel::OwnerColumn), u"Kim Berg"_s));
    REQUIRE(plan->setData(task.siblingAtColumn(PlanTreeModel::DateColumn), QDate(2026, 12, 1)));
    REQUIRE(plan->setData(task.siblingAtColumn(PlanTreeModel::NoteColumn), u"Done with the <script> team, Zürich"_s));
    const QModelIndex edited = plan->indexOfTask(taskKey);
    CHECK(edited.siblingAtColumn(PlanTreeModel::OwnerColumn).data().toString() == u"Kim Berg"_s);
    CHECK(edited.siblingAtColumn(PlanTreeModel::StatusColumn).data(PlanTreeModel::StatusRole).toInt() ==
          int(TaskStatus::Done));

    // Move the first routing group one place down, in the planning choices.
    PlanningChoicesPanel *choices = window.planPage()->choices();
    QListWidget *order = choices->orderList();
    REQUIRE(order->count() >= 2);
    const QString firstName = order->item(0)->text();
    const QString secondName = order->item(1)->text();
    order->setCurrentRow(0);
    choices->moveSelected(+1);
    // A structural edit re-plans off the GUI thread; the window stays usable meanwhile.
    CHECK(session->planning());
    session->waitForPlan();
    CHECK_FALSE(session->planning());
    REQUIRE(order->count() >= 2);
    CHECK(order->item(0)->text() == secondName);
    CHECK(order->item(1)->text() == firstName);
    const QStringList newOrder = session->project().plan.routingGroupOrder;
    REQUIRE(newOrder.size() == original->inventory.routingGroups.size());
    CHECK_FALSE(choices->resetOrderButton()->isHidden());
    CHECK(choices->resetOrderButton()->isEnabled());

    // Add a target AD site to the first routing group.
    QComboBox *group = choices->targetRoutingGroupBox();
    group->setCurrentIndex(0);
    const QString groupId = group->currentData().toString();
    REQUIRE_FALSE(groupId.isEmpty());
    QListWidget *sites = choices->targetSiteList();
    int unticked = -1;
    REQUIRE(sites->count() == original->inventory.sites.size());
    for (int row = 0; row < sites->count(); ++row) {
        // Every site shows a box to tick, ticked or not.
        CHECK(sites->item(row)->data(Qt::CheckStateRole).isValid());
        CHECK(sites->item(row)->flags().testFlag(Qt::ItemIsUserCheckable));
        if (sites->item(row)->checkState() == Qt::Unchecked)
            unticked = row;
    }
    REQUIRE(unticked >= 0);
    const QString addedSiteName = sites->item(unticked)->text();
    sites->item(unticked)->setCheckState(Qt::Checked);
    session->waitForPlan();
    QStringList targetIds;
    for (const RoutingGroupTargets &targets : session->project().plan.targetSites) {
        if (targets.routingGroupId == groupId)
            targetIds = targets.siteIds;
    }
    REQUIRE(targetIds.size() >= 2);
    bool addedSiteTargeted = false;
    for (const AdSite &site : original->inventory.sites) {
        if (site.name == addedSiteName)
            addedSiteTargeted = targetIds.contains(site.meta.id);
    }
    CHECK(addedSiteTargeted);

    REQUIRE(session->isModified());
    REQUIRE(window.documentActions()->saveAction()->isEnabled());
    REQUIRE(window.documentActions()->save());
    CHECK_FALSE(session->isModified());

    // The same edits on the command line.
    requireRun({u"answer"_s, cliPath, findingId, u"yes"_s, u"--by"_s, u"Ana Trujillo"_s, u"--note"_s,
                u"Checked on the console"_s});
    requireRun({u"task"_s, cliPath, taskKey, u"--status"_s, u"done"_s, u"--owner"_s, u"Kim Berg"_s, u"--date"_s,
                u"2026-12-01"_s, u"--note"_s, u"Done with the <script> team, Zürich"_s});
    requireRun({u"order"_s, cliPath, newOrder.join(u',')});
    requireRun({u"targets"_s, cliPath, groupId, targetIds.join(u',')});

    Result<Project> viaWindow = loadProject(windowPath);
    Result<Project> viaCli = loadProject(cliPath);
    REQUIRE(viaWindow.ok());
    REQUIRE(viaCli.ok());
    // Both stamp the answer with the time it was given; only what the edits chose is compared.
    REQUIRE(viaWindow->plan.answers.size() == 1);
    REQUIRE(viaCli->plan.answers.size() == 1);
    CHECK(viaWindow->plan.answers.first().at.date() == QDate::currentDate());
    const QDateTime normalized(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    viaWindow->plan.answers.first().at = normalized;
    viaCli->plan.answers.first().at = normalized;
    CHECK(viaWindow->plan.answers == viaCli->plan.answers);
    CHECK(viaWindow->plan.tasks == viaCli->plan.tasks);
    CHECK(viaWindow->plan.routingGroupOrder == viaCli->plan.routingGroupOrder);
    CHECK(viaWindow->plan.targetSites == viaCli->plan.targetSites);
    CHECK(*viaWindow == *viaCli);
    CHECK(viaWindow->plan != original->plan);

    // Reopened, the window shows everything as it was left.
    REQUIRE(window.openPath(windowPath));
    session->waitForPlan();
    const QModelIndex reopened = window.planPage()->model()->indexOfTask(taskKey);
    CHECK(reopened.siblingAtColumn(PlanTreeModel::OwnerColumn).data().toString() == u"Kim Berg"_s);
    CHECK(reopened.siblingAtColumn(PlanTreeModel::DateColumn).data(PlanTreeModel::DateRole).toDate() ==
          QDate(2026, 12, 1));
    CHECK(window.planPage()->choices()->orderList()->item(0)->text() == secondName);
}

TEST_CASE("Undoing every edit made in the window returns the project to what it was", "[ui]")
{
    TestMode testMode;
    MainWindow window;
    const auto testers = testAllModels(window);
    window.openSample();
    ProjectSession *session = window.session();
    session->waitForPlan();
    const Project before = session->project();

    const Finding *manual = firstOpenManual(session->plan());
    REQUIRE(manual);
    REQUIRE(window.findingsPage()->selectFinding(manual->id));
    AnswerPanel *answer = window.findingsPage()->answerPanel();
    answer->noButton()->setChecked(true);
    answer->byEdit()->setText(u"Ana Trujillo"_s);
    answer->recordButton()->click();
    session->waitForPlan();

    PlanTreeModel *plan = window.planPage()->model();
    const QString taskKey = session->plan().phases.constFirst().tasks.constFirst().key;
    REQUIRE(plan->setData(plan->indexOfTask(taskKey), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(plan->setData(plan->indexOfTask(taskKey).siblingAtColumn(PlanTreeModel::NoteColumn), u"Started"_s));
    PlanningChoicesPanel *choices = window.planPage()->choices();
    choices->orderList()->setCurrentRow(1);
    choices->moveSelected(-1);
    session->waitForPlan();
    const int edits = session->undoStack()->count();
    CHECK(edits == 4);
    CHECK(session->project() != before);
    // Undo names what it undoes.
    CHECK(window.undoAction()->isEnabled());
    CHECK(window.undoAction()->text().size() > QStringLiteral("Undo").size());

    for (int i = 0; i < edits; ++i) {
        REQUIRE(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
    }
    session->waitForPlan();
    CHECK_FALSE(window.undoAction()->isEnabled());
    CHECK(session->project() == before);
    CHECK_FALSE(session->isModified());
    CHECK(plan->indexOfTask(taskKey).siblingAtColumn(PlanTreeModel::NoteColumn).data().toString().isEmpty());

    // Redo brings the edits back.
    for (int i = 0; i < edits; ++i)
        window.redoAction()->trigger();
    session->waitForPlan();
    CHECK(session->project() != before);
    CHECK(session->project().plan.answers.size() == 1);
    CHECK(plan->indexOfTask(taskKey).siblingAtColumn(PlanTreeModel::NoteColumn).data().toString() == u"Started"_s);
}

TEST_CASE("Activating a finding goes to the object it concerns", "[ui]")
{
    TestMode testMode;
    MainWindow window;
    window.openSample();
    window.show();
    ProjectSession *session = window.session();
    session->waitForPlan();
    const Inventory &inventory = session->project().inventory;
    const Finding *serverFinding = nullptr;
    for (const Finding &finding : session->plan().findings) {
        if (finding.subjectKind == QLatin1String(ExchangeServer::kind)) {
            serverFinding = &finding;
            break;
        }
    }
    REQUIRE(serverFinding);
    const QString subjectId = serverFinding->subjectId;
    const QString subject = serverFinding->subject;

    window.showPage(MainWindow::FindingsTab);
    FindingsPage *findings = window.findingsPage();
    REQUIRE(findings->selectFinding(serverFinding->id));
    // The detail names the phases the finding holds or concerns.
    if (!serverFinding->holds.isEmpty())
        CHECK(findings->detailLabel()->text().contains(u"phase:"_s));
    findings->tree()->setFocus();
    QTest::keyClick(findings->tree(), Qt::Key_Return);
    CHECK(window.currentPage() == MainWindow::InventoryTab);
    const QModelIndex current = window.inventoryView()->tree()->currentIndex();
    CHECK(current.data().toString() == subject);
    CHECK(window.inventoryView()->treeModel()->indexOfObject(subjectId) ==
          window.inventoryView()->tree()->currentIndex());

    // A finding link in the plan's detail goes back to the finding.
    window.followLink(u"finding:"_s + serverFinding->id);
    CHECK(window.currentPage() == MainWindow::FindingsTab);
    CHECK(findings->tree()->currentIndex().data(FindingsModel::FindingIdRole).toString() == serverFinding->id);
    Q_UNUSED(inventory);
}

TEST_CASE("A project opened for review refuses every edit and changes no byte", "[ui]")
{
    TestMode testMode;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeSample(dir, u"review.etplan"_s);
    const QByteArray bytes = fileBytes(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    {
        MainWindow window;
        const auto testers = testAllModels(window);
        REQUIRE(window.openPath(path, true));
        window.show();
        ProjectSession *session = window.session();
        session->waitForPlan();
        const Project before = session->project();
        CHECK(session->isReadOnly());
        CHECK(window.windowTitle().contains(u"read-only"_s));
        CHECK(window.notice()->isVisibleTo(&window));
        CHECK(window.notice()->text().contains(u"review"_s));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);

        CHECK_FALSE(window.documentActions()->saveAction()->isEnabled());
        CHECK_FALSE(window.documentActions()->revertAction()->isEnabled());
        CHECK_FALSE(window.undoAction()->isEnabled());

        // Tasks cannot be edited in place.
        PlanTreeModel *plan = window.planPage()->model();
        const QString taskKey = session->plan().phases.constFirst().tasks.constFirst().key;
        const QModelIndex task = plan->indexOfTask(taskKey);
        for (int column = PlanTreeModel::NameColumn; column < PlanTreeModel::ColumnCount; ++column) {
            CHECK_FALSE(plan->flags(task.siblingAtColumn(column)).testFlag(Qt::ItemIsEditable));
            CHECK_FALSE(plan->flags(task.siblingAtColumn(column)).testFlag(Qt::ItemIsUserCheckable));
        }
        CHECK_FALSE(plan->setData(task.siblingAtColumn(PlanTreeModel::OwnerColumn), u"Kim Berg"_s));
        CHECK_FALSE(plan->setData(task, Qt::Checked, Qt::CheckStateRole));

        // Answers cannot be recorded.
        const Finding *manual = firstOpenManual(session->plan());
        REQUIRE(manual);
        REQUIRE(window.findingsPage()->selectFinding(manual->id));
        AnswerPanel *answer = window.findingsPage()->answerPanel();
        CHECK_FALSE(answer->recordButton()->isEnabled());
        answer->recordButton()->click();

        // Planning choices cannot be changed.
        PlanningChoicesPanel *choices = window.planPage()->choices();
        CHECK_FALSE(choices->upButton()->isEnabled());
        CHECK_FALSE(choices->downButton()->isEnabled());
        CHECK_FALSE(choices->targetSiteList()->isEnabled());
        CHECK_FALSE(choices->firstConnectorBox()->isEnabled());
        choices->orderList()->setCurrentRow(1);
        choices->moveSelected(-1);
        session->waitForPlan();

        CHECK(session->undoStack()->count() == 0);
        CHECK_FALSE(session->isModified());
        CHECK(session->project() == before);
        // Closing asks nothing: there is nothing to lose.
        window.close();
        CHECK(testMode.asked == 0);
    }
    CHECK(fileBytes(path) == bytes);
    CHECK(QFileInfo(path).lastModified() == modified);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
}

TEST_CASE("A project another editor holds opens read-only and says so", "[ui]")
{
    TestMode testMode;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeSample(dir, u"shared.etplan"_s);

    MainWindow editor;
    REQUIRE(editor.openPath(path));
    REQUIRE_FALSE(editor.session()->isReadOnly());

    MainWindow second;
    REQUIRE(second.openPath(path));
    CHECK(second.session()->isReadOnly());
    CHECK_FALSE(second.session()->isReviewOnly());
    CHECK(second.notice()->isVisibleTo(&second));
    CHECK(second.notice()->text().contains(u"open for editing"_s));
    CHECK_FALSE(second.documentActions()->saveAction()->isEnabled());
    second.session()->waitForPlan();
    PlanTreeModel *plan = second.planPage()->model();
    const QModelIndex task = plan->indexOfTask(second.session()->plan().phases.constFirst().tasks.constFirst().key);
    CHECK_FALSE(plan->setData(task.siblingAtColumn(PlanTreeModel::OwnerColumn), u"Kim Berg"_s));

    // The first window still edits and saves.
    PlanTreeModel *editable = editor.planPage()->model();
    editor.session()->waitForPlan();
    const QModelIndex editableTask =
        editable->indexOfTask(editor.session()->plan().phases.constFirst().tasks.constFirst().key);
    const QString taskKey = editor.session()->plan().phases.constFirst().tasks.constFirst().key;
    CHECK(editable->setData(editableTask.siblingAtColumn(PlanTreeModel::OwnerColumn), u"Kim Berg"_s));
    CHECK(editor.documentActions()->save());

    // The reviewer is told that the file changed and reloads it; the editor's own save does not alarm the editor.
    REQUIRE(QTest::qWaitFor([&] { return second.notice()->text().contains(u"changed on disk"_s); }, 5000));
    CHECK_FALSE(editor.notice()->text().contains(u"changed on disk"_s));
    REQUIRE(second.notice()->actionButton()->isVisibleTo(&second));
    second.notice()->actionButton()->click();
    second.session()->waitForPlan();
    CHECK(second.session()->isReadOnly());
    const QModelIndex reloaded = second.planPage()->model()->indexOfTask(taskKey);
    CHECK(reloaded.siblingAtColumn(PlanTreeModel::OwnerColumn).data().toString() == u"Kim Berg"_s);
    CHECK(second.notice()->text().contains(u"open for editing"_s));
}

TEST_CASE("Opened files are remembered as recent, and a project file dropped on the window opens", "[ui]")
{
    TestMode testMode;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString first = writeSample(dir, u"first, \"quoted\" & <odd>.etplan"_s);
    const QString second = writeSample(dir, u"Zürich Σ.etplan"_s);
    {
        MainWindow window;
        REQUIRE(window.openPath(first));
        REQUIRE(window.openPath(second));
        window.showPage(MainWindow::PlanTab);
        window.close();
    }
    MainWindow window;
    window.show();
    // The last page is remembered.
    CHECK(window.currentPage() == MainWindow::PlanTab);
    const QMenu *recent = window.findChild<QMenu *>(u"recentProjectsMenu"_s);
    REQUIRE(recent);
    QStringList entries;
    for (const QAction *action : recent->actions())
        if (!action->isSeparator())
            entries.append(action->data().toString());
    REQUIRE(entries.size() >= 2);
    CHECK(QFileInfo(entries.at(0)) == QFileInfo(second));
    CHECK(QFileInfo(entries.at(1)) == QFileInfo(first));
    // Menu texts show the names as they are (an ampersand is not taken for a shortcut).
    CHECK(recent->actions().constFirst()->text().contains(u"Zürich Σ.etplan"_s));
    CHECK(recent->actions().at(1)->text().contains(u"&& <odd>"_s));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(first)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    CHECK(QFileInfo(window.session()->path()) == QFileInfo(first));
    CHECK(window.windowTitle().contains(window.session()->displayName()));
}

TEST_CASE("Closing with unsaved changes asks, and Cancel keeps the window and the changes", "[ui]")
{
    TestMode testMode;
    MainWindow window;
    window.openSample();
    window.show();
    ProjectSession *session = window.session();
    session->waitForPlan();
    PlanTreeModel *plan = window.planPage()->model();
    const QString taskKey = session->plan().phases.constFirst().tasks.constFirst().key;
    REQUIRE(plan->setData(plan->indexOfTask(taskKey).siblingAtColumn(PlanTreeModel::OwnerColumn), u"Kim Berg"_s));
    REQUIRE(session->isModified());

    testMode.answer = QMessageBox::Cancel;
    CHECK_FALSE(window.close());
    CHECK(testMode.asked == 1);
    CHECK(window.isVisible());
    CHECK(session->isModified());
    CHECK(session->undoStack()->count() == 1);

    // Opening another project asks too; Cancel keeps this one.
    window.openSample();
    CHECK(testMode.asked == 2);
    CHECK(session->undoStack()->count() == 1);

    testMode.answer = QMessageBox::Discard;
    CHECK(window.close());
    CHECK(testMode.asked == 3);
}

TEST_CASE("The overview shows readiness and progress per routing group and links to the details", "[ui]")
{
    TestMode testMode;
    MainWindow window;
    window.openSample();
    ProjectSession *session = window.session();
    session->waitForPlan();
    CHECK(window.currentPage() == MainWindow::OverviewTab);
    OverviewPage *overview = window.overviewPage();
    int blockers = 0;
    for (const Finding &finding : session->plan().findings)
        blockers += finding.severity == Severity::Blocker ? 1 : 0;
    REQUIRE(blockers > 0);
    CHECK(overview->readinessLabel()->text().contains(QString::number(blockers)));
    ProgressModel *progress = overview->progressModel();
    CHECK(progress->rowCount() >= session->project().inventory.routingGroups.size());
    CHECK(progress->rowCount() >= 1);
    const QString firstRow = progress->index(0, 0).data().toString();
    CHECK_FALSE(firstRow.isEmpty());

    // Ticking a task off moves its routing group's bar.
    PlanTreeModel *plan = window.planPage()->model();
    int changedRows = 0;
    QObject::connect(progress, &QAbstractItemModel::dataChanged, [&] { ++changedRows; });
    QObject::connect(progress, &QAbstractItemModel::modelReset, [&] { ++changedRows; });
    for (const Phase &phase : session->plan().phases) {
        if (!phase.subjectId.isEmpty() && !phase.tasks.isEmpty()) {
            REQUIRE(plan->setData(plan->indexOfTask(phase.tasks.constFirst().key), Qt::Checked, Qt::CheckStateRole));
            break;
        }
    }
    session->waitForPlan();
    CHECK(changedRows > 0);

    // The readiness line's blockers link opens the findings with blockers shown.
    window.followLink(Link::findings(int(Severity::Blocker)));
    CHECK(window.currentPage() == MainWindow::FindingsTab);
    CHECK(window.findingsPage()->severityBox()->currentData().toInt() == int(Severity::Blocker));
    FindingsFilter *shown = window.findingsPage()->filter();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex rule = shown->index(row, 0);
        for (int child = 0; child < shown->rowCount(rule); ++child)
            CHECK(shown->index(child, 0, rule).data(FindingsModel::SeverityRole).toInt() == int(Severity::Blocker));
    }
}

TEST_CASE("A page out of sight is brought up to date when it is shown", "[ui]")
{
    TestMode testMode;
    MainWindow window;
    window.openSample();
    window.show();
    ProjectSession *session = window.session();
    session->waitForPlan();
    window.showPage(MainWindow::PlanTab);
    const Finding *manual = firstOpenManual(session->plan());
    REQUIRE(manual);
    const QString findingId = manual->id;
    FindingsModel *findings = window.findingsPage()->model();
    const auto answerShown = [&] {
        return findings->indexOfFinding(findingId).siblingAtColumn(FindingsModel::AnswerColumn).data().toString();
    };
    const QString before = answerShown();

    // Answered while the findings are out of sight (as the command line or an undo would).
    REQUIRE(session->apply(answerFinding(session->editableProject(), session->plan().findings, findingId, true,
                                         u"Ana Trujillo"_s, QDateTime::currentDateTimeUtc(), QString())));
    session->waitForPlan();
    CHECK(answerShown() == before); // not rebuilt while hidden
    window.showPage(MainWindow::FindingsTab);
    CHECK(answerShown() != before);
    CHECK(answerShown().contains(u"Ana Trujillo"_s));
}
