#include "simulate/AgingDistribution.h"

#include <QCoreApplication>

#include <cmath>

namespace gb {

double AgingDistributionModel::width(double agingTime) const
{
    return initialWidth + broadeningRate * std::log1p(agingTime / broadeningTime);
}

double AgingDistributionModel::shift(double agingTime) const
{
    return agingTime > 0 ? shiftAmplitude * std::pow(agingTime, shiftExponent) : 0.0;
}

Status AgingDistributionModel::validate() const
{
    const bool ok = std::isfinite(initialLnTauMedian) && std::isfinite(initialWidth) && initialWidth > 0 &&
                    std::isfinite(shiftAmplitude) && shiftAmplitude >= 0 && std::isfinite(shiftExponent) &&
                    shiftExponent > 0 && std::isfinite(broadeningRate) && broadeningRate >= 0 &&
                    std::isfinite(broadeningTime) && broadeningTime > 0;
    if (ok)
        return Done{};
    return makeError(QStringLiteral("invalid_argument"),
                     QCoreApplication::translate("AgingDistribution",
                                                 "aging model needs finite parameters with s0 > 0, A ≥ 0, "
                                                 "μ > 0, b ≥ 0 and t_b > 0"));
}

Result<RelaxationSpectrum> agedSpectrum(const AgingDistributionModel &model, double agingTime,
                                        const SpectrumGrid &grid)
{
    if (Status valid = model.validate(); !valid)
        return valid.error();
    if (!(std::isfinite(agingTime) && agingTime >= 0))
        return makeError(
            QStringLiteral("invalid_argument"),
            QCoreApplication::translate("AgingDistribution", "the aging time must be finite and ≥ 0"));
    Result<RelaxationSpectrum> initial =
        logNormalSpectrum(model.initialLnTauMedian, model.width(agingTime), grid);
    if (!initial)
        return initial;
    const double gained = model.shift(agingTime);
    if (gained == 0)
        return initial;
    const RelaxationSpectrum &before = *initial;
    RelaxationSpectrum after;
    after.lnTau.reserve(before.lnTau.size());
    after.density.reserve(before.lnTau.size());
    after.weight.reserve(before.lnTau.size());
    for (std::size_t i = 0; i < before.lnTau.size(); ++i) {
        const double tau0 = std::exp(before.lnTau[i]);
        const double u = std::log(tau0 + gained);
        if (!after.lnTau.empty() && !(u > after.lnTau.back())) {
            after.weight.back() += before.weight[i]; // indistinguishable from the previous node
            continue;
        }
        after.lnTau.push_back(u);
        after.density.push_back(before.density[i] * (1 + gained / tau0));
        after.weight.push_back(before.weight[i]);
    }
    return after;
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
        s.width = model.width(ta);
        s.medianTau = std::exp(model.initialLnTauMedian) + model.shift(ta);
        s.meanTau = moments.meanTau;
        s.varianceLnTau = moments.varianceLnTau;
        s.momentBeta = moments.momentBeta;
        series.push_back(s);
    }
    return series;
}

} // namespace gb
