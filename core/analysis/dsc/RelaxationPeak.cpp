#include "analysis/dsc/RelaxationPeak.h"

#include "analysis/dsc/DscUnits.h"
#include "analysis/dsc/PeakShape.h"
#include "analysis/dsc/SignalTools.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

using dsc::HalfWidth;
using dsc::Vertex;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RelaxationPeak", text);
}

/// Noise below this fraction of the peak height counts as none (exact synthetic curves).
constexpr double kNoiseFreeRatio = 1e-5;
/// Relative level below which a difference is rounding, not signal.
constexpr double kRoundingLevel = 1e-9;

void integrate(RelaxationPeak &peak, const std::vector<double> &T, const DscBaseline &baseline, double rate,
               std::optional<double> massNg, double shift)
{
    const auto &r = peak.residualMw;
    const double T1 = peak.lowerLimitK, T2 = peak.upperLimitK;
    peak.areaMwK = dsc::integrateTrapezoid(T, r, T1, T2);
    peak.endothermicAreaMwK = dsc::integratePositivePart(T, r, T1, T2);
    peak.enthalpyUj = enthalpyMicrojoules(peak.areaMwK, rate);
    peak.endothermicEnthalpyUj = enthalpyMicrojoules(peak.endothermicAreaMwK, rate);
    peak.enthalpyErrorUj = enthalpyMicrojoules(baseline.integralStandardError(T1, T2), rate);
    if (massNg)
        peak.specificEnthalpyJPerG = specificEnthalpyJoulesPerGram(peak.enthalpyUj, *massNg);
    peak.assumptions << tr("ΔH is the net area between %1 K and %2 K (endothermic part alone: %3 µJ)")
                            .arg(T1, 0, 'f', 2)
                            .arg(T2, 0, 'f', 2)
                            .arg(peak.endothermicEnthalpyUj, 0, 'g', 6);

    LimitSensitivity &s = peak.sensitivity;
    s.shiftK = shift;
    auto changed = [&](double a, double b) {
        return enthalpyMicrojoules(dsc::integrateTrapezoid(T, r, a, b), rate) - peak.enthalpyUj;
    };
    s.lowerMinusUj = changed(T1 - shift, T2);
    s.lowerPlusUj = changed(T1 + shift, T2);
    s.upperMinusUj = changed(T1, T2 - shift);
    s.upperPlusUj = changed(T1, T2 + shift);
    double largest = -1, outward = 0;
    for (double v : {s.lowerMinusUj, s.lowerPlusUj, s.upperMinusUj, s.upperPlusUj})
        if (std::isfinite(v))
            largest = std::max(largest, std::abs(v));
    for (double v : {s.lowerMinusUj, s.upperPlusUj})
        if (std::isfinite(v))
            outward = std::max(outward, std::abs(v));
    s.largestUj = largest >= 0 ? largest : std::numeric_limits<double>::quiet_NaN();
    const double tolerance = std::max(std::isfinite(peak.enthalpyErrorUj) ? peak.enthalpyErrorUj : 0.0,
                                      1e-3 * std::abs(peak.enthalpyUj));
    s.windowsNotFlat = outward > tolerance;
    if (s.windowsNotFlat)
        peak.warnings
            << tr("moving a limit %1 K outwards changes ΔH by %2 µJ, more than its error %3 µJ: the "
                  "baseline windows are not flat")
                   .arg(shift)
                   .arg(outward, 0, 'g', 3)
                   .arg(tolerance, 0, 'g', 3);
}

/// The smoothing half width (samples): the configured one, narrowed to about FWHM/5 of the
/// highest maximum (methods.md §1.4 step 2) so that a narrow peak is not broadened.
std::size_t smoothingHalfWidthFor(const std::vector<double> &T, const std::vector<double> &r,
                                  std::size_t begin, std::size_t end, std::size_t configured)
{
    if (configured < 2 || end < begin + 2 * configured + 2)
        return configured;
    const std::vector<double> s = dsc::savitzkyGolay(r, configured);
    std::size_t k = begin;
    for (std::size_t i = begin; i < end; ++i)
        if (s[i] > s[k])
            k = i;
    const HalfWidth half = dsc::halfLevelCrossings(T, s, k, 0.5 * s[k], begin, end);
    if (!half.ok)
        return configured;
    const double step = (T[end - 1] - T[begin]) / double(end - 1 - begin);
    const double samples = half.width() / 5 / step;
    const auto fitting = std::size_t(std::max(0.0, std::round((samples - 1) / 2)));
    return std::min(configured, fitting);
}

