#include "fit/NonlinearFit.h"

#include "fit/FitEngineInternals.h"
#include "fit/QuadPrecision.h"

#include <cmath>
#include <exception>
#include <limits>

namespace gb {

using detail::fitText;

int FitResult::indexOf(const QString &name) const
{
    for (std::size_t j = 0; j < names.size(); ++j)
        if (names[j] == name)
            return int(j);
    return -1;
}

namespace {

FitResult invalid(const FitModel &model, FitStatus status, const QString &reason)
{
    FitResult result;
    const int p = model.parameterCount();
    for (int j = 0; j < p; ++j)
        result.names.push_back(model.parameterName(j));
    result.states.assign(std::size_t(std::max(p, 0)), ParameterState::Estimated);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    result.values = Eigen::VectorXd::Constant(p, nan);
    result.standardErrors = Eigen::VectorXd::Constant(p, nan);
    result.covariance = Eigen::MatrixXd::Constant(p, p, nan);
    result.correlation = Eigen::MatrixXd::Constant(p, p, nan);
    result.lastIterate = Eigen::VectorXd::Constant(p, nan);
    result.status = status;
    result.message = describe(status) + QStringLiteral(": ") + reason;
    return result;
}

/// Checks the inputs and builds the solver's view of the problem; an error text when unusable.
QString prepare(const FitModel &model, const Eigen::VectorXd &observed, const Eigen::VectorXd &weights,
                const std::vector<ParameterSpec> &parameters, detail::FitSetup &setup)
{
    const int p = model.parameterCount();
    const Eigen::Index n = model.observationCount();
    if (p <= 0 || int(parameters.size()) != p)
        return fitText("%1 parameter specifications given for a model with %2 parameters")
            .arg(parameters.size())
            .arg(p);
    if (observed.size() != n)
        return fitText("%1 observed values given for a model of %2 observations").arg(observed.size()).arg(n);
    if (weights.size() != 0 && weights.size() != n)
        return fitText("%1 weights given for %2 observations").arg(weights.size()).arg(n);
    for (Eigen::Index i = 0; i < n; ++i)
        if (!std::isfinite(observed[i]))
            return fitText("observation %1 is not a number").arg(i + 1);
    int effective = int(n);
    if (weights.size() != 0) {
        effective = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            if (!std::isfinite(weights[i]) || weights[i] < 0.0)
                return fitText("weight %1 is negative or not a number").arg(i + 1);
            if (weights[i] > 0.0)
                ++effective;
        }
    }
    setup.model = &model;
    setup.observed = &observed;
    setup.weights = &weights;
    setup.specs = parameters;
    setup.effectiveObservations = effective;
    std::vector<double> internal;
    for (int j = 0; j < p; ++j) {
        const ParameterSpec &spec = parameters[std::size_t(j)];
        const QString name = model.parameterName(j);
        if (!std::isfinite(spec.start))
            return fitText("the start value of %1 is not a number").arg(name);
        const bool unbounded =
            std::isinf(spec.lower) && spec.lower < 0 && std::isinf(spec.upper) && spec.upper > 0;
        if (!unbounded && !ParameterTransform::validBounds(spec.lower, spec.upper))
            return fitText("the bounds of %1 are not an interval").arg(name);
        if (spec.start < spec.lower || spec.start > spec.upper)
            return fitText("the start value of %1 (%2) lies outside its bounds").arg(name).arg(spec.start);
        const double reference =
            spec.scale > 0.0 ? spec.scale
                             : std::max({std::abs(spec.start - spec.lower) < ParameterTransform::kInfinity
                                             ? std::abs(spec.start - spec.lower)
                                             : 0.0,
                                         std::abs(spec.upper - spec.start) < ParameterTransform::kInfinity
                                             ? std::abs(spec.upper - spec.start)
                                             : 0.0,
                                         std::abs(spec.start), 1e-300});
        setup.transforms.emplace_back(spec.lower, spec.upper, reference);
        if (!spec.fixed) {
            setup.freeIndex.push_back(j);
            internal.push_back(setup.transforms.back().toInternal(spec.start));
        }
    }
    if (setup.freeIndex.empty())
        return fitText("every parameter is fixed; there is nothing to fit");
    const int freeCount = int(setup.freeIndex.size());
    if (effective <= freeCount)
        return fitText("%1 observations cannot determine %2 parameters; at least %3 are needed")
            .arg(effective)
            .arg(freeCount)
            .arg(freeCount + 1);
    setup.startInternal = Eigen::Map<const Eigen::VectorXd>(internal.data(), Eigen::Index(internal.size()));
    return {};
}

/// Lower SSR wins among successes; among failures the lower finite SSR wins.
bool better(const FitResult &candidate, const FitResult &current)
{
    if (candidate.ok() != current.ok())
        return candidate.ok();
    if (!std::isfinite(current.ssr))
        return std::isfinite(candidate.ssr);
    return candidate.ssr < current.ssr;
}

} // namespace

FitResult fitNonlinear(const FitModel &model, const Eigen::VectorXd &observed, const Eigen::VectorXd &weights,
                       const std::vector<ParameterSpec> &parameters, const FitOptions &options)
{
    try {
        detail::FitSetup setup;
        if (options.maxSeconds > 0.0)
            setup.deadline = std::chrono::steady_clock::now() +
                             std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                 std::chrono::duration<double>(options.maxSeconds));
        const QString problem = prepare(model, observed, weights, parameters, setup);
        if (!problem.isEmpty())
            return invalid(model, FitStatus::InvalidInput, problem);

        // The model must be defined at the start values.
        Eigen::VectorXd startValues(observed.size());
        model.values(setup.toExternal(setup.startInternal), startValues);
        for (Eigen::Index i = 0; i < startValues.size(); ++i)
            if (!std::isfinite(startValues[i]))
                return invalid(
                    model, FitStatus::NonFinite,
                    fitText("the model cannot be evaluated at the start values (observation %1)").arg(i + 1));

        std::vector<FitMethod> methods;
        if (options.methods != FitMethods::Accelerated)
            methods.push_back(FitMethod::LevenbergMarquardt);
        if (options.methods != FitMethods::LevenbergMarquardt)
            methods.push_back(FitMethod::Accelerated);

        FitResult best;
        int totalIterations = 0;
        bool first = true;
        for (FitMethod method : methods) {
            if (!first && options.methods == FitMethods::LevenbergMarquardtThenAcceleratedOnFailure &&
                best.ok())
                break;
            const detail::PassOutcome pass = detail::runTrustRegionPass(setup, method, options);
            totalIterations += pass.iterations;
            FitResult candidate = detail::evaluateSolution(setup, pass, options);
            if (first || better(candidate, best))
                best = std::move(candidate);
            first = false;
        }
        best.totalIterations = totalIterations;
        if (options.quadPrecisionRefinement && best.ok())
            if (const auto *quad = dynamic_cast<const QuadPrecisionResiduals *>(&model))
                detail::refineInQuadPrecision(setup, *quad, best, options);
        return best;
    } catch (const std::exception &error) {
        return invalid(model, FitStatus::Failed, QString::fromUtf8(error.what()));
    }
}

} // namespace gb
