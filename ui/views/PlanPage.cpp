#include "PlanPage.h"

#include "Links.h"
#include "PlanningChoicesPanel.h"
#include "TaskDelegates.h"
#include "models/PlanLabels.h"
#include "models/PlanTreeModel.h"
#include "plan/Tracking.h"
#include "session/ProjectSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace etp::ui {

namespace {

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

PlanPage::PlanPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PlanTreeModel(session, this))
    , m_filter(new PlanFilter(this))
    , m_status(new QComboBox)
    , m_owner(new QLineEdit)
    , m_overdue(new QCheckBox(tr("&Overdue only")))
    , m_tree(new QTreeView)
    , m_empty(new QLabel)
    , m_detail(linkLabel())
    , m_choices(new PlanningChoicesPanel(session))
    , m_clearDate(new QAction(tr("C&lear Date"), this))
{
    m_filter->setSourceModel(m_model);
    m_status->addItem(tr("All statuses"), -1);
    for (const TaskStatus status :
         {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::NotApplicable})
        m_status->addItem(PlanLabels::status(status), int(status));
    m_status->setAccessibleName(tr("Filter by status"));
    m_owner->setPlaceholderText(tr("Filter by owner"));
    m_owner->setClearButtonEnabled(true);
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_overdue->setToolTip(tr("Only unfinished tasks whose date has passed"));
    auto *statusLabel = new QLabel(tr("&Tasks:"));
    statusLabel->setBuddy(m_status);
    auto *bar = new QHBoxLayout;
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addWidget(m_owner, 1);
    bar->addWidget(m_overdue);

    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new TaskDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Plan"));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::NameColumn, QHeaderView::Stretch);
    // Columns as wide as their header and the texts they typically show, in the language in use.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const auto fit = [&](int column, int minimum) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        for (const QString &text : PlanTreeModel::typicalTexts(column))
            width = std::max(width, metrics.horizontalAdvance(text) + 16);
        m_tree->setColumnWidth(column, std::max(width, minimum));
    };
    fit(PlanTreeModel::StatusColumn, 0);
    fit(PlanTreeModel::OwnerColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 14);
    fit(PlanTreeModel::DateColumn, 0);
    fit(PlanTreeModel::NoteColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 16);
    fit(PlanTreeModel::StateColumn, 0);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_clearDate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_clearDate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_clearDate);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);

    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setAccessibleName(tr("Phase or task details"));
    auto *detailScroll = new QScrollArea;
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::StyledPanel);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    auto *vertical = new QSplitter(Qt::Vertical);
    auto *treeBox = new QWidget;
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addWidget(m_empty);
    vertical->addWidget(treeBox);
    vertical->addWidget(detailScroll);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({480, 200});
    vertical->setChildrenCollapsible(false);
    leftLayout->addWidget(vertical, 1);

    auto *choicesScroll = new QScrollArea;
    choicesScroll->setWidget(m_choices);
    choicesScroll->setWidgetResizable(true);
    choicesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    choicesScroll->setMinimumWidth(m_choices->minimumSizeHint().width() +
                                   choicesScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(choicesScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setTabOrder(m_status, m_owner);
    setTabOrder(m_owner, m_overdue);
    setTabOrder(m_overdue, m_tree);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_status->currentData().toInt());
        afterReset();
    });
    connect(m_owner, &QLineEdit::textChanged, this, [this](const QString &owner) {
        m_filter->setOwner(owner);
        afterReset();
    });
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOverdueOnly(on);
        afterReset();
    });
    connect(m_clearDate, &QAction::triggered, this, &PlanPage::clearDate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanPage::showCurrent);
    connect(m_detail, &QLabel::linkActivated, this, &PlanPage::linkActivated);
    connect(m_choices, &PlanningChoicesPanel::linkActivated, this, &PlanPage::linkActivated);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PlanPage::afterReset);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, [this] { showCurrent(); });
    afterReset();
}

void PlanPage::afterReset()
{
    const bool empty = m_filter->rowCount() == 0;
    m_empty->setVisible(empty);
    m_empty->setText(!m_session->hasProject() || m_model->rowCount() == 0
                         ? tr("There is no plan yet: open a project or the sample organization.")
                         : tr("No task matches the filter."));
    if (m_filter->isActive())
        m_tree->expandAll();
    showCurrent();
}

