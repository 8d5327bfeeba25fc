#pragma once

#include <QMessageBox>
#include <functional>

class QWidget;

namespace etp::ui {

/// The one place the UI asks a person a real question ("discard changes?"). Tests pre-answer through setAnswerer.
class Questions {
public:
    using Answerer = std::function<QMessageBox::StandardButton(const QString &title, const QString &text,
                                                               QMessageBox::StandardButtons buttons)>;

    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    /// Replaces the dialog by a function (tests); an empty function restores the dialog.
    static void setAnswerer(Answerer answerer);
};

} // namespace etp::ui
