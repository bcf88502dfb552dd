#pragma once

// The KWW function that best describes a relaxation-time distribution (methods.md §3.6): φ(t) of
// the distribution on 200 log-spaced times from 10⁻³ to 10³ times its median relaxation time,
// fitted by exp[−(t/τ)^β] (unweighted least squares in φ, amplitude held at 1, no plateau) with
// the fit engine of core/fit. β_fit depends on that window and weighting; both are fixed here so
// that results are comparable (§3.6 table: log-normal s = 1 → β = 0.7546, ln τ_K = 0.110).

#include "fit/KwwFit.h"
#include "simulate/AgingDistribution.h"
#include "simulate/RelaxationSpectrum.h"

#include <vector>

namespace gb {

/// Fits exp[−(t/τ)^β] to φ(t) of `spectrum` at `times` (s; empty: kwwFitTimes(spectrum)).
/// τ in s. See KwwFitResult for the status (β = 1 on its bound for a single relaxation time).
/// Thread-safe.
KwwFitResult fitKwwToSpectrum(const RelaxationSpectrum &spectrum, const std::vector<double> &times = {});

/// β_KWW and τ_KWW of the aged distribution at each aging time.
struct AgedKwwPoint {
    double agingTime = 0; ///< t_a, s
    double beta = 0;      ///< fitted β (NaN when the fit failed)
    double tau = 0;       ///< fitted τ, s (NaN when the fit failed)
    bool betaAtBound = false;
    FitStatus status = FitStatus::InvalidInput;
};

/// fitKwwToSpectrum(agedSpectrum(model, t_a)) for every t_a in `agingTimes` (s): the β_KWW(t_a)
/// and τ_KWW(t_a) curves of the aging model. Errors as agedSpectrum. Thread-safe.
Result<std::vector<AgedKwwPoint>> agingKwwSeries(const AgingDistributionModel &model,
                                                 const std::vector<double> &agingTimes,
                                                 const SpectrumGrid &grid = {});

} // namespace gb
