#include "fit/BrentMinimizer.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace gb {

namespace {

double finiteOrInf(double value)
{
    return std::isfinite(value) ? value : std::numeric_limits<double>::infinity();
}

} // namespace

ScalarMinimum minimizeBrent(const std::function<double(double)> &f, double a, double b,
                            const ScalarMinimizerOptions &options)
{
    ScalarMinimum result;
    if (!std::isfinite(a) || !std::isfinite(b))
        return result;
    if (a > b)
        std::swap(a, b);
    const double lowEnd = a;
    const double highEnd = b;
    const double golden = 0.5 * (3.0 - std::sqrt(5.0));

    double x = a + golden * (b - a);
    double w = x;
    double v = x;
    double fx = finiteOrInf(f(x));
    double fw = fx;
    double fv = fx;
    int evaluations = 1;
    double d = 0.0;
    double e = 0.0;
    bool converged = false;

    while (evaluations < options.maxEvaluations) {
        const double middle = 0.5 * (a + b);
        const double tol = options.relativeTolerance * std::abs(x) + options.absoluteTolerance;
        const double tol2 = 2.0 * tol;
        if (std::abs(x - middle) <= tol2 - 0.5 * (b - a)) {
            converged = true;
            break;
        }
        bool parabolic = false;
        if (std::abs(e) > tol && std::isfinite(fx) && std::isfinite(fw) && std::isfinite(fv)) {
            double r = (x - w) * (fx - fv);
            double q = (x - v) * (fx - fw);
            double p = (x - v) * q - (x - w) * r;
            q = 2.0 * (q - r);
            if (q > 0.0)
                p = -p;
            else
                q = -q;
            const double previous = e;
            if (std::abs(p) < std::abs(0.5 * q * previous) && p > q * (a - x) && p < q * (b - x)) {
                e = d;
                d = p / q;
                const double u = x + d;
                if (u - a < tol2 || b - u < tol2)
                    d = x < middle ? tol : -tol;
                parabolic = true;
            }
        }
        if (!parabolic) {
            e = x < middle ? b - x : a - x;
            d = golden * e;
        }
        const double u = std::abs(d) >= tol ? x + d : x + (d > 0.0 ? tol : -tol);
        const double fu = finiteOrInf(f(u));
        ++evaluations;
        if (fu <= fx) {
            if (u < x)
                b = x;
            else
                a = x;
            v = w;
            fv = fw;
            w = x;
            fw = fx;
            x = u;
            fx = fu;
        } else {
            if (u < x)
                a = u;
            else
                b = u;
            if (fu <= fw || w == x) {
                v = w;
                fv = fw;
                w = u;
                fw = fu;
            } else if (fu <= fv || v == x || v == w) {
                v = u;
                fv = fu;
            }
        }
    }

    // Brent never evaluates the ends; a monotonic function has its minimum there.
    const double fLow = finiteOrInf(f(lowEnd));
    const double fHigh = finiteOrInf(f(highEnd));
    evaluations += 2;
    result.x = x;
    result.value = fx;
    if (fLow < result.value) {
        result.x = lowEnd;
        result.value = fLow;
        result.atEdge = true;
    }
    if (fHigh < result.value) {
        result.x = highEnd;
        result.value = fHigh;
        result.atEdge = true;
    }
    result.evaluations = evaluations;
    result.converged = converged && std::isfinite(result.value);
    return result;
}

ScalarMinimum minimizeOnGrid(const std::function<double(double)> &f, double a, double b, int gridPoints,
                             const ScalarMinimizerOptions &options)
{
    ScalarMinimum result;
    if (!std::isfinite(a) || !std::isfinite(b) || a == b)
        return result;
    if (a > b)
        std::swap(a, b);
    const int count = std::max(gridPoints, 3);
    std::vector<double> grid(static_cast<std::size_t>(count));
    std::vector<double> values(static_cast<std::size_t>(count));
    std::size_t best = 0;
    for (int i = 0; i < count; ++i) {
        grid[std::size_t(i)] = i == count - 1 ? b : a + (b - a) * double(i) / double(count - 1);
        values[std::size_t(i)] = finiteOrInf(f(grid[std::size_t(i)]));
        if (values[std::size_t(i)] < values[best])
            best = std::size_t(i);
    }
    const double low = grid[best == 0 ? 0 : best - 1];
    const double high = grid[std::min(best + 1, std::size_t(count - 1))];
    result = minimizeBrent(f, low, high, options);
    result.evaluations += count;
    if (values[best] < result.value) {
        result.x = grid[best];
        result.value = values[best];
    }
    result.atEdge = (result.x <= a || result.x >= b);
    return result;
}

} // namespace gb
