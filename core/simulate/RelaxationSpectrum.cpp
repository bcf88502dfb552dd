#include "simulate/RelaxationSpectrum.h"

#include "simulate/KwwDistribution.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace gb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RelaxationSpectrum", text);
}

Error invalidArgument(const char *text)
{
    return makeError(QStringLiteral("invalid_argument"), tr(text));
}

// Uniform grid from `lower` to `upper` with spacing at most `step`, trapezoid weights.
RelaxationSpectrum uniformSpectrum(double lower, double upper, double step, auto &&density)
{
    const auto intervals = std::max<long>(2, long(std::ceil((upper - lower) / step)));
    const double h = (upper - lower) / double(intervals);
    RelaxationSpectrum spectrum;
    spectrum.lnTau.reserve(std::size_t(intervals) + 1);
    for (long i = 0; i <= intervals; ++i) {
        const double u = lower + h * double(i);
        const double value = density(u);
        spectrum.lnTau.push_back(u);
        spectrum.density.push_back(value);
        spectrum.weight.push_back((i == 0 || i == intervals) ? 0.5 * h * value : h * value);
    }
    return spectrum;
}

} // namespace

Result<RelaxationSpectrum> logNormalSpectrum(double lnTauMedian, double width, const SpectrumGrid &grid)
{
    if (!std::isfinite(lnTauMedian) || !std::isfinite(width) || !(width > 0))
        return invalidArgument("log-normal distribution needs a finite median and a width > 0");
    if (!(grid.step >= 0) || !std::isfinite(grid.step))
        return invalidArgument("grid step must be finite and ≥ 0");
    const double step = grid.step > 0 ? grid.step : width / 50;
    const double norm = 1 / (width * std::sqrt(2 * std::numbers::pi));
    return uniformSpectrum(lnTauMedian - 12 * width, lnTauMedian + 12 * width, step, [&](double u) {
        const double d = (u - lnTauMedian) / width;
        return norm * std::exp(-0.5 * d * d);
    });
}

Result<RelaxationSpectrum> kwwSpectrum(double lnTau, double beta, const SpectrumGrid &grid)
{
    if (!std::isfinite(lnTau) || !(beta > 0 && beta <= 1))
        return invalidArgument("KWW distribution needs a finite ln τ and 0 < β ≤ 1");
    if (!(grid.step >= 0) || !std::isfinite(grid.step) || !(grid.tailMass > 0 && grid.tailMass < 0.01))
        return invalidArgument("grid step must be ≥ 0 and the tail mass between 0 and 0.01");
    if (beta == 1)
        return RelaxationSpectrum{{lnTau}, {std::numeric_limits<double>::infinity()}, {1.0}};
    const double step = grid.step > 0 ? grid.step : std::sqrt(kwwLogTimeVariance(beta)) / 50;
    const KwwLogTimeRange range = kwwLogTimeRange(beta, grid.tailMass);
    return uniformSpectrum(lnTau + range.lower, lnTau + range.upper, step,
                           [&](double u) { return kwwLogTimeDensity(u - lnTau, beta); });
}

Result<RelaxationSpectrum> spectrumFromGrid(std::vector<double> lnTau, std::vector<double> density)
{
    if (lnTau.size() < 2 || lnTau.size() != density.size())
        return invalidArgument("a distribution grid needs at least two nodes and one density per node");
    for (std::size_t i = 0; i < lnTau.size(); ++i) {
        if (!std::isfinite(lnTau[i]) || !std::isfinite(density[i]) || density[i] < 0)
            return invalidArgument("distribution nodes and densities must be finite, densities ≥ 0");
        if (i > 0 && !(lnTau[i] > lnTau[i - 1]))
            return invalidArgument("distribution nodes (ln τ) must increase strictly");
    }
    RelaxationSpectrum spectrum;
    spectrum.weight.resize(lnTau.size());
    double total = 0;
    for (std::size_t i = 0; i < lnTau.size(); ++i) {
        const double left = i > 0 ? lnTau[i] - lnTau[i - 1] : 0;
        const double right = i + 1 < lnTau.size() ? lnTau[i + 1] - lnTau[i] : 0;
        spectrum.weight[i] = 0.5 * (left + right) * density[i];
        total += spectrum.weight[i];
    }
    if (!(total > 0))
        return invalidArgument("the distribution integrates to zero");
    spectrum.lnTau = std::move(lnTau);
    spectrum.density = std::move(density);
    return spectrum;
}

double relaxationFunction(const RelaxationSpectrum &spectrum, double time)
{
    double sum = 0;
    for (std::size_t i = 0; i < spectrum.lnTau.size(); ++i)
        sum += spectrum.weight[i] * std::exp(-time * std::exp(-spectrum.lnTau[i]));
    return sum;
}

std::vector<double> relaxationCurve(const RelaxationSpectrum &spectrum, const std::vector<double> &times)
{
    std::vector<double> rates(spectrum.lnTau.size());
    for (std::size_t i = 0; i < rates.size(); ++i)
        rates[i] = std::exp(-spectrum.lnTau[i]);
    std::vector<double> phi(times.size());
    for (std::size_t k = 0; k < times.size(); ++k) {
        double sum = 0;
        for (std::size_t i = 0; i < rates.size(); ++i)
            sum += spectrum.weight[i] * std::exp(-times[k] * rates[i]);
        phi[k] = sum;
    }
    return phi;
}

SpectrumMoments spectrumMoments(const RelaxationSpectrum &spectrum)
{
    SpectrumMoments moments;
    const auto &u = spectrum.lnTau;
    const auto &w = spectrum.weight;
    double total = 0, sumLn = 0;
    for (std::size_t i = 0; i < u.size(); ++i) {
        total += w[i];
        sumLn += w[i] * u[i];
    }
    if (!(total > 0))
        return moments;
    moments.normalization = total;
    moments.meanLnTau = sumLn / total;
    double sumTau = 0, sumSquares = 0;
    for (std::size_t i = 0; i < u.size(); ++i) {
        sumTau += w[i] * std::exp(u[i]);
        const double d = u[i] - moments.meanLnTau;
        sumSquares += w[i] * d * d;
    }
    moments.meanTau = sumTau / total;
    moments.varianceLnTau = sumSquares / total;
    moments.momentBeta = kwwMomentBeta(moments.varianceLnTau);
    // Median: the cumulative weight at node i is taken as Σ_{j<i} w_j + w_i/2.
    double below = 0;
    moments.medianLnTau = u.front();
    for (std::size_t i = 0; i < u.size(); ++i) {
        const double centre = below + 0.5 * w[i];
        if (centre >= 0.5 * total) {
            if (i == 0) {
                moments.medianLnTau = u[0];
            } else {
                const double previous = below - 0.5 * w[i - 1];
                const double f = (0.5 * total - previous) / (centre - previous);
                moments.medianLnTau = u[i - 1] + f * (u[i] - u[i - 1]);
            }
            break;
        }
        below += w[i];
    }
    return moments;
}

std::vector<double> kwwFitTimes(const RelaxationSpectrum &spectrum, int count, double decades)
{
    std::vector<double> times;
    if (count < 2 || spectrum.lnTau.empty())
        return times;
    const double lnMedian = spectrumMoments(spectrum).medianLnTau;
    const double lnFirst = lnMedian - decades * std::numbers::ln10;
    const double lnStep = 2 * decades * std::numbers::ln10 / (count - 1);
    times.reserve(std::size_t(count));
    for (int k = 0; k < count; ++k)
        times.push_back(std::exp(lnFirst + lnStep * k));
    return times;
}

} // namespace gb
