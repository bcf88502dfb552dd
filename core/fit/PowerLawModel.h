#pragma once

#include "fit/LinearRegression.h"

#include <vector>

namespace gb {

/// Options of fitPowerLaw.
struct PowerLawOptions {
    /// SE(ln y_i) (e.g. SE(ln τ) from each KWW fit); empty = unweighted. When given, the points
    /// are weighted by 1/SE² and the reduced χ² tells whether the scatter matches the errors.
    std::vector<double> logErrors;
    double confidenceLevel = 0.95;
};

/// A single power law y = A·x^μ (the aging law τ = A·t_a^μ, methods.md §3.7).
struct PowerLawFit {
    FitStatus status = FitStatus::InvalidInput;
    QString message;
    double exponent = std::numeric_limits<double>::quiet_NaN(); ///< μ
    double exponentError = std::numeric_limits<double>::quiet_NaN();
    double exponentHalfWidth = std::numeric_limits<double>::quiet_NaN(); ///< CI half width
    double prefactor = std::numeric_limits<double>::quiet_NaN();         ///< A, unit of y per unit of x^μ
    double prefactorError = std::numeric_limits<double>::quiet_NaN();    ///< A·SE(ln A)
    double logPrefactor = std::numeric_limits<double>::quiet_NaN();
    double logPrefactorError = std::numeric_limits<double>::quiet_NaN();
    double rSquared = std::numeric_limits<double>::quiet_NaN();
    double reducedChiSquare = std::numeric_limits<double>::quiet_NaN();
    LineFit line; ///< ln y against ln x

    bool ok() const { return isSuccess(status); }
};

/// Fits y = A·x^μ by least squares of ln y on ln x (exact for noise-free data).
/// @param x  x_i > 0 (e.g. aging times t_a in s).
/// @param y  y_i > 0 (e.g. τ in s).
/// Fails (InvalidInput) on fewer than 3 points and non-positive or non-finite values,
/// (Singular) when all x are equal. Thread-safe.
PowerLawFit fitPowerLaw(const std::vector<double> &x, const std::vector<double> &y,
                        const PowerLawOptions &options = {});

} // namespace gb
