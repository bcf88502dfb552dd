#pragma once

// The relaxation (enthalpy-recovery) peak of a baseline-corrected difference curve
// (methods.md §1.3–1.4): ΔH between the integration limits (net and endothermic part), its
// sensitivity to the limits, T_p with sub-sample interpolation, FWHM at half of the interpolated
// height, and a multimodal flag when the peak splits.

#include "analysis/dsc/Baseline.h"

#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace gb {

/// How the peak is measured.
struct RelaxationPeakOptions {
    std::optional<double> lowerLimitK; ///< T1; default: the glass window's upper edge
    std::optional<double> upperLimitK; ///< T2; default: the liquid window's lower edge
    double sensitivityShiftK = 5.0;
    DscSmoothing smoothing = DscSmoothing::Automatic;
    std::size_t smoothingHalfWidth = 0; ///< Savitzky–Golay half width in samples
    double prominenceNoiseFactor = 5.0;
    double minimumRelativeProminence = 0.05;
    double vertexFitLevel = 0.8;
};

/// One local maximum of the peak (several when it splits).
struct PeakMaximum {
    double temperatureK = 0;
    double heightMw = 0;
    double prominenceMw = 0;
};

/// ΔH when an integration limit is moved by ±shift (µJ, change from the reported ΔH; NaN when
/// the moved limit leaves the grid).
struct LimitSensitivity {
    double shiftK = 5.0;
    double lowerMinusUj = std::numeric_limits<double>::quiet_NaN();
    double lowerPlusUj = std::numeric_limits<double>::quiet_NaN();
    double upperMinusUj = std::numeric_limits<double>::quiet_NaN();
    double upperPlusUj = std::numeric_limits<double>::quiet_NaN();
    double largestUj = std::numeric_limits<double>::quiet_NaN(); ///< largest |change| of the four
    bool windowsNotFlat = false; ///< moving a limit outwards changed ΔH by more than its error
};

/// Everything measured on the relaxation peak, with what was assumed.
struct RelaxationPeak {
    QString status; ///< "ok", "no_peak" (ΔH valid, no T_p/FWHM), "out_of_range" (bad limits)
    QString message;
    double lowerLimitK = std::numeric_limits<double>::quiet_NaN();
    double upperLimitK = std::numeric_limits<double>::quiet_NaN();
    double areaMwK = std::numeric_limits<double>::quiet_NaN();            ///< net ∫(ΔΦ − b) dT
    double endothermicAreaMwK = std::numeric_limits<double>::quiet_NaN(); ///< positive part only
    double enthalpyUj = std::numeric_limits<double>::quiet_NaN();         ///< net ΔH (reported)
    double endothermicEnthalpyUj = std::numeric_limits<double>::quiet_NaN();
    double enthalpyErrorUj = std::numeric_limits<double>::quiet_NaN(); ///< from the baseline's uncertainty
    double specificEnthalpyJPerG = std::numeric_limits<double>::quiet_NaN(); ///< needs the mass
    LimitSensitivity sensitivity;
    double peakTemperatureK = std::numeric_limits<double>::quiet_NaN();
    double peakTemperatureErrorK = std::numeric_limits<double>::quiet_NaN(); ///< least-squares vertex only
    double peakHeightMw = std::numeric_limits<double>::quiet_NaN(); ///< interpolated, above the baseline
    double fwhmK = std::numeric_limits<double>::quiet_NaN();        ///< envelope width when multimodal
    double halfLeftK = std::numeric_limits<double>::quiet_NaN();
    double halfRightK = std::numeric_limits<double>::quiet_NaN();
    bool multimodal = false;
    std::vector<PeakMaximum> maxima; ///< by decreasing prominence; the first is the dominant one
    QString vertexMethod;  ///< "log-parabola", "parabola", "least-squares cubic" or "least-squares quadratic"
    bool smoothed = false; ///< T_p and FWHM were measured on the smoothed curve
    double noiseMw = 0;
    std::vector<double> residualMw; ///< ΔΦ − b on the grid
    std::vector<double> smoothedMw; ///< what T_p and FWHM were measured on
    QStringList assumptions;
    QStringList warnings;

    bool ok() const { return status == QLatin1String("ok"); }
};

/// Measures the peak of `differenceMw` (relaxed − reference, endothermic positive) above
/// `baseline` on `temperatureK` (increasing), for a scan at `heatingRateKPerS` (K/s) of a sample
/// of `massNg` (ng; optional). Smoothing is applied only to locate T_p and the half-height
/// crossings, never to the integrals. Pure; thread-safe.
RelaxationPeak analyzeRelaxationPeak(const std::vector<double> &temperatureK,
                                     const std::vector<double> &differenceMw, const DscBaseline &baseline,
                                     double heatingRateKPerS, std::optional<double> massNg,
                                     const RelaxationPeakOptions &options);

} // namespace gb
