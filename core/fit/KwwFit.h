#pragma once

#include "fit/KwwModel.h"
#include "fit/NonlinearFit.h"

#include <optional>
#include <vector>

namespace gb {

/// Options of fitKww.
struct KwwFitOptions {
    bool fitAmplitude = true; ///< Δσ free; otherwise held at `amplitude` (1 for σ/σ₀ data)
    double amplitude = 1.0;
    bool fitPlateau = false; ///< σ∞ free; otherwise held at `plateau`
    double plateau = 0.0;
    /// Upper bound of β: 1 (stretched only) or 2 (allow compressed exponentials).
    double betaMax = 1.0;
    std::vector<double> weights;   ///< empty = unweighted (homoscedastic σ); else w_i ≥ 0
    std::optional<KwwStart> start; ///< overrides the §3.2 recipe
    double confidenceLevel = 0.95;
    /// The second, accelerated pass runs only when the first fails: from the §3.2 start values it
    /// changed β and τ by a few parts in 10⁹ at twice the cost.
    FitOptions engine{.methods = FitMethods::LevenbergMarquardtThenAcceleratedOnFailure};
};

/// A KWW fit as the relaxation analyses report it. Values are NaN unless ok(); errors and
/// interval ends are NaN for parameters that were held fixed or sit on a bound.
struct KwwFitResult {
    FitStatus status = FitStatus::InvalidInput;
    QString message;

    double tau = std::numeric_limits<double>::quiet_NaN();      ///< same unit as t
    double tauError = std::numeric_limits<double>::quiet_NaN(); ///< delta method: τ·SE(ln τ)
    double tauLow = std::numeric_limits<double>::quiet_NaN();   ///< τ·exp(−t·SE(ln τ))
    double tauHigh = std::numeric_limits<double>::quiet_NaN();  ///< τ·exp(+t·SE(ln τ))
    double logTau = std::numeric_limits<double>::quiet_NaN();
    double logTauError = std::numeric_limits<double>::quiet_NaN();
    double beta = std::numeric_limits<double>::quiet_NaN();
    double betaError = std::numeric_limits<double>::quiet_NaN();
    double betaLow = std::numeric_limits<double>::quiet_NaN();  ///< β − t·SE(β)
    double betaHigh = std::numeric_limits<double>::quiet_NaN(); ///< β + t·SE(β)
    bool betaAtBound = false;
    double amplitude = std::numeric_limits<double>::quiet_NaN(); ///< Δσ = σ₀ − σ∞
    double amplitudeError = std::numeric_limits<double>::quiet_NaN();
    double plateau = std::numeric_limits<double>::quiet_NaN(); ///< σ∞
    double plateauError = std::numeric_limits<double>::quiet_NaN();
    double meanTau = std::numeric_limits<double>::quiet_NaN(); ///< (τ/β)Γ(1/β)
    double meanTauError = std::numeric_limits<double>::quiet_NaN();
    double tQuantile = std::numeric_limits<double>::quiet_NaN(); ///< t_{(1+level)/2, dof}

    double ssr = std::numeric_limits<double>::quiet_NaN();
    double reducedChiSquare = std::numeric_limits<double>::quiet_NaN();
    double rSquared = std::numeric_limits<double>::quiet_NaN();
    int points = 0;
    int degreesOfFreedom = 0;
    int iterations = 0;
    int starts = 0; ///< start points tried (1 unless the first fit failed)

    KwwStart start; ///< the start values of the fit that was kept
    FitResult fit;  ///< full engine result over (ln τ, β, Δσ, σ∞): covariance, correlation

    bool ok() const { return isSuccess(status); }
};

/// Weights w_i ∝ Δ(ln t)_i that give every decade of time the same weight (methods.md §3.3;
/// for uniformly sampled curves whose short-time decay matters). Half the log-distance to each
/// neighbour, shared equally by repeated time stamps, scaled to a mean of 1. Needs times > 0 in
/// non-decreasing order with at least two distinct values; returns an empty vector otherwise.
std::vector<double> logTimeWeights(const std::vector<double> &times);

/// Fits σ(t) = σ∞ + Δσ·exp[−(t/τ)^β] (methods.md §3) with ln τ as the parameter and
/// 0 < β ≤ betaMax by a logistic transform. Starts from the §3.2 linearisation; when that fit
/// fails, restarts from β ∈ {0.3, 0.5, 0.7, 0.9}·betaMax and keeps the lowest SSR.
///
/// @param times   t_i ≥ 0 from the end of the loading step (any unit; τ has the same unit).
/// @param stress  σ_i (any unit); for σ/σ₀ data hold the amplitude at 1.
/// ln τ is kept within 4 decades of the measured times; a fit that runs to that limit, or that
/// drives β to 0, has found no KWW decay and is reported as Singular.
/// @return ok() with τ, β, … and their standard errors, ConvergedAtBound when β sits on
///   betaMax (no SE for β), or a failure with NaN values: InvalidInput for NaN/inf input,
///   negative times, mismatched sizes, too few points or constant data; Singular for the
///   runaway fits above; the engine's statuses otherwise.
/// Thread-safe.
KwwFitResult fitKww(const std::vector<double> &times, const std::vector<double> &stress,
                    const KwwFitOptions &options = {});

} // namespace gb
