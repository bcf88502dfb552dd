#include "fit/BrokenPowerLaw.h"

#include "fit/FitEngineInternals.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gb {

using detail::fitText;

namespace {

/// The data of one broken-line problem and the regressions Muggeo's method needs.
class BrokenLineProblem {
public:
    BrokenLineProblem(const std::vector<double> &x, const std::vector<double> &y,
                      const std::vector<double> &w)
        : m_x(Eigen::Map<const Eigen::VectorXd>(x.data(), Eigen::Index(x.size()))),
          m_y(Eigen::Map<const Eigen::VectorXd>(y.data(), Eigen::Index(y.size())))
    {
        if (!w.empty())
            m_w = Eigen::Map<const Eigen::VectorXd>(w.data(), Eigen::Index(w.size()));
    }

    /// SSR of the continuous broken line with its break at ψ (OLS on [1, x, (x − ψ)₊]).
    double ssrAt(double psi) const
    {
        const LinearFitResult fit = fitLinearLeastSquares(design(psi, false), m_y, m_w);
        return fit.ok() ? fit.ssr : std::numeric_limits<double>::infinity();
    }

    /// SSR of a single straight line through all points.
    double straightLineSsr() const
    {
        Eigen::MatrixXd X(m_x.size(), 2);
        X.col(0).setOnes();
        X.col(1) = m_x;
        const LinearFitResult fit = fitLinearLeastSquares(X, m_y, m_w);
        return fit.ok() ? fit.ssr : std::numeric_limits<double>::infinity();
    }

    /// Muggeo's regression on [1, x, (x − ψ̃)₊, −I(x > ψ̃)].
    LinearFitResult muggeo(double psi) const { return fitLinearLeastSquares(design(psi, true), m_y, m_w); }

    double rSquared(double ssr) const
    {
        const Eigen::VectorXd w = m_w.size() ? m_w : Eigen::VectorXd::Ones(m_y.size());
        const double mean = w.dot(m_y) / w.sum();
        const double sst = (m_y.array() - mean).square().matrix().dot(w);
        return sst > 0.0 ? 1.0 - ssr / sst : 1.0;
    }

private:
    Eigen::MatrixXd design(double psi, bool withStep) const
    {
        const Eigen::Index n = m_x.size();
        Eigen::MatrixXd X(n, withStep ? 4 : 3);
        for (Eigen::Index i = 0; i < n; ++i) {
            X(i, 0) = 1.0;
            X(i, 1) = m_x[i];
            X(i, 2) = std::max(m_x[i] - psi, 0.0);
            if (withStep)
                X(i, 3) = m_x[i] > psi ? -1.0 : 0.0;
        }
        return X;
    }

    Eigen::VectorXd m_x;
    Eigen::VectorXd m_y;
    Eigen::VectorXd m_w;
};

BrokenLineFit failedBrokenLine(FitStatus status, const QString &reason)
{
    BrokenLineFit fit;
    fit.status = status;
    fit.message = describe(status) + QStringLiteral(": ") + reason;
    return fit;
}

} // namespace

