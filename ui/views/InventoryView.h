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
/// their sources on the right.
class InventoryView : public QWidget {
    Q_OBJECT

public:
    explicit InventoryView(QWidget *parent = nullptr);
    ~InventoryView() override;

    void setProject(Project project);
    const Project *project() const { return m_project.get(); }

    /// Selects the object with this id in the tree; false when it is not in the inventory.
    bool selectObject(const QString &id);

    QTreeView *tree() const { return m_tree; }
    QTableView *details() const { return m_details; }
    InventoryTreeModel *treeModel() const { return m_treeModel; }
    ObjectDetailModel *detailModel() const { return m_detailModel; }

private:
    void fitTreeToLabels();
    void showCurrent(const QModelIndex &index);

    std::unique_ptr<Project> m_project;
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
