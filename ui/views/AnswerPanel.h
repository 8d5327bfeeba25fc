#pragma once

#include <QGroupBox>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace etp::ui {

class ProjectSession;

/// Answers a manual finding (what the directory cannot tell): yes or no, who answered, on which day, a note. The
/// answer is the core's answerFinding edit, made through the session.
class AnswerPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit AnswerPanel(ProjectSession *session, QWidget *parent = nullptr);

    /// Shows the answer of this finding (empty: none selected).
    void setFinding(const QString &findingId);

    QRadioButton *yesButton() const { return m_yes; }
    QRadioButton *noButton() const { return m_no; }
    QLineEdit *byEdit() const { return m_by; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *recordButton() const { return m_record; }

private:
    void record();
    void updateEnabled();

    ProjectSession *m_session;
    QString m_findingId;
    QRadioButton *m_yes;
    QRadioButton *m_no;
    QLineEdit *m_by;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QPushButton *m_record;
    QLabel *m_state;
};

} // namespace etp::ui
