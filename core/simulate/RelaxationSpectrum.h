#pragma once

// Relaxation-time distributions and the relaxation function they define, methods.md §3.6:
//     φ(t) = ∫ H(u) exp(−t e^{−u}) du,   u = ln τ′,   ∫ H du = 1.
// A distribution is held as quadrature nodes u_i with weights w_i (φ(t) ≈ Σ w_i exp(−t/τ′_i)) and
// the density H(u_i) for plotting. On the uniform grids built here the weights are the trapezoid
// rule, which is spectrally accurate for a smooth H.

#include "support/Result.h"

#include <vector>

namespace gb {

/// A relaxation-time distribution sampled on a grid of ln τ′.
struct RelaxationSpectrum {
    std::vector<double> lnTau;   ///< nodes u_i = ln(τ′_i / s), strictly increasing
    std::vector<double> density; ///< H(u_i), per unit of ln τ′ (dimensionless); +∞ for a single time
    std::vector<double> weight;  ///< quadrature weights w_i (dimensionless), Σ w_i ≈ ∫ H du
};

/// Grid of a built-in distribution.
struct SpectrumGrid {
    double step = 0;         ///< Δ ln τ′; 0 chooses σ/50 (σ = standard deviation of ln τ′), §3.6
    double tailMass = 1e-15; ///< KWW only: probability left beyond each end (log-normal: ±12σ)
};

/// Log-normal H(u) = exp[−(u − lnTauMedian)²/(2 width²)]/(width √(2π)) on ±12 width.
/// `lnTauMedian` = ln(τ_median / s); `width` = standard deviation of ln τ′ (> 0).
/// Errors ("invalid_argument") on non-finite input or width ≤ 0. Thread-safe.
Result<RelaxationSpectrum> logNormalSpectrum(double lnTauMedian, double width, const SpectrumGrid &grid = {});

/// The distribution whose relaxation function is exp(−(t/τ)^β): the "KWW-equivalent" distribution,
/// lnTau = ln(τ / s), 0 < β ≤ 1 (β = 1 gives the single node ln τ with weight 1 and density +∞).
/// The grid covers kwwLogTimeRange(β, grid.tailMass). Errors ("invalid_argument") outside the
/// range. Thread-safe.
Result<RelaxationSpectrum> kwwSpectrum(double lnTau, double beta, const SpectrumGrid &grid = {});

/// A user distribution: H given at strictly increasing nodes ln(τ′/s) (any spacing); weights by the
/// trapezoid rule. The density is used as given (not normalised): check spectrumMoments().
/// normalization. Errors ("invalid_argument") with fewer than 2 nodes, unequal lengths,
/// non-increasing nodes, negative or non-finite values, or a zero integral. Thread-safe.
Result<RelaxationSpectrum> spectrumFromGrid(std::vector<double> lnTau, std::vector<double> density);

/// φ(t) = Σ w_i exp(−t/τ′_i) at time t (s, ≥ 0). Dimensionless. Thread-safe.
double relaxationFunction(const RelaxationSpectrum &spectrum, double time);

/// φ at each of `times` (s). Thread-safe.
std::vector<double> relaxationCurve(const RelaxationSpectrum &spectrum, const std::vector<double> &times);

/// Moments of a spectrum (all from the quadrature weights).
struct SpectrumMoments {
    double normalization = 0; ///< ∫ H du (should be 1)
    double meanTau = 0;       ///< ⟨τ′⟩ = ∫φ dt in s (normalised by `normalization`)
    double meanLnTau = 0;     ///< ⟨ln τ′⟩ (ln s)
    double varianceLnTau = 0; ///< Var(ln τ′)
    double medianLnTau = 0;   ///< ln τ′ at half the cumulative weight (good to O(Δu²))
    double momentBeta = 0;    ///< [1 + 6 Var/π²]^{−1/2}, the quick KWW β estimate of §3.6
};

/// Moments of `spectrum` (empty spectrum: all zero). Thread-safe.
SpectrumMoments spectrumMoments(const RelaxationSpectrum &spectrum);

/// The `count` log-spaced times (s) on which a KWW fit to φ is made, §3.6: from
/// 10^−decades to 10^+decades times the median relaxation time. Thread-safe.
std::vector<double> kwwFitTimes(const RelaxationSpectrum &spectrum, int count = 200, double decades = 3);

} // namespace gb
