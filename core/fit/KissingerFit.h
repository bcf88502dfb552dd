#pragma once

#include "fit/LinearRegression.h"

#include <vector>

namespace gb {

/// A Kissinger analysis: ln(β/T_p²) = ln(A·R/E) − E/(R·T_p) (methods.md §1.6).
struct KissingerFit {
    FitStatus status = FitStatus::InvalidInput;
    QString message;
    double activationEnergy = std::numeric_limits<double>::quiet_NaN();          ///< E, J/mol
    double activationEnergyError = std::numeric_limits<double>::quiet_NaN();     ///< SE(E) = R·SE(b), J/mol
    double activationEnergyHalfWidth = std::numeric_limits<double>::quiet_NaN(); ///< t_{(1+level)/2,n−2}·SE
    double tQuantile = std::numeric_limits<double>::quiet_NaN();
    /// A = (E/R)·exp(intercept), in the reciprocal time unit of the heating rates (K s⁻¹ → s⁻¹).
    double preExponentialFactor = std::numeric_limits<double>::quiet_NaN();
    double rSquared = std::numeric_limits<double>::quiet_NaN();
    int rates = 0;
    LineFit line; ///< ln(β/T_p²) against 1/T_p (K⁻¹)

    bool ok() const { return isSuccess(status); }
};

/// Kissinger activation energy from peak temperatures at several heating rates: least squares
/// of y = ln(β/T_p²) on x = 1/T_p; E = −R·slope, SE(E) = R·SE(slope), confidence interval with
/// Student's t at n − 2 degrees of freedom (t = 12.706 for 3 rates at 95 %).
/// @param heatingRates      β_i > 0 (K/s, or any K per time unit; E does not depend on it).
/// @param peakTemperatures  T_p,i in K.
/// Refuses (InvalidInput) fewer than 3 rates, non-positive or non-finite values and lists of
/// different length; (Singular) identical peak temperatures. Thread-safe.
KissingerFit fitKissinger(const std::vector<double> &heatingRates,
                          const std::vector<double> &peakTemperatures, double confidenceLevel = 0.95);

} // namespace gb
