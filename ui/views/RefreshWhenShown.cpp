#include "RefreshWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace etp::ui {

RefreshWhenShown::RefreshWhenShown(QWidget *page, std::function<void()> refresh)
    : QObject(page)
    , m_page(page)
    , m_refresh(std::move(refresh))
{
    page->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    const QWidget *window = m_page->window();
    if (window->isVisible() && !m_page->isVisible()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_refresh();
}

void RefreshWhenShown::flush()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_refresh();
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace etp::ui
