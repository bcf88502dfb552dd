#pragma once

// What a campaign's DSC analysis produces, before it becomes tables: every relaxed scan with
// its curves, the Kissinger groups, the isothermal-vs-isochronal matches and the series the
// panels plot (ΔH vs φ, ΔH vs t_a, FWHM vs ΔH per path, E vs ΔH).

#include "analysis/dsc/DscScanAnalysis.h"
#include "analysis/dsc/Kissinger.h"
#include "analysis/dsc/MatchedPairs.h"
#include "data/Campaign.h"
#include "support/Error.h"

#include <optional>
#include <vector>

namespace gb {

/// One relaxed scan (a manifest row with path isothermal or isochronal).
struct DscScanRecord {
    std::size_t entryIndex = 0; ///< into LoadedCampaign::entries
    CampaignEntry entry;        ///< the manifest row
    QString datasetId;
    QString referenceDatasetId; ///< empty when no reference was found
    std::optional<std::size_t> referenceEntryIndex;
    double heatingRateKPerS = std::numeric_limits<double>::quiet_NaN(); ///< manifest, else measured
    QString
        status; ///< "ok", "read_error", "no_reference", "no_peak", "bad_data", "out_of_range", "cancelled"
    QString message;
    std::optional<DscScanResult> analysis; ///< present when the pair was analysed

    bool ok() const { return status == QLatin1String("ok"); }
    /// ΔH (µJ) when it could be computed (also for "no_peak"), else NaN.
    double enthalpyUj() const;
    double fwhmK() const;
    double peakTemperatureK() const;
};

/// Scans of one thermal history (sample, path, T_a, t_a, φ) measured at several heating rates.
struct DscKissingerGroup {
    QString sample;
    ThermalPath path = ThermalPath::Unspecified;
    std::optional<double> agingTemperatureK;
    std::optional<double> agingTimeS;
    std::optional<double> coolingRateKPerS;
    std::vector<std::size_t> scans; ///< into DscCampaignResult::scans, manifest order
    int distinctRates = 0;          ///< heating rates of the rows (whether or not their peak was found)
    ActivationEnergy fit;           ///< status "ok", "too_few_points" or "fit_failed"
    double meanEnthalpyUj = std::numeric_limits<double>::quiet_NaN(); ///< over the scans with a ΔH
    double enthalpySdUj = std::numeric_limits<double>::quiet_NaN();
    double preExponentialPerS = std::numeric_limits<double>::quiet_NaN();
};

/// An isochronal scan matched to the isothermal series of its sample, T_a and heating rate.
struct DscMatchedRecord {
    std::size_t isochronalScan = 0;           ///< into DscCampaignResult::scans
    std::vector<std::size_t> isothermalScans; ///< the series, into DscCampaignResult::scans
    IsothermalMatch match; ///< status "ok", "out_of_range", "too_few_points", or the scan's own
};

enum class DscSeriesKind {
    EnthalpyVsCoolingRate, ///< isochronal: x = φ (K/s), y = ΔH (µJ)
    EnthalpyVsAgingTime,   ///< isothermal: x = t_a (s), y = ΔH (µJ)
    FwhmVsEnthalpy,        ///< per path: x = ΔH (µJ), y = FWHM (K)
    EnergyVsEnthalpy,      ///< per path: x = mean ΔH of a Kissinger group (µJ), y = E (kJ/mol)
};

struct DscSeriesPoint {
    double x = 0;
    double y = 0;
    double xError = std::numeric_limits<double>::quiet_NaN();
    double yError = std::numeric_limits<double>::quiet_NaN();
    std::size_t source = 0; ///< scan index (or Kissinger group index for EnergyVsEnthalpy)
};

/// One plotted series: a kind for one sample and T_a (and heating rate / path where it applies).
struct DscSeries {
    DscSeriesKind kind = DscSeriesKind::EnthalpyVsAgingTime;
    QString sample;
    ThermalPath path = ThermalPath::Unspecified;
    std::optional<double> agingTemperatureK;
    std::optional<double> heatingRateKPerS; ///< not set for EnergyVsEnthalpy
    std::vector<DscSeriesPoint> points;     ///< sorted by x
};

/// Everything the DSC analysis of a campaign produced.
struct DscCampaignResult {
    std::vector<DscScanRecord> scans; ///< relaxed scans in manifest order
    std::vector<DscKissingerGroup> kissinger;
    std::vector<DscMatchedRecord> matched;
    std::vector<DscSeries> series;
    std::vector<Diagnostic> diagnostics;
    bool cancelled = false;
};

/// Groups the relaxed scans by thermal history and fits Kissinger where ≥ 3 heating rates were
/// measured (groups at 2 rates get an Info diagnostic instead). Deterministic; thread-safe.
std::vector<DscKissingerGroup> buildKissingerGroups(const std::vector<DscScanRecord> &scans,
                                                    double rateTolerance,
                                                    std::vector<Diagnostic> &diagnostics);

/// One match per isochronal scan that has isothermal scans of the same sample, T_a and heating
/// rate. Deterministic; thread-safe.
std::vector<DscMatchedRecord> buildMatchedRecords(const std::vector<DscScanRecord> &scans,
                                                  double rateTolerance);

/// The plotted series. Deterministic; thread-safe.
std::vector<DscSeries> buildDscSeries(const std::vector<DscScanRecord> &scans,
                                      const std::vector<DscKissingerGroup> &kissinger, double rateTolerance);

} // namespace gb
