#include "simulate/AgingDistribution.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace gb {
namespace {

Error invalidArgument(const char *text)
{
    return makeError(QStringLiteral("invalid_argument"),
                     QCoreApplication::translate("AgingDistribution", text));
}

// Every node u_i = ln τ′_i moves to ln(τ′_i + shift); nodes that coincide in double precision are
// merged (their weights add).
RelaxationSpectrum shifted(const RelaxationSpectrum &before, double shift)
{
    RelaxationSpectrum after;
    after.lnTau.reserve(before.lnTau.size());
    after.density.reserve(before.lnTau.size());
    after.weight.reserve(before.lnTau.size());
    for (std::size_t i = 0; i < before.lnTau.size(); ++i) {
        const double tau0 = std::exp(before.lnTau[i]);
        const double u = std::log(tau0 + shift);
        if (!after.lnTau.empty() && !(u > after.lnTau.back())) {
            after.weight.back() += before.weight[i];
            continue;
        }
        after.lnTau.push_back(u);
        after.density.push_back(before.density[i] * (1 + shift / tau0)); // H_0(u_0)·du_0/du
        after.weight.push_back(before.weight[i]);
    }
    return after;
}

// Σ_i w_i N(u − u_i; σ) on a uniform grid of step ≤ min(σ/4, `maxStep`) over the nodes ± 8σ.
RelaxationSpectrum broadened(const RelaxationSpectrum &before, double sigma, double maxStep)
{
    const double lower = before.lnTau.front() - 8 * sigma;
    const double upper = before.lnTau.back() + 8 * sigma;
    const double step = std::min(sigma / 4, maxStep);
    const auto intervals = std::size_t(std::ceil((upper - lower) / step));
    const double h = (upper - lower) / double(intervals);
    RelaxationSpectrum after;
    after.lnTau.resize(intervals + 1);
    after.density.assign(intervals + 1, 0.0);
    for (std::size_t k = 0; k <= intervals; ++k)
        after.lnTau[k] = lower + h * double(k);
    const double norm = 1 / (sigma * std::sqrt(2 * std::numbers::pi));
    const double reach = 8 * sigma;
    for (std::size_t i = 0; i < before.lnTau.size(); ++i) {
        const double centre = before.lnTau[i];
        const auto first = std::size_t(std::max(0.0, std::ceil((centre - reach - lower) / h)));
        const auto last = std::min(intervals, std::size_t(std::floor((centre + reach - lower) / h)));
        for (std::size_t k = first; k <= last; ++k) {
            const double d = (after.lnTau[k] - centre) / sigma;
            after.density[k] += before.weight[i] * norm * std::exp(-0.5 * d * d);
        }
    }
    after.weight.resize(intervals + 1);
    for (std::size_t k = 0; k <= intervals; ++k)
        after.weight[k] = (k == 0 || k == intervals ? 0.5 : 1.0) * h * after.density[k];
    return after;
}

} // namespace

double AgingDistributionModel::shift(double agingTime) const
{
    return agingTime > 0 ? shiftAmplitude * std::pow(agingTime, shiftExponent) : 0.0;
}

double AgingDistributionModel::broadening(double agingTime) const
{
    return broadeningRate * std::log1p(agingTime / broadeningTime);
}

Status AgingDistributionModel::validate() const
{
    const bool ok = std::isfinite(initialLnTauMedian) && std::isfinite(initialWidth) && initialWidth > 0 &&
                    std::isfinite(shiftAmplitude) && shiftAmplitude >= 0 && std::isfinite(shiftExponent) &&
                    shiftExponent > 0 && std::isfinite(broadeningRate) && broadeningRate >= 0 &&
                    std::isfinite(broadeningTime) && broadeningTime > 0;
    if (ok)
        return Done{};
    return invalidArgument(
        "aging model needs finite parameters with s0 > 0, A ≥ 0, μ > 0, b ≥ 0 and t_b > 0");
}

Result<RelaxationSpectrum> agedSpectrum(const AgingDistributionModel &model, double agingTime,
                                        const SpectrumGrid &grid)
{
    if (Status valid = model.validate(); !valid)
        return valid.error();
    if (!(std::isfinite(agingTime) && agingTime >= 0))
        return invalidArgument("the aging time must be finite and ≥ 0");
    Result<RelaxationSpectrum> spectrum =
        logNormalSpectrum(model.initialLnTauMedian, model.initialWidth, grid);
    if (!spectrum)
        return spectrum;
    if (const double gained = model.shift(agingTime); gained > 0)
        spectrum = shifted(*spectrum, gained);
    const double gridStep = grid.step > 0 ? grid.step : model.initialWidth / 50;
    if (const double sigma = model.broadening(agingTime); sigma >= 0.25 * gridStep)
        spectrum = broadened(*spectrum, sigma, gridStep);
    return spectrum;
}

Result<std::vector<AgedDistributionSummary>> agingSeries(const AgingDistributionModel &model,
                                                         const std::vector<double> &agingTimes,
                                                         const SpectrumGrid &grid)
{
    std::vector<AgedDistributionSummary> series;
    series.reserve(agingTimes.size());
    for (double ta : agingTimes) {
        Result<RelaxationSpectrum> spectrum = agedSpectrum(model, ta, grid);
        if (!spectrum)
            return spectrum.error();
        const SpectrumMoments moments = spectrumMoments(*spectrum);
        AgedDistributionSummary s;
        s.agingTime = ta;
        s.shiftedMedianTau = std::exp(model.initialLnTauMedian) + model.shift(ta);
        s.broadening = model.broadening(ta);
        s.medianTau = std::exp(moments.medianLnTau);
        s.meanTau = moments.meanTau;
        s.varianceLnTau = moments.varianceLnTau;
        s.momentBeta = moments.momentBeta;
        series.push_back(s);
    }
    return series;
}

} // namespace gb
