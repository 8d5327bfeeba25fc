#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace etp::ui {

/// The project files opened last, newest first, remembered in the settings, and the File ▸ Recent Projects menu.
class RecentFiles : public QObject {
    Q_OBJECT

public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    QStringList files() const;

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuildMenu();
    QMenu *m_menu;
};

} // namespace etp::ui
