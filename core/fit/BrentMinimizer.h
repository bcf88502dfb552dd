#pragma once

#include <functional>
#include <limits>

namespace gb {

/// Result of a one-dimensional minimisation.
struct ScalarMinimum {
    double x = std::numeric_limits<double>::quiet_NaN();
    double value = std::numeric_limits<double>::quiet_NaN();
    int evaluations = 0;
    bool converged = false; ///< the interval shrank below the tolerance
    bool atEdge = false;    ///< the minimum lies at an end of the search interval
};

/// Options of the one-dimensional minimisers.
struct ScalarMinimizerOptions {
    double relativeTolerance = 1e-10; ///< on x, relative to |x|
    double absoluteTolerance = 1e-14; ///< on x
    int maxEvaluations = 500;
};

/// Brent's method (golden section with parabolic interpolation) for a minimum of `f` on
/// [a, b]. Finds a local minimum; use minimizeOnGrid for a global search over an interval.
/// Non-finite function values count as +inf. Thread-safe if `f` is.
ScalarMinimum minimizeBrent(const std::function<double(double)> &f, double a, double b,
                            const ScalarMinimizerOptions &options = {});

/// Evaluates `f` at `gridPoints` evenly spaced points of [a, b], then polishes the best grid
/// point with Brent's method on its two neighbouring cells. Robust when `f` may have several
/// local minima (profile searches). Thread-safe if `f` is.
ScalarMinimum minimizeOnGrid(const std::function<double(double)> &f, double a, double b, int gridPoints = 64,
                             const ScalarMinimizerOptions &options = {});

} // namespace gb
