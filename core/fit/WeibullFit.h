#pragma once

#include "fit/FitStatus.h"

#include <QString>

#include <limits>
#include <vector>

namespace gb {

/// Plotting positions of ranked data (methods.md §4.4), for i = 1..n.
/// Bernard's median ranks F_i = (i − 0.3)/(n + 0.4) (n = 10: 0.0673, 0.1635, 0.2596, ...).
std::vector<double> bernardMedianRanks(int n);
/// Hazen's positions F_i = (i − 0.5)/n.
std::vector<double> hazenRanks(int n);

/// A two-parameter Weibull distribution F(x) = 1 − exp[−(x/λ)^m].
struct WeibullFit {
    FitStatus status = FitStatus::InvalidInput;
    QString message;
    double shape = std::numeric_limits<double>::quiet_NaN(); ///< m (Weibull modulus)
    double shapeError = std::numeric_limits<double>::quiet_NaN();
    double scale = std::numeric_limits<double>::quiet_NaN(); ///< λ, unit of the values
    double scaleError = std::numeric_limits<double>::quiet_NaN();
    double correlation = std::numeric_limits<double>::quiet_NaN(); ///< corr(m, λ)
    double logLikelihood = std::numeric_limits<double>::quiet_NaN();
    int points = 0;
    int iterations = 0; ///< root-finder iterations (maximum likelihood only)

    bool ok() const { return isSuccess(status); }
};

/// Maximum-likelihood Weibull fit (methods.md §4.4): m solves
///   Σ x^m ln x / Σ x^m − 1/m − mean(ln x) = 0   (GSL Brent root finder),
/// λ = (Σ x^m / n)^{1/m}; standard errors from the inverse observed information matrix.
/// @param values  x_i > 0 (e.g. pop-in loads in µN).
/// Fails (InvalidInput) on fewer than 3 values, non-positive or non-finite values and when all
/// values are equal. Thread-safe.
WeibullFit fitWeibull(const std::vector<double> &values);

/// Quick estimate from the linear form ln[−ln(1 − F_i)] = m ln x_i − m ln λ with Bernard median
/// ranks (biased for n < 30; use for start values and plots). No standard errors. Thread-safe.
WeibullFit fitWeibullRankRegression(const std::vector<double> &values);

/// ln L(m, λ) = n ln m − n m ln λ + (m − 1)Σ ln x − Σ (x/λ)^m. Thread-safe.
double weibullLogLikelihood(const std::vector<double> &values, double shape, double scale);

} // namespace gb
