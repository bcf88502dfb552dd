#pragma once

#include "fit/FitStatus.h"

#include <Eigen/Dense>
#include <QString>

#include <limits>
#include <vector>

namespace gb {

/// Two-sided Student-t quantile t_{p,dof}, e.g. studentTQuantile(0.975, 2) = 4.302653.
/// NaN for dof < 1 or p outside (0, 1). Thread-safe.
double studentTQuantile(double probability, int degreesOfFreedom);

/// Result of a weighted linear least-squares fit y ≈ X·c.
struct LinearFitResult {
    FitStatus status = FitStatus::InvalidInput;
    QString message;
    Eigen::VectorXd coefficients;   ///< NaN when the status is not a success
    Eigen::VectorXd standardErrors; ///< NaN when the status is not a success
    Eigen::MatrixXd covariance;
    double ssr = std::numeric_limits<double>::quiet_NaN(); ///< Σ w r²
    double reducedChiSquare = std::numeric_limits<double>::quiet_NaN();
    int observations = 0;
    int degreesOfFreedom = 0;

    bool ok() const { return isSuccess(status); }
};

/// Solves min Σ w_i (y_i − X_i·c)² by column-pivoting QR (no normal equations).
/// `weights` empty = unweighted. Covariance is s²(XᵀWX)⁻¹ with s² = SSR/(n − k), or (XᵀWX)⁻¹
/// when `weightsAreInverseVariances`. Fails (InvalidInput) on NaN, size mismatch, n ≤ k, and
/// (Singular) when the columns are dependent. Thread-safe.
LinearFitResult fitLinearLeastSquares(const Eigen::MatrixXd &design, const Eigen::VectorXd &y,
                                      const Eigen::VectorXd &weights = {},
                                      bool weightsAreInverseVariances = false);

/// A straight line y = intercept + slope·x with everything a rate or aging analysis reports.
struct LineFit {
    FitStatus status = FitStatus::InvalidInput;
    QString message;
    double slope = std::numeric_limits<double>::quiet_NaN();
    double intercept = std::numeric_limits<double>::quiet_NaN();
    double slopeError = std::numeric_limits<double>::quiet_NaN();     ///< standard error
    double interceptError = std::numeric_limits<double>::quiet_NaN(); ///< standard error
    double covariance = std::numeric_limits<double>::quiet_NaN();     ///< cov(intercept, slope)
    /// Half width of the two-sided confidence interval of the slope: t_{(1+level)/2, n−2}·SE.
    double slopeHalfWidth = std::numeric_limits<double>::quiet_NaN();
    double interceptHalfWidth = std::numeric_limits<double>::quiet_NaN();
    double tQuantile = std::numeric_limits<double>::quiet_NaN(); ///< the t value used
    double confidenceLevel = 0.95;
    double rSquared = std::numeric_limits<double>::quiet_NaN();
    double ssr = std::numeric_limits<double>::quiet_NaN();
    double reducedChiSquare = std::numeric_limits<double>::quiet_NaN();
    double xMean = std::numeric_limits<double>::quiet_NaN(); ///< weighted mean of x (centring)
    int points = 0;
    int degreesOfFreedom = 0;

    bool ok() const { return isSuccess(status); }
};

/// Options of fitLine.
struct LineFitOptions {
    std::vector<double> weights;             ///< empty = unweighted; else w_i ≥ 0 (e.g. 1/SE_i²)
    bool weightsAreInverseVariances = false; ///< do not rescale the covariance by s²
    double confidenceLevel = 0.95;
    int minimumPoints = 3; ///< fewer points give InvalidInput (n = 2 has no error estimate)
};

/// Weighted least-squares line, fitted on x centred at its weighted mean to decorrelate the
/// intercept and slope (methods.md §1.6, §3.8). SE(b) = sqrt(s²/Σw(x − x̄)²); confidence
/// intervals use Student's t with n − 2 degrees of freedom. Fails on NaN/inf input, fewer than
/// `minimumPoints` points, and identical x values. Thread-safe.
LineFit fitLine(const std::vector<double> &x, const std::vector<double> &y,
                const LineFitOptions &options = {});

} // namespace gb
