#include "support/RobustStatistics.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace gb {

namespace {
void insertionSort(double *v, std::size_t n)
{
    for (std::size_t i = 1; i < n; ++i) {
        const double x = v[i];
        std::size_t j = i;
        for (; j > 0 && x < v[j - 1]; --j)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

/// As std::nth_element for numbers (no NaN): the k-th smallest of v[0, n) moves to v[k], the
/// smaller ones before it and the others after. Quickselect with partitions that swap every
/// value and move the boundary by the comparison, so that no branch depends on the data: on
/// noisy data std::nth_element mispredicts about every other comparison and took three times
/// as long (the pop-in detector takes a dozen medians of a thousand increments per indent).
void selectNth(double *v, std::size_t n, std::size_t k)
{
    std::size_t lo = 0;
    std::size_t hi = n;
    while (hi - lo > 24) {
        const double a = v[lo];
        const double b = v[lo + (hi - lo) / 2];
        const double c = v[hi - 1];
        const double pivot = std::max(std::min(a, b), std::min(std::max(a, b), c)); // median of three
        // [lo, below) < pivot ≤ [below, hi)
        std::size_t below = lo;
        for (std::size_t i = lo; i < hi; ++i) {
            const double x = v[i];
            v[i] = v[below];
            v[below] = x;
            below += x < pivot ? 1 : 0;
        }
        if (k < below) {
            hi = below;
            continue;
        }
        if (below > lo) {
            lo = below;
            continue;
        }
        // The pivot is the least value: [lo, equal) == pivot < [equal, hi), which holds the
        // pivot itself, so that each turn shrinks the range.
        std::size_t equal = below;
        for (std::size_t i = below; i < hi; ++i) {
            const double x = v[i];
            v[i] = v[equal];
            v[equal] = x;
            equal += x <= pivot ? 1 : 0;
        }
        if (k < equal)
            return;
        lo = equal;
    }
    insertionSort(v + lo, hi - lo);
}
} // namespace

double medianInPlace(std::span<double> values)
{
    const auto numbers =
        std::partition(values.begin(), values.end(), [](double v) { return !std::isnan(v); });
    const std::size_t n = std::size_t(numbers - values.begin());
    if (n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const std::size_t mid = n / 2;
    selectNth(values.data(), n, mid);
    const double upper = values[mid];
    if (n % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(mid));
    return 0.5 * (lower + upper);
}

double robustSigma(std::vector<double> values)
{
    const double m = medianInPlace(values);
    if (std::isnan(m))
        return 0.0;
    for (double &v : values)
        v = std::abs(v - m);
    return 1.4826 * medianInPlace(values);
}

} // namespace gb