bool PlanPage::selectSource(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid())
        return false;
    QModelIndex index = m_filter->mapFromSource(sourceIndex);
    if (!index.isValid()) {
        // Hidden by a filter: show everything rather than nothing.
        m_owner->clear();
        m_overdue->setChecked(false);
        m_status->setCurrentIndex(0);
        index = m_filter->mapFromSource(sourceIndex);
    }
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_tree->expand(index.parent());
    else
        m_tree->expand(index);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtTop);
    showCurrent();
    return true;
}

bool PlanPage::selectPhase(const QString &phaseKey)
{
    return selectSource(m_model->indexOfPhase(phaseKey));
}

bool PlanPage::selectTask(const QString &taskKey)
{
    return selectSource(m_model->indexOfTask(taskKey));
}

bool PlanPage::selectSubject(const QString &subjectId)
{
    for (const Phase &phase : m_session->plan().phases) {
        if (phase.subjectId == subjectId)
            return selectPhase(phase.key);
    }
    return false;
}

void PlanPage::clearDate()
{
    const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
    if (!m_model->task(current))
        return;
    m_model->setData(current.siblingAtColumn(PlanTreeModel::DateColumn), QDate(), Qt::EditRole);
}

void PlanPage::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
    const Task *task = m_model->task(current);
    const Phase *phase = m_model->phase(current);
    m_clearDate->setEnabled(task && !m_session->isReadOnly() && task->date.isValid());
    if (!phase && !task) {
        m_detail->setText(
            m_model->rowCount() == 0
                ? QString()
                : tr("Select a phase to see what holds it, or a task to see how to do it.").toHtmlEscaped());
        return;
    }
    const Plan &plan = m_session->plan();
    const auto phaseLinks = [&plan](const QStringList &keys) {
        QStringList links;
        for (const QString &key : keys) {
            if (const Phase *p = plan.phase(key))
                links.append(Link::anchor(Link::phase(key), PlanLabels::phase(*p)));
        }
        return links.join(QStringLiteral(", "));
    };
    QString html;
    if (task) {
        html += QStringLiteral("<h3>%1</h3>").arg(task->title.toHtmlEscaped());
        if (phase)
            html += QStringLiteral("<p>%1</p>").arg(tr("In %1").toHtmlEscaped().arg(phaseLinks({phase->key})));
        if (task->obsolete)
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("No longer in the plan: its object or phase left the inventory. The status recorded "
                                "for it is "
                                "kept.")
                                 .toHtmlEscaped());
        if (!task->detail.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(paragraphs(task->detail));
        if (!task->waitsFor.isEmpty())
            html +=
                QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Waits for:").toHtmlEscaped(), phaseLinks(task->waitsFor));
        if (!task->note.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Note:").toHtmlEscaped(), paragraphs(task->note));
        m_detail->setText(html);
        return;
    }
    const Progress progress = phaseProgress(*phase);
    html += QStringLiteral("<h3>%1</h3>").arg(PlanLabels::phase(*phase).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 · %2 of %3 tasks finished")
                         .arg(PlanLabels::scope(phase->scope))
                         .arg(progress.finished())
                         .arg(progress.total)
                         .toHtmlEscaped());
    if (phase->isHeld()) {
        QStringList holders;
        for (const QString &id : phase->heldBy) {
            const auto it = std::find_if(plan.findings.cbegin(), plan.findings.cend(),
                                         [&id](const Finding &f) { return f.id == id; });
            const QString text = it == plan.findings.cend()
                                     ? id
                                     : (it->subject.isEmpty() ? it->message.section(QLatin1Char('\n'), 0, 0)
                                                              : it->subject + QStringLiteral(": ") +
                                                                    it->message.section(QLatin1Char('\n'), 0, 0));
            holders.append(QStringLiteral("<li>%1</li>").arg(Link::anchor(Link::finding(id), text)));
        }
        html +=
            QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                .arg(tr("Cannot start: held by these findings until they are resolved or answered.").toHtmlEscaped(),
                     holders.join(QString()));
    } else if (phasesThatCanStart(plan).contains(phase->key)) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Can start now.").toHtmlEscaped());
    }
    if (!phase->after.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Follows:").toHtmlEscaped(), phaseLinks(phase->after));
    if (!phase->concerns.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%n warning(s) concern this phase.", nullptr, int(phase->concerns.size())).toHtmlEscaped());
    m_detail->setText(html);
}

} // namespace etp::ui