/// T_p, height and FWHM of the dominant maximum at sample k of the curve peak.smoothedMw.
void measureShape(RelaxationPeak &peak, const std::vector<double> &T, std::size_t k, std::size_t begin,
                  std::size_t end, const RelaxationPeakOptions &options)
{
    const auto &s = peak.smoothedMw;
    const auto &r = peak.residualMw;
    Vertex vertex;
    if (peak.smoothed) {
        // Least-squares quadratic through the raw samples where the smoothed peak is high.
        const double level = options.vertexFitLevel * s[k];
        std::size_t lo = k, hi = k + 1;
        while (lo > begin && s[lo - 1] >= level)
            --lo;
        while (hi < end && s[hi] >= level)
            ++hi;
        if (hi - lo >= 6) {
            vertex = dsc::cubicVertexFit(T, r, lo, hi);
            peak.vertexMethod = QStringLiteral("least-squares cubic");
            if (!vertex.ok) {
                vertex = dsc::quadraticVertexFit(T, r, lo, hi);
                peak.vertexMethod = QStringLiteral("least-squares quadratic");
            }
            peak.assumptions << tr("T_p: maximum of a %1 through the %2 samples above %3 % of the peak")
                                    .arg(peak.vertexMethod)
                                    .arg(hi - lo)
                                    .arg(100 * options.vertexFitLevel);
        }
    } else {
        vertex = dsc::logParabolicVertex(T[k - 1], r[k - 1], T[k], r[k], T[k + 1], r[k + 1]);
        peak.vertexMethod = QStringLiteral("log-parabola");
    }
    if (!vertex.ok) {
        vertex = dsc::parabolicVertex(T[k - 1], s[k - 1], T[k], s[k], T[k + 1], s[k + 1]);
        peak.vertexMethod = QStringLiteral("parabola");
    }
    if (!vertex.ok) {
        vertex.x = T[k];
        vertex.y = s[k];
        peak.vertexMethod = QStringLiteral("sample");
    }
    peak.peakTemperatureK = vertex.x;
    peak.peakTemperatureErrorK = vertex.xError;
    peak.peakHeightMw = vertex.y;
    if (peak.smoothed) {
        // A fit over the top fifth of the peak underestimates its height a little (the quartic
        // term); the smoothed curve's own maximum does not.
        const Vertex top = dsc::parabolicVertex(T[k - 1], s[k - 1], T[k], s[k], T[k + 1], s[k + 1]);
        if (top.ok)
            peak.peakHeightMw = top.y;
    }

    const HalfWidth half = dsc::halfLevelCrossings(T, s, k, 0.5 * vertex.y, begin, end);
    if (!half.ok) {
        peak.warnings << tr("the peak does not fall to half its height inside the limits; no FWHM");
        return;
    }
    peak.halfLeftK = half.left;
    peak.halfRightK = half.right;
    peak.fwhmK = half.width();
    if (half.multipleCrossings) {
        peak.multimodal = true;
        if (std::isfinite(half.envelopeWidth())) {
            peak.halfLeftK = half.outerLeft;
            peak.halfRightK = half.outerRight;
            peak.fwhmK = half.envelopeWidth();
        }
    }
}
} // namespace

