#pragma once

#include <QStringList>

namespace gb {

/// The projects and manifests opened last, most recent first (QSettings "recentProjects").
class RecentProjects {
public:
    static constexpr int kMaximum = 10;
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace gb
