#pragma once

// KWW fit of one normalised relaxation curve (methods.md §3.1–3.5, issue 7), with what the
// GUI shows: the normalised curve, the fitted curve and the residuals.

#include "analysis/relaxation/RelaxationSettings.h"
#include "analysis/relaxation/RelaxationStep.h"
#include "fit/KwwFit.h"

#include <QString>

#include <vector>

namespace gb {

/// Result of analysing one stress-relaxation curve. `status` is "ok", "beta_at_bound" (β on its
/// upper bound, no SE for β), "tau_out_of_range" (τ more than a decade outside the fitted times),
/// "poor_fit" (r² below the setting), "fit_failed",
/// "too_few_points", "no_columns", "bad_signal" or "read_error"; `message` says why in a sentence.
struct RelaxationCurveResult {
    QString status;
    QString message;
    RelaxationCurve curve;         ///< normalised curve from the step on (all points)
    std::vector<double> fitTimes;  ///< times inside the fit window, s
    std::vector<double> fitValues; ///< fitted φ at fitTimes
    std::vector<double> residuals; ///< data − fit at fitTimes
    std::vector<double> weights;   ///< weights used (empty = unweighted)
    KwwFitResult kww;              ///< τ in s; amplitude and plateau in units of σ₀

    bool ok() const { return status == QLatin1String("ok"); }
    /// True when τ and β are usable (ok, at bound or poor fit).
    bool hasValues() const { return kww.ok(); }
};

/// Weights for equal weight per decade: w_i ∝ Δ(ln t)_i (half the distance between the
/// neighbours in ln t; one-sided at the ends), scaled to mean 1. Times must be > 0 and
/// ascending. Thread-safe.
std::vector<double> perDecadeWeights(const std::vector<double> &times);

/// Fits KWW to the curve's points with t > 0 inside the settings' window. Thread-safe.
RelaxationCurveResult fitRelaxationCurve(RelaxationCurve curve, const RelaxationCurveSettings &settings);

/// Extracts the step from `dataset` and fits it; extraction errors become the status.
RelaxationCurveResult analyzeRelaxationCurve(const Dataset &dataset, const RelaxationCurveSettings &settings);

} // namespace gb
