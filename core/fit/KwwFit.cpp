#include "fit/KwwFit.h"

#include "fit/FitEngineInternals.h"
#include "fit/LinearRegression.h"
#include "fit/VariableProjection.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace gb {

using detail::fitText;

namespace {

KwwFitResult invalidKww(const QString &reason)
{
    KwwFitResult result;
    result.status = FitStatus::InvalidInput;
    result.message = describe(result.status) + QStringLiteral(": ") + reason;
    return result;
}

/// Δσ and σ∞ (those that are free) by linear least squares for fixed ln τ and β (§3.4).
void solveLinearParameters(const std::vector<double> &times, const Eigen::VectorXd &y,
                           const Eigen::VectorXd &w, const KwwFitOptions &options, KwwStart &start,
                           double *ssr = nullptr)
{
    const Eigen::Index n = y.size();
    Eigen::VectorXd decay(n);
    for (Eigen::Index i = 0; i < n; ++i)
        decay[i] = KwwModel::relaxation(times[std::size_t(i)], start.logTau, start.beta);
    Eigen::VectorXd rhs = y;
    if (!options.fitAmplitude)
        rhs -= options.amplitude * decay;
    if (!options.fitPlateau)
        rhs.array() -= options.plateau;
    const int columns = int(options.fitAmplitude) + int(options.fitPlateau);
    if (columns == 0) {
        if (ssr)
            *ssr = w.size() ? rhs.cwiseAbs2().dot(w) : rhs.squaredNorm();
        return;
    }
    Eigen::MatrixXd phi(n, columns);
    int c = 0;
    if (options.fitAmplitude)
        phi.col(c++) = decay;
    if (options.fitPlateau)
        phi.col(c++).setOnes();
    const ProjectedSolution solution = projectedLeastSquares(phi, rhs, w);
    if (ssr)
        *ssr = solution.ok ? solution.ssr : std::numeric_limits<double>::infinity();
    if (!solution.ok)
        return;
    c = 0;
    if (options.fitAmplitude)
        start.amplitude = solution.coefficients[c++];
    if (options.fitPlateau)
        start.plateau = solution.coefficients[c++];
}

/// Best (ln τ, β) of a coarse grid over the time window by the projected SSR (§3.4).
KwwStart gridStart(const std::vector<double> &times, const Eigen::VectorXd &y, const Eigen::VectorXd &w,
                   const KwwFitOptions &options, const KwwStart &base)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (double t : times)
        if (t > 0.0) {
            low = std::min(low, std::log(t));
            high = std::max(high, std::log(t));
        }
    KwwStart best = base;
    best.fromLinearisation = false;
    if (!std::isfinite(low))
        return best;
    double bestSsr = std::numeric_limits<double>::infinity();
    const int tauSteps = 24;
    const int betaSteps = 10;
    for (int a = 0; a <= tauSteps; ++a)
        for (int b = 1; b <= betaSteps; ++b) {
            KwwStart trial = base;
            trial.logTau = (low - 1.0) + (high - low + 2.0) * double(a) / double(tauSteps);
            trial.beta = options.betaMax * (0.95 * double(b) / double(betaSteps));
            double ssr = 0.0;
            solveLinearParameters(times, y, w, options, trial, &ssr);
            if (ssr < bestSsr) {
                bestSsr = ssr;
                best = trial;
                best.fromLinearisation = false;
            }
        }
    return best;
}

/// τ may lie at most this many decades outside the measured times; further out the curve does
/// not determine it and a fit that runs there has found no KWW decay (β → 0, Δσ → ∞, ...).
constexpr double kTauWindowDecades = 4.0;

struct TimeWindow {
    double logLow = 0.0;  ///< ln of the smallest positive time
    double logHigh = 0.0; ///< ln of the largest time
};

std::vector<ParameterSpec> specsFor(const KwwStart &start, const KwwFitOptions &options, double range,
                                    const TimeWindow &window)
{
    std::vector<ParameterSpec> specs(4);
    ParameterSpec &logTau = specs[KwwModel::LogTau];
    logTau.lower = window.logLow - kTauWindowDecades * std::log(10.0);
    logTau.upper = window.logHigh + kTauWindowDecades * std::log(10.0);
    logTau.start = std::clamp(start.logTau, logTau.lower + 1.0, logTau.upper - 1.0);
    logTau.scale = 1.0; // ln τ may sit near 0 (τ ≈ 1 time unit)
    ParameterSpec &beta = specs[KwwModel::Beta];
    beta.scale = options.betaMax;
    beta.start = std::clamp(start.beta, 0.02 * options.betaMax, 0.98 * options.betaMax);
    beta.lower = 0.0;
    beta.upper = options.betaMax;
    ParameterSpec &amplitude = specs[KwwModel::Amplitude];
    amplitude.start = options.fitAmplitude ? start.amplitude : options.amplitude;
    amplitude.fixed = !options.fitAmplitude;
    amplitude.scale = range;
    ParameterSpec &plateau = specs[KwwModel::Plateau];
    plateau.start = options.fitPlateau ? start.plateau : options.plateau;
    plateau.fixed = !options.fitPlateau;
    plateau.scale = range;
    return specs;
}

