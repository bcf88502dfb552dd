#include "fit/LinearRegression.h"

#include "fit/FitEngineInternals.h"

#include <gsl/gsl_cdf.h>

#include <cmath>

namespace gb {

using detail::fitText;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

LinearFitResult failedLinear(FitStatus status, const QString &reason, Eigen::Index k)
{
    LinearFitResult result;
    result.status = status;
    result.message = describe(status) + QStringLiteral(": ") + reason;
    result.coefficients = Eigen::VectorXd::Constant(k, kNaN);
    result.standardErrors = Eigen::VectorXd::Constant(k, kNaN);
    result.covariance = Eigen::MatrixXd::Constant(k, k, kNaN);
    return result;
}

LineFit failedLine(FitStatus status, const QString &reason, int points)
{
    LineFit fit;
    fit.status = status;
    fit.message = describe(status) + QStringLiteral(": ") + reason;
    fit.points = points;
    return fit;
}

} // namespace

double studentTQuantile(double probability, int degreesOfFreedom)
{
    if (degreesOfFreedom < 1 || !(probability > 0.0 && probability < 1.0))
        return kNaN;
    detail::ensureGslErrorHandlerOff();
    return gsl_cdf_tdist_Pinv(probability, double(degreesOfFreedom));
}

LinearFitResult fitLinearLeastSquares(const Eigen::MatrixXd &design, const Eigen::VectorXd &y,
                                      const Eigen::VectorXd &weights, bool weightsAreInverseVariances)
{
    const Eigen::Index n = design.rows();
    const Eigen::Index k = design.cols();
    if (y.size() != n || (weights.size() != 0 && weights.size() != n) || k == 0)
        return failedLinear(FitStatus::InvalidInput, fitText("the sizes of the inputs do not match"), k);
    if (!design.allFinite() || !y.allFinite())
        return failedLinear(FitStatus::InvalidInput, fitText("the data contain values that are not numbers"),
                            k);
    Eigen::VectorXd sqrtW = Eigen::VectorXd::Ones(n);
    int effective = int(n);
    if (weights.size() != 0) {
        if (!weights.allFinite() || weights.minCoeff() < 0.0)
            return failedLinear(FitStatus::InvalidInput, fitText("a weight is negative or not a number"), k);
        sqrtW = weights.cwiseSqrt();
        effective = int((weights.array() > 0.0).count());
    }
    if (effective <= k)
        return failedLinear(FitStatus::InvalidInput,
                            fitText("%1 points cannot determine %2 coefficients with an error estimate")
                                .arg(effective)
                                .arg(k),
                            k);
    const Eigen::MatrixXd A = sqrtW.asDiagonal() * design;
    const Eigen::VectorXd b = y.cwiseProduct(sqrtW);
    Eigen::VectorXd norms = A.colwise().norm().transpose();
    for (Eigen::Index c = 0; c < k; ++c)
        if (!(norms[c] > 0.0))
            return failedLinear(FitStatus::Singular,
                                fitText("column %1 of the design matrix is zero").arg(c + 1), k);
    const Eigen::MatrixXd scaled = A * norms.cwiseInverse().asDiagonal();
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(scaled);
    qr.setThreshold(1e-13);
    if (qr.rank() < k)
        return failedLinear(FitStatus::Singular, fitText("the columns of the design matrix are dependent"),
                            k);

    LinearFitResult result;
    const Eigen::VectorXd scaledCoefficients = qr.solve(b);
    result.coefficients = norms.cwiseInverse().asDiagonal() * scaledCoefficients;
    result.ssr = (b - scaled * scaledCoefficients).squaredNorm();
    result.observations = effective;
    result.degreesOfFreedom = effective - int(k);
    result.reducedChiSquare = result.ssr / double(result.degreesOfFreedom);
    // (AᵀA)⁻¹ = P R⁻¹ R⁻ᵀ Pᵀ for the scaled matrix, then undo the column scaling.
    const Eigen::MatrixXd R = qr.matrixR().topLeftCorner(k, k).template triangularView<Eigen::Upper>();
    const Eigen::MatrixXd Rinv = R.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(k, k));
    const Eigen::MatrixXd permuted = Rinv * Rinv.transpose();
    const Eigen::MatrixXd inverse = qr.colsPermutation() * permuted * qr.colsPermutation().transpose();
    const double s2 = weightsAreInverseVariances ? 1.0 : result.reducedChiSquare;
    result.covariance = s2 * norms.cwiseInverse().asDiagonal() * inverse * norms.cwiseInverse().asDiagonal();
    result.standardErrors = result.covariance.diagonal().cwiseSqrt();
    result.status = FitStatus::Converged;
    result.message = describe(result.status);
    return result;
}

