#include "analysis/dsc/PeakShape.h"

#include "fit/LinearRegression.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gb::dsc {

Vertex parabolicVertex(double x0, double y0, double x1, double y1, double x2, double y2)
{
    Vertex v;
    // p(u) = y1 + b·u + a·u², u = x − x1 (divided differences, centred for precision).
    const double u0 = x0 - x1;
    const double u2 = x2 - x1;
    if (!(u0 < 0 && u2 > 0))
        return v;
    const double d0 = (y0 - y1) / u0;
    const double d2 = (y2 - y1) / u2;
    const double a = (d2 - d0) / (u2 - u0);
    if (!(a < 0) || !std::isfinite(a))
        return v;
    const double b = d0 - a * u0;
    const double u = -b / (2 * a);
    v.x = x1 + u;
    v.y = y1 + 0.5 * b * u;
    v.ok = std::isfinite(v.x) && std::isfinite(v.y);
    return v;
}

Vertex logParabolicVertex(double x0, double y0, double x1, double y1, double x2, double y2)
{
    if (!(y0 > 0 && y1 > 0 && y2 > 0))
        return {};
    Vertex v = parabolicVertex(x0, std::log(y0), x1, std::log(y1), x2, std::log(y2));
    if (v.ok)
        v.y = std::exp(v.y);
    return v;
}

namespace {
/// A least-squares polynomial of `degree` in u = (x − centre)/scale over the samples
/// [begin, end), centred and scaled so that u runs from −1 to 1 (well conditioned).
struct CentredPolynomial {
    LinearFitResult fit; ///< coefficients of 1, u, u², …
    double centre = 0.0;
    double scale = 0.0;
    bool ok = false;
};

CentredPolynomial fitCentredPolynomial(const std::vector<double> &x, const std::vector<double> &y,
                                       std::size_t begin, std::size_t end, int degree)
{
    CentredPolynomial p;
    end = std::min({end, x.size(), y.size()});
    if (end < begin + std::size_t(degree) + 2)
        return p;
    const Eigen::Index n = Eigen::Index(end - begin);
    p.centre = 0.5 * (x[begin] + x[end - 1]);
    p.scale = 0.5 * (x[end - 1] - x[begin]);
    if (!(p.scale > 0))
        return p;
    Eigen::MatrixXd design(n, degree + 1);
    Eigen::VectorXd values(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double u = (x[begin + std::size_t(i)] - p.centre) / p.scale;
        design(i, 0) = 1;
        for (int k = 1; k <= degree; ++k)
            design(i, k) = design(i, k - 1) * u;
        values[i] = y[begin + std::size_t(i)];
    }
    p.fit = fitLinearLeastSquares(design, values);
    p.ok = p.fit.ok();
    return p;
}
} // namespace

Vertex quadraticVertexFit(const std::vector<double> &x, const std::vector<double> &y, std::size_t begin,
                          std::size_t end)
{
    Vertex v;
    const CentredPolynomial p = fitCentredPolynomial(x, y, begin, end, 2);
    if (!p.ok)
        return v;
    const LinearFitResult &fit = p.fit;
    const double centre = p.centre, scale = p.scale;
    const double a = fit.coefficients[0], b = fit.coefficients[1], c = fit.coefficients[2];
    if (!(c < 0))
        return v;
    const double u = -b / (2 * c);
    Eigen::Vector3d gradient(0, -1 / (2 * c), b / (2 * c * c));
    const double variance = gradient.dot(fit.covariance * gradient);
    v.x = centre + scale * u;
    v.y = a + b * u + c * u * u;
    v.xError = scale * std::sqrt(std::max(variance, 0.0));
    v.ok = std::isfinite(v.x) && std::isfinite(v.y);
    return v;
}

