#include "Questions.h"

namespace etp::ui {

namespace {
Questions::Answerer &answerer()
{
    static Questions::Answerer instance;
    return instance;
}
} // namespace

QMessageBox::StandardButton Questions::ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton)
{
    if (answerer())
        return answerer()(title, text, buttons);
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Questions::setAnswerer(Answerer a)
{
    answerer() = std::move(a);
}

} // namespace etp::ui