RelaxationPeak analyzeRelaxationPeak(const std::vector<double> &T, const std::vector<double> &d,
                                     const DscBaseline &baseline, double rate, std::optional<double> massNg,
                                     const RelaxationPeakOptions &options)
{
    RelaxationPeak peak;
    const std::size_t n = T.size();
    peak.noiseMw = baseline.noiseMw;
    peak.lowerLimitK = options.lowerLimitK.value_or(baseline.glassWindow.highK);
    peak.upperLimitK = options.upperLimitK.value_or(baseline.liquidWindow.lowK);
    if (n < 10 || d.size() != n || !(rate > 0)) {
        peak.status = QStringLiteral("bad_data");
        peak.message = tr("the difference curve or the heating rate is missing");
        return peak;
    }
    peak.residualMw.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        peak.residualMw[i] = d[i] - baseline.valueAt(T[i]);
    const std::size_t begin = dsc::lowerIndex(T, peak.lowerLimitK);
    const std::size_t end = dsc::lowerIndex(T, std::nextafter(peak.upperLimitK, 1e300));
    if (!(peak.lowerLimitK < peak.upperLimitK) || peak.lowerLimitK < T.front() ||
        peak.upperLimitK > T.back() || end < begin + 5) {
        peak.status = QStringLiteral("out_of_range");
        peak.message = tr("the integration limits %1–%2 K do not lie inside the common grid %3–%4 K")
                           .arg(peak.lowerLimitK, 0, 'f', 2)
                           .arg(peak.upperLimitK, 0, 'f', 2)
                           .arg(T.front(), 0, 'f', 2)
                           .arg(T.back(), 0, 'f', 2);
        return peak;
    }
    integrate(peak, T, baseline, rate, massNg, options.sensitivityShiftK);

    double rawMax = 0;
    for (std::size_t i = begin; i < end; ++i)
        rawMax = std::max(rawMax, peak.residualMw[i]);
    peak.smoothed = options.smoothing == DscSmoothing::Always ||
                    (options.smoothing == DscSmoothing::Automatic && peak.noiseMw > kNoiseFreeRatio * rawMax);
    peak.smoothedMw = peak.residualMw;
    if (peak.smoothed) {
        const std::size_t halfWidth =
            smoothingHalfWidthFor(T, peak.residualMw, begin, end, options.smoothingHalfWidth);
        peak.smoothed = halfWidth >= 2; // a 3-point quadratic smoother changes nothing
        if (peak.smoothed) {
            peak.smoothedMw = dsc::savitzkyGolay(peak.residualMw, halfWidth);
            peak.assumptions
                << tr("T_p and FWHM on a quadratic Savitzky–Golay smoothing over %1 samples (%2 K)")
                       .arg(2 * halfWidth + 1)
                       .arg(T[begin + 2 * halfWidth] - T[begin], 0, 'f', 2);
        }
    }
    double smoothMax = 0, largest = 0, scale = 0;
    for (std::size_t i = begin; i < end; ++i) {
        smoothMax = std::max(smoothMax, peak.smoothedMw[i]);
        largest = std::max(largest, std::abs(peak.smoothedMw[i]));
    }
    for (double v : d)
        scale = std::max(scale, std::abs(v));
    // Noise-free curves: rounding (1e-9 of the signal) is the floor of the noise.
    const double noise = std::max(peak.noiseMw, kRoundingLevel * scale);
    const double minimumProminence =
        std::max(options.prominenceNoiseFactor * noise, options.minimumRelativeProminence * largest);
    const auto candidates = dsc::findPeaks(peak.smoothedMw, begin, end, minimumProminence);
    if (candidates.empty()) {
        peak.status = QStringLiteral("no_peak");
        peak.message = smoothMax > 0 ? tr("no endothermic maximum inside the limits stands out of the noise")
                                     : tr("the difference has no endothermic part inside the limits");
        return peak;
    }
    for (const auto &c : candidates) {
        const std::size_t k = c.index;
        const Vertex v = dsc::parabolicVertex(T[k - 1], peak.smoothedMw[k - 1], T[k], peak.smoothedMw[k],
                                              T[k + 1], peak.smoothedMw[k + 1]);
        peak.maxima.push_back(PeakMaximum{v.ok ? v.x : T[k], v.ok ? v.y : c.height, c.prominence});
    }
    measureShape(peak, T, candidates.front().index, begin, end, options);
    if (candidates.size() > 1)
        peak.multimodal = true;
    if (peak.multimodal) {
        peak.maxima.front().temperatureK = peak.peakTemperatureK;
        peak.warnings << tr("the peak is multimodal (%1 maxima); FWHM is the width of the envelope")
                             .arg(std::max<std::size_t>(candidates.size(), 2));
    }
    peak.status = QStringLiteral("ok");
    return peak;
}

} // namespace gb
