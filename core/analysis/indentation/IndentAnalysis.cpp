#include "analysis/indentation/IndentAnalysis.h"

#include "data/Dataset.h"
#include "fit/HertzModel.h"
#include "fit/LinearRegression.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("IndentAnalysis", text);
}

/// Median of x over ±2 samples around index i.
double localMedian(const std::vector<double> &x, int i)
{
    const int n = int(x.size());
    std::vector<double> w;
    for (int j = std::max(0, i - 2); j <= std::min(n - 1, i + 2); ++j)
        w.push_back(x[std::size_t(j)]);
    std::nth_element(w.begin(), w.begin() + std::ptrdiff_t(w.size() / 2), w.end());
    return w[w.size() / 2];
}

/// How far x(t) bends away from a straight line between its ends (0 for a constant rate).
double curvature(const std::vector<double> &x, const std::vector<double> &t)
{
    const int n = int(x.size());
    const double t0 = t.front();
    const double t1 = t.back();
    const double tm = 0.5 * (t0 + t1);
    int mid = 0;
    while (mid < n - 1 && t[std::size_t(mid)] < tm)
        ++mid;
    const double x0 = localMedian(x, 0);
    const double x1 = localMedian(x, n - 1);
    const double xm = localMedian(x, mid);
    const double span = std::abs(x1 - x0);
    if (span <= 0.0)
        return std::numeric_limits<double>::infinity();
    const double f = (tm - t0) / (t1 - t0);
    return std::abs(xm - (x0 + f * (x1 - x0))) / span;
}

/// Load or displacement control from the curve itself. A pop-in is a jump of the free quantity
/// while the controlled one moves on smoothly: a depth burst under load control, a load drop
/// under displacement control. When one of the two stands far out of its scatter it decides;
/// otherwise the controlled quantity is the one that grows more nearly at a constant rate.
/// (By rates alone, a constant-strain-rate test, whose load grows exponentially, passed for
/// displacement-controlled.)
IndentControlMode detectControlMode(const std::vector<double> &h, const std::vector<double> &p,
                                    const StepScatter &depthSteps, const StepScatter &loadSteps,
                                    const std::vector<double> &t, bool hasTime)
{
    constexpr double kClearJump = 20.0; // robust standard deviations
    const double burst = largestStepInSigmas(depthSteps, false);
    const double drop = largestStepInSigmas(loadSteps, true);
    if (std::max(burst, drop) > kClearJump)
        return burst > drop ? IndentControlMode::Load : IndentControlMode::Displacement;
    return hasTime && curvature(h, t) < curvature(p, t) ? IndentControlMode::Displacement
                                                        : IndentControlMode::Load;
}

HertzFitResult fitWindow(const std::vector<double> &h, const std::vector<double> &p, int begin, int end,
                         double radius)
{
    HertzFitOptions options;
    options.tipRadiusNm = radius;
    return fitHertz(std::vector<double>(h.begin() + begin, h.begin() + end),
                    std::vector<double>(p.begin() + begin, p.begin() + end), options);
}
} // namespace

void IndentResult::hertzCurve(std::vector<double> &depthNm, std::vector<double> &loadMicroNewton) const
{
    depthNm.clear();
    loadMicroNewton.clear();
    if (!hertz.ok())
        return;
    const int end = popIns.empty() ? int(loadingDepthNm.size()) : popIns.front().startIndex + 1;
    for (int i = 0; i < end; ++i) {
        const double d = std::max(0.0, loadingDepthNm[std::size_t(i)] - hertz.offset);
        depthNm.push_back(loadingDepthNm[std::size_t(i)]);
        loadMicroNewton.push_back(hertz.prefactor * d * std::sqrt(d));
    }
}

