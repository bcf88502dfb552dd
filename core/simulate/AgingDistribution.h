#pragma once

// Aging model of a relaxation-time distribution (the picture of the seed study behind the
// stress-relaxation analysis): during isothermal aging for t_a
//   * transient effect — every relaxation time of the unaged glass grows as τ′ = τ′_0 + A·t_a^μ,
//     so the median follows τ(t_a) = τ_0 + A·t_a^μ; the fast modes catch up with the slow ones
//     and the distribution narrows in ln τ (β_KWW rises);
//   * broadening effect — the unaged distribution, log-normal with median τ_0, widens as
//     s(t_a) = s_0 + b·ln(1 + t_a/t_b) (β_KWW falls).
// At short t_a the first wins, at long t_a the second: β_KWW(t_a) is non-monotonic.

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
    double broadeningRate = 0;     ///< b (≥ 0): s(t_a) = s_0 + b·ln(1 + t_a/t_b)
    double broadeningTime = 1;     ///< t_b, s (> 0)

    /// s(t_a), the width of ln τ′_0 before the shift.
    double width(double agingTime) const;
    /// A·t_a^μ, s: what every relaxation time has gained.
    double shift(double agingTime) const;
    /// Error "invalid_argument" when a parameter is outside its range.
    Status validate() const;
};

/// The distribution after aging for `agingTime` (s, ≥ 0): the log-normal of median τ_0 and
/// width s(t_a) sampled on `grid` (in ln τ′_0), each node mapped to ln(τ′_0 + A t_a^μ). Weights
/// carry over unchanged (change of variables), H(u) = H_0(u_0)·(1 + A t_a^μ/τ′_0); nodes that
/// coincide in double precision are merged. The median is exactly τ_0 + A t_a^μ and
/// ⟨τ′⟩ = τ_0 e^{s²/2} + A t_a^μ. Errors ("invalid_argument"). Thread-safe.
Result<RelaxationSpectrum> agedSpectrum(const AgingDistributionModel &model, double agingTime,
                                        const SpectrumGrid &grid = {});

/// Summary of the aged distribution at one aging time.
struct AgedDistributionSummary {
    double agingTime = 0; ///< t_a, s
    double width = 0;     ///< s(t_a)
    double medianTau = 0; ///< τ_0 + A t_a^μ, s
    double meanTau = 0;   ///< ⟨τ′⟩, s
    double varianceLnTau = 0;
    double momentBeta = 0; ///< [1 + 6 Var(ln τ′)/π²]^{−1/2}
};

/// The summary at each of `agingTimes` (s). Errors as agedSpectrum. Thread-safe.
Result<std::vector<AgedDistributionSummary>> agingSeries(const AgingDistributionModel &model,
                                                         const std::vector<double> &agingTimes,
                                                         const SpectrumGrid &grid = {});

} // namespace gb
