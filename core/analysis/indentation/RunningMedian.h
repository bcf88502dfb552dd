#pragma once

#include <vector>

namespace gb {

/// The order of a running median's window: NaN after every number, so that a gap in the data
/// cannot break the sorted window.
bool lessNanLast(double a, double b);

/// x minus its running median over ±half samples (fewer at the ends, where the window is cut;
/// an even count takes the mean of the middle two): the smooth trend of a curve's increments
/// taken out. Gaps (NaN) sort last. Thread-safe.
std::vector<double> minusRunningMedian(const std::vector<double> &x, int half);

} // namespace gb