IndentResult analyzeIndent(const std::vector<double> &depth, const std::vector<double> &load,
                           const std::vector<double> &time, double radius,
                           const IndentationSettings &settings, const IndentOverride &override)
{
    IndentResult r;
    r.tipRadiusNm = radius;
    if (override.rejected) {
        r.status = QStringLiteral("rejected");
        r.message = tr("left out by the user");
    }
    // Loading segment: finite samples up to the maximum load.
    const std::size_t n0 = std::min(depth.size(), load.size());
    const bool hasTime = time.size() >= n0;
    std::vector<double> t;
    r.loadingDepthNm.reserve(n0);
    r.loadingLoadMicroNewton.reserve(n0);
    t.reserve(n0);
    for (std::size_t i = 0; i < n0; ++i)
        if (std::isfinite(load[i]) && std::isfinite(depth[i])) {
            r.loadingDepthNm.push_back(depth[i]);
            r.loadingLoadMicroNewton.push_back(load[i]);
            t.push_back(hasTime ? time[i] : double(i));
        }
    const std::size_t peak =
        r.loadingLoadMicroNewton.empty()
            ? 0
            : std::size_t(std::max_element(r.loadingLoadMicroNewton.begin(), r.loadingLoadMicroNewton.end()) -
                          r.loadingLoadMicroNewton.begin());
    r.loadingDepthNm.resize(std::min(peak + 1, r.loadingDepthNm.size()));
    r.loadingLoadMicroNewton.resize(r.loadingDepthNm.size());
    t.resize(r.loadingDepthNm.size());
    std::vector<double> &h = r.loadingDepthNm;
    std::vector<double> &p = r.loadingLoadMicroNewton;
    const int n = int(h.size());
    if (!(radius > 0.0)) {
        r.status = r.status.isEmpty() ? QStringLiteral("fit_failed") : r.status;
        r.message = tr("no tip radius");
        return r;
    }
    if (n < 10) {
        if (r.status.isEmpty()) {
            r.status = QStringLiteral("fit_failed");
            r.message = tr("the loading segment has fewer than 10 points");
        }
        return r;
    }

    const StepScatter depthSteps = stepScatter(h);
    StepScatter loadSteps = stepScatter(p);
    r.controlMode = settings.controlMode;
    if (r.controlMode == IndentControlMode::Auto)
        r.controlMode = detectControlMode(h, p, depthSteps, loadSteps, t, hasTime);

    // Fit window from the override.
    int begin = 0;
    int limit = n;
    if (override.fitMinimumDepthNm)
        while (begin < n && h[std::size_t(begin)] < *override.fitMinimumDepthNm)
            ++begin;
    if (override.fitMaximumDepthNm)
        for (int i = begin; i < n; ++i)
            if (h[std::size_t(i)] > *override.fitMaximumDepthNm) {
                limit = i;
                break;
            }

    auto endBefore = [&](const std::vector<PopInEvent> &events) {
        return events.empty() ? limit : std::min(limit, events.front().startIndex + 1);
    };
    std::vector<PopInEvent> events =
        detectPopIns(h, p, depthSteps, loadSteps, r.controlMode, settings.detector);
    int end = endBefore(events);
    auto failed = [&](const QString &why) {
        if (r.status.isEmpty()) {
            r.status = QStringLiteral("fit_failed");
            r.message = why;
        }
        r.popIns = events;
        return r;
    };
    if (end - begin < 5)
        return failed(tr("fewer than 5 points before the first pop-in"));
    r.hertz = fitWindow(h, p, begin, end, radius);
    if (!r.hertz.ok())
        return failed(tr("Hertz fit failed: %1").arg(r.hertz.message));

    // Pre-contact load baseline (drift, transducer spring), when the approach was recorded.
    std::vector<double> ah;
    std::vector<double> ap;
    for (int i = 0; i < end; ++i)
        if (h[std::size_t(i)] < r.hertz.offset - 2.0) {
            ah.push_back(h[std::size_t(i)]);
            ap.push_back(p[std::size_t(i)]);
        }
    if (ah.size() >= 5) {
        const LineFit line = fitLine(ah, ap);
        if (line.ok()) {
            r.baselineSlope = line.slope;
            r.baselineOffset = line.intercept - line.slope * line.xMean;
            for (int i = 0; i < n; ++i)
                p[std::size_t(i)] -= r.baselineOffset + r.baselineSlope * h[std::size_t(i)];
            loadSteps = stepScatter(p);
            r.hertz = fitWindow(h, p, begin, end, radius);
            if (!r.hertz.ok())
                return failed(tr("Hertz fit failed after the baseline correction: %1").arg(r.hertz.message));
        }
    }

    for (int pass = 0; pass < std::max(1, settings.passes); ++pass) {
        events = detectPopIns(h, p, depthSteps, loadSteps, r.controlMode, settings.detector,
                              r.hertz.prefactor, r.hertz.offset, end);
        const int next = endBefore(events);
        if (next == end)
            break;
        end = next;
        if (end - begin < 5)
            return failed(tr("fewer than 5 points before the first pop-in"));
        r.hertz = fitWindow(h, p, begin, end, radius);
        if (!r.hertz.ok())
            return failed(tr("Hertz fit failed: %1").arg(r.hertz.message));
    }
    r.fitBegin = begin;
    r.fitEnd = end;
    r.popIns = events;
    if (!r.status.isEmpty())
        return r; // rejected: the values stay for the GUI but not for the statistics
    if (events.empty()) {
        r.status = QStringLiteral("no_popin");
        r.message = tr("no pop-in on the loading segment");
        return r;
    }
    r.tauCGpa = hertz::maxShearStress(events.front().loadMicroNewton, r.hertz.reducedModulus, radius);
    r.status = QStringLiteral("ok");
    return r;
}

IndentResult analyzeIndent(const Dataset &dataset, double radius, const IndentationSettings &settings,
                           const IndentOverride &override)
{
    const Column *h = dataset.column(Quantity::Depth);
    const Column *p = dataset.column(Quantity::Load);
    const Column *t = dataset.column(Quantity::Time);
    if (!h || !p) {
        IndentResult r;
        r.status = override.rejected ? QStringLiteral("rejected") : QStringLiteral("fit_failed");
        r.message = tr("the curve has no depth or no load column");
        return r;
    }
    return analyzeIndent(h->values, p->values, t ? t->values : std::vector<double>{}, radius, settings,
                         override);
}

} // namespace gb
