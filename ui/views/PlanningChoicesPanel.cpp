#include "PlanningChoicesPanel.h"

#include "edit/InventoryEdits.h"
#include "edit/PlanEdits.h"
#include "plan/PhaseKeys.h"
#include "plan/PhaseNames.h"
#include "plan/PlanningIndex.h"
#include "session/ProjectSession.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace etp::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QLabel *noteLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// The names of routing groups and AD sites by id (an id without a name shows as itself).
class Names {
public:
    explicit Names(const Inventory &inventory)
    {
        m_names.reserve(inventory.routingGroups.size() + inventory.sites.size());
        for (const auto &site : inventory.sites)
            m_names.insert(site.meta.id, site.name);
        for (const auto &rg : inventory.routingGroups)
            m_names.insert(rg.meta.id, rg.name);
    }
    QString of(const QString &id) const { return m_names.value(id, id); }
    QStringList of(const QStringList &ids) const
    {
        QStringList names;
        names.reserve(ids.size());
        for (const QString &id : ids)
            names.append(of(id));
        return names;
    }

private:
    QHash<QString, QString> m_names;
};

/// The phases an "other" product can hold beside those it always holds (the mailbox phases and its server's
/// decommission).
const QList<PhaseId> &optionalHeldPhases()
{
    static const QList<PhaseId> phases{PhaseId::PrepareAd,        PhaseId::ClientAccess,  PhaseId::EdgeTransport,
                                       PhaseId::HubTransport,     PhaseId::PublicFolders, PhaseId::RemoveRouting,
                                       PhaseId::UnifiedMessaging, PhaseId::PostInstall};
    return phases;
}

} // namespace

