#include "MainWindow.h"

#include "dialogs/ExportDialog.h"
#include "sample/SampleOrganization.h"
#include "storage/ProjectFile.h"
#include "views/InventoryView.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace etp::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new QLabel)
    , m_stack(new QStackedWidget)
    , m_placeholder(new QLabel)
    , m_inventory(new InventoryView)
{
    m_banner->setVisible(false);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAccessibleName(tr("Error message"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #5f1b1b; border: 1px solid #e8a0a6;"
                                           " padding: 6px; }"));

    m_placeholder->setText(tr("No project is open.\n\nOpen a project file (File > Open) or look at the bundled "
                              "sample organization (File > Open Sample Organization)."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAccessibleName(tr("No project open"));
    m_inventory->setAccessibleName(tr("Inventory"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_inventory);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open..."), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Sample Organization"), this, &MainWindow::openSample);
    file->addSeparator();
    file->addAction(tr("&Export..."), this, [this] {
        if (m_inventory->project())
            ExportDialog(*m_inventory->project(), m_path, this).exec();
    });
    QAction *printAction = file->addAction(tr("&Print..."), this, [this] {
        if (m_inventory->project())
            ExportDialog::printChecklist(*m_inventory->project(), m_path, this);
    });
    printAction->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Exchange Transition Planner"), this, &MainWindow::about);

    resize(1100, 720);
    updateTitle();
}

void MainWindow::showProject(Project project, const QString &path)
{
    m_path = path;
    m_banner->setVisible(false);
    const int servers = int(project.inventory.servers.size());
    const int sites = int(project.inventory.sites.size());
    m_inventory->setProject(std::move(project));
    m_stack->setCurrentWidget(m_inventory);
    statusBar()->showMessage(tr("Read-only. %n Exchange server(s)", nullptr, servers) + QStringLiteral(", ") +
                             tr("%n AD site(s).", nullptr, sites));
    updateTitle();
    m_inventory->tree()->setFocus();
}

void MainWindow::showError(const QString &message)
{
    m_banner->setText(message);
    m_banner->setVisible(true);
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Exchange Transition Planner projects (*.etplan)"));
    if (path.isEmpty())
        return;
    auto project = loadProject(path);
    if (!project) {
        showError(project.error().message);
        return;
    }
    showProject(std::move(project.value()), path);
}

void MainWindow::openSample()
{
    showProject(sampleProject(), QString());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Exchange Transition Planner"),
                       tr("Exchange Transition Planner %1\n\nPlans the transition of an Exchange Server 2003/2000 "
                          "organization to Exchange Server 2007.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateTitle()
{
    const Project *project = m_inventory->project();
    if (!project) {
        setWindowTitle(tr("Exchange Transition Planner"));
        return;
    }
    const QString name = project->title.isEmpty() ? QFileInfo(m_path).completeBaseName() : project->title;
    setWindowTitle(tr("%1 (read-only) - Exchange Transition Planner").arg(name));
}

} // namespace etp::ui
