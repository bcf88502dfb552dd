#include "RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace gb {

namespace {
const QString kKey = QStringLiteral("recentProjects");
}

QStringList RecentProjects::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaximum)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
}

void RecentProjects::remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(path);
    QSettings().setValue(kKey, paths);
}

void RecentProjects::clear()
{
    QSettings().remove(kKey);
}

} // namespace gb
