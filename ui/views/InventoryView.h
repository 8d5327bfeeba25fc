#pragma once

#include "model/Project.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;
class QSplitter;
class QTreeView;
class QModelIndex;

namespace etp {
class InventoryOutline;
}

namespace etp::ui {

class InventoryTreeModel;
class ObjectDetailModel;

/// The loaded inventory, read-only: a tree of sections and objects on the left, the selected object's fields with
/// their sources on the right; a reference field leads to the object it names (double-click, Enter, context menu).
class InventoryView : public QWidget {
    Q_OBJECT

public:
    explicit InventoryView(QWidget *parent = nullptr);
    ~InventoryView() override;

    /// Shows a copy of a project.
    void setProject(Project project);
    /// Shows a project owned elsewhere (the window's session), which must outlive the view or be replaced by
    /// another call; call refresh() after it changes.
    void showProject(const Project *project);
    /// Rebuilds the tree after the shown project changed, keeping the selected object when it is still there.
    void refresh();
    const Project *project() const { return m_shown; }

    /// The ids of the objects the current detail row names (a reference field); empty otherwise.
    QStringList currentReferenceTargets() const;
    /// Goes to the first object the current detail row names; false when it names none.
    bool followCurrentReference();

    /// Selects the object with this id in the tree; false when it is not in the inventory.
    bool selectObject(const QString &id);

    QTreeView *tree() const { return m_tree; }
    QTableView *details() const { return m_details; }
    InventoryTreeModel *treeModel() const { return m_treeModel; }
    ObjectDetailModel *detailModel() const { return m_detailModel; }

private:
    void fitTreeToLabels();
    void showCurrent(const QModelIndex &index);

    std::unique_ptr<Project> m_project; ///< the copy setProject() keeps
    const Project *m_shown = nullptr;
    std::unique_ptr<InventoryOutline> m_outline;
    InventoryTreeModel *m_treeModel;
    ObjectDetailModel *m_detailModel;
    QTreeView *m_tree;
    QSplitter *m_splitter;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTableView *m_details;
};

} // namespace etp::ui
