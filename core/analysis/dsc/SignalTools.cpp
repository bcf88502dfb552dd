#include "analysis/dsc/SignalTools.h"
#include "support/RobustStatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gb::dsc {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Interval index i with x[i] ≤ xq ≤ x[i+1]; assumes xq inside the range and n ≥ 2.
std::size_t intervalOf(const std::vector<double> &x, double xq)
{
    const auto it = std::upper_bound(x.begin(), x.end(), xq);
    std::size_t i = std::size_t(it - x.begin());
    i = i == 0 ? 0 : i - 1;
    return std::min(i, x.size() - 2);
}

/// y at xq on the line through samples i and i + 1.
double onPiece(const std::vector<double> &x, const std::vector<double> &y, std::size_t i, double xq)
{
    const double f = (xq - x[i]) / (x[i + 1] - x[i]);
    return y[i] + f * (y[i + 1] - y[i]);
}

/// ∫ of max(y, 0) over one linear piece from (x0, y0) to (x1, y1).
double positivePiece(double x0, double y0, double x1, double y1)
{
    if (y0 >= 0 && y1 >= 0)
        return 0.5 * (y0 + y1) * (x1 - x0);
    if (y0 <= 0 && y1 <= 0)
        return 0.0;
    const double xc = x0 + (0 - y0) * (x1 - x0) / (y1 - y0);
    return y0 > 0 ? 0.5 * y0 * (xc - x0) : 0.5 * y1 * (x1 - xc);
}

template <typename Piece>
double integrate(const std::vector<double> &x, const std::vector<double> &y, double a, double b, Piece piece)
{
    if (x.size() < 2 || y.size() != x.size() ||
        !(a >= x.front() && a <= x.back() && b >= x.front() && b <= x.back()))
        return kNaN;
    if (a > b)
        return -integrate(x, y, b, a, piece);
    const std::size_t ia = intervalOf(x, a);
    const std::size_t ib = intervalOf(x, b);
    const double ya = interpolateLinear(x, y, a);
    const double yb = interpolateLinear(x, y, b);
    if (ia == ib)
        return piece(a, ya, b, yb);
    double sum = piece(a, ya, x[ia + 1], y[ia + 1]);
    for (std::size_t i = ia + 1; i < ib; ++i)
        sum += piece(x[i], y[i], x[i + 1], y[i + 1]);
    return sum + piece(x[ib], y[ib], b, yb);
}
} // namespace

double interpolateLinear(const std::vector<double> &x, const std::vector<double> &y, double xq)
{
    if (x.size() < 2 || y.size() != x.size() || !(xq >= x.front() && xq <= x.back()))
        return kNaN;
    return onPiece(x, y, intervalOf(x, xq), xq);
}

std::vector<double> interpolateLinear(const std::vector<double> &x, const std::vector<double> &y,
                                      const std::vector<double> &queries)
{
    std::vector<double> values(queries.size(), kNaN);
    if (x.size() < 2 || y.size() != x.size())
        return values;
    std::size_t above = 0; // samples ≤ the query: std::upper_bound's index, as intervalOf finds it
    double previous = -std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < queries.size(); ++k) {
        const double xq = queries[k];
        if (!(xq >= x.front() && xq <= x.back()))
            continue;
        if (xq < previous)
            above = 0; // out of order: walk again from the start
        previous = xq;
        while (above < x.size() && x[above] <= xq)
            ++above;
        values[k] = onPiece(x, y, std::min(above == 0 ? 0 : above - 1, x.size() - 2), xq);
    }
    return values;
}

std::size_t lowerIndex(const std::vector<double> &x, double value)
{
    return std::size_t(std::lower_bound(x.begin(), x.end(), value) - x.begin());
}

double integrateTrapezoid(const std::vector<double> &x, const std::vector<double> &y, double a, double b)
{
    return integrate(x, y, a, b,
                     [](double x0, double y0, double x1, double y1) { return 0.5 * (y0 + y1) * (x1 - x0); });
}

double integratePositivePart(const std::vector<double> &x, const std::vector<double> &y, double a, double b)
{
    return integrate(x, y, a, b, positivePiece);
}

double robustNoise(const std::vector<double> &y, std::size_t begin, std::size_t end)
{
    end = std::min(end, y.size());
    if (end < begin + 3)
        return 0.0;
    std::vector<double> d;
    d.reserve(end - begin - 1);
    for (std::size_t i = begin + 1; i < end; ++i)
        d.push_back(y[i] - y[i - 1]);
    return robustSigma(std::move(d)) / std::sqrt(2.0);
}

std::vector<double> savitzkyGolay(const std::vector<double> &y, std::size_t halfWidth)
{
    const std::size_t n = y.size();
    const std::size_t length = 2 * halfWidth + 1;
    if (halfWidth == 0 || n < length)
        return y;
    // Central coefficients of the quadratic (and cubic) filter.
    const double m = double(halfWidth);
    const double norm = (2 * m + 1) * (4 * m * m + 4 * m - 3);
    std::vector<double> c(length);
    for (std::size_t k = 0; k < length; ++k) {
        const double j = double(k) - m;
        c[k] = (3 * (3 * m * m + 3 * m - 1) - 15 * j * j) / norm;
    }
    std::vector<double> out(n);
    for (std::size_t i = halfWidth; i + halfWidth < n; ++i) {
        double s = 0;
        for (std::size_t k = 0; k < length; ++k)
            s += c[k] * y[i - halfWidth + k];
        out[i] = s;
    }
    // Ends: least-squares quadratic through the first (last) window, evaluated at each point.
    auto fitEnd = [&](std::size_t first, std::size_t from, std::size_t to) {
        double s[5] = {0, 0, 0, 0, 0}, t[3] = {0, 0, 0};
        for (std::size_t k = 0; k < length; ++k) {
            const double u = double(k) - m;
            const double v = y[first + k];
            double p = 1;
            for (int e = 0; e < 5; ++e) {
                s[e] += p;
                if (e < 3)
                    t[e] += p * v;
                p *= u;
            }
        }
        // Symmetric u: s1 = s3 = 0, so the normal equations decouple.
        const double b = t[1] / s[2];
        const double det = s[0] * s[4] - s[2] * s[2];
        const double a = (t[0] * s[4] - t[2] * s[2]) / det;
        const double q = (s[0] * t[2] - s[2] * t[0]) / det;
        for (std::size_t i = from; i < to; ++i) {
            const double u = double(i) - double(first) - m;
            out[i] = a + b * u + q * u * u;
        }
    };
    fitEnd(0, 0, halfWidth);
    fitEnd(n - length, n - halfWidth, n);
    return out;
}

} // namespace gb::dsc
