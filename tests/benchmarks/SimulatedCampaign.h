// The paper-sized synthetic campaign (core/simulate/campaign), written once per benchmark
// program into a temporary folder, for benchmarks that read real campaign files.
#pragma once

#include "simulate/campaign/SyntheticCampaign.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <utility>
#include <vector>

namespace gb::bench {

/// A simulated campaign on disk; the folder is removed when the program ends.
class SimulatedCampaign {
public:
    /// The paper campaign with seed 1 (what `glassbench-cli simulate --campaign paper` writes).
    static const SimulatedCampaign &paper()
    {
        static const SimulatedCampaign campaign(SyntheticCampaignSize::Paper);
        return campaign;
    }

    bool ok() const { return m_ok; }
    QString manifest() const { return m_dir.filePath(QStringLiteral("campaign.csv")); }
    QString folder(const QString &part) const { return m_dir.filePath(part); }

    /// The instrument files below `part` (all parts when empty): no READMEs, no truth tables.
    QStringList dataFiles(const QString &part = {}) const
    {
        QStringList files;
        for (const auto &[folder, paths] : m_files)
            if (part.isEmpty() || folder == part)
                files += paths;
        return files;
    }

    /// Bytes of the data files below `part` (all parts when empty).
    qint64 dataBytes(const QString &part = {}) const
    {
        qint64 bytes = 0;
        for (const QString &file : dataFiles(part))
            bytes += QFileInfo(file).size();
        return bytes;
    }

private:
    explicit SimulatedCampaign(SyntheticCampaignSize size)
    {
        const SyntheticCampaign campaign = simulateCampaign(size, 1);
        m_ok = m_dir.isValid() && writeSyntheticCampaign(campaign, m_dir.path()).ok();
        for (const SyntheticPart &part : campaign.parts) {
            QStringList paths;
            for (const SyntheticFile &file : part.files)
                if (!file.relativePath.endsWith(QLatin1String(".md"))) // a folder's README
                    paths << m_dir.filePath(file.relativePath);
            m_files.emplace_back(part.folder, paths);
        }
    }

    QTemporaryDir m_dir;
    std::vector<std::pair<QString, QStringList>> m_files; ///< per part folder
    bool m_ok = false;
};

} // namespace gb::bench
