#include "analysis/dsc/Baseline.h"

#include "analysis/dsc/SignalTools.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DscBaseline", text);
}

/// Relative level below which a difference is rounding, not signal.
constexpr double kRoundingLevel = 1e-9;

/// One flag per sample, a byte each: std::vector<bool>'s bit access took a third of the
/// baseline's time.
using SampleFlags = std::vector<unsigned char>;

/// Samples of T inside the window, as [begin, end).
std::pair<std::size_t, std::size_t> samplesIn(const std::vector<double> &T, const TemperatureWindow &w)
{
    const std::size_t begin = dsc::lowerIndex(T, w.lowK);
    std::size_t end = begin;
    while (end < T.size() && T[end] <= w.highK)
        ++end;
    return {begin, end};
}

Result<LineFit> fitWindows(const std::vector<double> &T, const std::vector<double> &d,
                           const TemperatureWindow &g, const TemperatureWindow &l)
{
    std::vector<double> x, y;
    for (const TemperatureWindow &w : {g, l}) {
        const auto [begin, end] = samplesIn(T, w);
        for (std::size_t i = begin; i < end; ++i) {
            x.push_back(T[i]);
            y.push_back(d[i]);
        }
    }
    LineFit line = fitLine(x, y);
    if (!line.ok())
        return makeError(QStringLiteral("bad_data"),
                         tr("the baseline windows %1–%2 K and %3–%4 K hold too few points: %5")
                             .arg(g.lowK, 0, 'f', 1)
                             .arg(g.highK, 0, 'f', 1)
                             .arg(l.lowK, 0, 'f', 1)
                             .arg(l.highK, 0, 'f', 1)
                             .arg(line.message));
    return line;
}

/// σ_n of the difference in both windows, weighted by their sample counts.
double windowNoise(const std::vector<double> &T, const std::vector<double> &d, const TemperatureWindow &g,
                   const TemperatureWindow &l)
{
    double sum = 0, weight = 0;
    for (const TemperatureWindow &w : {g, l}) {
        const auto [begin, end] = samplesIn(T, w);
        if (end >= begin + 3) {
            sum += double(end - begin) * dsc::robustNoise(d, begin, end);
            weight += double(end - begin);
        }
    }
    return weight > 0 ? sum / weight : 0.0;
}

/// A flat stretch [first, last] (sample indices) nearest to `peak` on one side.
std::optional<TemperatureWindow> flatWindowNextTo(const std::vector<double> &T, const SampleFlags &flat,
                                                  std::size_t peak, bool below,
                                                  const BaselineOptions &options)
{
    const std::size_t n = T.size();
    if (below) {
        std::size_t i = peak;
        while (i > 0) {
            while (i > 0 && !flat[i - 1])
                --i;
            if (i == 0)
                break;
            const std::size_t last = i - 1;
            std::size_t first = last;
            while (first > 0 && flat[first - 1])
                --first;
            if (T[last] - T[first] >= options.minimumWindowWidthK)
                return TemperatureWindow{std::max(T[first], T[last] - options.windowWidthK), T[last]};
            i = first;
        }
    } else {
        std::size_t i = peak + 1;
        while (i < n) {
            while (i < n && !flat[i])
                ++i;
            if (i == n)
                break;
            const std::size_t first = i;
            std::size_t last = first;
            while (last + 1 < n && flat[last + 1])
                ++last;
            if (T[last] - T[first] >= options.minimumWindowWidthK)
                return TemperatureWindow{T[first], std::min(T[last], T[first] + options.windowWidthK)};
            i = last + 1;
        }
    }
    return std::nullopt;
}

/// Whether |mean of y over samples i ± halfWidth| ≤ max(noiseLevel/√count, floor) for each i
/// (the mean's threshold scales with its own standard error; fewer samples near the ends).
SampleFlags flatRunningMean(const std::vector<double> &y, std::size_t halfWidth, double noiseLevel,
                            double floor)
{
    const std::size_t n = y.size();
    std::vector<double> prefix(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        prefix[i + 1] = prefix[i] + y[i];
    SampleFlags flat(n, 1);
    if (halfWidth == 0)
        return flat;
    const auto threshold = [&](std::size_t count) {
        return std::max(noiseLevel / std::sqrt(double(count)), floor);
    };
    const double full = threshold(2 * halfWidth + 1); // the count away from the ends
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t a = i >= halfWidth ? i - halfWidth : 0;
        const std::size_t b = std::min(n, i + halfWidth + 1);
        const std::size_t count = b - a;
        flat[i] = std::abs((prefix[b] - prefix[a]) / double(count)) <=
                  (count == 2 * halfWidth + 1 ? full : threshold(count));
    }
    return flat;
}