BrokenLineFit fitBrokenLine(const std::vector<double> &x, const std::vector<double> &y,
                            const BrokenLineOptions &options)
{
    const std::size_t n = x.size();
    if (y.size() != n || (!options.weights.empty() && options.weights.size() != n))
        return failedBrokenLine(FitStatus::InvalidInput,
                                fitText("the x, y and weight lists differ in length"));
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            return failedBrokenLine(FitStatus::InvalidInput, fitText("point %1 is not a number").arg(i + 1));
        if (!options.weights.empty() && !(options.weights[i] >= 0.0 && std::isfinite(options.weights[i])))
            return failedBrokenLine(FitStatus::InvalidInput,
                                    fitText("weight %1 is negative or not a number").arg(i + 1));
    }
    const int k = std::max(options.minPointsPerSegment, 2);
    const std::size_t needed = std::max<std::size_t>(2 * std::size_t(k) + 1, 5);
    if (n < needed)
        return failedBrokenLine(FitStatus::InvalidInput,
                                fitText("%1 points are too few for two line segments; at least %2 are needed")
                                    .arg(n)
                                    .arg(needed));
    std::vector<double> sorted(x);
    std::sort(sorted.begin(), sorted.end());
    const double low = sorted[std::size_t(k - 1)];
    const double high = sorted[n - std::size_t(k)];
    const double range = sorted.back() - sorted.front();
    if (!(high > low))
        return failedBrokenLine(FitStatus::Singular,
                                fitText("the x values leave no room for a turning point"));

    const BrokenLineProblem problem(x, y, options.weights);
    BrokenLineFit fit;
    fit.points = int(n);
    fit.degreesOfFreedom = int(n) - 4;

    // Start: the given ψ₀, or the best candidate of a profile search.
    double psi = 0.0;
    {
        const int count = std::max(options.profilePoints, 10);
        double bestSsr = std::numeric_limits<double>::infinity();
        for (int i = 0; i < count; ++i) {
            const double candidate = low + (high - low) * double(i) / double(count - 1);
            const double ssr = problem.ssrAt(candidate);
            if (ssr < bestSsr) {
                bestSsr = ssr;
                fit.profileBreakpoint = candidate;
            }
        }
        psi = options.initialBreakpoint ? std::clamp(*options.initialBreakpoint, low, high)
                                        : fit.profileBreakpoint;
    }

    double ssr = problem.ssrAt(psi);
    bool converged = false;
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        const LinearFitResult step = problem.muggeo(psi);
        fit.iterations = iteration;
        if (!step.ok())
            return failedBrokenLine(
                FitStatus::Singular,
                fitText("the points on one side of the turning point do not determine a line"));
        const double slopeChange = step.coefficients[2];
        const double gamma = step.coefficients[3];
        if (!(std::abs(slopeChange) > 1e-12 * (std::abs(step.coefficients[1]) + 1e-300)))
            return failedBrokenLine(FitStatus::Singular,
                                    fitText("the slope does not change; there is no turning point"));
        double delta = gamma / slopeChange;
        double next = std::clamp(psi + delta, low, high);
        double nextSsr = problem.ssrAt(next);
        for (int halving = 0; halving < 30 && nextSsr > ssr * (1.0 + 1e-12); ++halving) {
            delta *= 0.5;
            next = std::clamp(psi + delta, low, high);
            nextSsr = problem.ssrAt(next);
        }
        const double moved = next - psi;
        if (nextSsr <= ssr * (1.0 + 1e-12) || !std::isfinite(ssr)) {
            psi = next;
            ssr = nextSsr;
        }
        if (std::abs(moved) < 1e-8 * range || nextSsr > ssr * (1.0 + 1e-12)) {
            // This regression only confirmed the previous ψ; it is not an update.
            fit.iterations = iteration - 1;
            converged = true;
            break;
        }
    }
    if (!converged)
        return failedBrokenLine(
            FitStatus::IterationLimit,
            fitText("the turning point did not settle in %1 iterations").arg(options.maxIterations));

    const LinearFitResult final = problem.muggeo(psi);
    if (!final.ok())
        return failedBrokenLine(
            FitStatus::Singular,
            fitText("the points on one side of the turning point do not determine a line"));
    const Eigen::VectorXd &c = final.coefficients;
    const Eigen::MatrixXd &cov = final.covariance;
    const double bU = c[2];
    const double ratio = c[3] / bU;
    fit.breakpoint = psi + ratio;
    fit.intercept = c[0];
    fit.interceptError = std::sqrt(cov(0, 0));
    fit.slope1 = c[1];
    fit.slope1Error = std::sqrt(cov(1, 1));
    fit.slope2 = c[1] + c[2];
    fit.slope2Error = std::sqrt(cov(1, 1) + cov(2, 2) + 2.0 * cov(1, 2));
    fit.breakpointError =
        std::sqrt(std::max(0.0, cov(3, 3) + ratio * ratio * cov(2, 2) - 2.0 * ratio * cov(2, 3))) /
        std::abs(bU);
    fit.breakpointHalfWidth =
        studentTQuantile(0.5 * (1.0 + options.confidenceLevel), fit.degreesOfFreedom) * fit.breakpointError;
    fit.ssr = problem.ssrAt(fit.breakpoint);
    fit.rSquared = problem.rSquared(fit.ssr);
    const double count = double(fit.points);
    const auto bic = [count](double ssr, double k) {
        return count * std::log(std::max(ssr / count, std::numeric_limits<double>::min())) +
               k * std::log(count);
    };
    fit.bic = bic(fit.ssr, 4.0);
    fit.straightLineBic = bic(problem.straightLineSsr(), 2.0);
    fit.breakSupported = fit.bic < fit.straightLineBic;
    fit.status = FitStatus::Converged;
    fit.message = describe(fit.status);
    return fit;
}

TwoStagePowerLawFit fitTwoStagePowerLaw(const std::vector<double> &x, const std::vector<double> &y,
                                        const BrokenLineOptions &options)
{
    TwoStagePowerLawFit fit;
    const std::size_t n = x.size();
    std::vector<double> lx(n);
    std::vector<double> ly(y.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (!(x[i] > 0.0) || !std::isfinite(x[i]) || i >= y.size() || !(y[i] > 0.0) || !std::isfinite(y[i])) {
            fit.status = FitStatus::InvalidInput;
            fit.message = describe(fit.status) + QStringLiteral(": ") +
                          fitText("point %1 is not a pair of positive numbers").arg(i + 1);
            return fit;
        }
        lx[i] = std::log(x[i]);
        ly[i] = std::log(y[i]);
    }
    BrokenLineOptions logOptions = options;
    if (options.initialBreakpoint)
        logOptions.initialBreakpoint = std::log(*options.initialBreakpoint);
    fit.line = fitBrokenLine(lx, ly, logOptions);
    fit.status = fit.line.status;
    fit.message = fit.line.message;
    if (!fit.line.ok())
        return fit;
    fit.breakTime = std::exp(fit.line.breakpoint);
    fit.breakTimeError = fit.breakTime * fit.line.breakpointError;
    fit.breakTimeLow = std::exp(fit.line.breakpoint - fit.line.breakpointHalfWidth);
    fit.breakTimeHigh = std::exp(fit.line.breakpoint + fit.line.breakpointHalfWidth);
    fit.exponent1 = fit.line.slope1;
    fit.exponent1Error = fit.line.slope1Error;
    fit.exponent2 = fit.line.slope2;
    fit.exponent2Error = fit.line.slope2Error;
    fit.prefactor = std::exp(fit.line.intercept);
    return fit;
}

} // namespace gb
