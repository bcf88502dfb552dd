#include "fit/WeibullFit.h"

#include "fit/FitEngineInternals.h"
#include "fit/LinearRegression.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace gb {

using detail::fitText;

namespace {

WeibullFit failedWeibull(FitStatus status, const QString &reason)
{
    WeibullFit fit;
    fit.status = status;
    fit.message = describe(status) + QStringLiteral(": ") + reason;
    return fit;
}

/// Checks the sample; an error text when it cannot be fitted.
QString checkSample(const std::vector<double> &values)
{
    if (values.size() < 3)
        return fitText("a Weibull fit needs at least 3 values, %1 given").arg(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!(values[i] > 0.0) || !std::isfinite(values[i]))
            return fitText("value %1 is not a positive number").arg(i + 1);
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    if (!(*high > *low))
        return fitText("all values are equal; there is no spread");
    return {};
}

/// Profile score of the shape m on values scaled to y = x/x_max ≤ 1 (no overflow):
/// g(m) = Σ y^m ln y / Σ y^m − 1/m − mean(ln y); increasing in m, one root.
struct ShapeEquation {
    std::vector<double> logs; ///< ln y_i ≤ 0
    double meanLog = 0.0;

    double operator()(double m) const
    {
        double sum = 0.0;
        double weighted = 0.0;
        for (double l : logs) {
            const double power = std::exp(m * l);
            sum += power;
            weighted += power * l;
        }
        return weighted / sum - 1.0 / m - meanLog;
    }
};

double shapeEquation(double m, void *data)
{
    return (*static_cast<const ShapeEquation *>(data))(m);
}

struct SolverDeleter {
    void operator()(gsl_root_fsolver *solver) const { gsl_root_fsolver_free(solver); }
};

} // namespace

std::vector<double> bernardMedianRanks(int n)
{
    std::vector<double> ranks;
    for (int i = 1; i <= n; ++i)
        ranks.push_back((double(i) - 0.3) / (double(n) + 0.4));
    return ranks;
}

std::vector<double> hazenRanks(int n)
{
    std::vector<double> ranks;
    for (int i = 1; i <= n; ++i)
        ranks.push_back((double(i) - 0.5) / double(n));
    return ranks;
}

double weibullLogLikelihood(const std::vector<double> &values, double shape, double scale)
{
    const double n = double(values.size());
    double sumLog = 0.0;
    double sumPower = 0.0;
    for (double x : values) {
        sumLog += std::log(x);
        sumPower += std::pow(x / scale, shape);
    }
    return n * std::log(shape) - n * shape * std::log(scale) + (shape - 1.0) * sumLog - sumPower;
}

WeibullFit fitWeibull(const std::vector<double> &values)
{
    const QString problem = checkSample(values);
    if (!problem.isEmpty())
        return failedWeibull(FitStatus::InvalidInput, problem);
    detail::ensureGslErrorHandlerOff();

    const double maximum = *std::max_element(values.begin(), values.end());
    ShapeEquation equation;
    for (double x : values)
        equation.logs.push_back(std::log(x / maximum));
    for (double l : equation.logs)
        equation.meanLog += l;
    equation.meanLog /= double(values.size());

    // Bracket the root: g → −∞ as m → 0 and g(∞) = −mean(ln y) > 0.
    double low = 1e-3;
    double high = 1.0;
    while (equation(low) > 0.0 && low > 1e-12)
        low *= 1e-3;
    while (equation(high) < 0.0 && high < 1e6)
        high *= 2.0;
    if (!(equation(low) < 0.0 && equation(high) > 0.0))
        return failedWeibull(FitStatus::Singular, fitText("the likelihood has no maximum in shape"));

    gsl_function function{&shapeEquation, &equation};
    std::unique_ptr<gsl_root_fsolver, SolverDeleter> solver(gsl_root_fsolver_alloc(gsl_root_fsolver_brent));
    if (!solver || gsl_root_fsolver_set(solver.get(), &function, low, high) != GSL_SUCCESS)
        return failedWeibull(FitStatus::Failed, fitText("the root finder could not start"));
    WeibullFit fit;
    int status = GSL_CONTINUE;
    for (int iteration = 1; iteration <= 200 && status == GSL_CONTINUE; ++iteration) {
        fit.iterations = iteration;
        if (gsl_root_fsolver_iterate(solver.get()) != GSL_SUCCESS)
            return failedWeibull(FitStatus::Failed, fitText("the root finder failed"));
        status = gsl_root_test_interval(gsl_root_fsolver_x_lower(solver.get()),
                                        gsl_root_fsolver_x_upper(solver.get()), 0.0, 1e-14);
    }
    if (status != GSL_SUCCESS)
        return failedWeibull(FitStatus::IterationLimit, fitText("the shape did not converge"));

    const double m = gsl_root_fsolver_root(solver.get());
    const double n = double(values.size());
    double sumPower = 0.0;
    for (double l : equation.logs)
        sumPower += std::exp(m * l);
    const double lambda = maximum * std::pow(sumPower / n, 1.0 / m);

    // Observed information at the maximum, with z = x/λ.
    double s0 = 0.0;
    double s1 = 0.0;
    double s2 = 0.0;
    for (double x : values) {
        const double lz = std::log(x / lambda);
        const double power = std::exp(m * lz);
        s0 += power;
        s1 += power * lz;
        s2 += power * lz * lz;
    }
    Eigen::Matrix2d information;
    information(0, 0) = n / (m * m) + s2;
    information(0, 1) = information(1, 0) = -(m / lambda) * s1;
    information(1, 1) = (-n * m + m * (m + 1.0) * s0) / (lambda * lambda);
    const Eigen::Matrix2d covariance = information.inverse();
    if (!covariance.allFinite() || !(covariance(0, 0) > 0.0) || !(covariance(1, 1) > 0.0))
        return failedWeibull(FitStatus::Singular, fitText("the information matrix cannot be inverted"));

    fit.shape = m;
    fit.scale = lambda;
    fit.shapeError = std::sqrt(covariance(0, 0));
    fit.scaleError = std::sqrt(covariance(1, 1));
    fit.correlation = covariance(0, 1) / (fit.shapeError * fit.scaleError);
    fit.logLikelihood = weibullLogLikelihood(values, m, lambda);
    fit.points = int(values.size());
    fit.status = FitStatus::Converged;
    fit.message = describe(fit.status);
    return fit;
}

WeibullFit fitWeibullRankRegression(const std::vector<double> &values)
{
    const QString problem = checkSample(values);
    if (!problem.isEmpty())
        return failedWeibull(FitStatus::InvalidInput, problem);
    std::vector<double> sorted(values);
    std::sort(sorted.begin(), sorted.end());
    const std::vector<double> ranks = bernardMedianRanks(int(sorted.size()));
    std::vector<double> x;
    std::vector<double> y;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        x.push_back(std::log(sorted[i]));
        y.push_back(std::log(-std::log(1.0 - ranks[i])));
    }
    const LineFit line = fitLine(x, y);
    if (!line.ok() || !(line.slope > 0.0))
        return failedWeibull(line.ok() ? FitStatus::Singular : line.status, line.message);
    WeibullFit fit;
    fit.shape = line.slope;
    fit.scale = std::exp(-line.intercept / line.slope);
    fit.logLikelihood = weibullLogLikelihood(values, fit.shape, fit.scale);
    fit.points = int(values.size());
    fit.status = FitStatus::Converged;
    fit.message = describe(fit.status);
    return fit;
}

} // namespace gb
