#pragma once

#include "analysis/campaign/AnalysisOnRead.h"
#include "analysis/campaign/CampaignAnalysis.h"
#include "project/ProjectFile.h"

namespace gb {

class Progress;

/// The analysis settings a project amounts to: the technique settings it stores (the
/// "analysis" object of the project file: {"dsc": ..., "relaxation": ..., "indentation": ...},
/// as each technique's toJson() writes it; missing parts keep their defaults) with the
/// per-dataset settings laid over them — sign flips and integration limits (DSC), fit windows
/// (stress relaxation), rejected indents (nanoindentation). Errors name the technique whose
/// stored settings do not read.
Result<AnalysisSettings> analysisSettingsOf(const Project &project);

/// The campaign without the rows a person rejected (settings::kRejected).
LoadedCampaign withoutRejectedRows(const LoadedCampaign &campaign, const DatasetSettings &settings);

/// Runs every analysis of a project's loaded campaign with the project's settings: what the
/// window shows in its panels and what `glassbench-cli analyze FILE.gbproj` writes, so that both
/// give the same tables. Deterministic; thread-safe (call it on a worker thread); stops early
/// when `progress` is cancelled. Stored settings that do not read become an error diagnostic
/// and the defaults are used. `techniques` limits the analyses (empty: all); `jobs` is the number
/// of worker threads of each analysis (0: one per core); the tables do not depend on it.
AnalysisTables analyzeProject(const LoadedCampaign &campaign, const Project &project, Progress &progress,
                              const QSet<Technique> &techniques = {}, int jobs = 0);

/// The analysis on reading (LoadOptions::analysisOnRead) that gives analyzeProject's tables for
/// the project, for a caller that needs only the tables: it uses the same settings.
AnalysisOnRead analysisOnReadOf(const Project &project, const QSet<Technique> &techniques = {});

} // namespace gb
