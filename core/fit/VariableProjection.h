#pragma once

#include "fit/NonlinearFit.h"

#include <Eigen/Dense>
#include <QString>

#include <vector>

namespace gb {

/// A separable model y ≈ Φ(θ)·c: linear in the coefficients c, nonlinear in θ
/// (Golub–Pereyra; methods.md §3.4, §4.2, §5.5). Implementations are immutable during a fit
/// and may be called from several threads at once.
class SeparableModel {
public:
    virtual ~SeparableModel() = default;

    virtual int nonlinearCount() const = 0;
    virtual int linearCount() const = 0;
    virtual QString nonlinearName(int k) const = 0;
    virtual QString linearName(int l) const = 0;
    virtual Eigen::Index observationCount() const = 0;

    /// Φ(θ): n × L on entry; column l multiplies coefficient c_l.
    virtual void basis(const Eigen::VectorXd &theta, Eigen::MatrixXd &phi) const = 0;
    /// ∂Φ/∂θ_k: n × L on entry.
    virtual void basisDerivative(const Eigen::VectorXd &theta, int k, Eigen::MatrixXd &dPhi) const = 0;
};

/// Best coefficients for a fixed basis and the sum of squares left over.
struct ProjectedSolution {
    Eigen::VectorXd coefficients; ///< NaN when !ok
    double ssr = std::numeric_limits<double>::infinity();
    bool ok = false; ///< false when Φ is not finite or its columns are dependent
};

/// min_c Σ w_i (y_i − Φ_i·c)² by column-pivoting QR. `weights` empty = unweighted.
/// Thread-safe.
ProjectedSolution projectedLeastSquares(const Eigen::MatrixXd &phi, const Eigen::VectorXd &y,
                                        const Eigen::VectorXd &weights = {});

/// The projected sum of squares SSR(θ) = min_c Σ w (y − Φ(θ)c)² of a separable model, with
/// its coefficients. Thread-safe.
ProjectedSolution projectLinearPart(const SeparableModel &model, const Eigen::VectorXd &theta,
                                    const Eigen::VectorXd &y, const Eigen::VectorXd &weights = {});

/// Variable projection fit: minimises SSR(θ) with the least-squares engine using the exact
/// Golub–Pereyra derivative of the projected fit, then polishes all parameters (θ, c) together
/// with one full fit from the projected solution to get the joint covariance. `theta` gives the
/// start values and bounds of the nonlinear parameters only.
/// @return a FitResult over the parameters θ_1..θ_K, c_1..c_L (names from the model).
/// Thread-safe.
FitResult fitVariableProjection(const SeparableModel &model, const Eigen::VectorXd &y,
                                const Eigen::VectorXd &weights, const std::vector<ParameterSpec> &theta,
                                const FitOptions &options = {});

/// The projected problem of a separable model as a FitModel over θ only: its values are the
/// fitted values Φ(θ)c(θ) with c(θ) the weighted least-squares coefficients, and its Jacobian is
/// their exact derivative (Golub–Pereyra):
///   ∂(Φc)/∂θ_k = ∂Φ_k c + Φ [ (AᵀA)⁻¹ ∂A_kᵀ r − A⁺ ∂A_k c ],  A = W^½Φ, r = W^½y − Ac.
/// Keeps references to `model` and `y`, which must outlive it. Thread-safe.
class ProjectedFitModel final : public FitModel {
public:
    ProjectedFitModel(const SeparableModel &model, const Eigen::VectorXd &y,
                      const Eigen::VectorXd &weights = {});

    int parameterCount() const override { return m_model.nonlinearCount(); }
    QString parameterName(int j) const override { return m_model.nonlinearName(j); }
    Eigen::Index observationCount() const override { return m_model.observationCount(); }
    void values(const Eigen::VectorXd &theta, Eigen::VectorXd &values) const override;
    void jacobian(const Eigen::VectorXd &theta, Eigen::MatrixXd &jacobian) const override;

private:
    const SeparableModel &m_model;
    const Eigen::VectorXd &m_y;
    Eigen::VectorXd m_sqrtW;
};

/// The full model m(θ, c) = Φ(θ)·c of a separable model, as a FitModel (parameters θ then c).
class SeparableFitModel final : public FitModel {
public:
    explicit SeparableFitModel(const SeparableModel &model) : m_model(model) {}

    int parameterCount() const override { return m_model.nonlinearCount() + m_model.linearCount(); }
    QString parameterName(int j) const override;
    Eigen::Index observationCount() const override { return m_model.observationCount(); }
    void values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const override;
    void jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const override;

private:
    const SeparableModel &m_model;
};

} // namespace gb
