#pragma once

#include "fit/NonlinearFit.h"

#include <vector>

namespace gb {

/// Kohlrausch–Williams–Watts stretched exponential (methods.md §3.1):
///   σ(t) = σ∞ + Δσ·exp[−(t/τ)^β],   parameters p = (ln τ, β, Δσ, σ∞).
/// t ≥ 0 in any time unit (τ comes out in the same unit); t = 0 gives σ∞ + Δσ exactly.
/// Analytic Jacobian with z = exp[β(ln t − ln τ)]:
///   ∂/∂ln τ = Δσ e^{−z} z β,  ∂/∂β = −Δσ e^{−z} z (ln t − ln τ),  ∂/∂Δσ = e^{−z},  ∂/∂σ∞ = 1.
/// Immutable; thread-safe.
class KwwModel final : public FitModel {
public:
    enum Parameter { LogTau = 0, Beta = 1, Amplitude = 2, Plateau = 3 };

    explicit KwwModel(std::vector<double> times);

    int parameterCount() const override { return 4; }
    QString parameterName(int j) const override;
    Eigen::Index observationCount() const override { return Eigen::Index(m_times.size()); }
    void values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const override;
    void jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const override;

    /// exp[−(t/τ)^β] with the conventions above (t = 0 gives 1).
    static double relaxation(double t, double logTau, double beta);

private:
    std::vector<double> m_times;
    std::vector<double> m_logTimes; ///< ln t, or NaN for t = 0
};

/// Start values of a KWW fit (methods.md §3.2).
struct KwwStart {
    double logTau = 0.0;
    double beta = 0.5;
    double amplitude = 1.0; ///< Δσ = σ₀ − σ∞
    double plateau = 0.0;   ///< σ∞
    /// True when β and ln τ came from the linearisation ln(−ln φ) = β ln t − β ln τ; false when
    /// it had too few points in 0.05 < φ < 0.95 (then β = 0.5 and τ is where φ crosses 1/e).
    bool fromLinearisation = false;
    int linearisationPoints = 0;
};

/// What the start-value recipe may assume about the plateau and the amplitude.
struct KwwStartOptions {
    bool fitPlateau = false;  ///< σ∞⁽⁰⁾ = mean of the last 5 % if the data flatten, else 0
    double plateau = 0.0;     ///< σ∞ when it is not fitted
    bool fitAmplitude = true; ///< Δσ⁽⁰⁾ = σ(first point) − σ∞⁽⁰⁾
    double amplitude = 1.0;   ///< Δσ when it is not fitted
};

/// §3.2 start values from the data: σ∞⁽⁰⁾, Δσ⁽⁰⁾, then an OLS of Y = ln(−ln φ) on ln t over the
/// points with 0.05 < φ < 0.95, φ = (σ − σ∞⁽⁰⁾)/Δσ⁽⁰⁾. Exact for noise-free KWW data when σ∞
/// and Δσ are known. `times` ascending is not required. Thread-safe.
KwwStart kwwStartValues(const std::vector<double> &times, const std::vector<double> &stress,
                        const KwwStartOptions &options = {});

/// Mean relaxation time ⟨τ⟩ = (τ/β)·Γ(1/β) (methods.md §3.6; 2τ for β = ½).
double kwwMeanRelaxationTime(double tau, double beta);

/// ∂⟨τ⟩/∂β at fixed τ (for error propagation).
double kwwMeanRelaxationTimeBetaDerivative(double tau, double beta);

} // namespace gb
