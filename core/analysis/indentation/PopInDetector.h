#pragma once

// Pop-in detection on the loading segment of an indent (methods.md §4.3).

#include "analysis/indentation/IndentationSettings.h"
#include "support/RobustStatistics.h"

#include <vector>

namespace gb {

/// One pop-in: a displacement burst (load control) or a load drop (displacement control).
struct PopInEvent {
    int startIndex = 0;         ///< last sample before the burst
    int endIndex = 0;           ///< last sample of the burst
    double loadMicroNewton = 0; ///< P at the start of the burst, µN
    double depthNm = 0;         ///< h at the start of the burst, nm
    double burstNm = 0;         ///< h_end − h_start, nm
    bool byResidual = false;    ///< found by the Hertz-residual test (not only by the increment test)
};

/// Half width of the running median that the steps of a curve are taken about, in samples.
inline constexpr int kStepMedianHalfWidth = 5;

/// The steps of a curve x (x_i − x_{i−1}) about their running median over ±5 samples, and their
/// robust scatter: what both the control-mode test and the increment test look at. Computed
/// once per curve and shared by them.
struct StepScatter {
    std::vector<double> steps; ///< one per sample; steps[0] is not a step
    double sigma = 0.0;        ///< robustSigma of steps[1…]
};
StepScatter stepScatter(const std::vector<double> &x);

/// How far the largest step (upward; downward when `drop`) stands out of the scatter of the
/// steps, in robust standard deviations (0 when it cannot tell, or for fewer than 9 samples).
double largestStepInSigmas(const StepScatter &scatter, bool drop);

/// Detects pop-ins on a loading segment (h_i, P_i in nm and µN, in time order).
/// Increment test (a), above 1 % of the maximum load and a running-median window (5 samples) after it: Δh_i
/// minus its running median exceeds max(k·σ_Δh, Δh_abs) while ΔP_i does not jump (load control), or ΔP_i
/// drops below −max(k·σ_ΔP, ΔP_abs) (displacement control). Residual test (b), only when a Hertz fit
/// (prefactor a > 0, offset h₀) is given and only up to the first increment event: r_i − r_{i−m} > max(k·σ,
/// Δh_abs) with r_i = h_i − h₀ − (P_i/a)^{2/3} and σ the robust scale of those lag differences over samples
/// [0, validEnd). Consecutive flagged samples merge into one event. Events in time order. Thread-safe.
std::vector<PopInEvent> detectPopIns(const std::vector<double> &depthNm,
                                     const std::vector<double> &loadMicroNewton, IndentControlMode mode,
                                     const PopInDetectorSettings &settings, double prefactor = 0.0,
                                     double offsetNm = 0.0, int validEnd = -1);

/// detectPopIns with the step scatters of depth and load already at hand (stepScatter of the
/// same curves); no events when they are shorter than the curve.
std::vector<PopInEvent> detectPopIns(const std::vector<double> &depthNm,
                                     const std::vector<double> &loadMicroNewton,
                                     const StepScatter &depthSteps, const StepScatter &loadSteps,
                                     IndentControlMode mode, const PopInDetectorSettings &settings,
                                     double prefactor = 0.0, double offsetNm = 0.0, int validEnd = -1);

} // namespace gb
