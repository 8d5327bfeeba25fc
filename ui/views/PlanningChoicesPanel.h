#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace etp::ui {

class ProjectSession;

/// The choices the plan is built from: the routing-group order (drag or move up and down, the default shown, a
/// reset), the target AD sites of each routing group, the routing group that hosts the first connector, the
/// mailbox-move effort settings, and which phases an "other" Exchange-aware product holds. Every change goes
/// through the session's core edit, so it can be undone and is saved like the same change on the command line.
class PlanningChoicesPanel : public QWidget {
    Q_OBJECT

public:
    explicit PlanningChoicesPanel(ProjectSession *session, QWidget *parent = nullptr);

    QListWidget *orderList() const { return m_order; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *resetOrderButton() const { return m_resetOrder; }
    QLabel *defaultOrderLabel() const { return m_defaultOrder; }
    QComboBox *targetRoutingGroupBox() const { return m_targetGroup; }
    QListWidget *targetSiteList() const { return m_targetSites; }
    QPushButton *resetTargetsButton() const { return m_resetTargets; }
    QComboBox *firstConnectorBox() const { return m_firstConnector; }
    QDoubleSpinBox *moveRateBox() const { return m_moveRate; }
    QSpinBox *concurrentMovesBox() const { return m_concurrent; }
    QDoubleSpinBox *hoursPerNightBox() const { return m_hours; }
    QComboBox *productBox() const { return m_product; }
    QListWidget *heldPhaseList() const { return m_heldPhases; }

    /// Moves the selected routing group one place up (-1) or down (+1).
    void moveSelected(int delta);

Q_SIGNALS:
    void linkActivated(const QString &href);

private:
    void refresh();
    void refreshTargets();
    void refreshProduct();
    void applyOrderFromList();
    void applyTargets(QListWidgetItem *item);
    void applyEffort();
    void applyHeldPhases(QListWidgetItem *item);
    void updateButtons();

    ProjectSession *m_session;
    bool m_updating = false;
    QStringList m_orderKey;  ///< ids and names the order list shows
    QStringList m_groupsKey; ///< ids and names the routing-group boxes show
    QStringList m_sitesKey;  ///< ids and names the target-site list shows
    QListWidget *m_order;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_resetOrder;
    QLabel *m_defaultOrder;
    QComboBox *m_targetGroup;
    QListWidget *m_targetSites;
    QPushButton *m_resetTargets;
    QLabel *m_defaultTargets;
    QComboBox *m_firstConnector;
    QDoubleSpinBox *m_moveRate;
    QSpinBox *m_concurrent;
    QDoubleSpinBox *m_hours;
    QComboBox *m_product;
    QListWidget *m_heldPhases;
    QLabel *m_noProduct;
};

} // namespace etp::ui
