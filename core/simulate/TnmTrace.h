#pragma once

// The time grid of a TNM simulation and what it produces: T_f at the grid nodes, and c_pN and
// the heat flow Φ for each interval between nodes, at the interval midpoint (methods.md §1.5:
// a finite-difference c_pN belongs to the midpoint; with that assignment the area-matching
// identity T_f′ = T1 + ∫(1 − c_pN) dT is exact).

#include "simulate/ThermalProtocol.h"
#include "simulate/TnmParameters.h"
#include "support/Error.h"
#include "support/Result.h"

#include <vector>

namespace gb {

/// How a protocol is cut into steps: in temperature on ramps, in log-time on holds (§2.5).
struct TnmDiscretisation {
    double rampStep = 0.1;          ///< largest |ΔT| of a ramp step, K
    double holdFirstStep = 1e-6;    ///< first time step of a hold, s (≪ τ at the hold start)
    double holdStepsPerDecade = 50; ///< log-spaced hold steps per decade of time
};

/// The intervals of the trace that belong to one protocol step.
struct TnmSegment {
    std::size_t step = 0; ///< index into ThermalProtocol::steps()
    ThermalStepKind kind = ThermalStepKind::Ramp;
    std::size_t firstInterval = 0; ///< its first interval; its nodes are firstInterval … +count
    std::size_t intervalCount = 0;
};

/// A simulated history. Node columns have one entry per grid node (N + 1), interval columns one
/// per interval between nodes (N). Units: s, K, mW.
struct TnmTrace {
    std::vector<double> time;               ///< node time, s (0 at the protocol start)
    std::vector<double> temperature;        ///< node temperature T, K
    std::vector<double> fictiveTemperature; ///< node fictive temperature T_f, K
    std::vector<double> midTime;            ///< interval midpoint time, s
    std::vector<double> midTemperature;     ///< interval midpoint temperature, K
    /// c_pN = ΔT_f/ΔT of the interval (dimensionless); NaN on holds, 0 across jumps.
    std::vector<double> cpN;
    /// Φ = m·[c_p,g ΔT/Δt + Δc_p ΔT_f/Δt] at the midpoint, mW, endothermic positive (negative on
    /// cooling and during annealing); NaN across jumps.
    std::vector<double> heatFlow;
    std::vector<TnmSegment> segments;    ///< one per protocol step, in order
    std::vector<Diagnostic> diagnostics; ///< e.g. "not_equilibrated" at the start

    /// T_f (K) at the end of protocol step `step` (the start temperature's T_f for an empty step).
    double fictiveTemperatureAfter(std::size_t step) const;
};

/// One protocol step as equal-length columns, all at the interval midpoints (T_f interpolated
/// linearly there): what a heating scan looks like to the analysis code and the file writers.
struct TnmCurve {
    std::vector<double> time;               ///< s
    std::vector<double> temperature;        ///< K
    std::vector<double> fictiveTemperature; ///< K
    std::vector<double> cpN;                ///< dimensionless
    std::vector<double> heatFlow;           ///< mW
};

/// The columns of protocol step `step` of `trace` (empty when out of range). Thread-safe.
TnmCurve segmentCurve(const TnmTrace &trace, std::size_t step);

/// Nodes (time, temperature), midpoints and segments of `protocol` cut by `discretisation`; the
/// T_f, c_pN and Φ columns are left empty for an engine to fill. Errors: "invalid_protocol"
/// (ThermalProtocol::validate), "invalid_argument" (non-positive step settings), "too_many_steps"
/// (more than 50 million intervals). Thread-safe.
Result<TnmTrace> discretiseProtocol(const ThermalProtocol &protocol, const TnmDiscretisation &discretisation);

/// Fills `cpN` and `heatFlow` from the node columns of a trace whose T_f is known.
void computeCalorimetry(TnmTrace &trace, const HeatCapacityModel &heatCapacity);

} // namespace gb
