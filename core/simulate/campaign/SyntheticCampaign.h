#pragma once

#include "data/Campaign.h"
#include "io/ResultTable.h"
#include "support/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace gb {

/// `small`: a few MB, what the tests and the bundled demo use. `paper`: the size of the two
/// seed studies (hundreds of scans and curves, ~1000 indents).
enum class SyntheticCampaignSize { Small, Paper };

/// One file of a synthetic campaign, in the instrument's own format.
struct SyntheticFile {
    QString relativePath; ///< below the campaign folder, '/'-separated, e.g. "dsc/AuMG_iso_Ta385_ta10s.txt"
    QByteArray bytes;
};

/// What one technique contributes to a synthetic campaign.
struct SyntheticPart {
    QString folder; ///< "dsc", "stress_relaxation" or "nanoindentation"
    std::vector<SyntheticFile> files;
    /// Manifest rows keyed by interfaces.md column names; `file` relative to the campaign
    /// folder (a Hysitron array row names its folder). `line` is left 0.
    std::vector<ManifestRow> manifestRows;
    /// The parameters every file was made from, written as `<folder>/truth.csv`; its first
    /// columns are `file` and `segment` so that a truth row finds its manifest row.
    ResultTable truth{QStringList{QStringLiteral("file"), QStringLiteral("segment")}};
};

/// A whole synthetic campaign: its parts and the comment lines that head its manifest (they
/// say that the data are simulated, by which generator, size and seed).
struct SyntheticCampaign {
    QStringList manifestComments;
    std::vector<SyntheticPart> parts;
};

/// The parts, each from its own random stream derived from `seed` (same seed, same bytes, on
/// every platform: the generators draw only from SeededRandom, never from std:: distributions).
SyntheticPart simulateDscPart(SyntheticCampaignSize size, std::uint64_t seed);
SyntheticPart simulateRelaxationPart(SyntheticCampaignSize size, std::uint64_t seed);
SyntheticPart simulateIndentationPart(SyntheticCampaignSize size, std::uint64_t seed);

/// All three parts and the manifest comments.
SyntheticCampaign simulateCampaign(SyntheticCampaignSize size, std::uint64_t seed);

/// Writes the files, `campaign.csv` (interfaces.md §1, the union of the parts' columns) and one
/// `truth.csv` per part into `folder` (created if needed). Every file is written atomically.
Status writeSyntheticCampaign(const SyntheticCampaign &campaign, const QString &folder);

} // namespace gb
