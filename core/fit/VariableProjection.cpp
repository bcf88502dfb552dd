#include "fit/VariableProjection.h"

#include "fit/FitEngineInternals.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gb {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Eigen::VectorXd squareRootWeights(const Eigen::VectorXd &weights, Eigen::Index n)
{
    return weights.size() == n ? Eigen::VectorXd(weights.cwiseSqrt()) : Eigen::VectorXd::Ones(n);
}

} // namespace

ProjectedFitModel::ProjectedFitModel(const SeparableModel &model, const Eigen::VectorXd &y,
                                     const Eigen::VectorXd &weights)
    : m_model(model), m_y(y), m_sqrtW(squareRootWeights(weights, y.size()))
{
}

void ProjectedFitModel::values(const Eigen::VectorXd &theta, Eigen::VectorXd &values) const
{
    Eigen::MatrixXd phi(m_y.size(), m_model.linearCount());
    m_model.basis(theta, phi);
    const Eigen::MatrixXd A = m_sqrtW.asDiagonal() * phi;
    if (!A.allFinite()) {
        values.setConstant(kNaN);
        return;
    }
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(A);
    if (qr.rank() < A.cols()) {
        values.setConstant(kNaN);
        return;
    }
    values = phi * qr.solve(m_y.cwiseProduct(m_sqrtW));
}

void ProjectedFitModel::jacobian(const Eigen::VectorXd &theta, Eigen::MatrixXd &jacobian) const
{
    const Eigen::Index n = m_y.size();
    const Eigen::Index L = m_model.linearCount();
    Eigen::MatrixXd phi(n, L);
    m_model.basis(theta, phi);
    const Eigen::MatrixXd A = m_sqrtW.asDiagonal() * phi;
    if (!A.allFinite()) {
        jacobian.setConstant(kNaN);
        return;
    }
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(A);
    if (qr.rank() < L) {
        jacobian.setConstant(kNaN);
        return;
    }
    const Eigen::VectorXd b = m_y.cwiseProduct(m_sqrtW);
    const Eigen::VectorXd c = qr.solve(b);
    const Eigen::VectorXd r = b - A * c;
    const auto R = qr.matrixR().topLeftCorner(L, L).triangularView<Eigen::Upper>();
    Eigen::MatrixXd dPhi(n, L);
    for (int k = 0; k < m_model.nonlinearCount(); ++k) {
        m_model.basisDerivative(theta, k, dPhi);
        const Eigen::MatrixXd dA = m_sqrtW.asDiagonal() * dPhi;
        // (AᵀA)⁻¹u = P R⁻¹ R⁻ᵀ Pᵀ u
        Eigen::VectorXd u = qr.colsPermutation().transpose() * (dA.transpose() * r);
        R.transpose().solveInPlace(u);
        R.solveInPlace(u);
        const Eigen::VectorXd v = qr.colsPermutation() * u;
        const Eigen::VectorXd dc = v - qr.solve(dA * c);
        jacobian.col(k) = dPhi * c + phi * dc;
    }
}

ProjectedSolution projectedLeastSquares(const Eigen::MatrixXd &phi, const Eigen::VectorXd &y,
                                        const Eigen::VectorXd &weights)
{
    ProjectedSolution solution;
    const Eigen::Index n = y.size();
    solution.coefficients = Eigen::VectorXd::Constant(phi.cols(), kNaN);
    if (phi.rows() != n || (weights.size() != 0 && weights.size() != n))
        return solution;
    const Eigen::VectorXd sqrtW = squareRootWeights(weights, n);
    const Eigen::MatrixXd A = sqrtW.asDiagonal() * phi;
    const Eigen::VectorXd b = y.cwiseProduct(sqrtW);
    if (!A.allFinite() || !b.allFinite())
        return solution;
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(A);
    if (qr.rank() < A.cols())
        return solution;
    solution.coefficients = qr.solve(b);
    solution.ssr = (b - A * solution.coefficients).squaredNorm();
    solution.ok = std::isfinite(solution.ssr);
    return solution;
}

ProjectedSolution projectLinearPart(const SeparableModel &model, const Eigen::VectorXd &theta,
                                    const Eigen::VectorXd &y, const Eigen::VectorXd &weights)
{
    Eigen::MatrixXd phi(model.observationCount(), model.linearCount());
    model.basis(theta, phi);
    return projectedLeastSquares(phi, y, weights);
}

QString SeparableFitModel::parameterName(int j) const
{
    const int K = m_model.nonlinearCount();
    return j < K ? m_model.nonlinearName(j) : m_model.linearName(j - K);
}

void SeparableFitModel::values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const
{
    const int K = m_model.nonlinearCount();
    const int L = m_model.linearCount();
    Eigen::MatrixXd phi(m_model.observationCount(), L);
    m_model.basis(p.head(K), phi);
    values = phi * p.tail(L);
}

void SeparableFitModel::jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const
{
    const int K = m_model.nonlinearCount();
    const int L = m_model.linearCount();
    const Eigen::VectorXd theta = p.head(K);
    const Eigen::VectorXd c = p.tail(L);
    Eigen::MatrixXd matrix(m_model.observationCount(), L);
    for (int k = 0; k < K; ++k) {
        m_model.basisDerivative(theta, k, matrix);
        jacobian.col(k) = matrix * c;
    }
    m_model.basis(theta, matrix);
    jacobian.rightCols(L) = matrix;
}

FitResult fitVariableProjection(const SeparableModel &model, const Eigen::VectorXd &y,
                                const Eigen::VectorXd &weights, const std::vector<ParameterSpec> &theta,
                                const FitOptions &options)
{
    const ProjectedFitModel projected(model, y, weights);
    const FitResult reduced = fitNonlinear(projected, y, weights, theta, options);
    const SeparableFitModel full(model);
    const int K = model.nonlinearCount();
    const int L = model.linearCount();

    std::vector<ParameterSpec> specs(theta);
    specs.resize(std::size_t(K + L));
    if (reduced.ok()) {
        const Eigen::VectorXd thetaHat = reduced.values;
        const ProjectedSolution linear = projectLinearPart(model, thetaHat, y, weights);
        for (int k = 0; k < K; ++k)
            specs[std::size_t(k)].start =
                std::clamp(thetaHat[k], theta[std::size_t(k)].lower, theta[std::size_t(k)].upper);
        for (int l = 0; l < L; ++l)
            specs[std::size_t(K + l)] = ParameterSpec{linear.coefficients[l]};
        FitResult polished = fitNonlinear(full, y, weights, specs, options);
        polished.totalIterations += reduced.totalIterations;
        return polished;
    }

    // Report the reduced problem's failure over the full parameter list.
    FitResult failed = reduced;
    const Eigen::Index p = K + L;
    failed.names.clear();
    for (int j = 0; j < K + L; ++j)
        failed.names.push_back(full.parameterName(j));
    failed.states.resize(std::size_t(p), ParameterState::Estimated);
    failed.values = Eigen::VectorXd::Constant(p, kNaN);
    failed.standardErrors = Eigen::VectorXd::Constant(p, kNaN);
    failed.covariance = Eigen::MatrixXd::Constant(p, p, kNaN);
    failed.correlation = Eigen::MatrixXd::Constant(p, p, kNaN);
    Eigen::VectorXd last = Eigen::VectorXd::Constant(p, kNaN);
    if (reduced.lastIterate.size() == K)
        last.head(K) = reduced.lastIterate;
    failed.lastIterate = last;
    return failed;
}

} // namespace gb
