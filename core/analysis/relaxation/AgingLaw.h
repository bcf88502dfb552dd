#pragma once

// Aging of the KWW parameters with the aging time t_a for one (sample, T_a) (methods.md §3.7,
// issue 7): single power law τ = A·t_a^μ, the two-stage continuous broken power law with its
// turning point, whether the data support the break, and the aging time where β peaks.

#include "fit/BrokenPowerLaw.h"
#include "fit/PowerLawModel.h"

#include <QString>

#include <limits>
#include <vector>

namespace gb {

/// One curve's contribution to an aging series.
struct AgingPoint {
    double agingTimeS = std::numeric_limits<double>::quiet_NaN();
    double tauS = std::numeric_limits<double>::quiet_NaN();
    double beta = std::numeric_limits<double>::quiet_NaN();
};

/// Aging laws of one series. Unusable numbers are NaN.
struct AgingLawResult {
    QString status; ///< "ok", "too_few_points" or "fit_failed"
    QString message;
    int points = 0;
    int agingTimes = 0; ///< distinct aging times
    PowerLawFit single;
    TwoStagePowerLawFit twoStage; ///< tried with ≥ 5 distinct aging times
    /// BIC of both laws in ln τ (the break point counted as a parameter); the break is
    /// supported when the broken law lowers the BIC by more than the margin.
    double bicSingle = std::numeric_limits<double>::quiet_NaN();
    double bicBroken = std::numeric_limits<double>::quiet_NaN();
    bool breakSupported = false;
    double betaPeakAgingTimeS = std::numeric_limits<double>::quiet_NaN();

    bool ok() const { return status == QLatin1String("ok"); }
};

/// Aging time where β is largest: β is averaged per distinct t_a, and the vertex of the parabola
/// in ln t_a through the largest mean β and its two neighbours is returned. NaN when the maximum
/// is at an end of the series, with fewer than 3 aging times, or when the parabola opens upward.
/// Thread-safe.
double betaPeakAgingTime(const std::vector<double> &agingTimesS, const std::vector<double> &betas);

/// Fits the aging laws to points with t_a > 0 and τ > 0 (NaN points are left out).
/// `minimumAgingTimes` distinct aging times are needed (else "too_few_points").
/// Thread-safe.
AgingLawResult fitAgingLaw(const std::vector<AgingPoint> &points, int minimumAgingTimes = 4,
                           double breakBicMargin = 2.0);

} // namespace gb