/// A usable KWW fit: converged, with τ inside its window and β not driven to 0.
bool acceptable(const FitResult &fit)
{
    return fit.ok() && fit.states[KwwModel::LogTau] == ParameterState::Estimated &&
           fit.states[KwwModel::Beta] != ParameterState::AtLowerBound;
}

bool better(const FitResult &candidate, const FitResult &current)
{
    if (acceptable(candidate) != acceptable(current))
        return acceptable(candidate);
    if (!std::isfinite(current.ssr))
        return std::isfinite(candidate.ssr);
    return candidate.ssr < current.ssr;
}

} // namespace

std::vector<double> logTimeWeights(const std::vector<double> &times)
{
    const std::size_t n = times.size();
    for (std::size_t i = 0; i < n; ++i)
        if (!(times[i] > 0.0) || !std::isfinite(times[i]) || (i > 0 && times[i] < times[i - 1]))
            return {};
    // Runs of equal times (instruments repeat time stamps) share one cell.
    std::vector<std::size_t> runStart;
    for (std::size_t i = 0; i < n; ++i)
        if (i == 0 || times[i] > times[i - 1])
            runStart.push_back(i);
    const std::size_t runs = runStart.size();
    if (runs < 2)
        return {};
    std::vector<double> weights(n, 0.0);
    double sum = 0.0;
    for (std::size_t r = 0; r < runs; ++r) {
        const std::size_t first = runStart[r];
        const std::size_t end = r + 1 < runs ? runStart[r + 1] : n;
        const double left = r > 0 ? std::log(times[first] / times[runStart[r - 1]]) : 0.0;
        const double right = r + 1 < runs ? std::log(times[end] / times[first]) : 0.0;
        const double share = 0.5 * (left + right) / double(end - first);
        for (std::size_t i = first; i < end; ++i)
            weights[i] = share;
        sum += 0.5 * (left + right);
    }
    for (double &w : weights)
        w *= double(n) / sum;
    return weights;
}

