#include "fit/PowerLawModel.h"

#include "fit/FitEngineInternals.h"

#include <cmath>

namespace gb {

using detail::fitText;

PowerLawFit fitPowerLaw(const std::vector<double> &x, const std::vector<double> &y,
                        const PowerLawOptions &options)
{
    PowerLawFit fit;
    const auto fail = [&](const QString &reason) {
        fit.status = FitStatus::InvalidInput;
        fit.message = describe(fit.status) + QStringLiteral(": ") + reason;
        return fit;
    };
    const std::size_t n = x.size();
    if (y.size() != n)
        return fail(fitText("%1 x values but %2 y values").arg(n).arg(y.size()));
    if (!options.logErrors.empty() && options.logErrors.size() != n)
        return fail(fitText("%1 errors for %2 points").arg(options.logErrors.size()).arg(n));
    std::vector<double> lx(n);
    std::vector<double> ly(n);
    LineFitOptions lineOptions;
    lineOptions.confidenceLevel = options.confidenceLevel;
    for (std::size_t i = 0; i < n; ++i) {
        if (!(x[i] > 0.0) || !std::isfinite(x[i]) || !(y[i] > 0.0) || !std::isfinite(y[i]))
            return fail(fitText("point %1 is not a pair of positive numbers").arg(i + 1));
        lx[i] = std::log(x[i]);
        ly[i] = std::log(y[i]);
        if (!options.logErrors.empty()) {
            const double se = options.logErrors[i];
            if (!(se > 0.0) || !std::isfinite(se))
                return fail(fitText("the error of point %1 is not a positive number").arg(i + 1));
            lineOptions.weights.push_back(1.0 / (se * se));
        }
    }
    fit.line = fitLine(lx, ly, lineOptions);
    fit.status = fit.line.status;
    fit.message = fit.line.message;
    if (!fit.line.ok())
        return fit;
    fit.exponent = fit.line.slope;
    fit.exponentError = fit.line.slopeError;
    fit.exponentHalfWidth = fit.line.slopeHalfWidth;
    fit.logPrefactor = fit.line.intercept;
    fit.logPrefactorError = fit.line.interceptError;
    fit.prefactor = std::exp(fit.line.intercept);
    fit.prefactorError = fit.prefactor * fit.line.interceptError;
    fit.rSquared = fit.line.rSquared;
    fit.reducedChiSquare = fit.line.reducedChiSquare;
    return fit;
}

} // namespace gb
