#pragma once

#include "fit/NonlinearFit.h"
#include "fit/VariableProjection.h"

#include <vector>

namespace gb {

/// Elastic (Hertzian) sphere-on-flat contact (methods.md §4.1, Johnson). Units: loads in µN,
/// lengths in nm, moduli in GPa (1 µN/nm² = 1000 GPa). All functions are pure and thread-safe.
namespace hertz {

/// Diamond indenter (E_i = 1141 GPa, ν_i = 0.07).
constexpr double kDiamondModulusGpa = 1141.0;
constexpr double kDiamondPoisson = 0.07;

/// 1/E_r = (1 − ν²)/E + (1 − ν_i²)/E_i.
double reducedModulus(double sampleModulusGpa, double samplePoisson,
                      double indenterModulusGpa = kDiamondModulusGpa,
                      double indenterPoisson = kDiamondPoisson);
/// The inverse: E of the sample from E_r (NaN when E_r ≥ E_i/(1 − ν_i²)).
double sampleModulus(double reducedModulusGpa, double samplePoisson,
                     double indenterModulusGpa = kDiamondModulusGpa,
                     double indenterPoisson = kDiamondPoisson);
/// P = (4/3)·E_r·√R·δ^{3/2}, in µN.
double load(double reducedModulusGpa, double radiusNm, double depthNm);
/// Contact radius a = √(R·δ), in nm.
double contactRadius(double radiusNm, double depthNm);
/// Maximum contact pressure p₀ = (6·P·E_r²/(π³R²))^{1/3}, in GPa.
double maxPressure(double loadMicroNewton, double reducedModulusGpa, double radiusNm);
/// Maximum shear stress under the contact τ_max = 0.31·p₀ (ν ≈ 0.3), in GPa.
double maxShearStress(double loadMicroNewton, double reducedModulusGpa, double radiusNm);
/// E_r from the Hertz prefactor a of P = a·δ^{3/2} (µN/nm^{3/2}): E_r = 3a/(4√R), in GPa.
double reducedModulusFromPrefactor(double prefactor, double radiusNm);

} // namespace hertz

/// P(h) = a·(h − h₀)₊^{3/2} over a set of depths, parameters (a, h₀): a in µN/nm^{3/2},
/// h₀ in nm. Jacobian: ∂P/∂a = (h − h₀)₊^{3/2}, ∂P/∂h₀ = −(3/2)·a·(h − h₀)₊^{1/2}.
/// Immutable; thread-safe.
class HertzModel final : public FitModel {
public:
    enum Parameter { Prefactor = 0, Offset = 1 };

    explicit HertzModel(std::vector<double> depths) : m_depths(std::move(depths)) {}

    int parameterCount() const override { return 2; }
    QString parameterName(int j) const override;
    Eigen::Index observationCount() const override { return Eigen::Index(m_depths.size()); }
    void values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const override;
    void jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const override;

private:
    std::vector<double> m_depths;
};

/// The same model in separable form for variable projection: θ = (h₀), c = (a),
/// Φ = (h − h₀)₊^{3/2}.
class HertzSeparableModel final : public SeparableModel {
public:
    explicit HertzSeparableModel(std::vector<double> depths) : m_depths(std::move(depths)) {}

    int nonlinearCount() const override { return 1; }
    int linearCount() const override { return 1; }
    QString nonlinearName(int) const override { return QStringLiteral("h0"); }
    QString linearName(int) const override { return QStringLiteral("a"); }
    Eigen::Index observationCount() const override { return Eigen::Index(m_depths.size()); }
    void basis(const Eigen::VectorXd &theta, Eigen::MatrixXd &phi) const override;
    void basisDerivative(const Eigen::VectorXd &theta, int k, Eigen::MatrixXd &dPhi) const override;

private:
    std::vector<double> m_depths;
};

} // namespace gb