KwwFitResult fitKww(const std::vector<double> &times, const std::vector<double> &stress,
                    const KwwFitOptions &options)
{
    const std::size_t n = times.size();
    if (stress.size() != n)
        return invalidKww(fitText("%1 times but %2 stress values").arg(n).arg(stress.size()));
    if (!options.weights.empty() && options.weights.size() != n)
        return invalidKww(fitText("%1 weights for %2 points").arg(options.weights.size()).arg(n));
    if (!(options.betaMax > 0.0) || !std::isfinite(options.betaMax))
        return invalidKww(fitText("the upper limit of beta must be a positive number"));
    if (!(options.confidenceLevel > 0.0 && options.confidenceLevel < 1.0))
        return invalidKww(fitText("the confidence level must lie between 0 and 1"));
    if ((!options.fitAmplitude && !std::isfinite(options.amplitude)) ||
        (!options.fitPlateau && !std::isfinite(options.plateau)))
        return invalidKww(fitText("a fixed amplitude or plateau is not a number"));
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(times[i]) || !std::isfinite(stress[i]))
            return invalidKww(fitText("point %1 is not a number").arg(i + 1));
        if (times[i] < 0.0)
            return invalidKww(
                fitText("time %1 is negative; times must run from the end of loading").arg(i + 1));
        low = std::min(low, stress[i]);
        high = std::max(high, stress[i]);
    }
    const int freeCount = 2 + int(options.fitAmplitude) + int(options.fitPlateau);
    if (int(n) <= freeCount)
        return invalidKww(fitText("%1 points cannot determine %2 KWW parameters; at least %3 are needed")
                              .arg(n)
                              .arg(freeCount)
                              .arg(freeCount + 1));
    const double range = high - low;
    if (!(range > 1e-12 * std::max(std::abs(low), std::abs(high))))
        return invalidKww(
            fitText("the stress does not change along the curve; there is no relaxation to fit"));

    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(stress.data(), Eigen::Index(n));
    const Eigen::VectorXd w =
        options.weights.empty()
            ? Eigen::VectorXd()
            : Eigen::VectorXd(Eigen::Map<const Eigen::VectorXd>(options.weights.data(), Eigen::Index(n)));
    const KwwModel model(times);
    const KwwStart first =
        options.start
            ? *options.start
            : kwwStartValues(times, stress,
                             {options.fitPlateau, options.plateau, options.fitAmplitude, options.amplitude});

    TimeWindow window{std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    for (double t : times)
        if (t > 0.0) {
            window.logLow = std::min(window.logLow, std::log(t));
            window.logHigh = std::max(window.logHigh, std::log(t));
        }
    if (!std::isfinite(window.logLow))
        return invalidKww(fitText("all times are zero"));

    KwwFitResult out;
    KwwStart kept = first;
    const auto started = std::chrono::steady_clock::now();
    FitResult best = fitNonlinear(model, y, w, specsFor(first, options, range, window), options.engine);
    out.starts = 1;
    if (!acceptable(best)) {
        // Rescue starts (§3.2 step 4, §3.4 grid) with a smaller iteration budget each; together
        // they get the engine's time bound once more, so a KWW fit takes at most twice that.
        FitOptions rescue = options.engine;
        rescue.maxIterations = std::min(rescue.maxIterations, 1000);
        std::vector<KwwStart> restarts;
        for (double fraction : {0.3, 0.5, 0.7, 0.9}) {
            KwwStart s = first;
            s.beta = fraction * options.betaMax;
            s.fromLinearisation = false;
            solveLinearParameters(times, y, w, options, s);
            restarts.push_back(s);
        }
        restarts.push_back(gridStart(times, y, w, options, first));
        for (const KwwStart &s : restarts) {
            if (options.engine.maxSeconds > 0.0) {
                const double spent =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
                rescue.maxSeconds = 2.0 * options.engine.maxSeconds - spent;
                if (rescue.maxSeconds <= 0.0)
                    break;
            }
            FitResult candidate = fitNonlinear(model, y, w, specsFor(s, options, range, window), rescue);
            ++out.starts;
            if (better(candidate, best)) {
                best = std::move(candidate);
                kept = s;
            }
            if (acceptable(best))
                break;
        }
    }

    out.status = best.status;
    out.message = best.message;
    out.start = kept;
    out.ssr = best.ssr;
    out.reducedChiSquare = best.reducedChiSquare;
    out.rSquared = best.rSquared;
    out.points = best.observations;
    out.degreesOfFreedom = best.degreesOfFreedom;
    out.iterations = best.iterations;
    out.fit = best;
    if (!best.ok())
        return out;
    if (!acceptable(best)) {
        out.status = FitStatus::Singular;
        out.message = describe(out.status) + QStringLiteral(": ") +
                      (best.states[KwwModel::LogTau] != ParameterState::Estimated
                           ? fitText("tau ran to %1 decades outside the measured times; the curve does not "
                                     "determine it (is the decay a stretched exponential?)")
                                 .arg(kTauWindowDecades)
                           : fitText("beta went to zero; the curve is not a stretched-exponential decay"));
        out.reducedChiSquare = out.rSquared = std::numeric_limits<double>::quiet_NaN();
        return out;
    }

    const Eigen::VectorXd &v = best.values;
    const Eigen::VectorXd &se = best.standardErrors;
    out.tQuantile = studentTQuantile(0.5 * (1.0 + options.confidenceLevel), best.degreesOfFreedom);
    out.logTau = v[KwwModel::LogTau];
    out.logTauError = se[KwwModel::LogTau];
    out.tau = std::exp(out.logTau);
    out.tauError = out.tau * out.logTauError;
    out.tauLow = out.tau * std::exp(-out.tQuantile * out.logTauError);
    out.tauHigh = out.tau * std::exp(out.tQuantile * out.logTauError);
    out.beta = v[KwwModel::Beta];
    out.betaAtBound = best.states[KwwModel::Beta] != ParameterState::Estimated;
    out.betaError = se[KwwModel::Beta];
    out.betaLow = out.beta - out.tQuantile * out.betaError;
    out.betaHigh = out.beta + out.tQuantile * out.betaError;
    out.amplitude = v[KwwModel::Amplitude];
    out.amplitudeError = se[KwwModel::Amplitude];
    out.plateau = v[KwwModel::Plateau];
    out.plateauError = se[KwwModel::Plateau];
    out.meanTau = kwwMeanRelaxationTime(out.tau, out.beta);
    if (!out.betaAtBound) {
        const double dLogTau = out.meanTau;
        const double dBeta = kwwMeanRelaxationTimeBetaDerivative(out.tau, out.beta);
        const Eigen::Matrix2d c = best.covariance.topLeftCorner<2, 2>();
        out.meanTauError = std::sqrt(dLogTau * dLogTau * c(0, 0) + 2.0 * dLogTau * dBeta * c(0, 1) +
                                     dBeta * dBeta * c(1, 1));
    } else {
        out.meanTauError = out.meanTau * out.logTauError;
    }
    if (best.states[KwwModel::Beta] == ParameterState::AtUpperBound)
        out.message = fitText("converged with beta on its limit %1 (a single relaxation time); beta has no "
                              "standard error")
                          .arg(options.betaMax);
    else if (best.states[KwwModel::Beta] == ParameterState::AtLowerBound)
        out.message = fitText("converged with beta at zero (no stretched-exponential decay in the window); "
                              "beta has no standard error");
    return out;
}

} // namespace gb
