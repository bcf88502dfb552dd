#include "DemoCampaign.h"

#include "project/FileImport.h"
#include "simulate/campaign/SyntheticCampaign.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

QString DemoCampaign::generatedFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo-" GLASSBENCH_VERSION));
}

QString DemoCampaign::locate()
{
    const QString fromEnvironment = qEnvironmentVariable("GLASSBENCH_DEMO_DIR");
    if (!fromEnvironment.isEmpty())
        if (const QString manifest = manifestIn(fromEnvironment); !manifest.isEmpty())
            return manifest;
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/glassbench/demo"));
    if (const QString manifest = manifestIn(installed); !manifest.isEmpty())
        return manifest;
    return manifestIn(generatedFolder());
}

Result<QString> DemoCampaign::generate()
{
    const QString folder = generatedFolder();
    const Status written =
        writeSyntheticCampaign(simulateCampaign(SyntheticCampaignSize::Small, kSeed), folder);
    if (!written)
        return written.error();
    const QString manifest = manifestIn(folder);
    if (manifest.isEmpty())
        return makeError(QStringLiteral("demo_not_written"),
                         QCoreApplication::translate("DemoCampaign",
                                                     "The simulated demo campaign was written to %1 "
                                                     "but holds no campaign manifest.")
                             .arg(QDir::toNativeSeparators(folder)));
    return manifest;
}

} // namespace gb
