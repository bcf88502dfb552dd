#pragma once

// The nanoindentation campaign runner (issue 8): every indent of the campaign, the statistics
// per (sample, T_a, t_a), and the tables ni_indents.csv and ni_summary.csv (interfaces.md §3).

#include "analysis/campaign/AnalysisTables.h"
#include "analysis/indentation/IndentAnalysis.h"
#include "analysis/indentation/IndentationSettings.h"
#include "analysis/indentation/PopInStatistics.h"
#include "data/Campaign.h"
#include "data/Dataset.h"

#include <optional>
#include <vector>

namespace gb {

class Progress;
struct LoadedCampaign;

/// The name of one indent of an array, as ni_indents.csv writes it after "#" in `file`: its curve
/// name, else its file's name.
QString indentName(const Dataset &indent);

/// The tip radius of a row's indents: the manifest's tip_radius_nm, else the settings' default.
double tipRadiusNmOf(const CampaignEntry &entry, const IndentationSettings &settings);

/// One indent of the campaign.
struct IndentRecord {
    std::size_t entryIndex = 0; ///< index in LoadedCampaign::entries
    int indentIndex = 0;        ///< index within the row's indent array
    CampaignEntry entry;
    QString datasetId;
    QString file; ///< the manifest's file, plus the indent's curve name for an array
    IndentResult result;
};

/// The statistics of one (sample, T_a, t_a) group; rejected indents are left out and counted.
struct IndentGroup {
    QString sample;
    std::optional<double> agingTemperatureK;
    std::optional<double> agingTimeS;
    std::vector<std::size_t> records; ///< indices into IndentationCampaignResult::records
    int indents = 0;                  ///< not rejected
    int rejected = 0;
    double reducedModulusMeanGpa = std::numeric_limits<double>::quiet_NaN(); ///< over fitted indents
    PopInStatistics statistics;
    QString status; ///< "ok", or "too_few" with fewer than 2 pop-ins
};

struct IndentationCampaignResult {
    std::vector<IndentRecord> records;
    std::vector<IndentGroup> groups;
    std::vector<Diagnostic> diagnostics;
    bool cancelled = false;
};

/// Analyses every nanoindentation indent in parallel (QtConcurrent on a local QThreadPool with
/// settings.jobs threads) and groups them; indents analysed on reading
/// (LoadedEntry::analysesOnRead) keep that result. Deterministic: the records follow manifest
/// order and indent order. Rows whose data could not be loaded appear with status "read_error".
/// Thread-safe with respect to other runs; `progress` counts the indents left to analyse and may
/// cancel.
IndentationCampaignResult runIndentationCampaign(const LoadedCampaign &campaign,
                                                 const IndentationSettings &settings, Progress &progress);

/// ni_indents.csv and ni_summary.csv with the columns of interfaces.md §3 (plus extras).
AnalysisTables indentationResultTables(const IndentationCampaignResult &result);

/// runIndentationCampaign followed by indentationResultTables.
AnalysisTables analyzeIndentationCampaign(const LoadedCampaign &campaign, const IndentationSettings &settings,
                                          Progress &progress);

} // namespace gb
