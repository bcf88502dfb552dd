#pragma once

// TNM enthalpy relaxation along an arbitrary thermal history, methods.md §2.
//
// simulateTnm() is the production engine (§2.3): the relaxation function is a Prony series, each
// mode carries its own fictive temperature, and every step is advanced with the exact solution for
// a linear temperature ramp at frozen τ in the cancellation-free form
//     T_f,i ← T_{k−1} + (T_f,i − T_{k−1})·e^{−z} + ΔT_k·(e^{−z} − 1 + z)/z,   z = Δt_k/(λ_i τ_k),
// (the §2.3 form with q_k λ_i τ_k = ΔT_k/z, so λ_i τ_k, which reaches 1e18 s in the glass, never
// appears). τ_k is evaluated at the midpoint temperature with a one-pass predictor–corrector on
// T_f. Cost O(steps × modes); stable for any step in the stiff liquid and frozen in the glass.
//
// simulateTnmClassic() is the classic O(N²) Moynihan / Hodge–Berens sum (§2.2), kept as the
// reference the tests compare against.

#include "simulate/PronySeries.h"
#include "simulate/ThermalProtocol.h"
#include "simulate/TnmParameters.h"
#include "simulate/TnmTrace.h"
#include "support/Result.h"

#include <limits>

namespace gb {

/// Settings of a simulation.
struct TnmSimulationOptions {
    TnmDiscretisation discretisation; ///< steps in K on ramps, log-spaced in s on holds
    HeatCapacityModel heatCapacity;   ///< for the heat-flow column (zero mass: Φ = 0)
    /// T_f at the start, K; NaN: equilibrium at the start temperature (every mode at T_start).
    double initialFictiveTemperature = std::numeric_limits<double>::quiet_NaN();
};

/// Simulates `protocol` with the Prony engine. `series` defines the relaxation function
/// (normally kwwPronySeries(parameters.beta)); `parameters.beta` itself is not used here.
/// Output: node T_f, interval c_pN and Φ (see TnmTrace). Adds a "not_equilibrated" warning when
/// the first ramp starts where q·τ(T0, T0) > 0.01 K (§2.5).
/// Errors: "invalid_parameters", "invalid_protocol", "invalid_argument" (empty series or bad
/// discretisation), "too_many_steps". Thread-safe (no shared state).
Result<TnmTrace> simulateTnm(const ThermalProtocol &protocol, const TnmParameters &parameters,
                             const PronySeries &series, const TnmSimulationOptions &options = {});

/// As above with the default Prony series of exp(−ξ^β) for `parameters.beta` (kwwPronySeries with
/// default options). Building that series costs 0.2–0.5 ms; inside a fitting loop build it once.
Result<TnmTrace> simulateTnm(const ThermalProtocol &protocol, const TnmParameters &parameters,
                             const TnmSimulationOptions &options = {});

/// The classic discretised algorithm (§2.2) on the same grid: explicit τ_k = τ(T_k, T_f,k−1),
/// T_f,n = T0 + Σ_j ΔT_j {1 − exp[−(Σ_{k=j}^{n} Δt_k/τ_k)^β]}. O(N²) in the glass; first order
/// in the step size. For verification only. Same errors as simulateTnm. Thread-safe.
Result<TnmTrace> simulateTnmClassic(const ThermalProtocol &protocol, const TnmParameters &parameters,
                                    const TnmSimulationOptions &options = {});

} // namespace gb
