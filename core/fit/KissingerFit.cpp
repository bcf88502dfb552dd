#include "fit/KissingerFit.h"

#include "fit/ArrheniusFit.h"
#include "fit/FitEngineInternals.h"

#include <cmath>

namespace gb {

using detail::fitText;

namespace {

KissingerFit failedKissinger(FitStatus status, const QString &reason, int rates)
{
    KissingerFit fit;
    fit.status = status;
    fit.message = describe(status) + QStringLiteral(": ") + reason;
    fit.rates = rates;
    return fit;
}

} // namespace

KissingerFit fitKissinger(const std::vector<double> &heatingRates,
                          const std::vector<double> &peakTemperatures, double confidenceLevel)
{
    const std::size_t n = heatingRates.size();
    if (peakTemperatures.size() != n)
        return failedKissinger(
            FitStatus::InvalidInput,
            fitText("%1 heating rates but %2 peak temperatures").arg(n).arg(peakTemperatures.size()), int(n));
    if (n < 3)
        return failedKissinger(
            FitStatus::InvalidInput,
            fitText("a Kissinger analysis needs at least 3 heating rates, %1 given").arg(n), int(n));
    std::vector<double> x(n);
    std::vector<double> y(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double rate = heatingRates[i];
        const double tp = peakTemperatures[i];
        if (!(rate > 0.0) || !std::isfinite(rate))
            return failedKissinger(FitStatus::InvalidInput,
                                   fitText("heating rate %1 is not a positive number").arg(i + 1), int(n));
        if (!(tp > 0.0) || !std::isfinite(tp))
            return failedKissinger(
                FitStatus::InvalidInput,
                fitText("peak temperature %1 is not a positive number of kelvin").arg(i + 1), int(n));
        x[i] = 1.0 / tp;
        y[i] = std::log(rate / (tp * tp));
    }
    LineFitOptions options;
    options.confidenceLevel = confidenceLevel;
    KissingerFit fit;
    fit.rates = int(n);
    fit.line = fitLine(x, y, options);
    fit.status = fit.line.status;
    fit.message = fit.line.message;
    if (!fit.line.ok())
        return fit;
    fit.activationEnergy = -kGasConstant * fit.line.slope;
    fit.activationEnergyError = kGasConstant * fit.line.slopeError;
    fit.activationEnergyHalfWidth = kGasConstant * fit.line.slopeHalfWidth;
    fit.tQuantile = fit.line.tQuantile;
    fit.preExponentialFactor = fit.activationEnergy / kGasConstant * std::exp(fit.line.intercept);
    fit.rSquared = fit.line.rSquared;
    return fit;
}

} // namespace gb