bool sameWindow(const TemperatureWindow &a, const TemperatureWindow &b, double tolerance)
{
    return std::abs(a.lowK - b.lowK) <= tolerance && std::abs(a.highK - b.highK) <= tolerance;
}
} // namespace

double DscBaseline::integralStandardError(double a, double b) const
{
    const double length = b - a;
    const double mid = 0.5 * (a + b);
    const double variance = line.interceptError * line.interceptError + 2 * mid * line.covariance +
                            mid * mid * line.slopeError * line.slopeError;
    return std::abs(length) * std::sqrt(std::max(variance, 0.0));
}

Result<DscBaseline> fitDscBaseline(const std::vector<double> &T, const std::vector<double> &d,
                                   const BaselineOptions &options)
{
    const std::size_t n = T.size();
    if (n < 10 || d.size() != n)
        return makeError(QStringLiteral("bad_data"), tr("the difference curve has fewer than 10 points"));
    for (const auto &w : {options.glassWindow, options.liquidWindow})
        if (w && !w->isValid())
            return makeError(QStringLiteral("bad_data"),
                             tr("a baseline window has its low edge above its high edge"));

    DscBaseline baseline;
    baseline.glassAutomatic = !options.glassWindow;
    baseline.liquidAutomatic = !options.liquidWindow;
    const double range = T.back() - T.front();
    const double edgeWidth = std::min(options.windowWidthK, range / 5);
    const TemperatureWindow glassEdge{T.front(), T.front() + edgeWidth};
    const TemperatureWindow liquidEdge{T.back() - edgeWidth, T.back()};
    baseline.glassWindow = options.glassWindow.value_or(glassEdge);
    baseline.liquidWindow = options.liquidWindow.value_or(liquidEdge);

    const double gridStep = range / double(n - 1);
    // Exact synthetic curves have no noise; rounding must still not count as structure.
    // The flatness test runs on the smoothed residual, whose noise is σ_n·√c₀ (c₀: the filter's
    // central coefficient, equal to Σc² for a least-squares smoother).
    const double m = double(options.smoothingHalfWidth);
    const double smoothingGain =
        m > 0 ? std::sqrt(3 * (3 * m * m + 3 * m - 1) / ((2 * m + 1) * (4 * m * m + 4 * m - 3))) : 1.0;
    double noiseFloor = 0;
    for (double v : d)
        noiseFloor = std::max(noiseFloor, kRoundingLevel * std::abs(v));
    bool glassFound = !baseline.glassAutomatic, liquidFound = !baseline.liquidAutomatic;
    bool converged = false;
    std::optional<std::pair<TemperatureWindow, TemperatureWindow>> previous; ///< windows before the current
    // The smoother keeps straight lines (the curve is on a uniform grid), so the smoothed
    // residual about each trial line is the smoothed curve minus that line: one smoothing.
    const std::vector<double> smoothDifference = dsc::savitzkyGolay(d, options.smoothingHalfWidth);
    Result<LineFit> line = fitWindows(T, d, baseline.glassWindow, baseline.liquidWindow);
    for (int iteration = 0; iteration < 25 && line.ok(); ++iteration) {
        baseline.iterations = iteration + 1;
        baseline.noiseMw = windowNoise(T, d, baseline.glassWindow, baseline.liquidWindow);
        if (!baseline.glassAutomatic && !baseline.liquidAutomatic) {
            converged = true;
            break;
        }
        std::vector<double> residual(n);
        std::vector<double> smooth(n);
        for (std::size_t i = 0; i < n; ++i) {
            const double onLine = line->intercept + line->slope * T[i];
            residual[i] = d[i] - onLine;
            smooth[i] = smoothDifference[i] - onLine;
        }
        double largest = 0;
        std::size_t peak = 0, extreme = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (smooth[i] > smooth[peak])
                peak = i;
            if (std::abs(smooth[i]) > largest) {
                largest = std::abs(smooth[i]);
                extreme = i;
            }
        }
        const double threshold =
            std::max(options.flatnessNoiseFactor * std::max(baseline.noiseMw * smoothingGain, noiseFloor),
                     options.flatnessRelative * largest);
        baseline.flatnessThresholdMw = threshold;
        if (!(smooth[peak] > threshold))
            peak = extreme; // no endotherm: centre the search on the largest deviation
        if (!(largest > threshold)) {
            converged = true; // the whole difference is flat
            break;
        }
        // Flat also in the running mean: a slow tail of the peak (the reference relaxing in the
        // glass on slow heating) can stay below the per-sample threshold for tens of kelvin,
        // and a window on it lifts the baseline under the whole peak. Its mean over a few
        // kelvin is resolved far below the noise of single samples.
        const SampleFlags meanFlat =
            flatRunningMean(residual, std::size_t(std::lround(options.flatnessAveragingK / gridStep)),
                            options.flatnessNoiseFactor * baseline.noiseMw,
                            std::max(noiseFloor, options.flatnessRelative * largest));
        SampleFlags flat(n);
        for (std::size_t i = 0; i < n; ++i)
            flat[i] = std::abs(smooth[i]) <= threshold && meanFlat[i];
        TemperatureWindow glass = baseline.glassWindow, liquid = baseline.liquidWindow;
        if (baseline.glassAutomatic) {
            const auto found = flatWindowNextTo(T, flat, peak, true, options);
            glassFound = bool(found);
            glass = found.value_or(glassEdge);
        }
        if (baseline.liquidAutomatic) {
            const auto found = flatWindowNextTo(T, flat, peak, false, options);
            liquidFound = bool(found);
            liquid = found.value_or(liquidEdge);
        }
        if (sameWindow(glass, baseline.glassWindow, 0.5 * gridStep) &&
            sameWindow(liquid, baseline.liquidWindow, 0.5 * gridStep)) {
            converged = true;
            break;
        }
        if (previous && sameWindow(glass, previous->first, 0.5 * gridStep) &&
            sameWindow(liquid, previous->second, 0.5 * gridStep)) {
            // A two-cycle (a window edge flipping by a sample as the noise estimate follows
            // the window): settle on the outer window of each side, which keeps the peak's tails.
            baseline.glassWindow = glass.highK <= baseline.glassWindow.highK ? glass : baseline.glassWindow;
            baseline.liquidWindow =
                liquid.lowK >= baseline.liquidWindow.lowK ? liquid : baseline.liquidWindow;
            line = fitWindows(T, d, baseline.glassWindow, baseline.liquidWindow);
            baseline.noiseMw = windowNoise(T, d, baseline.glassWindow, baseline.liquidWindow);
            converged = true;
            break;
        }
        previous = std::make_pair(baseline.glassWindow, baseline.liquidWindow);
        baseline.glassWindow = glass;
        baseline.liquidWindow = liquid;
        line = fitWindows(T, d, glass, liquid);
    }
    if (!line.ok())
        return line.error();
    baseline.line = line.value();
    if (!converged)
        baseline.warnings << tr("the automatic baseline windows did not settle; the last ones were used");
    if (baseline.glassAutomatic && !glassFound)
        baseline.warnings
            << tr("no flat stretch below the peak; the glass window is the first %1 K of the grid")
                   .arg(edgeWidth, 0, 'f', 1);
    if (baseline.liquidAutomatic && !liquidFound)
        baseline.warnings
            << tr("no flat stretch above the peak; the liquid window is the last %1 K of the grid")
                   .arg(edgeWidth, 0, 'f', 1);
    baseline.assumptions << tr("baseline: least-squares line through %1 window %2–%3 K and %4 window %5–%6 K")
                                .arg(baseline.glassAutomatic ? tr("automatic glass") : tr("given glass"))
                                .arg(baseline.glassWindow.lowK, 0, 'f', 2)
                                .arg(baseline.glassWindow.highK, 0, 'f', 2)
                                .arg(baseline.liquidAutomatic ? tr("automatic liquid") : tr("given liquid"))
                                .arg(baseline.liquidWindow.lowK, 0, 'f', 2)
                                .arg(baseline.liquidWindow.highK, 0, 'f', 2);
    baseline.valuesMw.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        baseline.valuesMw[i] = baseline.valueAt(T[i]);
    return baseline;
}

} // namespace gb
