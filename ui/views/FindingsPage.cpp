#include "FindingsPage.h"

#include "AnswerPanel.h"
#include "Links.h"
#include "RefreshWhenShown.h"
#include "models/FindingsModel.h"
#include "models/PlanLabels.h"
#include "session/ProjectSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace etp::ui {

FindingsPage::FindingsPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new FindingsModel(this))
    , m_filter(new FindingsFilter(this))
    , m_severity(new QComboBox)
    , m_search(new QLineEdit)
    , m_tree(new QTreeView)
    , m_empty(new QLabel)
    , m_detail(linkLabel())
    , m_answer(new AnswerPanel(session))
{
    m_filter->setSourceModel(m_model);
    m_severity->addItem(tr("All severities"), -1);
    for (const Severity severity : {Severity::Blocker, Severity::Manual, Severity::Warning, Severity::Info})
        m_severity->addItem(PlanLabels::severityIcon(severity), PlanLabels::severity(severity), int(severity));
    m_severity->setAccessibleName(tr("Severity"));
    m_search->setPlaceholderText(tr("Filter by rule, object or text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter findings"));
    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_severity);
    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_severity);
    bar->addWidget(m_search, 1);

    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Findings"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(FindingsModel::SubjectColumn, 300);
    m_tree->setColumnWidth(FindingsModel::SeverityColumn, 110);
    m_tree->setColumnWidth(FindingsModel::AnswerColumn, 140);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);

    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setAccessibleName(tr("Finding details"));
    m_detail->setMinimumWidth(280);
    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_answer);
    detailLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(detailBox);
    scroll->setWidgetResizable(true);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_empty);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setTabOrder(m_severity, m_search);
    setTabOrder(m_search, m_tree);

    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSeverity(m_severity->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &FindingsFilter::setText);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPage::showCurrent);
    connect(m_detail, &QLabel::linkActivated, this, &FindingsPage::linkActivated);
    // Activating a finding (double-click, Enter) goes to the object it concerns.
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const Finding *finding = m_model->finding(m_filter->mapToSource(index));
        if (finding && !finding->subjectId.isEmpty())
            Q_EMIT linkActivated(Link::object(finding->subjectId));
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        m_empty->setVisible(m_filter->rowCount() == 0);
        m_empty->setText(m_model->rowCount() == 0 ? tr("No findings: every rule passed.")
                                                  : tr("No finding matches the filter."));
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        m_empty->setVisible(m_filter->rowCount() == 0);
        m_empty->setText(tr("No finding matches the filter."));
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
            [this] { m_empty->setVisible(m_filter->rowCount() == 0); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this] { m_empty->setVisible(m_filter->rowCount() == 0); });
    m_refresh = new RefreshWhenShown(this, [this] { refresh(); });
    connect(session, &ProjectSession::projectReplaced, m_refresh, &RefreshWhenShown::request);
    connect(session, &ProjectSession::planChanged, m_refresh, &RefreshWhenShown::request);
    refresh();
}

void FindingsPage::refresh()
{
    // Keep the finding in view across a re-plan (after answering it, for instance).
    const QString current = m_filter->mapToSource(m_tree->currentIndex()).data(FindingsModel::FindingIdRole).toString();
    m_model->setFindings(m_session->hasProject() ? m_session->plan().findings : QList<Finding>{});
    if (m_filter->rowCount() <= 8)
        m_tree->expandAll();
    if (!current.isEmpty() && selectFinding(current))
        return;
    showCurrent();
}

bool FindingsPage::selectFinding(const QString &findingId)
{
    m_refresh->flush();
    QModelIndex index = m_filter->mapFromSource(m_model->indexOfFinding(findingId));
    if (!index.isValid() && m_model->indexOfFinding(findingId).isValid()) {
        // Hidden by the filter: show everything rather than nothing.
        m_search->clear();
        m_severity->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->indexOfFinding(findingId));
    }
    if (!index.isValid())
        return false;
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    showCurrent();
    return true;
}

void FindingsPage::showSeverity(int severity)
{
    m_refresh->flush();
    const int row = m_severity->findData(severity);
    m_severity->setCurrentIndex(std::max(row, 0));
    if (m_filter->rowCount() <= 8)
        m_tree->expandAll();
}

void FindingsPage::showCurrent()
{
    const Finding *finding = m_model->finding(m_filter->mapToSource(m_tree->currentIndex()));
    if (!finding) {
        m_detail->setText(
            m_model->rowCount() == 0
                ? QString()
                : tr("Select a finding to see what to do about it and which phases it holds.").toHtmlEscaped());
        m_answer->setFinding({});
        return;
    }
    const Plan &plan = m_session->plan();
    auto phases = [&plan](const QStringList &keys) {
        QStringList links;
        for (const QString &key : keys)
            if (const Phase *phase = plan.phase(key))
                links.append(Link::anchor(Link::phase(key), PlanLabels::phase(*phase)));
        return links.join(QStringLiteral(", "));
    };
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg((finding->rule + QStringLiteral(" · ") + PlanLabels::severity(finding->severity)).toHtmlEscaped());
    if (!finding->subjectId.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Concerns %1")
                             .toHtmlEscaped()
                             .arg(Link::anchor(Link::object(finding->subjectId), finding->subject)));
    html += QStringLiteral("<p>%1</p>")
                .arg(finding->message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!finding->remediation.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("What to do:").toHtmlEscaped(),
                         finding->remediation.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!finding->holds.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Holds:").toHtmlEscaped(), phases(finding->holds));
    if (!finding->concerns.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Concerns:").toHtmlEscaped(), phases(finding->concerns));
    m_detail->setText(html);
    m_answer->setFinding(finding->id);
}

} // namespace etp::ui