PlanningChoicesPanel::PlanningChoicesPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_order(new QListWidget)
    , m_up(new QPushButton(tr("Move &Up")))
    , m_down(new QPushButton(tr("Move Do&wn")))
    , m_resetOrder(new QPushButton(tr("Use Default &Order")))
    , m_defaultOrder(noteLabel())
    , m_targetGroup(new QComboBox)
    , m_targetSites(new QListWidget)
    , m_resetTargets(new QPushButton(tr("Use Default S&ites")))
    , m_defaultTargets(noteLabel())
    , m_firstConnector(new QComboBox)
    , m_moveRate(new QDoubleSpinBox)
    , m_concurrent(new QSpinBox)
    , m_hours(new QDoubleSpinBox)
    , m_product(new QComboBox)
    , m_heldPhases(new QListWidget)
    , m_noProduct(noteLabel())
{
    auto *layout = new QVBoxLayout(this);

    auto *orderBox = new QGroupBox(tr("Routing-group order"));
    auto *orderLayout = new QVBoxLayout(orderBox);
    m_order->setAccessibleName(tr("Routing-group order"));
    m_order->setDragDropMode(QAbstractItemView::InternalMove);
    m_order->setDefaultDropAction(Qt::MoveAction);
    m_order->setToolTip(tr("The order in which the legacy routing groups move; drag a routing group, or move it up "
                           "or down."));
    m_order->setMinimumHeight(110);
    m_order->setMaximumHeight(180);
    auto *orderButtons = new QVBoxLayout;
    orderButtons->addWidget(m_up);
    orderButtons->addWidget(m_down);
    orderButtons->addStretch();
    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_order, 1);
    orderRow->addLayout(orderButtons);
    orderLayout->addLayout(orderRow);
    orderLayout->addWidget(m_resetOrder, 0, Qt::AlignLeft);
    orderLayout->addWidget(m_defaultOrder);
    layout->addWidget(orderBox);

    auto *targetBox = new QGroupBox(tr("Target AD sites"));
    auto *targetLayout = new QVBoxLayout(targetBox);
    auto *targetLabel = new QLabel(tr("&Routing group:"));
    targetLabel->setBuddy(m_targetGroup);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_targetGroup, 1);
    m_targetGroup->setAccessibleName(tr("Routing group whose target sites are shown"));
    m_targetSites->setAccessibleName(tr("Target AD sites"));
    m_targetSites->setToolTip(tr("The AD sites that receive this routing group's Exchange 2007 servers."));
    m_targetSites->setMinimumHeight(90);
    m_targetSites->setMaximumHeight(160);
    targetLayout->addLayout(targetRow);
    targetLayout->addWidget(m_targetSites);
    targetLayout->addWidget(m_resetTargets, 0, Qt::AlignLeft);
    targetLayout->addWidget(m_defaultTargets);
    layout->addWidget(targetBox);

    auto *connectorBox = new QGroupBox(tr("First connector"));
    auto *connectorLayout = new QFormLayout(connectorBox);
    m_firstConnector->setAccessibleName(tr("Routing group hosting the first connector"));
    connectorLayout->addRow(tr("&Hosted by:"), m_firstConnector);
    auto *connectorNote = noteLabel();
    connectorNote->setText(tr("The first Hub Transport server's setup connects Exchange 2007 to this routing group; "
                              "the connector stays until the last legacy routing group is removed."));
    connectorLayout->addRow(connectorNote);
    layout->addWidget(connectorBox);

    auto *effortBox = new QGroupBox(tr("Mailbox moves"));
    auto *effortLayout = new QFormLayout(effortBox);
    m_moveRate->setRange(0.1, 1000.0);
    m_moveRate->setDecimals(1);
    m_moveRate->setSuffix(tr(" GB/h"));
    m_moveRate->setAccessibleName(tr("Move rate per concurrent move"));
    m_concurrent->setRange(1, 64);
    m_concurrent->setAccessibleName(tr("Concurrent moves"));
    m_hours->setRange(0.5, 24.0);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    m_hours->setAccessibleName(tr("Hours a night"));
    effortLayout->addRow(tr("Move &rate per move:"), m_moveRate);
    effortLayout->addRow(tr("&Concurrent moves:"), m_concurrent);
    effortLayout->addRow(tr("Hours a &night:"), m_hours);
    layout->addWidget(effortBox);

    auto *productBox = new QGroupBox(tr("Other Exchange-aware products"));
    auto *productLayout = new QVBoxLayout(productBox);
    auto *productLabel = new QLabel(tr("&Product:"));
    productLabel->setBuddy(m_product);
    auto *productRow = new QHBoxLayout;
    productRow->addWidget(productLabel);
    productRow->addWidget(m_product, 1);
    m_product->setAccessibleName(tr("Product whose held phases are shown"));
    m_heldPhases->setAccessibleName(tr("Phases the product holds"));
    m_heldPhases->setMinimumHeight(120);
    m_heldPhases->setMaximumHeight(200);
    productLayout->addLayout(productRow);
    productLayout->addWidget(m_heldPhases);
    productLayout->addWidget(m_noProduct);
    layout->addWidget(productBox);
    layout->addStretch();

    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_resetOrder, &QPushButton::clicked, this,
            [this] { m_session->apply(setRoutingGroupOrder(m_session->editableProject(), {})); });
    connect(m_order->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_updating)
            applyOrderFromList();
    });
    connect(m_order, &QListWidget::currentRowChanged, this, &PlanningChoicesPanel::updateButtons);
    connect(m_targetGroup, &QComboBox::currentIndexChanged, this, &PlanningChoicesPanel::refreshTargets);
    connect(m_targetSites, &QListWidget::itemChanged, this, &PlanningChoicesPanel::applyTargets);
    connect(m_resetTargets, &QPushButton::clicked, this, [this] {
        m_session->apply(setTargetSites(m_session->editableProject(), m_targetGroup->currentData().toString(), {}));
    });
    connect(m_firstConnector, &QComboBox::activated, this, [this] {
        m_session->apply(
            setFirstConnectorRoutingGroup(m_session->editableProject(), m_firstConnector->currentData().toString()));
    });
    for (QAbstractSpinBox *box :
         {static_cast<QAbstractSpinBox *>(m_moveRate), static_cast<QAbstractSpinBox *>(m_concurrent),
          static_cast<QAbstractSpinBox *>(m_hours)})
        connect(box, &QAbstractSpinBox::editingFinished, this, &PlanningChoicesPanel::applyEffort);
    connect(m_product, &QComboBox::currentIndexChanged, this, &PlanningChoicesPanel::refreshProduct);
    connect(m_heldPhases, &QListWidget::itemChanged, this, &PlanningChoicesPanel::applyHeldPhases);
    connect(session, &ProjectSession::projectReplaced, this, &PlanningChoicesPanel::refresh);
    connect(session, &ProjectSession::planChanged, this, &PlanningChoicesPanel::refresh);
    connect(session, &ProjectSession::documentStateChanged, this, &PlanningChoicesPanel::updateButtons);
    refresh();
}

