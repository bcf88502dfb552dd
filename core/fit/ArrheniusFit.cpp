#include "fit/ArrheniusFit.h"

#include "fit/FitEngineInternals.h"

#include <cmath>

namespace gb {

using detail::fitText;

namespace {

ArrheniusFit failedArrhenius(FitStatus status, const QString &reason)
{
    ArrheniusFit fit;
    fit.status = status;
    fit.message = describe(status) + QStringLiteral(": ") + reason;
    fit.line.status = status;
    fit.line.message = fit.message;
    return fit;
}

} // namespace

ArrheniusFit fitArrhenius(const std::vector<double> &temperatures, const std::vector<double> &values,
                          const ArrheniusOptions &options)
{
    const std::size_t n = temperatures.size();
    if (values.size() != n)
        return failedArrhenius(FitStatus::InvalidInput,
                               fitText("%1 temperatures but %2 values").arg(n).arg(values.size()));
    if (!options.logErrors.empty() && options.logErrors.size() != n)
        return failedArrhenius(FitStatus::InvalidInput,
                               fitText("%1 errors for %2 points").arg(options.logErrors.size()).arg(n));
    std::vector<double> x(n);
    std::vector<double> y(n);
    LineFitOptions lineOptions;
    lineOptions.confidenceLevel = options.confidenceLevel;
    for (std::size_t i = 0; i < n; ++i) {
        if (!(temperatures[i] > 0.0) || !std::isfinite(temperatures[i]))
            return failedArrhenius(FitStatus::InvalidInput,
                                   fitText("temperature %1 is not a positive number of kelvin").arg(i + 1));
        if (!(values[i] > 0.0) || !std::isfinite(values[i]))
            return failedArrhenius(FitStatus::InvalidInput,
                                   fitText("value %1 is not a positive number").arg(i + 1));
        x[i] = 1.0 / temperatures[i];
        y[i] = std::log(values[i]);
        if (!options.logErrors.empty()) {
            const double se = options.logErrors[i];
            if (!(se > 0.0) || !std::isfinite(se))
                return failedArrhenius(FitStatus::InvalidInput,
                                       fitText("the error of point %1 is not a positive number").arg(i + 1));
            lineOptions.weights.push_back(1.0 / (se * se));
        }
    }

    ArrheniusFit fit;
    fit.line = fitLine(x, y, lineOptions);
    fit.status = fit.line.status;
    fit.message = fit.line.message;
    if (!fit.line.ok())
        return fit;
    const double sign = options.quantity == ArrheniusQuantity::RelaxationTime ? 1.0 : -1.0;
    fit.activationEnergy = sign * kGasConstant * fit.line.slope;
    fit.activationEnergyError = kGasConstant * fit.line.slopeError;
    fit.activationEnergyHalfWidth = kGasConstant * fit.line.slopeHalfWidth;
    fit.logPrefactor = fit.line.intercept;
    fit.logPrefactorError = fit.line.interceptError;
    fit.prefactor = std::exp(fit.line.intercept);

    // Curvature (VFT-like behaviour): a quadratic term in centred 1/T and its t statistic.
    if (n >= 4) {
        Eigen::MatrixXd design(static_cast<Eigen::Index>(n), 3);
        Eigen::VectorXd response(static_cast<Eigen::Index>(n));
        for (std::size_t i = 0; i < n; ++i) {
            const double d = (x[i] - fit.line.xMean) / fit.line.xMean; // dimensionless; x̄ = mean 1/T > 0
            design(Eigen::Index(i), 0) = 1.0;
            design(Eigen::Index(i), 1) = d;
            design(Eigen::Index(i), 2) = d * d;
            response[Eigen::Index(i)] = y[i];
        }
        Eigen::VectorXd w;
        if (!lineOptions.weights.empty())
            w = Eigen::Map<const Eigen::VectorXd>(lineOptions.weights.data(), Eigen::Index(n));
        const LinearFitResult quadratic = fitLinearLeastSquares(design, response, w);
        if (quadratic.ok() && quadratic.standardErrors[2] > 0.0) {
            const double scale = fit.line.xMean;
            fit.curvature = quadratic.coefficients[2] / (scale * scale);
            fit.curvatureT = quadratic.coefficients[2] / quadratic.standardErrors[2];
            fit.curved = std::abs(fit.curvatureT) >
                         studentTQuantile(0.5 * (1.0 + options.confidenceLevel), quadratic.degreesOfFreedom);
        }
    }
    return fit;
}

} // namespace gb
