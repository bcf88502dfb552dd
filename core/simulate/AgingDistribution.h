#pragma once

// Aging model of a relaxation-time distribution (the picture of the seed study behind the
// stress-relaxation analysis). The unaged glass has a log-normal distribution of ln τ′_0 with
// median τ_0 and width s_0. After isothermal aging for t_a:
//   * transient effect — every relaxation time grows as τ′ = τ′_0 + A·t_a^μ, so the median follows
//     τ(t_a) = τ_0 + A·t_a^μ (flat while A·t_a^μ ≪ τ_0, a power law later); the fast modes catch up
//     with the slow ones and the distribution narrows in ln τ (β_KWW rises);
//   * broadening effect — ln τ′ spreads further by an independent Gaussian of standard deviation
//     σ_b(t_a) = b·ln(1 + t_a/t_b), which adds σ_b² to Var(ln τ′) (β_KWW falls).
// The transient narrowing wins at short t_a, the broadening at long t_a: β_KWW(t_a) is
// non-monotonic. (Interpretation of the wording; the order — shift, then broaden — matters:
// a broadening applied before the shift is compressed by it and β_KWW then only rises.)

#include "simulate/RelaxationSpectrum.h"
#include "support/Result.h"

#include <vector>

namespace gb {

/// Parameters of the aging model. Times in s.
struct AgingDistributionModel {
    double initialLnTauMedian = 0; ///< ln(τ_0 / s): median relaxation time of the unaged glass
    double initialWidth = 1;       ///< s_0: standard deviation of ln τ′ at t_a = 0 (> 0)
    double shiftAmplitude = 0;     ///< A, in s^{1−μ} (≥ 0): τ′ = τ′_0 + A·t_a^μ
    double shiftExponent = 0.5;    ///< μ (> 0)
    double broadeningRate = 0;     ///< b (≥ 0): σ_b(t_a) = b·ln(1 + t_a/t_b)
    double broadeningTime = 1;     ///< t_b, s (> 0)

    /// A·t_a^μ, s: what every relaxation time has gained.
    double shift(double agingTime) const;
    /// σ_b(t_a): standard deviation of the extra spread of ln τ′.
    double broadening(double agingTime) const;
    /// Error "invalid_argument" when a parameter is outside its range.
    Status validate() const;
};

/// The distribution after aging for `agingTime` (s, ≥ 0). The unaged log-normal is sampled on
/// `grid` (in ln τ′_0, default step s_0/50) and each node is mapped to ln(τ′_0 + A t_a^μ) with its
/// weight (an exact change of variables); the result is then convolved with the Gaussian of
/// σ_b(t_a) on a uniform grid of step ≤ σ_b/4 (spectrally accurate for φ). A broadening below a
/// quarter of the grid step is under the grid's resolution and is not applied. Exact properties:
/// ⟨τ′⟩ = (τ_0 e^{s_0²/2} + A t_a^μ)·e^{σ_b²/2}; without broadening the median is τ_0 + A t_a^μ;
/// without shift the distribution is log-normal of width (s_0² + σ_b²)^{1/2}.
/// Errors ("invalid_argument"). Thread-safe.
Result<RelaxationSpectrum> agedSpectrum(const AgingDistributionModel &model, double agingTime,
                                        const SpectrumGrid &grid = {});

/// Summary of the aged distribution at one aging time.
struct AgedDistributionSummary {
    double agingTime = 0;        ///< t_a, s
    double shiftedMedianTau = 0; ///< τ_0 + A t_a^μ, s (the median before broadening)
    double broadening = 0;       ///< σ_b(t_a)
    double medianTau = 0;        ///< median of τ′, s
    double meanTau = 0;          ///< ⟨τ′⟩, s
    double varianceLnTau = 0;    ///< Var(ln τ′)
    double momentBeta = 0;       ///< [1 + 6 Var(ln τ′)/π²]^{−1/2}
};

/// The summary at each of `agingTimes` (s). Errors as agedSpectrum. Thread-safe.
Result<std::vector<AgedDistributionSummary>> agingSeries(const AgingDistributionModel &model,
                                                         const std::vector<double> &agingTimes,
                                                         const SpectrumGrid &grid = {});

} // namespace gb
