#pragma once

// Small numerical tools on sampled curves y(x) with increasing x: linear interpolation, trapezoid
// integrals between arbitrary limits, robust noise level, Savitzky–Golay smoothing
// (methods.md §1.2–1.4). Pure functions; thread-safe.

#include <cstddef>
#include <vector>

namespace gb::dsc {

/// Linear interpolation of y at xq; x must increase strictly. NaN outside [x.front(), x.back()]
/// (never extrapolates) and for fewer than two samples.
double interpolateLinear(const std::vector<double> &x, const std::vector<double> &y, double xq);

/// interpolateLinear at every one of `queries`, with the same values. Queries in ascending
/// order (a grid) are found by one walk along x rather than a search each.
std::vector<double> interpolateLinear(const std::vector<double> &x, const std::vector<double> &y,
                                      const std::vector<double> &queries);

/// Index of the first sample with x ≥ value (x increasing); x.size() when there is none.
std::size_t lowerIndex(const std::vector<double> &x, double value);

/// ∫_a^b y dx by the trapezoid rule on the samples, with the partial intervals at a and b
/// interpolated linearly (a and b need not be sample positions). a > b gives the negative
/// integral. NaN when a or b lies outside the sampled range.
double integrateTrapezoid(const std::vector<double> &x, const std::vector<double> &y, double a, double b);

/// Same for max(y, 0) only (the positive lobes), with the zero crossings interpolated.
double integratePositivePart(const std::vector<double> &x, const std::vector<double> &y, double a, double b);

/// Robust noise level of samples [begin, end): σ_n = 1.4826·MAD(diff(y))/√2 (methods.md §1.4).
/// Insensitive to slow trends and to isolated spikes. 0 for fewer than three samples.
double robustNoise(const std::vector<double> &y, std::size_t begin, std::size_t end);

/// Quadratic Savitzky–Golay smoothing with a window of 2·halfWidth + 1 samples (uniform spacing
/// assumed). Near the ends the quadratic is fitted to the first/last full window and evaluated
/// at the sample's own position, so the output has the input's length and no shift.
/// halfWidth = 0 or fewer than 2·halfWidth + 1 samples returns the input unchanged.
std::vector<double> savitzkyGolay(const std::vector<double> &y, std::size_t halfWidth);

} // namespace gb::dsc