Vertex cubicVertexFit(const std::vector<double> &x, const std::vector<double> &y, std::size_t begin,
                      std::size_t end)
{
    Vertex v;
    const CentredPolynomial p = fitCentredPolynomial(x, y, begin, end, 3);
    if (!p.ok)
        return v;
    const LinearFitResult &fit = p.fit;
    const double centre = p.centre, scale = p.scale;
    const double a = fit.coefficients[0], b = fit.coefficients[1], c = fit.coefficients[2],
                 d = fit.coefficients[3];
    // y' = b + 2c·u + 3d·u² = 0 with y'' = 2c + 6d·u < 0; stable roots of the quadratic.
    double u = std::numeric_limits<double>::quiet_NaN();
    if (std::abs(3 * d) <= 1e-12 * std::abs(c)) {
        u = -b / (2 * c);
    } else {
        const double disc = c * c - 3 * d * b;
        if (disc < 0)
            return v;
        const double q = -(c + std::copysign(std::sqrt(disc), c));
        for (double root : {q / (3 * d), b / q})
            if (std::isfinite(root) && 2 * c + 6 * d * root < 0 &&
                (!std::isfinite(u) || std::abs(root) < std::abs(u)))
                u = root;
    }
    if (!std::isfinite(u) || std::abs(u) > 1 || !(2 * c + 6 * d * u < 0))
        return v;
    const double curvature = 2 * c + 6 * d * u;
    const Eigen::Vector4d gradient(0, -1 / curvature, -2 * u / curvature, -3 * u * u / curvature);
    const double variance = gradient.dot(fit.covariance * gradient);
    v.x = centre + scale * u;
    v.y = a + u * (b + u * (c + u * d));
    v.xError = scale * std::sqrt(std::max(variance, 0.0));
    v.ok = std::isfinite(v.x) && std::isfinite(v.y);
    return v;
}

std::vector<PeakCandidate> findPeaks(const std::vector<double> &y, std::size_t begin, std::size_t end,
                                     double minimumProminence)
{
    std::vector<PeakCandidate> peaks;
    end = std::min(end, y.size());
    if (end < begin + 3)
        return peaks;
    for (std::size_t i = begin + 1; i + 1 < end; ++i) {
        if (!(y[i] > y[i - 1]))
            continue;
        // Flat top: extend over equal samples; a peak only if the plateau then falls.
        std::size_t j = i;
        while (j + 1 < end && y[j + 1] == y[i])
            ++j;
        if (j + 1 >= end || !(y[j + 1] < y[i])) {
            i = j;
            continue;
        }
        double leftMin = y[i];
        for (std::size_t k = i; k-- > begin;) {
            if (y[k] > y[i])
                break;
            leftMin = std::min(leftMin, y[k]);
        }
        double rightMin = y[i];
        for (std::size_t k = j + 1; k < end; ++k) {
            if (y[k] > y[i])
                break;
            rightMin = std::min(rightMin, y[k]);
        }
        const double prominence = y[i] - std::max(leftMin, rightMin);
        if (prominence >= minimumProminence)
            peaks.push_back(PeakCandidate{i, y[i], prominence});
        i = j;
    }
    std::stable_sort(peaks.begin(), peaks.end(), [](const PeakCandidate &a, const PeakCandidate &b) {
        return a.prominence > b.prominence;
    });
    return peaks;
}

HalfWidth halfLevelCrossings(const std::vector<double> &x, const std::vector<double> &y, std::size_t peak,
                             double level, std::size_t begin, std::size_t end)
{
    HalfWidth h;
    end = std::min({end, x.size(), y.size()});
    if (peak < begin || peak >= end || !(y[peak] > level))
        return h;
    auto cross = [&](std::size_t i) { // level crossing between samples i and i + 1
        return x[i] + (level - y[i]) * (x[i + 1] - x[i]) / (y[i + 1] - y[i]);
    };
    std::size_t l = peak;
    while (l > begin && y[l - 1] >= level)
        --l;
    std::size_t r = peak;
    while (r + 1 < end && y[r + 1] >= level)
        ++r;
    if (l == begin || r + 1 == end)
        return h; // the peak does not fall to the level inside the range
    h.left = cross(l - 1);
    h.right = cross(r);
    h.ok = true;
    if (y[begin] >= level || y[end - 1] >= level) {
        h.multipleCrossings = true; // another stretch above the level reaches the range's end
        return h;
    }
    std::size_t ol = begin;
    while (y[ol + 1] < level)
        ++ol;
    std::size_t orr = end - 1;
    while (y[orr - 1] < level)
        --orr;
    h.outerLeft = cross(ol);
    h.outerRight = cross(orr - 1);
    h.multipleCrossings = (ol + 1 != l) || (orr - 1 != r);
    return h;
}

} // namespace gb::dsc