void PlanningChoicesPanel::refresh()
{
    m_updating = true;
    const bool has = m_session->hasProject();
    const Project *project = has ? &m_session->project() : nullptr;
    const QStringList order = has ? m_session->plan().routingGroupOrder : QStringList();
    const QString currentGroup = m_targetGroup->currentData().toString();
    const QString currentProduct = m_product->currentData().toString();
    // Rebuilding a thousand rows is what makes a re-plan felt: each list is rebuilt only when what it shows changed
    // (the order list not at all after a move made in it), and the routing group selected stays selected.
    const Names names(has ? project->inventory : Inventory());
    QStringList orderKey;
    orderKey.reserve(order.size() * 2);
    for (const QString &id : order)
        orderKey << id << names.of(id);
    if (orderKey != m_orderKey) {
        const QString selected = m_order->currentItem() ? m_order->currentItem()->data(IdRole).toString() : QString();
        m_orderKey = orderKey;
        m_order->clear();
        for (qsizetype i = 0; i + 1 < orderKey.size(); i += 2) {
            auto *item = new QListWidgetItem(orderKey.at(i + 1), m_order);
            item->setData(IdRole, orderKey.at(i));
            if (orderKey.at(i) == selected)
                m_order->setCurrentItem(item);
        }
    }
    // The routing-group boxes list the routing groups by name, whatever their order.
    QList<std::pair<QString, QString>> byName; // name, id
    for (qsizetype i = 0; i + 1 < orderKey.size(); i += 2)
        byName.append({orderKey.at(i + 1), orderKey.at(i)});
    std::sort(byName.begin(), byName.end(), [](const auto &a, const auto &b) {
        const int names = QString::localeAwareCompare(a.first, b.first);
        return names != 0 ? names < 0 : a.second < b.second;
    });
    QStringList groupsKey;
    for (const auto &[name, id] : byName)
        groupsKey << id << name;
    const bool groupsChanged = groupsKey != m_groupsKey;
    if (groupsChanged) {
        m_groupsKey = groupsKey;
        m_targetGroup->clear();
        m_firstConnector->clear();
        for (const auto &[name, id] : byName)
            m_targetGroup->addItem(name, id);
    }
    if (project) {
        const PlanningIndex index(*project);
        const QStringList defaults = index.defaultRoutingGroupOrder();
        if (order.isEmpty())
            m_defaultOrder->setText(tr("There is no legacy routing group to order."));
        else if (project->plan.routingGroupOrder.isEmpty())
            m_defaultOrder->setText(tr("The default order is in use: a pilot first, the routing groups hosting "
                                       "connectors last."));
        else
            m_defaultOrder->setText(tr("Default order: %1").arg(names.of(defaults).join(QStringLiteral(" → "))));
        const QString defaultConnector =
            project->plan.firstConnectorRoutingGroupId.isEmpty() ? index.firstConnectorRoutingGroupId() : QString();
        const QString defaultText =
            defaultConnector.isEmpty() ? tr("Default") : tr("Default (%1)").arg(names.of(defaultConnector));
        if (groupsChanged || m_firstConnector->count() == 0) {
            m_firstConnector->addItem(defaultText, QString());
            for (const auto &[name, id] : byName)
                m_firstConnector->addItem(name, id);
        } else {
            m_firstConnector->setItemText(0, defaultText);
        }
        m_firstConnector->setCurrentIndex(
            std::max(0, m_firstConnector->findData(project->plan.firstConnectorRoutingGroupId)));
        m_moveRate->setValue(project->plan.effort.moveRateGbPerHour);
        m_concurrent->setValue(project->plan.effort.concurrentMoves);
        m_hours->setValue(project->plan.effort.hoursPerNight);
    } else {
        m_defaultOrder->setText(tr("Open a project to choose how it is planned."));
    }
    m_targetGroup->setCurrentIndex(std::max(0, m_targetGroup->findData(currentGroup)));

    m_product->clear();
    if (project) {
        for (const auto &product : project->inventory.products) {
            if (product.category == ProductCategory::Other)
                m_product->addItem(product.name, product.meta.id);
        }
    }
    m_product->setCurrentIndex(std::max(0, m_product->findData(currentProduct)));
    m_updating = false;
    refreshTargets();
    refreshProduct();
    updateButtons();
}

