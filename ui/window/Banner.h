#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace etp::ui {

/// A message where the person looks, above the pages: an error (red), or a notice (amber) such as why the project
/// is read-only or that the file changed on disk, with an optional action button and a close button.
class Banner : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Error, Notice };

    explicit Banner(Kind kind, QWidget *parent = nullptr);

    /// Shows the message; `actionText` non-empty shows a button that emits actionTriggered.
    void showMessage(const QString &text, const QString &actionText = {});
    void dismiss();
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
};

} // namespace etp::ui
