#include "InventoryView.h"

#include "inventory/InventoryOutline.h"
#include "models/InventoryTreeModel.h"
#include "models/ObjectDetailModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStyle>

#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace etp::ui {

InventoryView::InventoryView(QWidget *parent)
    : QWidget(parent)
    , m_treeModel(new InventoryTreeModel(this))
    , m_detailModel(new ObjectDetailModel(this))
    , m_tree(new QTreeView)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_details(new QTableView)
{
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Inventory sections"));
    m_tree->setAccessibleDescription(tr("The inventory's sections and objects; select one to see its fields."));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_details->setModel(m_detailModel);
    m_details->setAccessibleName(tr("Details"));
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_details->setAlternatingRowColors(true);
    m_details->setWordWrap(true);
    m_details->verticalHeader()->hide();
    m_details->horizontalHeader()->setSectionResizeMode(ObjectDetailModel::FieldColumn, QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setSectionResizeMode(ObjectDetailModel::ValueColumn, QHeaderView::Stretch);
    m_details->horizontalHeader()->setSectionResizeMode(ObjectDetailModel::SourceColumn, QHeaderView::ResizeToContents);
    m_details->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_subtitle);
    rightLayout->addWidget(m_details, 1);

    m_splitter = new QSplitter;
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({340, 760});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setTabOrder(m_tree, m_details);
    connect(m_details, &QTableView::activated, this, [this] { followCurrentReference(); });
    m_details->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_details, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_details->indexAt(at);
        const QStringList targets =
            index.siblingAtColumn(ObjectDetailModel::ValueColumn).data(ObjectDetailModel::TargetIdsRole).toStringList();
        if (targets.isEmpty() || !m_outline)
            return;
        QMenu menu;
        for (const QString &id : targets)
            menu.addAction(tr("Go to %1").arg(m_outline->labelForId(id)), this, [this, id] { selectObject(id); });
        menu.exec(m_details->viewport()->mapToGlobal(at));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCurrent(current); });
}

InventoryView::~InventoryView() = default;

void InventoryView::setProject(Project project)
{
    auto copy = std::make_unique<Project>(std::move(project));
    showProject(copy.get());
    m_project = std::move(copy);
}

void InventoryView::showProject(const Project *project)
{
    // The models read the outline: detach them before the outline and the project it points at go.
    m_detailModel->clear();
    m_treeModel->setOutline(nullptr);
    m_outline.reset();
    if (m_project && m_project.get() != project)
        m_project.reset();
    m_shown = project;
    if (!project) {
        m_project.reset();
        showCurrent({});
        return;
    }
    m_outline = std::make_unique<InventoryOutline>(project->inventory);
    m_treeModel->setOutline(m_outline.get());
    m_tree->expandToDepth(0);
    fitTreeToLabels();
    const QModelIndex first = m_treeModel->indexOfSection(0);
    m_tree->setCurrentIndex(first);
    showCurrent(first);
}

void InventoryView::refresh()
{
    if (!m_shown)
        return;
    const QModelIndex current = m_tree->currentIndex();
    const int section = m_treeModel->section(current);
    const int row = m_treeModel->objectRow(current);
    const QString id = row >= 0 ? m_outline->objectMeta(section, row).id : QString();
    const int detailRow = m_details->currentIndex().row();
    m_detailModel->clear();
    m_treeModel->setOutline(nullptr);
    m_outline = std::make_unique<InventoryOutline>(m_shown->inventory);
    m_treeModel->setOutline(m_outline.get());
    m_tree->expandToDepth(0);
    QModelIndex again = id.isEmpty() ? QModelIndex() : m_treeModel->indexOfObject(id);
    if (!again.isValid())
        again = m_treeModel->indexOfSection(std::max(section, 0));
    m_tree->setCurrentIndex(again);
    m_tree->scrollTo(again);
    showCurrent(again);
    if (detailRow >= 0 && detailRow < m_detailModel->rowCount())
        m_details->setCurrentIndex(m_detailModel->index(detailRow, ObjectDetailModel::ValueColumn));
}

QStringList InventoryView::currentReferenceTargets() const
{
    return m_details->currentIndex()
        .siblingAtColumn(ObjectDetailModel::ValueColumn)
        .data(ObjectDetailModel::TargetIdsRole)
        .toStringList();
}

bool InventoryView::followCurrentReference()
{
    const QStringList targets = currentReferenceTargets();
    for (const QString &id : targets) {
        if (selectObject(id)) {
            m_tree->setFocus();
            return true;
        }
    }
    return false;
}

void InventoryView::fitTreeToLabels()
{
    // Section names are longer in some languages (German): widen the tree so that none is cut, within reason.
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    m_tree->resizeColumnToContents(0);
    const int wanted = m_tree->columnWidth(0) + 2 * m_tree->frameWidth() +
                       m_tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    const int tree = std::clamp(wanted, sizes.value(0), total / 2);
    m_splitter->setSizes({tree, total - tree});
}

bool InventoryView::selectObject(const QString &id)
{
    const QModelIndex index = m_treeModel->indexOfObject(id);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void InventoryView::showCurrent(const QModelIndex &index)
{
    if (!index.isValid() || !m_outline) {
        m_title->clear();
        m_subtitle->clear();
        m_detailModel->clear();
        return;
    }
    m_title->setText(index.data(Qt::DisplayRole).toString());
    const int section = m_treeModel->section(index);
    const int row = m_treeModel->objectRow(index);
    if (row >= 0) {
        const ObjectMeta &meta = m_outline->objectMeta(section, row);
        QStringList facts;
        if (!meta.dn.isEmpty())
            facts.append(meta.dn);
        facts.append(tr("Found by: %1").arg(InventoryOutline::sourceTitle(meta.origin)));
        m_subtitle->setText(facts.join(QLatin1Char('\n')));
        m_detailModel->showObject(m_outline.get(), section, row);
    } else if (section >= 0) {
        m_subtitle->setText(tr("Select an object on the left to see its fields."));
        m_detailModel->showSection(m_outline.get(), section);
    } else {
        m_subtitle->setText(tr("Sections of this part of the inventory and their sizes."));
        const int s = m_treeModel->section(m_treeModel->index(0, 0, index));
        m_detailModel->showGroup(m_outline.get(), m_outline->section(s).group);
    }
    m_details->resizeRowsToContents();
}

} // namespace etp::ui
