#pragma once

// Prony (multi-mode) representation of a relaxation function in reduced time ξ, methods.md §2.3:
//     φ(ξ) ≈ Σ_i g_i exp(−ξ/λ_i),   Σ g_i = 1,
// with λ_i the mode times in units of the characteristic time τ. The TNM engine advances one
// fictive temperature per mode.

#include "simulate/RelaxationSpectrum.h"
#include "support/Result.h"

#include <vector>

namespace gb {

/// Modes of a Prony series. Both vectors have one entry per mode, modes ordered by increasing λ.
struct PronySeries {
    std::vector<double> weight;   ///< g_i (dimensionless, Σ g_i = 1)
    std::vector<double> lnLambda; ///< ln λ_i, λ_i = mode time / τ (dimensionless)

    std::size_t size() const { return weight.size(); }
};

/// How a KWW function is discretised into modes.
struct PronyOptions {
    /// Target largest |Σ g_i e^{−ξ/λ_i} − exp(−ξ^β)| over all ξ ≥ 0. Sets the grid step in ln λ and
    /// the probability left beyond the automatic range (lumped into the fastest mode).
    double tolerance = 1e-6;
    double modesPerDecade = 0; ///< > 0: at least this many modes per decade of λ (finer if needed)
    double lambdaMin = 0;      ///< smallest λ; 0: automatic (kwwLogTimeRange with `tolerance`)
    double lambdaMax = 0;      ///< largest λ; 0: automatic
};

/// Prony series of exp(−ξ^β) from the exact relaxation-time distribution of β (§3.6) sampled at
/// log-spaced λ_i: g_i = H(ln λ_i)·Δ, the trapezoid rule of φ(ξ) = ∫H(u) exp(−ξe^{−u}) du.
/// Both the kernel and H are double-exponential in u (H near its upper edge on the scale
/// w = (1 − β)/β), so the rule converges like exp(−π² min(1, w)/Δ), and the step
/// Δ = π² min(1, w)/ln(10/tolerance) meets the tolerance (measured for β = 0.2 … 0.98 and
/// tolerances 1e-4 … 1e-12). The probability outside the grid, almost all of it in the slowly
/// decaying fast tail (∝ e^{βu}), is added to the fastest mode so that Σ g_i = 1.
/// β = 1 gives the single mode λ = 1.
/// Sizes at the default tolerance 1e-6: 52 modes for β = ½, 89 for β = 0.3, 200 for β = 0.9 (the
/// sharper edge needs a finer grid); at tolerance 1e-12, 180 modes for β = ½.
/// Errors ("invalid_argument") unless 0 < β ≤ 1, 0 < tolerance < 0.01, modesPerDecade ≥ 0 and
/// 0 ≤ lambdaMin < lambdaMax. Thread-safe.
Result<PronySeries> kwwPronySeries(double beta, const PronyOptions &options = {});

/// Prony series from any relaxation-time distribution: one mode per node, λ_i = τ′_i/τ with
/// ln τ = `lnTauReference`, weights normalised to Σ g_i = 1, zero-weight nodes dropped.
/// Errors ("invalid_argument") for an empty spectrum or one without positive weight.
Result<PronySeries> pronySeriesFromSpectrum(const RelaxationSpectrum &spectrum, double lnTauReference = 0);

/// φ(ξ) = Σ g_i exp(−ξ/λ_i) at reduced time ξ ≥ 0. Thread-safe.
double pronyRelaxation(const PronySeries &series, double reducedTime);

} // namespace gb
