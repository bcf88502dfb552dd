#pragma once

// Analysis of one indent (issue 8; methods.md §4.2–4.3): loading segment, contact point, Hertz
// fit up to the first pop-in, the pop-ins and the Hertzian maximum shear stress at the first one.

#include "analysis/indentation/IndentationSettings.h"
#include "analysis/indentation/PopInDetector.h"
#include "fit/HertzFit.h"

#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace gb {

struct Dataset;

/// The result of one indent, with the curves the GUI draws.
struct IndentResult {
    QString status;  ///< "ok", "no_popin", "fit_failed", "rejected" (campaign: also "read_error")
    QString message; ///< why, for a person; empty when ok
    IndentControlMode controlMode = IndentControlMode::Load; ///< as detected or set
    double tipRadiusNm = std::numeric_limits<double>::quiet_NaN();
    double baselineSlope = 0.0;                 ///< pre-contact load baseline P = c + s·h removed, µN/nm
    double baselineOffset = 0.0;                ///< µN
    std::vector<double> loadingDepthNm;         ///< loading segment, h in nm
    std::vector<double> loadingLoadMicroNewton; ///< loading segment, baseline-corrected P in µN
    int fitBegin = 0; ///< Hertz fit window [fitBegin, fitEnd) within the loading segment
    int fitEnd = 0;
    HertzFitResult hertz;                                      ///< the final fit (E_r in GPa, h₀ in nm)
    std::vector<PopInEvent> popIns;                            ///< every event, first one first
    double tauCGpa = std::numeric_limits<double>::quiet_NaN(); ///< 0.31·p₀ at the first pop-in

    bool hasPopIn() const { return !popIns.empty(); }
    const PopInEvent *firstPopIn() const { return popIns.empty() ? nullptr : &popIns.front(); }
    /// The Hertz curve P = a(h − h₀)₊^{3/2} at the loading depths up to the first pop-in (empty
    /// when the fit failed).
    void hertzCurve(std::vector<double> &depthNm, std::vector<double> &loadMicroNewton) const;
};

/// Analyses one loading curve (h in nm, P in µN, optional t in s, time order; unloading and
/// hold may follow: the loading segment ends at the maximum load).
/// Steps: loading segment; control mode (constant-rate variable when Auto); preliminary pop-in
/// search on increments; preliminary Hertz fit below it; pre-contact load baseline removed when
/// at least 5 samples lie more than 2 nm before the contact; then `passes` times: detect with
/// the increment and Hertz-residual tests, refit up to the first pop-in. τc from the final fit.
/// Status "fit_failed" when the Hertz fit fails, "no_popin" when it succeeds without a pop-in.
/// Thread-safe.
IndentResult analyzeIndent(const std::vector<double> &depthNm, const std::vector<double> &loadMicroNewton,
                           const std::vector<double> &timeS, double tipRadiusNm,
                           const IndentationSettings &settings, const IndentOverride &override = {});

/// The same for a Dataset with Quantity::Depth and Quantity::Load (and optionally Time) columns;
/// "fit_failed" with a message when a column is missing. Thread-safe.
IndentResult analyzeIndent(const Dataset &dataset, double tipRadiusNm, const IndentationSettings &settings,
                           const IndentOverride &override = {});

} // namespace gb
