#pragma once

// One relaxed Flash DSC scan against its reference (methods.md §1.1–1.4): prepare both heating
// ramps, align them on a common grid, subtract, fit the baseline and measure the relaxation
// peak. Keeps every intermediate curve so a panel can draw what was computed.

#include "analysis/dsc/CommonGrid.h"
#include "analysis/dsc/RelaxationPeak.h"

namespace gb {

/// What the manifest says about the relaxed scan.
struct DscScanRequest {
    std::optional<double> heatingRateKPerS; ///< manifest heating rate; else measured from the curve
    std::optional<double> massNg;           ///< manifest mass (an override in the settings wins)
};

/// The full analysis of one relaxed scan: status, numbers and curves.
struct DscScanResult {
    QString status = QStringLiteral("bad_data"); ///< "ok", "no_peak", "bad_data", "out_of_range", ...
    QString message;
    double heatingRateKPerS = std::numeric_limits<double>::quiet_NaN(); ///< β used
    std::optional<double> massNg;
    double thermalLagS = 0;
    /// T_p − β·τ_lag (K): the peak temperature a rate analysis uses.
    double correctedPeakTemperatureK = std::numeric_limits<double>::quiet_NaN();
    HeatingScan relaxed; ///< the prepared ramps (endothermic positive)
    HeatingScan reference;
    AlignedScans aligned; ///< relaxed, reference and difference on the common grid
    DscBaseline baseline; ///< windows, line and its values on the grid
    RelaxationPeak peak;
    QStringList assumptions; ///< everything assumed, in the order of the steps
    QStringList warnings;

    bool ok() const { return status == QLatin1String("ok"); }
};

/// Analyses `relaxed` against `reference` with the settings of the relaxed scan; the reference
/// is prepared with `referenceSettings` (its own sign flip). Never throws; a failure is a
/// status with a message. Pure; thread-safe.
DscScanResult analyzeDscScan(const Dataset &relaxed, const Dataset &reference, const DscScanRequest &request,
                             const DscScanSettings &settings, const DscScanSettings &referenceSettings);

/// The heating rate a curve was measured at (slope of T(t) on its ramp, K/s); NaN without a
/// time column or a heating ramp.
double measuredHeatingRate(const Dataset &dataset, const DscScanSettings &settings);

} // namespace gb
