#pragma once

// Activation energies from rate-dependent peak temperatures (methods.md §1.6): Kissinger,
// ln(β/T_p²) = ln(AR/E) − E/(R·T_p), by least squares on x = 1/T_p, with the standard error
// and the Student-t confidence interval (n − 2 degrees of freedom), optionally after the
// thermal-lag correction T_p − β·τ_lag. The regression itself is fit/KissingerFit.h; this
// layer adds the lag correction, the distinct-rate rule and the table-facing status.

#include <QString>

#include <limits>
#include <vector>

namespace gb {

/// An activation energy from a straight-line fit, with its statistics.
struct ActivationEnergy {
    QString status = QStringLiteral("too_few_points"); ///< "ok", "too_few_points", "fit_failed"
    QString message;
    int points = 0;
    int distinctRates = 0;
    double energyKJPerMol = std::numeric_limits<double>::quiet_NaN();
    double energyErrorKJPerMol = std::numeric_limits<double>::quiet_NaN();     ///< standard error
    double energyHalfWidthKJPerMol = std::numeric_limits<double>::quiet_NaN(); ///< t·SE
    double confidenceLevel = 0.95;
    double tQuantile = std::numeric_limits<double>::quiet_NaN(); ///< t_{(1+level)/2, n−2}
    double rSquared = std::numeric_limits<double>::quiet_NaN();
    double slope = std::numeric_limits<double>::quiet_NaN(); ///< of y against 1/T, K
    double intercept = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> x; ///< 1/T (1/K), the points plotted
    std::vector<double> y;

    bool ok() const { return status == QLatin1String("ok"); }
    double lowerBound() const { return energyKJPerMol - energyHalfWidthKJPerMol; }
    double upperBound() const { return energyKJPerMol + energyHalfWidthKJPerMol; }
};

/// One scan of a Kissinger series.
struct KissingerPoint {
    double heatingRateKPerS = 0;
    double peakTemperatureK = 0;
    double thermalLagS = 0; ///< τ_lag; the fit uses T_p − β·τ_lag
};

/// Kissinger energy (via fitKissinger). Refuses (status "too_few_points") fewer than 3 usable
/// points or fewer than 3 distinct heating rates (relative tolerance `rateTolerance`);
/// "fit_failed" when the points do not determine a line. E = −R·slope, SE(E) = R·SE(slope),
/// half width t_{0.975,n−2}·SE(E). Pure; thread-safe.
ActivationEnergy kissingerEnergy(const std::vector<KissingerPoint> &points, double confidenceLevel = 0.95,
                                 double rateTolerance = 0.005);

/// Number of distinct values, two values being the same when within `tolerance` (relative).
int countDistinctRates(std::vector<double> rates, double tolerance);

/// Pre-exponential factor A (1/s) of a Kissinger fit: (E/R)·exp(intercept), β in K/s.
double kissingerPreExponential(const ActivationEnergy &fit);

} // namespace gb
