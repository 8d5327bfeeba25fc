#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace etp::ui {

/// Runs a page's refresh at once when the page is on screen (or its window is not shown at all), and otherwise when
/// the page is next shown: a re-plan at XL then rebuilds only the page the person looks at.
class RefreshWhenShown : public QObject {
    Q_OBJECT

public:
    RefreshWhenShown(QWidget *page, std::function<void()> refresh);

    /// Refreshes now, or marks the page to be refreshed when shown.
    void request();
    /// Runs a pending refresh now (before the page is read or driven from outside).
    void flush();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace etp::ui
