#include "analysis/dsc/MatchedPeakCurves.h"

#include "analysis/dsc/DscUnits.h"
#include "analysis/dsc/SignalTools.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString tr(const char *text)
{
    return QCoreApplication::translate("MatchedPeakCurves", text);
}

bool usable(const IsothermalPeakScan &s)
{
    return std::isfinite(s.enthalpyUj) && s.agingTimeS > 0 && std::isfinite(s.agingTimeS);
}

/// The integration window lies on the scan's grid, and the grid carries the peak.
bool hasWindow(const IsothermalPeakScan &s)
{
    return s.temperatureK.size() >= 2 && s.peakMw.size() == s.temperatureK.size() &&
           s.lowerLimitK >= s.temperatureK.front() && s.upperLimitK <= s.temperatureK.back() &&
           s.lowerLimitK < s.upperLimitK && s.heatingRateKPerS > 0;
}

/// Σ factor(part)·value(scan); NaN as soon as one value is NaN.
template <typename Factor>
double weightedSum(const std::vector<EqualEnthalpyPeak::Part> &parts,
                   const std::vector<IsothermalPeakScan> &series, double IsothermalPeakScan::*member,
                   Factor factor)
{
    double sum = 0;
    for (const EqualEnthalpyPeak::Part &p : parts)
        sum += factor(p) * (series[p.scan].*member);
    return sum;
}

/// The blend β̄·Σ wᵢ·peakᵢ(T − shiftᵢ)/βᵢ, each part zero outside its (shifted) window, as a
/// polyline that is exact for the piecewise-linear peaks: every shifted sample temperature inside
/// a window and every shifted window edge is a node, and a node where a window starts or ends
/// carries the values from the left and from the right.
void blend(EqualEnthalpyPeak &out, const std::vector<IsothermalPeakScan> &series)
{
    std::vector<double> nodes, factor, lower, upper;
    for (const EqualEnthalpyPeak::Part &p : out.parts) {
        const IsothermalPeakScan &s = series[p.scan];
        factor.push_back(p.weight * out.heatingRateKPerS / s.heatingRateKPerS);
        lower.push_back(s.lowerLimitK + p.shiftK);
        upper.push_back(s.upperLimitK + p.shiftK);
        nodes.push_back(lower.back());
        nodes.push_back(upper.back());
        for (double t : s.temperatureK)
            if (t > s.lowerLimitK && t < s.upperLimitK)
                nodes.push_back(t + p.shiftK);
    }
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    auto value = [&](double t, bool fromLeft) {
        double sum = 0;
        for (std::size_t k = 0; k < out.parts.size(); ++k) {
            const IsothermalPeakScan &s = series[out.parts[k].scan];
            const bool inside = fromLeft ? (t > lower[k] && t <= upper[k]) : (t >= lower[k] && t < upper[k]);
            if (!inside)
                continue;
            // Back on the scan's own axis, kept inside its window against rounding.
            const double own = std::clamp(t - out.parts[k].shiftK, s.lowerLimitK, s.upperLimitK);
            sum += factor[k] * dsc::interpolateLinear(s.temperatureK, s.peakMw, own);
        }
        return sum;
    };
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const double left = i > 0 ? value(nodes[i], true) : kNaN;
        if (i > 0) {
            out.temperatureK.push_back(nodes[i]);
            out.peakMw.push_back(left);
        }
        if (i + 1 < nodes.size()) {
            const double right = value(nodes[i], false);
            if (i == 0 || right != left) {
                out.temperatureK.push_back(nodes[i]);
                out.peakMw.push_back(right);
            }
        }
    }
    double area = 0;
    for (std::size_t i = 0; i + 1 < out.temperatureK.size(); ++i)
        area += 0.5 * (out.peakMw[i] + out.peakMw[i + 1]) * (out.temperatureK[i + 1] - out.temperatureK[i]);
    out.enthalpyUj = enthalpyMicrojoules(area, out.heatingRateKPerS);
}

/// Moves every part's T_p to the interpolated T_p (when there are several parts and all have a
/// T_p): peaks that shift with t_a then add up to one peak instead of smearing into two.
void alignPeaks(EqualEnthalpyPeak &out, const std::vector<IsothermalPeakScan> &series)
{
    if (out.parts.size() < 2 || !std::isfinite(out.peakTemperatureK))
        return;
    for (const EqualEnthalpyPeak::Part &p : out.parts)
        if (!std::isfinite(series[p.scan].peakTemperatureK))
            return;
    for (EqualEnthalpyPeak::Part &p : out.parts)
        p.shiftK = out.peakTemperatureK - series[p.scan].peakTemperatureK;
    out.aligned = true;
}

