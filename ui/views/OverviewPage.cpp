#include "OverviewPage.h"

#include "Links.h"
#include "ProgressBarDelegate.h"
#include "RefreshWhenShown.h"
#include "models/PlanLabels.h"
#include "models/ProgressModel.h"
#include "plan/Tracking.h"
#include "session/ProjectSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace etp::ui {

namespace {

constexpr int listedAtMost = 12; ///< longer lists end in "and N more"

} // namespace

OverviewPage::OverviewPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_facts(new QLabel)
    , m_readiness(linkLabel())
    , m_planning(new QLabel)
    , m_start(linkLabel())
    , m_kept(linkLabel())
    , m_progressModel(new ProgressModel(this))
    , m_progress(new QTableView)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_planning->setText(tr("Updating the plan..."));
    m_planning->setVisible(false);
    m_readiness->setAccessibleName(tr("Readiness"));
    m_start->setAccessibleName(tr("Phases that can start now"));
    m_kept->setAccessibleName(tr("Legacy servers to keep"));

    m_progress->setModel(m_progressModel);
    m_progress->setAccessibleName(tr("Progress per routing group and AD site"));
    m_progress->setItemDelegateForColumn(ProgressModel::ProgressColumn,
                                         new ProgressBarDelegate(ProgressModel::RatioRole, m_progress));
    m_progress->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->verticalHeader()->hide();
    m_progress->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress->horizontalHeader()->setSectionResizeMode(ProgressModel::SubjectColumn, QHeaderView::ResizeToContents);
    m_progress->horizontalHeader()->setSectionResizeMode(ProgressModel::KindColumn, QHeaderView::ResizeToContents);
    m_progress->horizontalHeader()->setSectionResizeMode(ProgressModel::ProgressColumn, QHeaderView::Interactive);
    m_progress->horizontalHeader()->setSectionResizeMode(ProgressModel::EffortColumn, QHeaderView::Stretch);
    m_progress->setColumnWidth(ProgressModel::ProgressColumn, 300);
    m_progress->setToolTip(tr("Double-click a row (or press Enter) to see its phases in the plan."));
    m_progress->setMinimumHeight(220);
    connect(m_progress, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT linkActivated(Link::subject(index.data(ProgressModel::SubjectIdRole).toString()));
    });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_planning);
    addHeading(layout, tr("Readiness"));
    layout->addWidget(m_readiness);
    addHeading(layout, tr("Can start now"));
    layout->addWidget(m_start);
    addHeading(layout, tr("Progress and mailbox moves"));
    layout->addWidget(m_progress, 1);
    addHeading(layout, tr("Legacy servers to keep"));
    layout->addWidget(m_kept);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (QLabel *label : {m_readiness, m_start, m_kept})
        connect(label, &QLabel::linkActivated, this, &OverviewPage::linkActivated);
    m_refresh = new RefreshWhenShown(this, [this] { refresh(); });
    connect(session, &ProjectSession::projectReplaced, m_refresh, &RefreshWhenShown::request);
    connect(session, &ProjectSession::planChanged, m_refresh, &RefreshWhenShown::request);
    connect(session, &ProjectSession::tasksChanged, m_refresh, &RefreshWhenShown::request);
    connect(session, &ProjectSession::planningChanged, m_planning, &QWidget::setVisible);
    refresh();
}

QLabel *OverviewPage::addHeading(QVBoxLayout *layout, const QString &text)
{
    auto *heading = new QLabel(text);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);
    layout->addSpacing(8);
    layout->addWidget(heading);
    return heading;
}

void OverviewPage::refresh()
{
    if (!m_session->hasProject())
        return;
    const Project &project = m_session->project();
    const Plan &plan = m_session->plan();
    const QString organization = project.inventory.organization.name;
    m_title->setText(organization.isEmpty() ? m_session->displayName() : organization);
    m_facts->setText(tr("%n Exchange server(s)", nullptr, int(project.inventory.servers.size())) +
                     QStringLiteral(" · ") +
                     tr("%n routing group(s)", nullptr, int(project.inventory.routingGroups.size())) +
                     QStringLiteral(" · ") + tr("%n AD site(s)", nullptr, int(project.inventory.sites.size())) +
                     QStringLiteral(" · ") + tr("%n phase(s) in the plan", nullptr, int(plan.phases.size())));

    int blockers = 0, open = 0, warnings = 0;
    for (const Finding &finding : plan.findings) {
        blockers += finding.severity == Severity::Blocker ? 1 : 0;
        open += finding.severity == Severity::Manual && !finding.answer ? 1 : 0;
        warnings += finding.severity == Severity::Warning ? 1 : 0;
    }
    int held = 0;
    for (const Phase &phase : plan.phases)
        held += phase.isHeld() ? 1 : 0;
    QStringList parts{Link::anchor(Link::findings(int(Severity::Blocker)), tr("%n blocker(s)", nullptr, blockers)),
                      Link::anchor(Link::findings(int(Severity::Manual)), tr("%n open question(s)", nullptr, open)),
                      Link::anchor(Link::findings(int(Severity::Warning)), tr("%n warning(s)", nullptr, warnings)),
                      tr("%n of %1 phase(s) held", nullptr, held).arg(plan.phases.size())};
    m_readiness->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    const QStringList ready = phasesReadyToStart(plan);
    QStringList lines;
    for (const QString &key : ready.mid(0, listedAtMost))
        if (const Phase *phase = plan.phase(key))
            lines.append(Link::anchor(Link::phase(key), PlanLabels::phase(*phase)));
    if (ready.size() > listedAtMost)
        lines.append(tr("and %n more", nullptr, int(ready.size() - listedAtMost)).toHtmlEscaped());
    m_start->setText(ready.isEmpty() ? tr("No phase can start now: every open phase is held or waits for another. "
                                          "The findings say what holds them.")
                                           .toHtmlEscaped()
                                     : lines.join(QStringLiteral("<br>")));

    lines.clear();
    for (const KeptServer &kept : plan.keptServers.mid(0, listedAtMost))
        lines.append(Link::anchor(Link::object(kept.serverId), kept.server) +
                     QStringLiteral(" (%1): %2").arg(kept.routingGroup.toHtmlEscaped(), kept.reason.toHtmlEscaped()));
    if (plan.keptServers.size() > listedAtMost)
        lines.append(tr("and %n more", nullptr, int(plan.keptServers.size() - listedAtMost)).toHtmlEscaped());
    m_kept->setText(lines.isEmpty() ? tr("None: no feature or connector needs a legacy server to stay.").toHtmlEscaped()
                                    : lines.join(QStringLiteral("<br>")));

    m_progressModel->setPlan(plan);
}

} // namespace etp::ui
