#include "fit/HertzFit.h"

#include "fit/BrentMinimizer.h"
#include "fit/FitEngineInternals.h"
#include "fit/LinearRegression.h"

#include <algorithm>
#include <cmath>

namespace gb {

using detail::fitText;

namespace {

HertzFitResult failedHertz(FitStatus status, const QString &reason)
{
    HertzFitResult result;
    result.status = status;
    result.message = describe(status) + QStringLiteral(": ") + reason;
    return result;
}

/// SSR(h₀) with a(h₀) = Σw·P·u / Σw·u², u = (h − h₀)₊^{3/2}; residuals summed directly so the
/// minimum of noise-free data is resolved to rounding (no ΣP² − (ΣPu)²/Σu² cancellation).
struct ProjectedHertz {
    ProjectedHertz(const std::vector<double> &depth, const std::vector<double> &load,
                   const std::vector<double> &weights)
        : h(depth), P(load), w(weights.empty() ? std::vector<double>(depth.size(), 1.0) : weights)
    {
    }

    const std::vector<double> &h;
    const std::vector<double> &P;
    /// Unit weights when none are given: a factor 1 changes no sum, and the loops below, called
    /// some 130 times per fit, need no branch for it.
    const std::vector<double> w;

    /// u of the last prefactor() call, which ssr() reuses rather than taking the roots again.
    mutable std::vector<double> u;

    double weight(std::size_t i) const { return w[i]; }

    double prefactor(double h0) const
    {
        u.resize(h.size());
        const std::size_t n = h.size();
        double *const out = u.data();
        const double *const depth = h.data();
        // The roots first, in a loop of its own that the compiler turns into vector square
        // roots (they are correctly rounded, as the scalar ones); then the sums, in order.
#pragma omp simd
        for (std::size_t i = 0; i < n; ++i) {
            const double d = std::max(depth[i] - h0, 0.0);
            out[i] = d * std::sqrt(d);
        }
        double pu = 0.0;
        double uu = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            pu += weight(i) * P[i] * u[i];
            uu += weight(i) * u[i] * u[i];
        }
        return uu > 0.0 ? pu / uu : std::nan("");
    }

    double ssr(double h0) const
    {
        const double a = prefactor(h0);
        if (!std::isfinite(a))
            return std::numeric_limits<double>::infinity();
        double sum = 0.0;
        for (std::size_t i = 0; i < h.size(); ++i) {
            const double r = P[i] - a * u[i];
            sum += weight(i) * r * r;
        }
        return sum;
    }
};

} // namespace

HertzEstimate hertzLinearisedEstimate(const std::vector<double> &depthNm,
                                      const std::vector<double> &loadMicroNewton)
{
    HertzEstimate estimate;
    std::vector<double> x;
    std::vector<double> y;
    for (std::size_t i = 0; i < std::min(depthNm.size(), loadMicroNewton.size()); ++i)
        if (loadMicroNewton[i] > 0.0 && std::isfinite(loadMicroNewton[i]) && std::isfinite(depthNm[i])) {
            x.push_back(depthNm[i]);
            y.push_back(std::cbrt(loadMicroNewton[i] * loadMicroNewton[i]));
        }
    const LineFit line = fitLine(x, y);
    if (!line.ok() || !(line.slope > 0.0))
        return estimate;
    estimate.prefactor = std::pow(line.slope, 1.5);
    estimate.offset = -line.intercept / line.slope;
    estimate.ssr = line.ssr;
    estimate.ok = std::isfinite(estimate.prefactor) && std::isfinite(estimate.offset);
    return estimate;
}

