#include "analysis/indentation/PopInDetector.h"

#include "analysis/indentation/RunningMedian.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gb {

namespace {
/// The first sample at which the depth has left the scatter of the first samples (the approach
/// or the first touch) by five robust standard deviations: the tip is then clearly in contact.
int contactIndex(const std::vector<double> &h, int n)
{
    const int m = std::max(8, n / 50);
    std::vector<double> start;
    for (int i = 0; i < std::min(m, n); ++i)
        if (std::isfinite(h[std::size_t(i)]))
            start.push_back(h[std::size_t(i)]);
    if (start.empty())
        return 0;
    const double level = median(start) + 5.0 * robustSigma(start);
    for (int i = 0; i < n; ++i)
        if (h[std::size_t(i)] > level)
            return i;
    return n;
}

std::vector<double> increments(const std::vector<double> &x)
{
    std::vector<double> d(x.size(), 0.0);
    for (std::size_t i = 1; i < x.size(); ++i)
        d[i] = x[i] - x[i - 1];
    return d;
}
} // namespace

StepScatter stepScatter(const std::vector<double> &x)
{
    StepScatter scatter;
    scatter.steps = minusRunningMedian(increments(x), kStepMedianHalfWidth);
    if (scatter.steps.size() > 1) // the first increment is not a step
        scatter.sigma = robustSigma(std::vector<double>(scatter.steps.begin() + 1, scatter.steps.end()));
    return scatter;
}

double largestStepInSigmas(const StepScatter &scatter, bool drop)
{
    if (scatter.steps.size() < 9)
        return 0.0;
    double largest = -std::numeric_limits<double>::infinity();
    for (auto v = scatter.steps.begin() + 1; v != scatter.steps.end(); ++v) {
        const double step = drop ? -*v : *v;
        if (lessNanLast(largest, step))
            largest = step;
    }
    return scatter.sigma > 0.0 && std::isfinite(largest) ? largest / scatter.sigma : 0.0;
}

std::vector<PopInEvent> detectPopIns(const std::vector<double> &h, const std::vector<double> &p,
                                     IndentControlMode mode, const PopInDetectorSettings &s, double a,
                                     double h0, int validEnd)
{
    return detectPopIns(h, p, stepScatter(h), stepScatter(p), mode, s, a, h0, validEnd);
}

std::vector<PopInEvent> detectPopIns(const std::vector<double> &h, const std::vector<double> &p,
                                     const StepScatter &depthSteps, const StepScatter &loadSteps,
                                     IndentControlMode mode, const PopInDetectorSettings &s, double a,
                                     double h0, int validEnd)
{
    const int n = int(std::min(h.size(), p.size()));
    if (n < 8 || int(depthSteps.steps.size()) < n || int(loadSteps.steps.size()) < n)
        return {};
    if (validEnd < 0 || validEnd > n)
        validEnd = n;
    const bool displacement = mode == IndentControlMode::Displacement;
    const int half = kStepMedianHalfWidth;
    const std::vector<double> &dh = depthSteps.steps;
    const std::vector<double> &dp = loadSteps.steps;
    const double sdH = depthSteps.sigma;
    const double sdP = loadSteps.sigma;

    std::vector<char> flag(std::size_t(n), 0);
    std::vector<char> byResidual(std::size_t(n), 0);
    int firstIncrement = n;
    // Near the contact the increments follow the steep start of the Hertz curve and the contact
    // itself. The search starts a running-median window after the load first reached 1 % of its
    // maximum, or two windows after the depth left the scatter of a recorded approach (five robust
    // standard deviations) if that comes first: on a deep indent 1 % of the maximum load (1 mN of
    // 100 mN) lies above a 30 nm first pop-in at 0.5 mN. (A start at 5 % of the maximum load hid
    // every pop-in below it, e.g. below 150 µN on a 3000 µN indent.)
    const double pStart = 0.01 * *std::max_element(p.begin(), p.begin() + n);
    int searchFrom = contactIndex(h, n) + 2 * half;
    for (int i = 0; i < n; ++i)
        if (p[std::size_t(i)] >= pStart) {
            searchFrom = std::min(searchFrom, i + half);
            break;
        }
    for (int i = 1; i < n; ++i) {
        const std::size_t k = std::size_t(i);
        if (i - 1 < searchFrom)
            continue;
        bool hit = false;
        if (displacement)
            hit = dp[k] < -std::max(s.k * sdP, s.minimumLoadDropMicroNewton);
        else
            hit = dh[k] > std::max(s.k * sdH, s.minimumBurstNm) && dp[k] < s.k * std::max(sdP, 1e-12);
        if (hit) {
            flag[k] = 1;
            firstIncrement = std::min(firstIncrement, i);
        }
    }

    if (a > 0.0 && std::isfinite(a) && std::isfinite(h0) && !displacement) {
        double pMax = 0.0;
        for (int i = 0; i < validEnd; ++i)
            pMax = std::max(pMax, p[std::size_t(i)]);
        const double pLow = s.residualMinimumLoadFraction * pMax;
        std::vector<double> r(std::size_t(n), std::numeric_limits<double>::quiet_NaN());
        for (int i = 0; i < n; ++i)
            if (p[std::size_t(i)] > pLow && p[std::size_t(i)] > 0.0)
                r[std::size_t(i)] = h[std::size_t(i)] - h0 - std::pow(p[std::size_t(i)] / a, 2.0 / 3.0);
        const int m = std::max(1, s.lag);
        std::vector<double> lagged;
        for (int i = m; i < validEnd; ++i)
            if (std::isfinite(r[std::size_t(i)]) && std::isfinite(r[std::size_t(i - m)]))
                lagged.push_back(r[std::size_t(i)] - r[std::size_t(i - m)]);
        if (lagged.size() >= 8) {
            const double threshold = std::max(s.k * robustSigma(lagged), s.minimumBurstNm);
            const int last = std::min(n, firstIncrement + 1);
            for (int i = m; i < last; ++i) {
                const double d = r[std::size_t(i)] - r[std::size_t(i - m)];
                if (std::isfinite(d) && d > threshold) {
                    // The burst starts at the largest residual step within the lag.
                    int start = i;
                    double largest = -std::numeric_limits<double>::infinity();
                    for (int j = i - m + 1; j <= i; ++j) {
                        const double step = r[std::size_t(j)] - r[std::size_t(j - 1)];
                        if (std::isfinite(step) && step > largest) {
                            largest = step;
                            start = j;
                        }
                    }
                    for (int j = start; j <= i; ++j) {
                        flag[std::size_t(j)] = 1;
                        byResidual[std::size_t(j)] = 1;
                    }
                    break;
                }
            }
        }
    }

    std::vector<PopInEvent> events;
    for (int i = 1; i < n;) {
        if (!flag[std::size_t(i)]) {
            ++i;
            continue;
        }
        int j = i;
        bool residual = false;
        while (j < n && flag[std::size_t(j)]) {
            residual = residual || byResidual[std::size_t(j)];
            ++j;
        }
        PopInEvent e;
        e.startIndex = i - 1;
        e.endIndex = j - 1;
        e.loadMicroNewton = p[std::size_t(i - 1)];
        e.depthNm = h[std::size_t(i - 1)];
        e.burstNm = h[std::size_t(j - 1)] - h[std::size_t(i - 1)];
        e.byResidual = residual;
        events.push_back(e);
        i = j;
    }
    return events;
}

} // namespace gb