void addParts(EqualEnthalpyPeak &out, const std::vector<std::size_t> &sources, double weight)
{
    if (!(weight > 0) || sources.empty())
        return;
    for (std::size_t s : sources)
        out.parts.push_back(EqualEnthalpyPeak::Part{s, weight / double(sources.size())});
}
} // namespace

IsothermalPeakScan isothermalPeakScan(const DscScanResult &result, double agingTimeS, const QString &label)
{
    IsothermalPeakScan s;
    s.label = label;
    s.agingTimeS = agingTimeS;
    s.heatingRateKPerS = result.heatingRateKPerS;
    const RelaxationPeak &p = result.peak;
    s.enthalpyUj = p.enthalpyUj;
    s.lowerLimitK = p.lowerLimitK;
    s.upperLimitK = p.upperLimitK;
    s.temperatureK = result.aligned.temperatureK;
    s.peakMw = p.residualMw;
    if (result.ok()) {
        s.fwhmK = p.fwhmK;
        s.peakTemperatureK = p.peakTemperatureK;
        s.peakHeightMw = p.peakHeightMw;
        s.halfLeftK = p.halfLeftK;
        s.halfRightK = p.halfRightK;
    }
    return s;
}

EqualEnthalpyPeak equalEnthalpyIsothermalPeak(double enthalpyUj,
                                              const std::vector<IsothermalPeakScan> &series)
{
    EqualEnthalpyPeak out;
    std::vector<IsothermalPoint> points;
    for (std::size_t i = 0; i < series.size(); ++i)
        if (usable(series[i]))
            points.push_back(IsothermalPoint{series[i].agingTimeS, series[i].enthalpyUj, series[i].fwhmK,
                                             series[i].peakTemperatureK, i});
    out.match = matchIsothermalSeries(enthalpyUj, points);
    if (!std::isfinite(enthalpyUj) || points.empty()) {
        out.message = !std::isfinite(enthalpyUj) ? tr("the isochronal scan has no ΔH")
                                                 : tr("no isothermal scan of the series has a ΔH");
        return out;
    }
    if (out.match.ok()) {
        out.kind = EqualEnthalpyPeak::Kind::Interpolated;
        addParts(out, out.match.lowerSources, 1.0 - out.match.weight);
        addParts(out, out.match.upperSources, out.match.weight);
        out.peakTemperatureK = out.match.peakTemperatureK;
        out.fwhmK = out.match.fwhmK;
        out.message = tr("interpolated between the isothermal scans of t_a = %1 s and %2 s (weight %3 on the "
                         "longer); the interpolated T_p and FWHM are the numbers of record")
                          .arg(series[out.match.lowerSources.front()].agingTimeS, 0, 'g', 6)
                          .arg(series[out.match.upperSources.front()].agingTimeS, 0, 'g', 6)
                          .arg(out.match.weight, 0, 'f', 3);
    } else {
        const auto nearest = std::min_element(
            points.begin(), points.end(), [&](const IsothermalPoint &a, const IsothermalPoint &b) {
                return std::abs(a.enthalpyUj - enthalpyUj) < std::abs(b.enthalpyUj - enthalpyUj);
            });
        out.kind = EqualEnthalpyPeak::Kind::NearestScan;
        out.parts.push_back(EqualEnthalpyPeak::Part{nearest->source, 1.0});
        out.peakTemperatureK = nearest->peakTemperatureK;
        out.fwhmK = nearest->fwhmK;
        out.message = tr("no isothermal scan of equal ΔH (%1); the measured scan of nearest ΔH, t_a = %2 s, "
                         "is shown")
                          .arg(out.match.message)
                          .arg(nearest->agingTimeS, 0, 'g', 6);
    }
    for (const EqualEnthalpyPeak::Part &p : out.parts)
        if (!hasWindow(series[p.scan])) {
            out.kind = EqualEnthalpyPeak::Kind::None;
            out.message =
                tr("the isothermal scan %1 has no integrated peak to draw").arg(series[p.scan].label);
            return out;
        }
    out.heatingRateKPerS = weightedSum(out.parts, series, &IsothermalPeakScan::heatingRateKPerS,
                                       [](const auto &p) { return p.weight; });
    const auto byWeight = [](const EqualEnthalpyPeak::Part &p) { return p.weight; };
    const auto byHeight = [&](const EqualEnthalpyPeak::Part &p) {
        return p.weight * out.heatingRateKPerS / series[p.scan].heatingRateKPerS;
    };
    out.peakHeightMw = weightedSum(out.parts, series, &IsothermalPeakScan::peakHeightMw, byHeight);
    out.halfLeftK = weightedSum(out.parts, series, &IsothermalPeakScan::halfLeftK, byWeight);
    out.halfRightK = weightedSum(out.parts, series, &IsothermalPeakScan::halfRightK, byWeight);
    alignPeaks(out, series);
    blend(out, series);
    return out;
}

} // namespace gb
