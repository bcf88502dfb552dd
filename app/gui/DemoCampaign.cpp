#include "DemoCampaign.h"

#include "project/FileImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace gb {

QString DemoCampaign::manifestIn(const QString &folder)
{
    QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly) && looksLikeManifest(file.read(64 * 1024)))
            return dir.filePath(name);
    }
    return {};
}

bool DemoCampaign::extractResources(const QString &resourceRoot, const QString &target)
{
    bool ok = QDir().mkpath(target);
    QDirIterator it(resourceRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(resourceRoot).relativeFilePath(source);
        const QString destination = QDir(target).filePath(relative);
        QDir().mkpath(QFileInfo(destination).absolutePath());
        if (QFileInfo::exists(destination) && QFileInfo(destination).size() == QFileInfo(source).size())
            continue;
        QFile::remove(destination);
        ok = QFile::copy(source, destination) && ok;
        QFile::setPermissions(destination,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return ok;
}

QString DemoCampaign::locate(QString *why)
{
    const QString fromEnvironment = qEnvironmentVariable("GLASSBENCH_DEMO_DIR");
    if (!fromEnvironment.isEmpty()) {
        if (const QString manifest = manifestIn(fromEnvironment); !manifest.isEmpty())
            return manifest;
    }
    const QString resourceRoot = QStringLiteral(":/demo");
    if (!manifestIn(resourceRoot).isEmpty()) {
        const QString target = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                   .filePath(QStringLiteral("demo-" GLASSBENCH_VERSION));
        if (extractResources(resourceRoot, target))
            if (const QString manifest = manifestIn(target); !manifest.isEmpty())
                return manifest;
    }
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/glassbench/demo"));
    if (const QString manifest = manifestIn(installed); !manifest.isEmpty())
        return manifest;
    if (why)
        *why = QCoreApplication::translate(
            "DemoCampaign", "The simulated demo campaign is not bundled with this build of "
                            "Glassbench. Build it with the demo files in resources/demo/, or set "
                            "GLASSBENCH_DEMO_DIR to a folder holding a campaign manifest.");
    return {};
}

} // namespace gb