LineFit fitLine(const std::vector<double> &x, const std::vector<double> &y, const LineFitOptions &options)
{
    const std::size_t n = x.size();
    if (y.size() != n || (!options.weights.empty() && options.weights.size() != n))
        return failedLine(FitStatus::InvalidInput, fitText("the x, y and weight lists differ in length"),
                          int(n));
    if (!(options.confidenceLevel > 0.0 && options.confidenceLevel < 1.0))
        return failedLine(FitStatus::InvalidInput, fitText("the confidence level must lie between 0 and 1"),
                          int(n));
    double sumW = 0.0;
    double sumWx = 0.0;
    double sumWy = 0.0;
    int points = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double w = options.weights.empty() ? 1.0 : options.weights[i];
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            return failedLine(FitStatus::InvalidInput, fitText("point %1 is not a number").arg(i + 1),
                              int(n));
        if (!std::isfinite(w) || w < 0.0)
            return failedLine(FitStatus::InvalidInput,
                              fitText("weight %1 is negative or not a number").arg(i + 1), int(n));
        if (w > 0.0)
            ++points;
        sumW += w;
        sumWx += w * x[i];
        sumWy += w * y[i];
    }
    const int minimum = std::max(options.minimumPoints, 3);
    if (points < minimum)
        return failedLine(
            FitStatus::InvalidInput,
            fitText("%1 points are too few for a line with an error estimate; at least %2 are needed")
                .arg(points)
                .arg(minimum),
            points);
    const double xMean = sumWx / sumW;
    const double yMean = sumWy / sumW;
    double sxx = 0.0;
    double sxy = 0.0;
    double syy = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double w = options.weights.empty() ? 1.0 : options.weights[i];
        const double dx = x[i] - xMean;
        const double dy = y[i] - yMean;
        sxx += w * dx * dx;
        sxy += w * dx * dy;
        syy += w * dy * dy;
    }
    double xScale = 0.0;
    for (double v : x)
        xScale = std::max(xScale, std::abs(v));
    if (!(sxx > 1e-28 * xScale * xScale * sumW))
        return failedLine(FitStatus::Singular, fitText("all x values are equal; a slope cannot be fitted"),
                          points);

    LineFit fit;
    fit.points = points;
    fit.degreesOfFreedom = points - 2;
    fit.confidenceLevel = options.confidenceLevel;
    fit.xMean = xMean;
    fit.slope = sxy / sxx;
    fit.intercept = yMean - fit.slope * xMean;
    double ssr = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double w = options.weights.empty() ? 1.0 : options.weights[i];
        const double r = y[i] - yMean - fit.slope * (x[i] - xMean);
        ssr += w * r * r;
    }
    fit.ssr = ssr;
    fit.reducedChiSquare = ssr / double(fit.degreesOfFreedom);
    const double s2 = options.weightsAreInverseVariances ? 1.0 : fit.reducedChiSquare;
    fit.slopeError = std::sqrt(s2 / sxx);
    fit.interceptError = std::sqrt(s2 * (1.0 / sumW + xMean * xMean / sxx));
    fit.covariance = -xMean * s2 / sxx;
    fit.tQuantile = studentTQuantile(0.5 * (1.0 + options.confidenceLevel), fit.degreesOfFreedom);
    fit.slopeHalfWidth = fit.tQuantile * fit.slopeError;
    fit.interceptHalfWidth = fit.tQuantile * fit.interceptError;
    fit.rSquared = syy > 0.0 ? 1.0 - ssr / syy : 1.0;
    fit.status = FitStatus::Converged;
    fit.message = describe(fit.status);
    return fit;
}

} // namespace gb
