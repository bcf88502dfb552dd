#pragma once

#include "fit/LinearRegression.h"

#include <vector>

namespace gb {

/// Gas constant R in J mol⁻¹ K⁻¹ (methods.md conventions).
constexpr double kGasConstant = 8.314462618;

/// What the Arrhenius quantity is: a time that grows on cooling, or a rate that falls.
enum class ArrheniusQuantity {
    RelaxationTime, ///< ln τ = ln τ₀ + E/(RT): E = R·slope
    Rate,           ///< ln k = ln A − E/(RT):  E = −R·slope
};

/// Options of fitArrhenius.
struct ArrheniusOptions {
    ArrheniusQuantity quantity = ArrheniusQuantity::RelaxationTime;
    /// SE(ln τ_i) (e.g. τ·SE from a KWW fit divided by τ); empty = unweighted. When given,
    /// the points are weighted by 1/SE² and the reduced χ² says whether the scatter matches.
    std::vector<double> logErrors;
    double confidenceLevel = 0.95;
};

/// An Arrhenius line with the activation energy and a check for curvature.
struct ArrheniusFit {
    FitStatus status = FitStatus::InvalidInput;
    QString message;
    double activationEnergy = std::numeric_limits<double>::quiet_NaN();          ///< J/mol
    double activationEnergyError = std::numeric_limits<double>::quiet_NaN();     ///< SE, J/mol
    double activationEnergyHalfWidth = std::numeric_limits<double>::quiet_NaN(); ///< CI half width, J/mol
    double logPrefactor = std::numeric_limits<double>::quiet_NaN(); ///< ln τ₀ (or ln A) at 1/T = 0
    double logPrefactorError = std::numeric_limits<double>::quiet_NaN();
    double prefactor = std::numeric_limits<double>::quiet_NaN(); ///< τ₀ (or A), unit of the input
    /// Quadratic term c in ln τ = a + b(1/T − x̄) + c(1/T − x̄)² and its t statistic
    /// (NaN with fewer than 4 temperatures); `curved` when |t| > t_{(1+level)/2, n−3}.
    double curvature = std::numeric_limits<double>::quiet_NaN();
    double curvatureT = std::numeric_limits<double>::quiet_NaN();
    bool curved = false;
    LineFit line; ///< ln τ against 1/T (K⁻¹)

    bool ok() const { return isSuccess(status); }
};

/// Arrhenius fit of τ (or k) against temperature (methods.md §3.8): least squares of ln τ on
/// 1/T centred at its mean; E = R·slope with SE and Student-t confidence interval.
/// @param temperatures  T_i in K (> 0).
/// @param values        τ_i or k_i (> 0, any unit).
/// Fails (InvalidInput) on fewer than 3 points, non-positive or non-finite input and a
/// logErrors list of the wrong size; (Singular) when all temperatures are equal. Thread-safe.
ArrheniusFit fitArrhenius(const std::vector<double> &temperatures, const std::vector<double> &values,
                          const ArrheniusOptions &options = {});

} // namespace gb
