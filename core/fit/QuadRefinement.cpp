// Gauss–Newton iterative refinement of a converged fit in quad precision (see QuadPrecision.h).

#include "fit/FitEngineInternals.h"
#include "fit/QuadPrecision.h"

#include <cmath>

namespace gb::detail {

namespace {

bool finite(QuadReal value)
{
    return std::isfinite(static_cast<double>(value));
}

} // namespace

void refineInQuadPrecision(const FitSetup &setup, const QuadPrecisionResiduals &quad, FitResult &result,
                           const FitOptions &options)
{
    if (!result.ok())
        return;
    const FitModel &model = *setup.model;
    const Eigen::Index n = setup.observed->size();
    const Eigen::Index p = model.parameterCount();
    std::vector<Eigen::Index> estimated;
    for (Eigen::Index j = 0; j < p; ++j)
        if (result.states[std::size_t(j)] == ParameterState::Estimated)
            estimated.push_back(j);
    if (estimated.empty())
        return;
    const Eigen::VectorXd sqrtW = setup.weighted() ? Eigen::VectorXd(setup.weights->cwiseSqrt())
                                                   : Eigen::VectorXd(Eigen::VectorXd::Ones(n));

    std::vector<QuadReal> parameters(static_cast<std::size_t>(p));
    for (Eigen::Index j = 0; j < p; ++j)
        parameters[std::size_t(j)] = result.values[j];
    std::vector<QuadReal> residuals(static_cast<std::size_t>(n));
    const auto sumOfSquares = [&](const std::vector<QuadReal> &at) {
        quad.quadResiduals(at, residuals);
        QuadReal sum = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const QuadReal weighted = residuals[std::size_t(i)] * static_cast<QuadReal>(sqrtW[i]);
            sum += weighted * weighted;
        }
        return sum;
    };

    QuadReal ssr = sumOfSquares(parameters);
    if (!finite(ssr))
        return;
    Eigen::MatrixXd jacobian(n, p);
    Eigen::MatrixXd J(n, Eigen::Index(estimated.size()));
    Eigen::VectorXd rhs(n);
    for (int iteration = 0; iteration < 30; ++iteration) {
        Eigen::VectorXd point(p);
        for (Eigen::Index j = 0; j < p; ++j)
            point[j] = static_cast<double>(parameters[std::size_t(j)]);
        model.jacobian(point, jacobian);
        for (std::size_t c = 0; c < estimated.size(); ++c)
            J.col(Eigen::Index(c)) = jacobian.col(estimated[c]).cwiseProduct(sqrtW);
        quad.quadResiduals(parameters, residuals);
        for (Eigen::Index i = 0; i < n; ++i)
            rhs[i] = static_cast<double>(residuals[std::size_t(i)]) * sqrtW[i];
        if (!J.allFinite() || !rhs.allFinite())
            return;
        const Eigen::VectorXd step = J.colPivHouseholderQr().solve(rhs);
        std::vector<QuadReal> trial = parameters;
        double largest = 0.0;
        for (std::size_t c = 0; c < estimated.size(); ++c) {
            const std::size_t j = std::size_t(estimated[c]);
            trial[j] += static_cast<QuadReal>(step[Eigen::Index(c)]);
            const double magnitude = std::abs(static_cast<double>(parameters[j]));
            largest =
                std::max(largest, std::abs(step[Eigen::Index(c)]) / (magnitude > 0.0 ? magnitude : 1.0));
        }
        const QuadReal trialSsr = sumOfSquares(trial);
        if (!finite(trialSsr) || !(trialSsr < ssr))
            break;
        parameters = trial;
        ssr = trialSsr;
        if (largest < 1e-30)
            break;
    }

    // Report the refined point; the Jacobian has not changed in double precision, so the
    // covariance only follows the new s².
    const double oldSsr = result.ssr;
    const double newSsr = static_cast<double>(ssr);
    for (Eigen::Index j = 0; j < p; ++j)
        result.values[j] = static_cast<double>(parameters[std::size_t(j)]);
    model.values(result.values, result.fitted);
    result.ssr = newSsr;
    if (result.degreesOfFreedom > 0)
        result.reducedChiSquare = newSsr / double(result.degreesOfFreedom);
    if (!options.weightsAreInverseVariances && oldSsr > 0.0) {
        result.covariance *= newSsr / oldSsr;
        for (Eigen::Index j : estimated)
            result.standardErrors[j] = std::sqrt(result.covariance(j, j));
    }
    if (std::isfinite(result.aic) && oldSsr > 0.0 && newSsr > 0.0) {
        const double shift = double(result.observations) * std::log(newSsr / oldSsr);
        result.aic += shift;
        result.bic += shift;
    }
    if (std::isfinite(result.rSquared) && result.rSquared < 1.0) {
        const double sst = oldSsr / (1.0 - result.rSquared);
        result.rSquared = 1.0 - newSsr / sst;
    }
}

} // namespace gb::detail
