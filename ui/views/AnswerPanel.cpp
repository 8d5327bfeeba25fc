#include "AnswerPanel.h"

#include "edit/PlanEdits.h"
#include "session/ProjectSession.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace etp::ui {

AnswerPanel::AnswerPanel(ProjectSession *session, QWidget *parent)
    : QGroupBox(tr("Your answer"), parent)
    , m_session(session)
    , m_yes(new QRadioButton(tr("&Yes, this is so")))
    , m_no(new QRadioButton(tr("N&o")))
    , m_by(new QLineEdit)
    , m_date(new QDateEdit)
    , m_note(new QLineEdit)
    , m_record(new QPushButton(tr("&Record Answer")))
    , m_state(new QLabel)
{
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_yes);
    choice->addButton(m_no);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_yes);
    buttons->addWidget(m_no);
    buttons->addStretch();
    m_by->setAccessibleName(tr("Answered by"));
    m_by->setPlaceholderText(tr("Your name"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Answered on"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("How you know, a ticket number..."));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(this);
    form->addRow(buttons);
    form->addRow(tr("Answered &by:"), m_by);
    form->addRow(tr("&On:"), m_date);
    form->addRow(tr("No&te:"), m_note);
    form->addRow(m_state);
    form->addRow(QString(), m_record);

    connect(m_record, &QPushButton::clicked, this, &AnswerPanel::record);
    connect(m_yes, &QRadioButton::toggled, this, &AnswerPanel::updateEnabled);
    connect(m_no, &QRadioButton::toggled, this, &AnswerPanel::updateEnabled);
    connect(session, &ProjectSession::documentStateChanged, this, &AnswerPanel::updateEnabled);
    setFinding({});
}

void AnswerPanel::setFinding(const QString &findingId)
{
    m_findingId = findingId;
    const Finding *finding = nullptr;
    for (const Finding &f : m_session->plan().findings)
        if (f.id == findingId)
            finding = &f;
    setVisible(finding && finding->severity == Severity::Manual);
    if (!finding)
        return;
    const std::optional<ManualAnswer> &answer = finding->answer;
    m_yes->setAutoExclusive(false);
    m_yes->setChecked(answer && answer->yes);
    m_no->setChecked(answer && !answer->yes);
    m_yes->setAutoExclusive(true);
    m_by->setText(answer ? answer->by : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_date->setDate(answer && answer->at.isValid() ? answer->at.toLocalTime().date() : QDate::currentDate());
    m_note->setText(answer ? answer->note : QString());
    if (!answer)
        m_state->setText(tr("Not answered yet: the finding holds its phases until it is answered \"yes\"."));
    else if (answer->yes)
        m_state->setText(tr("Answered yes: the finding holds nothing."));
    else
        m_state->setText(tr("Answered no: the finding holds its phases."));
    updateEnabled();
}

void AnswerPanel::updateEnabled()
{
    const bool editable = !m_session->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_yes, m_no, m_by, m_date, m_note})
        w->setEnabled(editable);
    m_record->setEnabled(editable && (m_yes->isChecked() || m_no->isChecked()));
    m_record->setToolTip(editable ? QString() : m_session->readOnlyReason());
}

void AnswerPanel::record()
{
    if (m_session->isReadOnly() || m_findingId.isEmpty())
        return;
    const QDate day = m_date->date();
    const QDateTime at = day == QDate::currentDate() ? QDateTime::currentDateTimeUtc() : day.startOfDay(Qt::UTC);
    const QString id = m_findingId;
    const QList<Finding> findings = m_session->plan().findings;
    m_session->apply(answerFinding(m_session->editableProject(), findings, id, m_yes->isChecked(),
                                   m_by->text().trimmed(), at, m_note->text().trimmed()));
}

} // namespace etp::ui
