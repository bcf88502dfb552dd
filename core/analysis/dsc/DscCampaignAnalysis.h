#pragma once

// The DSC part of a campaign analysis (issue 6): pairs every relaxed scan with its reference,
// analyses the pairs in parallel, fits Kissinger per thermal history, matches isochronal scans to
// isothermal series and writes dsc_peaks.csv, dsc_kissinger.csv and dsc_matched.csv
// (interfaces.md §3).

#include "analysis/campaign/AnalysisTables.h"
#include "analysis/campaign/LoadedCampaign.h"
#include "analysis/dsc/DscCampaignResult.h"
#include "analysis/dsc/DscSettings.h"

namespace gb {

class Progress;

/// Analyses every DSC row of the campaign: one record per relaxed scan (path isothermal or
/// isochronal) in manifest order, with its curves; then the Kissinger groups, the matches and
/// the series. Per-scan work runs on a local thread pool (settings.jobs threads; 0 = one per
/// core); the result does not depend on the number of threads. Progress counts scans; a
/// cancelled run marks the scans not reached "cancelled" and sets `cancelled`.
DscCampaignResult runDscCampaign(const LoadedCampaign &campaign, const DscSettings &settings,
                                 Progress &progress);

/// The three tables of interfaces.md §3 "DSC" (with extra columns after the required ones) and
/// the diagnostics of the run. someRowsFailed is set when any row's status is not "ok".
AnalysisTables dscResultTables(const DscCampaignResult &result, const QString &manifestPath = {});

/// runDscCampaign followed by dscResultTables: what the command line's `analyze` calls.
AnalysisTables analyzeDscCampaign(const LoadedCampaign &campaign, const DscSettings &settings,
                                  Progress &progress);

/// The column names of each table, required ones first.
const QStringList &dscPeakColumns();
const QStringList &dscKissingerColumns();
const QStringList &dscMatchedColumns();

} // namespace gb
