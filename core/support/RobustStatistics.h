#pragma once

#include <span>
#include <vector>

namespace gb {

/// The middle value of `values` (the mean of the two middle ones for an even count), NaN values
/// (gaps) left out; NaN when no number is left. Reorders `values`. Thread-safe.
double medianInPlace(std::span<double> values);

/// medianInPlace of a copy.
inline double median(std::vector<double> values)
{
    return medianInPlace(values);
}

/// 1.4826·median|x − median(x)|: the standard deviation of normal noise, robust against
/// outliers; NaN values left out, 0 when no number is left. Thread-safe.
double robustSigma(std::vector<double> values);

} // namespace gb
