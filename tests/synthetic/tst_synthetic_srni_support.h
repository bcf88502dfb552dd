#pragma once

// Helpers of the stress-relaxation and nanoindentation synthetic-campaign tests: write a part to
// a folder, load it through the importers as a campaign, read cells of result and truth tables.

#include "analysis/campaign/AnalysisTables.h"
#include "analysis/campaign/LoadedCampaign.h"
#include "io/ImporterRegistry.h"
#include "simulate/campaign/SyntheticCampaign.h"
#include "support/Progress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <variant>

namespace gb::test {

/// Writes the part's files below `folder`; false when a file cannot be written.
inline bool writePartFiles(const SyntheticPart &part, const QString &folder)
{
    for (const SyntheticFile &file : part.files) {
        const QString path = QDir(folder).filePath(file.relativePath);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size())
            return false;
    }
    return true;
}

/// The part's manifest rows as a campaign whose manifest lies in `folder`, loaded through the
/// standard importer registry.
inline LoadedCampaign loadPart(const SyntheticPart &part, const QString &folder)
{
    Manifest manifest;
    manifest.path = QDir(folder).filePath(QStringLiteral("campaign.csv"));
    qint64 line = 2;
    for (ManifestRow row : part.manifestRows) {
        row.line = line++;
        for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it)
            if (!manifest.columns.contains(it.key()))
                manifest.columns.append(it.key());
        manifest.rows.push_back(std::move(row));
    }
    Progress progress;
    return loadCampaign(buildCampaign(std::move(manifest)), ImporterRegistry::standard(), progress);
}

inline const ResultTable *findTable(const AnalysisTables &tables, const QString &name)
{
    for (const auto &t : tables.tables)
        if (t.fileName == name)
            return &t.table;
    return nullptr;
}

/// A numeric cell, NaN when empty or text.
inline double cellNumber(const ResultTable &table, qsizetype row, const QString &column)
{
    const ResultTable::Cell &cell = table.cell(row, column);
    return std::holds_alternative<double>(cell) ? std::get<double>(cell) : std::nan("");
}

/// The largest |read − written| over two equally long vectors (infinity when the sizes differ).
inline double largestDifference(const std::vector<double> &read, const std::vector<double> &written)
{
    if (read.size() != written.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (std::size_t i = 0; i < read.size(); ++i)
        worst = std::max(worst, std::abs(read[i] - written[i]));
    return worst;
}

} // namespace gb::test
