#pragma once

// The isothermal relaxation peak of equal ΔH for an isochronal scan (design.md "Path
// comparison", interfaces.md dsc_matched.csv): the curve a person lays beside and over the
// isochronal peak. No isothermal scan was measured at exactly that ΔH, so the curve is a blend
// of the two measured scans that bracket it, with the weight of the (log t_a, ΔH) interpolation
// that gives t_a_equiv, FWHM and T_p in dsc_matched.csv (matchIsothermalSeries). Before blending,
// each scan is shifted in temperature so that its T_p lies at the interpolated T_p: the peak
// moves by several kelvin per decade of t_a, and an unshifted blend of two such peaks is a
// smeared double hump whose top is not at the interpolated T_p. The curve is a picture of the
// interpolation, not a measurement: the interpolated FWHM and T_p of the table are the numbers
// of record.

#include "analysis/dsc/DscScanAnalysis.h"
#include "analysis/dsc/MatchedPairs.h"

#include <QString>

#include <limits>
#include <vector>

namespace gb {

/// One measured isothermal scan of a series with its baseline-subtracted relaxation peak.
struct IsothermalPeakScan {
    QString label;                                                      ///< names the scan for people
    double agingTimeS = std::numeric_limits<double>::quiet_NaN();       ///< t_a (s)
    double heatingRateKPerS = std::numeric_limits<double>::quiet_NaN(); ///< β (K/s)
    double enthalpyUj = std::numeric_limits<double>::quiet_NaN();       ///< net ΔH (µJ)
    double fwhmK = std::numeric_limits<double>::quiet_NaN();            ///< NaN unless the scan is "ok"
    double peakTemperatureK = std::numeric_limits<double>::quiet_NaN(); ///< NaN unless the scan is "ok"
    double peakHeightMw = std::numeric_limits<double>::quiet_NaN();     ///< above the baseline
    double halfLeftK = std::numeric_limits<double>::quiet_NaN();        ///< half-maximum crossings
    double halfRightK = std::numeric_limits<double>::quiet_NaN();
    double lowerLimitK = std::numeric_limits<double>::quiet_NaN(); ///< integration limits T1, T2
    double upperLimitK = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> temperatureK; ///< the common grid of the scan (K, increasing)
    std::vector<double> peakMw;       ///< ΔΦ − b on that grid (mW, endothermic positive)
};

/// The scan's peak as the campaign analysis measured it: ΔH always, T_p, FWHM, height and
/// half-maximum crossings only when the scan's status is "ok" (as in dsc_peaks.csv).
IsothermalPeakScan isothermalPeakScan(const DscScanResult &result, double agingTimeS, const QString &label);

/// The isothermal peak of equal ΔH, or the measured scan nearest in ΔH when there is none.
struct EqualEnthalpyPeak {
    enum class Kind {
        None,         ///< no curve (message says why)
        Interpolated, ///< blend of the two bracketing aging times (match.ok())
        NearestScan,  ///< ΔH outside the series (or too few aging times): the nearest measured scan
    };
    /// A measured scan in the curve, its weight (the weights sum to 1) and its shift.
    struct Part {
        std::size_t scan = 0; ///< index into the series given
        double weight = 0;
        double shiftK = 0; ///< added to the scan's temperatures: moves its T_p to the interpolated T_p
    };
    Kind kind = Kind::None;
    bool aligned = false; ///< the parts were shifted to the interpolated T_p
    QString message;
    IsothermalMatch match; ///< what dsc_matched.csv reports for this ΔH
    std::vector<Part> parts;
    double heatingRateKPerS = std::numeric_limits<double>::quiet_NaN(); ///< weighted mean β
    /// The curve on the union of the parts' integration windows: every part is zero outside its
    /// own window, so the curve steps (two points at one T) where a window ends.
    std::vector<double> temperatureK;
    std::vector<double> peakMw;
    double enthalpyUj = std::numeric_limits<double>::quiet_NaN(); ///< ∫curve dT/β: Σ weight·ΔH
    /// Interpolated: the match's T_p and FWHM; NearestScan: the scan's measured values.
    double peakTemperatureK = std::numeric_limits<double>::quiet_NaN();
    double fwhmK = std::numeric_limits<double>::quiet_NaN();
    /// Weighted like the curve: peak height (mW) and half-maximum crossings (K), whose distance
    /// is fwhmK when every part has them. NaN when a part lacks them.
    double peakHeightMw = std::numeric_limits<double>::quiet_NaN();
    double halfLeftK = std::numeric_limits<double>::quiet_NaN();
    double halfRightK = std::numeric_limits<double>::quiet_NaN();

    bool hasCurve() const { return kind != Kind::None && !temperatureK.empty(); }
};

/// The isothermal peak of ΔH `enthalpyUj` (µJ) on `series` (one sample, T_a and heating rate).
/// Matches ΔH with matchIsothermalSeries (scans with a finite ΔH and t_a > 0) and, when the match
/// is "ok", blends the peaks of the bracketing scans with weights 1 − w and w (split equally among
/// repeats of an aging time), each shifted by shiftᵢ = T_p − T_p,ᵢ (T_p interpolated; no shift
/// when a part has no T_p): curve(T) = β̄·Σ wᵢ·peakᵢ(T − shiftᵢ)/βᵢ on the union of their shifted
/// sample temperatures and window edges, so that its trapezoid area over β̄ is Σ wᵢ·ΔHᵢ, the
/// interpolated ΔH, up to rounding (a shift does not change an area). Nothing is extrapolated:
/// each scan is used only inside its integration window (which lies on its grid). Weight 0 or 1
/// gives the scan back unshifted. Otherwise (ΔH outside the series, one aging time) the curve is
/// the measured scan whose ΔH is nearest, unshifted. Pure; thread-safe.
EqualEnthalpyPeak equalEnthalpyIsothermalPeak(double enthalpyUj,
                                              const std::vector<IsothermalPeakScan> &series);

} // namespace gb