void PlanningChoicesPanel::refreshTargets()
{
    if (m_updating)
        return;
    m_updating = true;
    const QString group = m_targetGroup->currentData().toString();
    if (m_session->hasProject() && !group.isEmpty()) {
        const Project &project = m_session->project();
        const PlanningIndex index(project);
        const QStringList targets = index.targetSites(group);
        QStringList sitesKey;
        sitesKey.reserve(project.inventory.sites.size() * 2);
        for (const auto &site : project.inventory.sites)
            sitesKey << site.meta.id << site.name;
        if (sitesKey != m_sitesKey) {
            m_sitesKey = sitesKey;
            m_targetSites->clear();
            for (const auto &site : project.inventory.sites) {
                auto *item = new QListWidgetItem(site.name, m_targetSites);
                item->setData(IdRole, site.meta.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked); // shows the box
            }
        }
        for (int row = 0; row < m_targetSites->count(); ++row) {
            QListWidgetItem *item = m_targetSites->item(row);
            const Qt::CheckState state = targets.contains(item->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked;
            if (item->checkState() != state)
                item->setCheckState(state);
        }
        const bool chosen = project.plan.targetsFor(group) != nullptr;
        const QString defaults =
            Names(project.inventory).of(index.defaultTargetSites(group)).join(QStringLiteral(", "));
        m_defaultTargets->setText(chosen ? tr("Default: %1").arg(defaults)
                                         : tr("The default is in use: the sites of the routing group's servers."));
    } else {
        m_sitesKey.clear();
        m_targetSites->clear();
        m_defaultTargets->setText(tr("There is no legacy routing group."));
    }
    m_updating = false;
    updateButtons();
}

void PlanningChoicesPanel::refreshProduct()
{
    if (m_updating)
        return;
    m_updating = true;
    m_heldPhases->clear();
    const QString id = m_product->currentData().toString();
    const ExchangeAwareProduct *product = nullptr;
    if (m_session->hasProject()) {
        for (const auto &p : m_session->project().inventory.products) {
            if (p.meta.id == id)
                product = &p;
        }
    }
    m_noProduct->setVisible(!product);
    m_noProduct->setText(tr("No product of the category \"other\" (BlackBerry, archiving, fax) is in the inventory."));
    if (product) {
        for (const PhaseId phase : {PhaseId::Mailbox, PhaseId::Decommission}) {
            auto *item = new QListWidgetItem(tr("%1 (always)").arg(phaseDisplayName(phase)), m_heldPhases);
            item->setFlags(Qt::ItemIsUserCheckable); // shown ticked, not editable
            item->setCheckState(Qt::Checked);
        }
        for (const PhaseId phase : optionalHeldPhases()) {
            auto *item = new QListWidgetItem(phaseDisplayName(phase), m_heldPhases);
            const QString name = QString::fromLatin1(EnumNames<PhaseId>::names[std::size_t(phase)]);
            item->setData(IdRole, name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(product->heldPhases.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_updating = false;
    updateButtons();
}

void PlanningChoicesPanel::moveSelected(int delta)
{
    const int row = m_order->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_order->count() || m_session->isReadOnly())
        return;
    m_updating = true;
    QListWidgetItem *item = m_order->takeItem(row);
    m_order->insertItem(target, item);
    m_order->setCurrentRow(target);
    m_updating = false;
    applyOrderFromList();
}

void PlanningChoicesPanel::applyOrderFromList()
{
    QStringList ids;
    for (int row = 0; row < m_order->count(); ++row)
        ids.append(m_order->item(row)->data(IdRole).toString());
    if (ids == m_session->plan().routingGroupOrder || m_session->isReadOnly())
        return;
    QStringList shown;
    for (int row = 0; row < m_order->count(); ++row)
        shown << m_order->item(row)->data(IdRole).toString() << m_order->item(row)->text();
    if (m_session->apply(setRoutingGroupOrder(m_session->editableProject(), ids))) {
        // The list already shows the new order: the refresh after the re-plan need not rebuild it.
        m_orderKey = shown;
    } else {
        m_orderKey.clear();
        refresh();
    }
}

void PlanningChoicesPanel::applyTargets(QListWidgetItem *)
{
    if (m_updating || m_session->isReadOnly())
        return;
    QStringList sites;
    for (int row = 0; row < m_targetSites->count(); ++row) {
        if (m_targetSites->item(row)->checkState() == Qt::Checked)
            sites.append(m_targetSites->item(row)->data(IdRole).toString());
    }
    // Unticking every site goes back to the default rather than leaving the routing group nowhere to go.
    m_session->apply(setTargetSites(m_session->editableProject(), m_targetGroup->currentData().toString(), sites));
    refreshTargets();
}

void PlanningChoicesPanel::applyEffort()
{
    if (m_updating || !m_session->hasProject() || m_session->isReadOnly())
        return;
    EffortSettings settings;
    settings.moveRateGbPerHour = m_moveRate->value();
    settings.concurrentMoves = m_concurrent->value();
    settings.hoursPerNight = m_hours->value();
    if (settings == m_session->project().plan.effort)
        return;
    m_session->apply(setEffortSettings(m_session->editableProject(), settings));
}

void PlanningChoicesPanel::applyHeldPhases(QListWidgetItem *)
{
    if (m_updating || m_session->isReadOnly())
        return;
    QStringList phases;
    for (int row = 0; row < m_heldPhases->count(); ++row) {
        const QListWidgetItem *item = m_heldPhases->item(row);
        if (!item->data(IdRole).toString().isEmpty() && item->checkState() == Qt::Checked)
            phases.append(item->data(IdRole).toString());
    }
    m_session->apply(setHeldPhases(m_session->editableProject(), m_product->currentData().toString(), phases));
}

void PlanningChoicesPanel::updateButtons()
{
    const bool editable = m_session->hasProject() && !m_session->isReadOnly();
    const int row = m_order->currentRow();
    m_order->setDragEnabled(editable);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_order->count());
    m_resetOrder->setEnabled(editable && !m_session->project().plan.routingGroupOrder.isEmpty());
    m_resetTargets->setEnabled(
        editable && m_session->project().plan.targetsFor(m_targetGroup->currentData().toString()) != nullptr);
    m_targetSites->setEnabled(editable && m_targetSites->count() > 0);
    m_firstConnector->setEnabled(editable && m_firstConnector->count() > 1);
    m_moveRate->setEnabled(editable);
    m_concurrent->setEnabled(editable);
    m_hours->setEnabled(editable);
    m_heldPhases->setEnabled(editable && m_heldPhases->count() > 0);
}

} // namespace etp::ui
