#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace etp::ui {

namespace {
constexpr int MaxRecent = 8;
const char *const RecentKey = "recentProjects";
} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(QLatin1String(RecentKey)).toStringList();
}

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList list = files();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecent)
        list.removeLast();
    QSettings().setValue(QLatin1String(RecentKey), list);
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    int number = 0;
    for (const QString &path : list) {
        if (!QFileInfo::exists(path))
            continue;
        ++number;
        QString shown = QDir::toNativeSeparators(path);
        shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(shown) : shown;
        m_menu->addAction(label, this, [this, path] { Q_EMIT openRequested(path); })->setData(path);
    }
    if (number == 0)
        m_menu->addAction(tr("No recent projects"))->setEnabled(false);
    m_menu->setEnabled(true);
}

} // namespace etp::ui