HertzFitResult fitHertz(const std::vector<double> &depthNm, const std::vector<double> &loadMicroNewton,
                        const HertzFitOptions &options)
{
    const std::size_t n = depthNm.size();
    if (loadMicroNewton.size() != n)
        return failedHertz(FitStatus::InvalidInput,
                           fitText("%1 depths but %2 loads").arg(n).arg(loadMicroNewton.size()));
    if (!options.weights.empty() && options.weights.size() != n)
        return failedHertz(FitStatus::InvalidInput,
                           fitText("%1 weights for %2 points").arg(options.weights.size()).arg(n));
    if (!(options.tipRadiusNm > 0.0) || !std::isfinite(options.tipRadiusNm))
        return failedHertz(FitStatus::InvalidInput,
                           fitText("the tip radius must be a positive number of nm"));
    if (n < 3)
        return failedHertz(
            FitStatus::InvalidInput,
            fitText("%1 points cannot determine the modulus and the contact point; at least 3 are needed")
                .arg(n));
    double hMin = std::numeric_limits<double>::infinity();
    double hMax = -hMin;
    double pMax = -std::numeric_limits<double>::infinity();
    double pMin = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(depthNm[i]) || !std::isfinite(loadMicroNewton[i]))
            return failedHertz(FitStatus::InvalidInput, fitText("point %1 is not a number").arg(i + 1));
        hMin = std::min(hMin, depthNm[i]);
        hMax = std::max(hMax, depthNm[i]);
        pMin = std::min(pMin, loadMicroNewton[i]);
        pMax = std::max(pMax, loadMicroNewton[i]);
    }
    if (!(pMax > 0.0) || !(pMax > pMin) || !(hMax > hMin))
        return failedHertz(FitStatus::InvalidInput,
                           fitText("the load does not rise with depth; there is no elastic loading to fit"));

    HertzFitResult result;
    result.linearised = hertzLinearisedEstimate(depthNm, loadMicroNewton);

    // Variable projection over h₀ (§4.2 estimator 2).
    double contact = hMax;
    for (std::size_t i = 0; i < n; ++i)
        if (loadMicroNewton[i] > 0.1 * pMax)
            contact = std::min(contact, depthNm[i]);
    const double low = options.offsetLowNm.value_or(hMin - (hMax - hMin));
    const double high = options.offsetHighNm.value_or(contact);
    if (!(high > low))
        return failedHertz(FitStatus::InvalidInput,
                           fitText("the search interval of the contact point is empty"));
    const ProjectedHertz projected(depthNm, loadMicroNewton, options.weights);
    // SSR(h₀) has one broad valley around the contact point: 24 grid points find its bracket
    // (100 found the same one on every indent of the paper campaign). Brent stops at 10⁻⁹,
    // about where the flat bottom of a sum of squares hides h₀ anyway; LM polishes below.
    ScalarMinimizerOptions brent;
    brent.relativeTolerance = 1e-9;
    brent.absoluteTolerance = 1e-9 * (hMax - hMin);
    constexpr int kGridPoints = 24;
    ScalarMinimum best =
        minimizeOnGrid([&](double h0) { return projected.ssr(h0); }, low, high, kGridPoints, brent);
    if (result.linearised.ok && result.linearised.offset > low && result.linearised.offset < high) {
        const double ssr = projected.ssr(result.linearised.offset);
        if (ssr < best.value) {
            // The linearised point is better than the grid's basin: polish around it instead.
            const double span = 0.02 * (high - low);
            const ScalarMinimum local = minimizeBrent([&](double h0) { return projected.ssr(h0); },
                                                      std::max(low, result.linearised.offset - span),
                                                      std::min(high, result.linearised.offset + span), brent);
            if (local.value <= ssr)
                best = local;
        }
    }
    result.projected.offset = best.x;
    result.projected.prefactor = projected.prefactor(best.x);
    result.projected.ssr = best.value;
    result.projected.ok = std::isfinite(best.value) && std::isfinite(result.projected.prefactor);
    if (!result.projected.ok)
        return failedHertz(FitStatus::NonFinite, fitText("no contact point gives a finite sum of squares"));

    // Full LM on (a, h₀) for the covariance (§4.2 estimator 3).
    const HertzModel model(depthNm);
    std::vector<ParameterSpec> specs(2);
    specs[HertzModel::Prefactor].start = result.projected.prefactor;
    specs[HertzModel::Offset].start = result.projected.offset;
    specs[HertzModel::Offset].scale = hMax - hMin;
    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(loadMicroNewton.data(), Eigen::Index(n));
    Eigen::VectorXd w;
    if (!options.weights.empty())
        w = Eigen::Map<const Eigen::VectorXd>(options.weights.data(), Eigen::Index(n));
    result.fit = fitNonlinear(model, y, w, specs, options.engine);
    const FitResult &fit = result.fit;
    result.status = fit.status;
    result.message = fit.message;
    result.ssr = fit.ssr;
    result.points = fit.observations;
    result.degreesOfFreedom = fit.degreesOfFreedom;
    result.iterations = fit.iterations;
    if (!fit.ok())
        return result;
    if (!(fit.values[HertzModel::Prefactor] > 0.0)) {
        HertzFitResult failed =
            failedHertz(FitStatus::InvalidInput, fitText("the fitted load falls with depth"));
        failed.linearised = result.linearised;
        failed.projected = result.projected;
        failed.fit = fit;
        return failed;
    }
    result.rSquared = fit.rSquared;
    result.prefactor = fit.values[HertzModel::Prefactor];
    result.prefactorError = fit.standardErrors[HertzModel::Prefactor];
    result.offset = fit.values[HertzModel::Offset];
    result.offsetError = fit.standardErrors[HertzModel::Offset];
    result.correlation = fit.correlation(HertzModel::Prefactor, HertzModel::Offset);
    result.reducedModulus = hertz::reducedModulusFromPrefactor(result.prefactor, options.tipRadiusNm);
    result.reducedModulusError =
        hertz::reducedModulusFromPrefactor(result.prefactorError, options.tipRadiusNm);
    result.tQuantile = studentTQuantile(0.5 * (1.0 + options.confidenceLevel), fit.degreesOfFreedom);
    result.reducedModulusHalfWidth = result.tQuantile * result.reducedModulusError;
    return result;
}

} // namespace gb
