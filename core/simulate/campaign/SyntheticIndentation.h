#pragma once

// Nanoindentation part of a synthetic campaign (issue 4): load-controlled indents (600 µN/s to
// 3000 µN, 2 s hold, 5 s unload, sampled at 100 Hz) on a Hertzian branch P = 4/3·E_r·√R·(h − h₀)^{3/2}
// with R = 360 nm, a first pop-in whose load follows from a critical shear stress drawn per indent
// from an aging-time-dependent distribution, a plastic branch after it (h ∝ √P, Kick's law), creep in
// the hold, an Oliver–Pharr unloading, thermal drift and Gaussian noise. One Hysitron TriboScan array
// folder per aging time ("<array>/<array>_00000.txt" ...), a few indents per array without a pop-in
// (they stay elastic to the maximum load).
//
// The pop-in: τ* ~ normal(mean(t_a), sd(t_a)) truncated at ±3 sd; the critical load is
// P* = (τ*/0.31)³·π³R²/(6·E_r²). The burst starts right after the last sample whose load is below
// P* (load control samples the load), so the recorded pop-in load is the load at that sample.
//
// truth.csv (column `row` tells the two kinds of rows apart):
// * `indent` rows: file = the array folder as the manifest names it, segment = the indent's curve
//   name (its file name without ".txt", as the importer names the curve; ni_indents.csv writes
//   "<folder>#<curve>"); Er_GPa, R_nm, h0_nm (contact offset of the Hertz branch), drift_nm_per_s; P_popin_uN
//   and h_popin_nm = noise-free load and depth at the last sample before the burst (what the analysis reports
//   as the start of the pop-in), dh_popin_nm = the burst, P_critical_uN = P*, tau_c_GPa =
//   0.31·(6·E_r²·P_popin/(π³R²))^{1/3} (methods §4.1) — all empty for an indent without a pop-in —
//   and status (`ok` or `no_popin`).
// * `aging_time` rows (file = the array folder, segment empty), one per array: the generating
//   distribution's mean of τc and its normalised FWHM 2√(2 ln 2)·sd/mean (of the truncated normal):
//   model_tau_c_mean_GPa, model_tau_c_norm_fwhm; the same statistics of the array's truth τc values
//   computed with the analysis's definitions (popInStatistics: mean, ML Gaussian of τc/mean):
//   tau_c_mean_GPa, tau_c_norm_fwhm; n_indents, n_popin and Er_mean_GPa (mean truth E_r).

#include "io/writers/HysitronTxtWriter.h"
#include "simulate/campaign/SeededRandom.h"
#include "simulate/campaign/SyntheticCampaign.h"

#include <limits>
#include <vector>

namespace gb {

/// The design of the nanoindentation part.
struct SyntheticIndentationDesign {
    QString sample;
    double agingTemperatureK = 0;
    std::vector<double> agingTimesS;
    int indentsPerArray = 0;
    int indentsWithoutPopInPerArray = 0;
    double tipRadiusNm = 360;
    double loadingRateMicroNewtonPerS = 600;
    double maximumLoadMicroNewton = 3000;
    double holdS = 2;
    double unloadS = 5;
    double sampleRateHz = 100;
    double reducedModulusGpa = 90;    ///< mean E_r at the shortest aging time
    double reducedModulusSlope = 0.6; ///< GPa per decade of t_a
    double reducedModulusSdGpa = 1.0; ///< indent-to-indent spread
    double depthNoiseNm = 0.2;
    double loadNoiseMicroNewton = 0.3;
    double driftSdNmPerS = 0.03;
    double plasticCoefficient = 2.5; ///< κ of h = h* + burst + κ(√P − √P*), nm/√µN
    double creepNm = 1.0;            ///< c of the hold creep c·ln(1 + t/0.1 s)
    double elasticRecovery = 0.55;   ///< fraction of h_max − h₀ recovered on unloading

    /// Mean τc (GPa) and normalised FWHM of the untruncated generating normal at `agingTimeS`.
    double tauCMean(double agingTimeS) const;
    double tauCNormalizedFwhm(double agingTimeS) const;
    double reducedModulusMean(double agingTimeS) const;
};

/// small: 3 aging times × 20 indents; paper: 5 × 200 (T_a = 563 K).
SyntheticIndentationDesign indentationDesign(SyntheticCampaignSize size);

/// What one indent is made from.
struct SyntheticIndentParameters {
    double reducedModulusGpa = 90;
    double contactOffsetNm = 0; ///< h₀
    double driftNmPerS = 0;
    double criticalLoadMicroNewton = std::numeric_limits<double>::quiet_NaN(); ///< P*; NaN: no pop-in
    double burstNm = 0;
};

/// One generated indent: the curve as written (noisy) and its truth.
struct SyntheticIndent {
    QString fileName; ///< "<array>_00000.txt"
    HysitronIndent indent;
    SyntheticIndentParameters parameters;
    double tauCDrawnGpa = std::numeric_limits<double>::quiet_NaN(); ///< τ* drawn (NaN: no pop-in)
    int popInIndex = -1;                                            ///< last sample before the burst
    double popInLoadMicroNewton = std::numeric_limits<double>::quiet_NaN();
    double popInDepthNm = std::numeric_limits<double>::quiet_NaN();
    double tauCGpa = std::numeric_limits<double>::quiet_NaN();
    bool hasPopIn() const { return popInIndex >= 0; }
};

/// The indent of `parameters` with noise from `random`. Deterministic for a given stream state.
SyntheticIndent simulateIndent(const SyntheticIndentationDesign &design,
                               const SyntheticIndentParameters &parameters, SeededRandom &random);

/// One array (one aging time).
struct SyntheticIndentArray {
    QString folder; ///< "nanoindentation/<array>"
    double agingTimeS = 0;
    double modelTauCMeanGpa = 0; ///< of the truncated generating normal
    double modelTauCNormalizedFwhm = 0;
    std::vector<SyntheticIndent> indents;
};

/// The arrays of the part, from the random stream (seed, 0x4E49 "NI"). Deterministic.
std::vector<SyntheticIndentArray> simulateIndentArrays(const SyntheticIndentationDesign &design,
                                                       std::uint64_t seed);

} // namespace gb
