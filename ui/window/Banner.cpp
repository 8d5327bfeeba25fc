#include "Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace etp::ui {

Banner::Banner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_action(new QPushButton)
    , m_close(new QPushButton(tr("Dismiss")))
{
    setObjectName(kind == Kind::Error ? QStringLiteral("errorBanner") : QStringLiteral("noticeBanner"));
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("QFrame#errorBanner { background: #fde7e9; border: 1px solid #e8a0a6; }"
                                       " QFrame#errorBanner QLabel { color: #5f1b1b; }")
                      : QStringLiteral("QFrame#noticeBanner { background: #fff4ce; border: 1px solid #e5c86b; }"
                                       " QFrame#noticeBanner QLabel { color: #4d3a00; }"));
    setAccessibleName(kind == Kind::Error ? tr("Error message") : tr("Notice"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setVisible(false);
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);
    connect(m_close, &QPushButton::clicked, this, &Banner::dismiss);
    setVisible(false);
}

void Banner::showMessage(const QString &text, const QString &actionText)
{
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setVisible(true);
}

void Banner::dismiss()
{
    setVisible(false);
    m_text->clear();
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace etp::ui
