#include "MainWindow.h"

#include "dialogs/ExportDialog.h"
#include "session/ProjectSession.h"
#include "views/FindingsPage.h"
#include "views/InventoryView.h"
#include "views/Links.h"
#include "views/OverviewPage.h"
#include "views/PlanPage.h"
#include "window/Banner.h"
#include "window/DocumentActions.h"
#include "window/RecentFiles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace etp::ui {

namespace {

/// The page shown while no project is open: what the program is for and the two ways in.
QWidget *welcomePage(QAction *open, QAction *sample)
{
    auto *page = new QWidget;
    page->setAccessibleName(MainWindow::tr("No project open"));
    auto *text = new QLabel(MainWindow::tr("<h2>No project is open</h2><p>Open a project file, or look at the "
                                           "bundled sample organization to see what a plan looks like.</p>"));
    text->setTextFormat(Qt::RichText);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *openButton = new QPushButton(MainWindow::tr("Open a Project..."));
    auto *sampleButton = new QPushButton(MainWindow::tr("Open the Sample Organization"));
    QObject::connect(openButton, &QPushButton::clicked, open, &QAction::trigger);
    QObject::connect(sampleButton, &QPushButton::clicked, sample, &QAction::trigger);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

/// Shown while the first plan of a project just opened is being built.
QWidget *preparingPage(QLabel *text)
{
    auto *page = new QWidget;
    page->setAccessibleName(MainWindow::tr("Preparing the project"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *bar = new QProgressBar;
    bar->setRange(0, 0);
    bar->setMaximumWidth(320);
    bar->setAccessibleName(MainWindow::tr("Checking readiness and planning"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(text);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

bool isProjectFile(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return false;
    return mime->urls().constFirst().toLocalFile().endsWith(QLatin1String(".etplan"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
    , m_errors(new Banner(Banner::Kind::Error))
    , m_notices(new Banner(Banner::Kind::Notice))
    , m_stack(new QStackedWidget)
    , m_preparingText(new QLabel)
    , m_welcome(nullptr)
    , m_pages(new QTabWidget)
    , m_overview(new OverviewPage(m_session))
    , m_findings(new FindingsPage(m_session))
    , m_plan(new PlanPage(m_session))
    , m_inventory(new InventoryView)
    , m_counts(new QLabel)
    , m_planningLabel(new QLabel(tr("Updating the plan...")))
    , m_planningBar(new QProgressBar)
{
    m_inventory->setAccessibleName(tr("Inventory"));
    m_pages->addTab(m_overview, tr("&Overview"));
    m_pages->addTab(m_findings, tr("&Findings"));
    m_pages->addTab(m_plan, tr("&Plan"));
    m_pages->addTab(m_inventory, tr("&Inventory"));
    m_pages->setDocumentMode(true);
    m_pages->setAccessibleName(tr("Pages"));

    createMenus();
    m_welcome = welcomePage(m_documents->openAction(), m_documents->openSampleAction());
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_pages);
    m_preparing = preparingPage(m_preparingText);
    m_stack->addWidget(m_preparing);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_errors);
    layout->addWidget(m_notices);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_planningBar->setRange(0, 0);
    m_planningBar->setMaximumWidth(120);
    m_planningBar->setAccessibleName(tr("Updating the plan"));
    m_planningLabel->setVisible(false);
    m_planningBar->setVisible(false);
    statusBar()->addPermanentWidget(m_planningLabel);
    statusBar()->addPermanentWidget(m_planningBar);
    statusBar()->addPermanentWidget(m_counts);

    connect(m_overview, &OverviewPage::linkActivated, this, &MainWindow::followLink);
    connect(m_findings, &FindingsPage::linkActivated, this, &MainWindow::followLink);
    connect(m_plan, &PlanPage::linkActivated, this, &MainWindow::followLink);
    connect(m_session, &ProjectSession::projectReplaced, this, &MainWindow::afterOpen);
    connect(m_session, &ProjectSession::changed, this, [this](const Change &change) {
        if (change.structural)
            m_inventory->refresh();
    });
    connect(m_session, &ProjectSession::documentStateChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ProjectSession::planChanged, this, &MainWindow::updateStatus);
    connect(m_session, &ProjectSession::planningChanged, this, [this](bool planning) {
        m_planningLabel->setVisible(planning && m_stack->currentWidget() == m_pages);
        m_planningBar->setVisible(planning && m_stack->currentWidget() == m_pages);
        if (!planning && m_stack->currentWidget() == m_preparing)
            showPages();
    });
    connect(m_session, &ProjectSession::editRefused, this, &MainWindow::showError);
    connect(m_session, &ProjectSession::editWarned, this,
            [this](const QStringList &warnings) { statusBar()->showMessage(warnings.join(QLatin1Char(' ')), 10000); });

    setAcceptDrops(true);
    resize(1200, 760);
    restoreSettings();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *recentMenu = new QMenu(tr("Open &Recent"), this);
    recentMenu->setObjectName(QStringLiteral("recentProjectsMenu"));
    m_recent = new RecentFiles(recentMenu, this);
    m_documents = new DocumentActions(m_session, this, m_errors, m_notices, m_recent);
    file->addAction(m_documents->openAction());
    file->addAction(m_documents->openForReviewAction());
    file->addMenu(recentMenu);
    file->addAction(m_documents->openSampleAction());
    file->addSeparator();
    file->addAction(m_documents->saveAction());
    file->addAction(m_documents->saveAsAction());
    file->addAction(m_documents->revertAction());
    file->addSeparator();
    m_export = file->addAction(tr("&Export..."), this, &MainWindow::exportDocument);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_print = file->addAction(tr("&Print Checklist..."), this, &MainWindow::printChecklist);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_plan->clearDateAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, Page>> pageActions{{tr("&Overview"), OverviewTab},
                                                      {tr("&Findings"), FindingsTab},
                                                      {tr("&Plan"), PlanTab},
                                                      {tr("&Inventory"), InventoryTab}};
    int number = 1;
    for (const auto &[text, page] : pageActions) {
        QAction *action = view->addAction(text, this, [this, page = page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Exchange Transition Planner"), this, [this] {
        QMessageBox::about(this, tr("About Exchange Transition Planner"),
                           tr("Exchange Transition Planner %1\n\nPlans the transition of an Exchange Server "
                              "2003/2000 organization to Exchange Server 2007.")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *tools = addToolBar(tr("Main toolbar"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_documents->openAction());
    tools->addAction(m_documents->saveAction());
    tools->addSeparator();
    // The toolbar's undo and redo say only that; their tooltips (and the Edit menu) say what they undo.
    QUndoStack *stack = m_session->undoStack();
    QAction *undoTool = tools->addAction(m_undo->icon(), tr("Undo"), stack, &QUndoStack::undo);
    QAction *redoTool = tools->addAction(m_redo->icon(), tr("Redo"), stack, &QUndoStack::redo);
    undoTool->setEnabled(false);
    redoTool->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, undoTool, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redoTool, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undoTool,
            [undoTool](const QString &text) { undoTool->setToolTip(tr("Undo %1").arg(text)); });
    connect(stack, &QUndoStack::redoTextChanged, redoTool,
            [redoTool](const QString &text) { redoTool->setToolTip(tr("Redo %1").arg(text)); });
    tools->addSeparator();
    tools->addAction(m_export);
    tools->addAction(m_print);
}

bool MainWindow::openPath(const QString &path, bool readOnly)
{
    return m_documents->openPath(path, readOnly);
}

void MainWindow::openSample(bool readOnly)
{
    m_documents->openSample(readOnly);
}

void MainWindow::showProject(Project project, bool readOnly)
{
    m_session->openProject(std::move(project), readOnly);
    m_errors->dismiss();
    m_documents->updateNotice();
}

void MainWindow::showError(const QString &message)
{
    m_errors->showMessage(message);
}

void MainWindow::afterOpen()
{
    m_inventory->showProject(m_session->hasProject() ? &m_session->project() : nullptr);
    if (!m_session->hasProject()) {
        m_stack->setCurrentWidget(m_welcome);
    } else if (m_session->planning()) {
        // The first plan is being built: the pages would show an empty plan until it arrives.
        m_preparingText->setText(
            tr("Checking the readiness of %1 and planning its transition...").arg(m_session->displayName()));
        m_stack->setCurrentWidget(m_preparing);
        m_export->setEnabled(false);
        m_print->setEnabled(false);
    } else {
        showPages();
    }
    updateTitle();
    updateStatus();
}

void MainWindow::showPages()
{
    m_stack->setCurrentWidget(m_session->hasProject() ? static_cast<QWidget *>(m_pages) : m_welcome);
    m_export->setEnabled(m_session->hasProject());
    m_print->setEnabled(m_session->hasProject());
    updateStatus();
}

void MainWindow::showPage(Page page)
{
    if (m_session->hasProject())
        m_pages->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::followLink(const QString &href)
{
    const Link link = Link::parse(href);
    switch (link.kind) {
    case Link::Kind::Findings:
        showPage(FindingsTab);
        m_findings->showSeverity(link.target.toInt());
        break;
    case Link::Kind::Finding:
        showPage(FindingsTab);
        m_findings->selectFinding(link.target);
        break;
    case Link::Kind::Phase:
        showPage(PlanTab);
        m_plan->selectPhase(link.target);
        break;
    case Link::Kind::Subject:
        showPage(PlanTab);
        m_plan->selectSubject(link.target);
        break;
    case Link::Kind::Object:
        if (m_inventory->selectObject(link.target)) {
            showPage(InventoryTab);
            m_inventory->tree()->setFocus();
        }
        break;
    case Link::Kind::None:
        break;
    }
}

void MainWindow::updateTitle()
{
    if (!m_session->hasProject()) {
        setWindowTitle(tr("Exchange Transition Planner"));
        setWindowModified(false);
        return;
    }
    QString title = m_session->displayName() + QStringLiteral("[*]");
    if (m_session->isReadOnly())
        title = tr("%1 (read-only)").arg(title);
    setWindowTitle(tr("%1 - Exchange Transition Planner").arg(title));
    setWindowModified(m_session->isModified());
    if (!m_session->path().isEmpty())
        setWindowFilePath(m_session->path());
}

void MainWindow::updateStatus()
{
    if (!m_session->hasProject()) {
        m_counts->clear();
        return;
    }
    const Project &project = m_session->project();
    m_counts->setText(tr("%n Exchange server(s)", nullptr, int(project.inventory.servers.size())) +
                      QStringLiteral(" · ") + tr("%n AD site(s)", nullptr, int(project.inventory.sites.size())) +
                      QStringLiteral(" · ") + tr("%n phase(s)", nullptr, int(m_session->plan().phases.size())));
}

void MainWindow::exportDocument()
{
    if (!m_session->hasProject())
        return;
    m_session->waitForPlan();
    ExportDialog(m_session->project(), m_session->path(), this).exec();
}

void MainWindow::printChecklist()
{
    if (!m_session->hasProject())
        return;
    m_session->waitForPlan();
    ExportDialog::printChecklist(m_session->project(), m_session->path(), this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->mayDiscardChanges()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (isProjectFile(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!isProjectFile(event->mimeData()))
        return;
    event->acceptProposedAction();
    openPath(event->mimeData()->urls().constFirst().toLocalFile());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_pages->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("window/page")).toInt(), 0, m_pages->count() - 1));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
}

} // namespace etp::ui
