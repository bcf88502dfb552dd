#pragma once

// Stress-relaxation campaign analysis (issue 7): a KWW fit per curve, aging laws per
// (sample, T_a) and Arrhenius fits per (sample, t_a); tables of interfaces.md §3
// (sr_kww.csv, sr_aging.csv, sr_arrhenius.csv).

#include "analysis/campaign/AnalysisTables.h"
#include "analysis/campaign/LoadedCampaign.h"
#include "analysis/relaxation/AgingLaw.h"
#include "analysis/relaxation/RelaxationArrhenius.h"
#include "analysis/relaxation/RelaxationFit.h"
#include "analysis/relaxation/RelaxationSettings.h"

#include <optional>
#include <vector>

namespace gb {

class Progress;

/// One stress-relaxation row of the manifest with its analysis.
struct RelaxationRecord {
    std::size_t entryIndex = 0; ///< index in LoadedCampaign::entries
    CampaignEntry entry;
    QString datasetId;
    std::optional<double> testTemperatureK; ///< T_test_K, else T_a_K
    RelaxationCurveResult result;           ///< status "read_error" when the data were not loaded
};

/// The aging series of one (sample, T_a).
struct RelaxationAgingGroup {
    QString sample;
    double agingTemperatureK = 0;
    std::vector<std::size_t> records; ///< indices into RelaxationCampaignResult::records
    AgingLawResult law;
};

/// The Arrhenius series of one (sample, t_a).
struct RelaxationArrheniusGroup {
    QString sample;
    std::optional<double> agingTimeS;
    std::optional<double> glassTransitionK;
    std::vector<std::size_t> records;
    RelaxationArrheniusResult fit;
};

/// Everything the stress-relaxation analysis found, for the tables and the GUI.
struct RelaxationCampaignResult {
    std::vector<RelaxationRecord> records; ///< manifest order
    std::vector<RelaxationAgingGroup> aging;
    std::vector<RelaxationArrheniusGroup> arrhenius;
    std::vector<Diagnostic> diagnostics;
    bool cancelled = false;
};

/// Analyses every stress-relaxation row of the campaign: curves in parallel on a local thread
/// pool (settings.jobs threads), but for those analysed on reading (LoadedEntry::analysesOnRead),
/// which keep that result; groups afterwards. Deterministic: the same numbers whatever the
/// thread count. Rows whose data could not be loaded get the status "read_error" with the loader's
/// message. Cancelling through `progress` marks the curves not reached as "cancelled".
RelaxationCampaignResult runRelaxationCampaign(const LoadedCampaign &campaign,
                                               const RelaxationSettings &settings, Progress &progress);

/// The three result tables of a finished analysis (interfaces.md §3 "Stress relaxation").
AnalysisTables relaxationResultTables(const RelaxationCampaignResult &result);

/// runRelaxationCampaign followed by relaxationResultTables.
AnalysisTables analyzeRelaxationCampaign(const LoadedCampaign &campaign, const RelaxationSettings &settings,
                                         Progress &progress);

} // namespace gb
