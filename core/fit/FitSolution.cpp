// Post-checks, covariance and statistics at the end point of a solver pass
// (methods.md §3.5, §5.1 covariance, §5.4 (3) "success is not success").

#include "fit/FitEngineInternals.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gb::detail {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Largest fraction of the SSR that a Gauss–Newton step over the interior parameters may still
/// remove at an accepted minimum.
constexpr double kMaxPredictedReduction = 1e-6;

void markFailed(FitResult &result, FitStatus status, const QString &reason)
{
    result.status = status;
    result.message = reason.isEmpty() ? describe(status) : describe(status) + QStringLiteral(": ") + reason;
    const Eigen::Index p = Eigen::Index(result.names.size());
    result.values = Eigen::VectorXd::Constant(p, kNaN);
    result.standardErrors = Eigen::VectorXd::Constant(p, kNaN);
    result.covariance = Eigen::MatrixXd::Constant(p, p, kNaN);
    result.correlation = Eigen::MatrixXd::Constant(p, p, kNaN);
    result.fitted = Eigen::VectorXd::Constant(result.fitted.size(), kNaN);
    result.reducedChiSquare = kNaN;
    result.rSquared = kNaN;
    result.aic = kNaN;
    result.bic = kNaN;
}

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

FitResult evaluateSolution(const FitSetup &setup, const PassOutcome &pass, const FitOptions &options)
{
    const FitModel &model = *setup.model;
    const Eigen::VectorXd &y = *setup.observed;
    const Eigen::Index n = y.size();
    const Eigen::Index p = model.parameterCount();
    const int freeCount = int(setup.freeIndex.size());

    FitResult result;
    result.method = pass.method;
    result.iterations = pass.iterations;
    result.totalIterations = pass.iterations;
    result.observations = setup.effectiveObservations;
    result.degreesOfFreedom = setup.effectiveObservations - freeCount;
    for (Eigen::Index j = 0; j < p; ++j)
        result.names.push_back(model.parameterName(int(j)));
    result.states.assign(std::size_t(p), ParameterState::Estimated);
    result.lastIterate = setup.toExternal(pass.internal);
    result.fitted.resize(n);

    Eigen::VectorXd sqrtW = Eigen::VectorXd::Ones(n);
    if (setup.weighted())
        sqrtW = setup.weights->cwiseSqrt();

    if (pass.stop == PassStop::Failed) {
        markFailed(result, FitStatus::Failed, pass.detail);
        return result;
    }

    // Residuals and SSR at the end point.
    const Eigen::VectorXd &values = result.lastIterate;
    if (!values.allFinite()) {
        markFailed(result, FitStatus::NonFinite, fitText("a parameter became infinite"));
        return result;
    }
    Eigen::VectorXd fitted(n);
    model.values(values, fitted);
    const Eigen::VectorXd residual = (y - fitted).cwiseProduct(sqrtW);
    result.ssr = residual.squaredNorm();
    result.fitted = fitted;
    if (!std::isfinite(result.ssr)) {
        markFailed(result, FitStatus::NonFinite, fitText("the sum of squares is not finite"));
        return result;
    }

    // Parameter states.
    std::vector<int> estimated;
    for (Eigen::Index j = 0; j < p; ++j)
        if (setup.specs[std::size_t(j)].fixed)
            result.states[std::size_t(j)] = ParameterState::Fixed;
    for (int k = 0; k < freeCount; ++k) {
        const int j = setup.freeIndex[std::size_t(k)];
        const BoundSide side = setup.transforms[std::size_t(j)].boundAt(pass.internal[k]);
        if (side == BoundSide::Lower)
            result.states[std::size_t(j)] = ParameterState::AtLowerBound;
        else if (side == BoundSide::Upper)
            result.states[std::size_t(j)] = ParameterState::AtUpperBound;
        else
            estimated.push_back(j);
    }
    const bool atBound = int(estimated.size()) < freeCount;

    // Weighted Jacobian of the interior parameters.
    Eigen::MatrixXd fullJacobian(n, p);
    model.jacobian(values, fullJacobian);
    const Eigen::Index m = Eigen::Index(estimated.size());
    Eigen::MatrixXd J(n, m);
    for (Eigen::Index c = 0; c < m; ++c)
        J.col(c) = fullJacobian.col(estimated[std::size_t(c)]).cwiseProduct(sqrtW);
    if (!J.allFinite()) {
        markFailed(result, FitStatus::NonFinite,
                   fitText("the model's derivatives are not finite at the solution"));
        return result;
    }

    if (pass.stop == PassStop::IterationLimit) {
        markFailed(result, FitStatus::IterationLimit,
                   fitText("%1 iterations, sum of squares %2").arg(pass.iterations).arg(number(result.ssr)));
        return result;
    }
    if (pass.stop == PassStop::TimeLimit) {
        markFailed(result, FitStatus::TimeLimit,
                   fitText("stopped after %1 s and %2 iterations, sum of squares %3")
                       .arg(options.maxSeconds)
                       .arg(pass.iterations)
                       .arg(number(result.ssr)));
        return result;
    }

    // Stationarity: the part of the residual a Gauss–Newton step could still explain.
    const double scaleY = y.cwiseProduct(sqrtW).cwiseAbs().maxCoeff();
    const double roundingFloor =
        double(n) * std::pow(1e3 * std::numeric_limits<double>::epsilon() * std::max(scaleY, 1e-300), 2);
    if (m > 0 && result.ssr > roundingFloor) {
        Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(J);
        const Eigen::VectorXd qtr = qr.householderQ().transpose() * residual;
        const double explained = qtr.head(qr.rank()).squaredNorm();
        if (explained > kMaxPredictedReduction * result.ssr) {
            markFailed(result, FitStatus::NoProgress,
                       fitText("a further step would still lower the sum of squares by %1 %")
                           .arg(number(100.0 * explained / result.ssr)));
            return result;
        }
    }

    // Every parameter must change the model: a relative change of the parameter (or of its
    // scale) that moves the fit by less than 1e-10 of the data means the data cannot fix it
    // (e.g. a rate constant multiplied by an amplitude that went to zero on constant data,
    // where SSR = 0 hides the problem from the standard errors).
    Eigen::VectorXd columnNorm(m);
    const double dataNorm = std::max(y.cwiseProduct(sqrtW).norm(), 1e-300);
    for (Eigen::Index c = 0; c < m; ++c) {
        columnNorm[c] = J.col(c).norm();
        const int j = estimated[std::size_t(c)];
        const double magnitude = std::max(std::abs(values[j]), setup.specs[std::size_t(j)].scale);
        if (!(columnNorm[c] * magnitude > 1e-10 * dataNorm)) {
            markFailed(result, FitStatus::Singular,
                       fitText("parameter %1 has no effect on the model")
                           .arg(result.names[std::size_t(estimated[std::size_t(c)])]));
            return result;
        }
    }
    Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(p, p);
    if (m > 0) {
        const Eigen::MatrixXd scaled = J * columnNorm.cwiseInverse().asDiagonal();
        Eigen::JacobiSVD<Eigen::MatrixXd> svd(scaled, Eigen::ComputeThinV);
        const Eigen::VectorXd &sv = svd.singularValues();
        result.reciprocalCondition = sv[m - 1] / sv[0];
        if (!(result.reciprocalCondition >= options.minReciprocalCondition)) {
            QStringList involved;
            const Eigen::VectorXd weakest = svd.matrixV().col(m - 1);
            for (Eigen::Index c = 0; c < m; ++c)
                if (std::abs(weakest[c]) > 0.2)
                    involved << result.names[std::size_t(estimated[std::size_t(c)])];
            markFailed(result, FitStatus::Singular,
                       fitText("parameters %1 cannot be separated (reciprocal condition number %2)")
                           .arg(involved.join(QStringLiteral(", ")), number(result.reciprocalCondition)));
            return result;
        }
        const Eigen::MatrixXd inverse =
            svd.matrixV() * sv.cwiseAbs2().cwiseInverse().asDiagonal() * svd.matrixV().transpose();
        const double s2 = options.weightsAreInverseVariances || result.degreesOfFreedom <= 0
                              ? 1.0
                              : result.ssr / double(result.degreesOfFreedom);
        for (Eigen::Index a = 0; a < m; ++a)
            for (Eigen::Index b = 0; b < m; ++b)
                covariance(estimated[std::size_t(a)], estimated[std::size_t(b)]) =
                    s2 * inverse(a, b) / (columnNorm[a] * columnNorm[b]);
    }
    result.covariance = covariance;
    result.standardErrors = Eigen::VectorXd::Constant(p, kNaN);
    result.correlation = Eigen::MatrixXd::Zero(p, p);
    for (int j : estimated) {
        const double se = std::sqrt(covariance(j, j));
        result.standardErrors[j] = se;
        const double reference = std::max(std::abs(values[j]), setup.specs[std::size_t(j)].scale);
        if (!std::isfinite(se) || se > options.maxRelativeStandardError * reference) {
            markFailed(result, FitStatus::Singular,
                       fitText("parameter %1 is not determined by the data (value %2, standard error %3)")
                           .arg(result.names[std::size_t(j)], number(values[j]), number(se)));
            return result;
        }
    }
    for (int a : estimated)
        for (int b : estimated) {
            const double denominator = result.standardErrors[a] * result.standardErrors[b];
            result.correlation(a, b) =
                denominator > 0.0 ? covariance(a, b) / denominator : (a == b ? 1.0 : 0.0);
        }

    // Statistics.
    result.values = values;
    result.reducedChiSquare =
        result.degreesOfFreedom > 0 ? result.ssr / double(result.degreesOfFreedom) : kNaN;
    const Eigen::VectorXd w = sqrtW.cwiseAbs2();
    const double weightSum = w.sum();
    const double mean = weightSum > 0.0 ? w.dot(y) / weightSum : 0.0;
    const double sst = (y.array() - mean).square().matrix().dot(w);
    result.rSquared = sst > 0.0 ? 1.0 - result.ssr / sst : (result.ssr == 0.0 ? 1.0 : 0.0);
    const double count = double(result.observations);
    const double k = double(freeCount);
    const double logTerm = count * std::log(std::max(result.ssr / count, std::numeric_limits<double>::min()));
    result.aic = logTerm + 2.0 * k;
    result.bic = logTerm + k * std::log(count);
    result.status = atBound ? FitStatus::ConvergedAtBound : FitStatus::Converged;
    result.message = describe(result.status);
    if (atBound) {
        QStringList onBound;
        for (std::size_t j = 0; j < result.states.size(); ++j)
            if (result.states[j] == ParameterState::AtLowerBound ||
                result.states[j] == ParameterState::AtUpperBound)
                onBound << QStringLiteral("%1 = %2").arg(result.names[j], number(values[Eigen::Index(j)]));
        result.message += QStringLiteral(" (") + onBound.join(QStringLiteral(", ")) + QStringLiteral(")");
    }
    return result;
}

} // namespace gb::detail
