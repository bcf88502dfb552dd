#pragma once

// Residual baseline of a relaxed-minus-reference difference curve (methods.md §1.3): a
// least-squares straight line through two flat windows, W_g in the glass below any difference
// and W_l in the supercooled liquid above the overshoot. The windows are found automatically
// (or given by a person, each on its own).

#include "analysis/dsc/DscSettings.h"
#include "fit/LinearRegression.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace gb {

/// How the baseline windows are found.
struct BaselineOptions {
    double windowWidthK = 15.0;         ///< width of an automatic window
    double minimumWindowWidthK = 3.0;   ///< shorter flat stretches are passed over
    double flatnessNoiseFactor = 5.0;   ///< flat: |smoothed residual| ≤ max(factor·σ_smoothed, ...
    double flatnessRelative = 1e-4;     ///< ... relative·max|smoothed residual|)
    std::size_t smoothingHalfWidth = 0; ///< Savitzky–Golay half width (samples) for the flatness test
    /// Flat also requires |running mean of the residual over ± this (K)| ≤ max(factor·σ_n/√count,
    /// relative·max|smoothed residual|): finds slow peak tails below the per-sample noise. 0: off.
    double flatnessAveragingK = 7.5;
    std::optional<TemperatureWindow> glassWindow;  ///< given: used as is
    std::optional<TemperatureWindow> liquidWindow; ///< given: used as is
};

/// The baseline b(T) = intercept + slope·T (mW) and the windows it was fitted in.
struct DscBaseline {
    TemperatureWindow glassWindow;
    TemperatureWindow liquidWindow;
    bool glassAutomatic = true;
    bool liquidAutomatic = true;
    LineFit line;       ///< the straight line with its standard errors
    double noiseMw = 0; ///< σ_n of the difference in the windows (methods.md §1.4 step 1)
    double flatnessThresholdMw = 0;
    int iterations = 0;
    std::vector<double> valuesMw; ///< b(T) on the grid
    QStringList assumptions;
    QStringList warnings;

    double valueAt(double temperatureK) const { return line.intercept + line.slope * temperatureK; }
    /// Standard error (mW·K) of ∫_a^b b(T) dT from the line's covariance.
    double integralStandardError(double a, double b) const;
};

/// Fits the baseline of `differenceMw` on `temperatureK` (increasing). Automatic windows: start
/// at both ends of the grid, fit, and move each window next to the dominant peak — the flat
/// stretch nearest to it on its side (at least minimumWindowWidthK wide, at most windowWidthK) —
/// refitting until the windows stop moving. A side with no flat stretch keeps its end window
/// and gets a warning. Errors: "bad_data" (fewer than 3 points in the windows, bad windows).
/// Pure; thread-safe.
Result<DscBaseline> fitDscBaseline(const std::vector<double> &temperatureK,
                                   const std::vector<double> &differenceMw, const BaselineOptions &options);

} // namespace gb
