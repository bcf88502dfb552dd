#pragma once

#include "analysis/campaign/CampaignAnalysis.h"
#include "analysis/campaign/CurveAnalysis.h"

namespace gb {

/// The per-curve step of a campaign analysis, done by the thread that read the curve, right
/// after reading it, while it is still in cache (LoadOptions::analysisOnRead). loadCampaign keeps
/// the result beside the curve and releases the curve's columns, so that a caller that needs only
/// the tables (glassbench-cli) never holds the whole campaign in memory; the technique analyses
/// then take these results instead of computing them again. Indents and stress-relaxation curves
/// qualify; DSC scans, analysed in pairs across files, do not.
class AnalysisOnRead {
public:
    /// `techniques`: those the caller analyses (all when empty).
    AnalysisOnRead(AnalysisSettings settings, QSet<Technique> techniques);

    /// Whether the curves of this row are analysed on reading. Not when a person chose something
    /// for one of its indents: the choice names the indent by its position in the row, which is
    /// known only once the whole row has been read.
    bool handles(const CampaignEntry &entry) const;
    /// One curve of a row that handles() accepts, analysed as its technique's campaign analysis
    /// would analyse it, but for the points only a plot draws: an indent's loading segment and a
    /// relaxation curve's normalised values, fit and residuals are left empty. Thread-safe.
    CurveAnalysis analyze(const CampaignEntry &entry, const Dataset &curve) const;

private:
    AnalysisSettings m_settings;
    QSet<Technique> m_techniques;
};

} // namespace gb
