#include "analysis/indentation/RunningMedian.h"

#include "support/RobustStatistics.h"

#include <algorithm>
#include <cmath>

namespace gb {

bool lessNanLast(double a, double b)
{
    return !std::isnan(a) && (std::isnan(b) || a < b);
}

namespace {
/// x minus its running median over ±half samples, with `less` ordering the sorted window. The
/// window is kept sorted as it slides (one value out and one in per sample), which gives
/// the same medians as sorting each window anew. It is short (2·half + 1 values) and shifted in
/// place rather than through vector insert/erase, which cost more than the comparisons.
template <typename Less>
std::vector<double> subtractRunningMedian(const std::vector<double> &x, int half, Less less)
{
    const int n = int(x.size());
    std::vector<double> out(x.size());
    std::vector<double> window(std::size_t(2 * half + 2));
    std::size_t size = 0;
    auto insert = [&](double v) { // after equal values, as upper_bound
        std::size_t at = size++;
        for (; at > 0 && less(v, window[at - 1]); --at)
            window[at] = window[at - 1];
        window[at] = v;
    };
    auto find = [&](double v) { // the first value not below v, which is v itself
        std::size_t at = 0;
        while (at < size && less(window[at], v))
            ++at;
        return at;
    };
    auto remove = [&](double v) {
        for (std::size_t at = find(v), last = --size; at < last; ++at)
            window[at] = window[at + 1];
    };
    // The value leaving the window and the one entering it, in one pass: the values between
    // their places move by one, the rest stay (the same window as removing, then inserting).
    auto replace = [&](double leaving, double entering) {
        std::size_t at = find(leaving);
        for (; at + 1 < size && less(window[at + 1], entering); ++at)
            window[at] = window[at + 1];
        for (; at > 0 && less(entering, window[at - 1]); --at)
            window[at] = window[at - 1];
        window[at] = entering;
    };
    for (int k = 0; k < std::min(n, half + 1); ++k)
        insert(x[std::size_t(k)]);
    for (int i = 0; i < n; ++i) {
        const bool enters = i > 0 && i + half < n;
        const bool leaves = i - half - 1 >= 0;
        if (enters && leaves)
            replace(x[std::size_t(i - half - 1)], x[std::size_t(i + half)]);
        else if (enters)
            insert(x[std::size_t(i + half)]);
        else if (leaves)
            remove(x[std::size_t(i - half - 1)]);
        const std::size_t mid = size / 2;
        const double m = size % 2 == 0 ? 0.5 * (window[mid] + window[mid - 1]) : window[mid];
        out[std::size_t(i)] = x[std::size_t(i)] - m;
    }
    return out;
}

void exchange(double &a, double &b)
{
    const double low = std::min(a, b);
    b = std::max(a, b);
    a = low;
}

/// The median of x[0, 11) by a selection network: Batcher's odd–even merge sort of 16 inputs,
/// cut to 11 and to the comparators that the middle output depends on (54 min/max; checked on
/// all 2¹¹ inputs of zeros and ones, which by the 0–1 principle covers every input). No branch
/// depends on the data, where the sliding sorted window mispredicted about one in two.
double medianOfEleven(const double *x)
{
    double v[11];
    std::copy(x, x + 11, v);
    exchange(v[0], v[1]);
    exchange(v[2], v[3]);
    exchange(v[4], v[5]);
    exchange(v[6], v[7]);
    exchange(v[8], v[9]);
    exchange(v[0], v[2]);
    exchange(v[1], v[3]);
    exchange(v[4], v[6]);
    exchange(v[5], v[7]);
    exchange(v[8], v[10]);
    exchange(v[1], v[2]);
    exchange(v[5], v[6]);
    exchange(v[9], v[10]);
    exchange(v[0], v[4]);
    exchange(v[1], v[5]);
    exchange(v[2], v[6]);
    v[3] = std::min(v[3], v[7]);
    exchange(v[2], v[4]);
    exchange(v[3], v[5]);
    exchange(v[1], v[2]);
    exchange(v[3], v[4]);
    exchange(v[5], v[6]);
    exchange(v[9], v[10]);
    v[8] = std::max(v[0], v[8]);
    v[9] = std::max(v[1], v[9]);
    v[10] = std::max(v[2], v[10]);
    v[8] = std::max(v[4], v[8]);
    v[5] = std::min(v[5], v[9]);
    v[6] = std::min(v[6], v[10]);
    v[5] = std::max(v[3], v[5]);
    v[6] = std::min(v[6], v[8]);
    v[5] = std::min(v[5], v[6]);
    return v[5];
}

/// subtractRunningMedian for ±5 samples and no NaN, each window's median taken by itself.
std::vector<double> minusMedianOfEleven(const std::vector<double> &x)
{
    constexpr int half = 5;
    const int n = int(x.size());
    std::vector<double> out(x.size());
    for (int i = 0; i < n; ++i) {
        const int lo = std::max(0, i - half);
        const int hi = std::min(n, i + half + 1);
        double m = 0.0;
        if (hi - lo == 2 * half + 1) {
            m = medianOfEleven(&x[std::size_t(lo)]);
        } else { // a short window at an end of the curve
            double window[2 * half + 1];
            std::copy(x.begin() + lo, x.begin() + hi, window);
            m = medianInPlace(std::span(window, std::size_t(hi - lo)));
        }
        out[std::size_t(i)] = x[std::size_t(i)] - m;
    }
    return out;
}
} // namespace

std::vector<double> minusRunningMedian(const std::vector<double> &x, int half)
{
    if (std::any_of(x.begin(), x.end(), [](double v) { return std::isnan(v); }))
        return subtractRunningMedian(x, half, lessNanLast);
    if (half == 5)
        return minusMedianOfEleven(x);
    return subtractRunningMedian(x, half, [](double a, double b) { return a < b; });
}

} // namespace gb
