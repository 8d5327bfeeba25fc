#pragma once

#include "model/Project.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace etp::ui {

class InventoryView;

/// The main window: menus, an error banner and the inventory view. It wires; the views and models do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Shows a project read-only. `path` is the file it came from; empty for the bundled sample.
    void showProject(Project project, const QString &path);
    /// Shows a message where the person looks: a banner above the content.
    void showError(const QString &message);

    InventoryView *inventoryView() const { return m_inventory; }
    QLabel *banner() const { return m_banner; }
    QString projectPath() const { return m_path; }

private:
    void openFile();
    void openSample();
    void about();
    void updateTitle();

    QLabel *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    InventoryView *m_inventory;
    QString m_path;
};

} // namespace etp::ui
