#pragma once

#include "model/Project.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;

namespace etp::ui {

class Banner;
class DocumentActions;
class FindingsPage;
class InventoryView;
class OverviewPage;
class PlanPage;
class ProjectSession;
class RecentFiles;

/// The main window: menus, toolbar, status bar, the banners and four pages (overview, findings, plan, inventory)
/// over one ProjectSession. It wires; the session, the pages and their models do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Page { OverviewTab = 0, FindingsTab, PlanTab, InventoryTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file (for review when `readOnly`); false, with the reason in the banner, when it cannot.
    bool openPath(const QString &path, bool readOnly = false);
    /// Opens the bundled sample organization as an untitled project.
    void openSample(bool readOnly = false);
    /// Shows a project as a new, untitled document (read-only when `readOnly`).
    void showProject(Project project, bool readOnly = false);
    /// Shows a message where the person looks: the error banner above the pages.
    void showError(const QString &message);
    /// Follows a link of a page ("finding:…", "phase:…", "object:…"; see Link).
    void followLink(const QString &href);
    void showPage(Page page);
    Page currentPage() const;

    ProjectSession *session() const { return m_session; }
    DocumentActions *documentActions() const { return m_documents; }
    OverviewPage *overviewPage() const { return m_overview; }
    FindingsPage *findingsPage() const { return m_findings; }
    PlanPage *planPage() const { return m_plan; }
    InventoryView *inventoryView() const { return m_inventory; }
    QTabWidget *pages() const { return m_pages; }
    Banner *banner() const { return m_errors; }
    Banner *notice() const { return m_notices; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void afterOpen();
    /// The pages (or the welcome page), once the plan of the project is there.
    void showPages();
    void updateTitle();
    void updateStatus();
    void restoreSettings();
    void saveSettings() const;
    void exportDocument();
    void printChecklist();

    ProjectSession *m_session;
    Banner *m_errors;
    Banner *m_notices;
    QStackedWidget *m_stack;
    QLabel *m_preparingText;
    QWidget *m_preparing = nullptr;
    QWidget *m_welcome;
    QTabWidget *m_pages;
    OverviewPage *m_overview;
    FindingsPage *m_findings;
    PlanPage *m_plan;
    InventoryView *m_inventory;
    RecentFiles *m_recent = nullptr;
    DocumentActions *m_documents = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QLabel *m_counts;
    QLabel *m_planningLabel;
    QProgressBar *m_planningBar;
};

} // namespace etp::ui
