// Renders the main window's pages on the bundled sample into PNG files, for docs/screenshots/make.sh (run under
// xvfb-run) and for looking at the window after a change:
//   etp-window-shots OUTPUT-DIR [--lang de] [--scale-check]
// Pictures: overview, findings (a manual question selected), plan (a held phase selected), planning choices,
// inventory (a server selected), read-only review of a saved copy, and the overview in German.
#include "MainWindow.h"
#include "dialogs/Questions.h"
#include "edit/PlanEdits.h"
#include "models/PlanTreeModel.h"
#include "sample/SampleOrganization.h"
#include "session/ProjectSession.h"
#include "storage/ProjectFile.h"
#include "views/FindingsPage.h"
#include "views/InventoryView.h"
#include "views/PlanPage.h"
#include "views/PlanningChoicesPanel.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QListWidget>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

using namespace etp;
using namespace etp::ui;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(40);
    }
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

void installCatalogue(QApplication &app, const QString &language)
{
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(ETP_BINARY_DIR "/app/exchange-transition-planner_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
}

void installGerman(QApplication &app)
{
    installCatalogue(app, QStringLiteral("de"));
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

QString firstManualFinding(const Plan &plan)
{
    for (const Finding &f : plan.findings) {
        if (f.severity == Severity::Manual)
            return f.id;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // leave the person's settings and recent files alone
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        QTextStream(stderr) << "usage: etp-window-shots OUTPUT-DIR [--lang de]" << Qt::endl;
        return 2;
    }
    const QDir out(args.first());
    QDir().mkpath(out.absolutePath());
    const bool german = args.contains(QStringLiteral("--lang")) && args.contains(QStringLiteral("de"));
    if (german)
        installGerman(app);
    else
        installCatalogue(app, QStringLiteral("en"));
    const QString suffix = german ? QStringLiteral("-de") : QString();
    Questions::setAnswerer(
        [](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });

    bool ok = true;
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openSample();
        window.session()->waitForPlan();
        window.showPage(MainWindow::OverviewTab);
        ok &= save(&window, out.filePath(QStringLiteral("window-overview%1.png").arg(suffix)));

        window.showPage(MainWindow::FindingsTab);
        window.findingsPage()->selectFinding(firstManualFinding(window.session()->plan()));
        ok &= save(&window, out.filePath(QStringLiteral("window-findings%1.png").arg(suffix)));

        // A few tasks ticked off, so that the plan shows progress.
        Project &project = window.session()->editableProject();
        const Plan &plan = window.session()->plan();
        const Phase &assess = plan.phases.constFirst();
        for (int i = 0; i < 3 && i < assess.tasks.size(); ++i) {
            TaskEdit edit;
            edit.status = TaskStatus::Done;
            edit.owner = QStringLiteral("K. Berg");
            window.session()->apply(setTaskState(project, window.session()->plan(), assess.tasks.at(i).key, edit));
        }
        window.showPage(MainWindow::PlanTab);
        PlanPage *planPage = window.planPage();
        planPage->selectPhase(plan.phases.at(1).key);
        ok &= save(&window, out.filePath(QStringLiteral("window-plan%1.png").arg(suffix)));
        PlanningChoicesPanel *choices = planPage->choices();
        choices->orderList()->setCurrentRow(1);
        ok &= save(choices->parentWidget()->parentWidget(),
                   out.filePath(QStringLiteral("window-planning-choices%1.png").arg(suffix)));

        window.showPage(MainWindow::InventoryTab);
        window.inventoryView()->selectObject(window.session()->project().inventory.servers.first().meta.id);
        ok &= save(&window, out.filePath(QStringLiteral("window-inventory%1.png").arg(suffix)));
    }
    {
        const QString copy = out.filePath(QStringLiteral(".review-sample.etplan"));
        QFile::remove(copy);
        if (!saveProject(copy, sampleProject())) {
            QTextStream(stderr) << "could not write " << copy << Qt::endl;
            return 1;
        }
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        ok &= window.openPath(copy, true);
        window.session()->waitForPlan();
        window.showPage(MainWindow::PlanTab);
        window.planPage()->selectPhase(window.session()->plan().phases.at(2).key);
        ok &= save(&window, out.filePath(QStringLiteral("window-read-only%1.png").arg(suffix)));
        window.close();
        QFile::remove(copy);
    }
    return ok ? 0 : 1;
}
