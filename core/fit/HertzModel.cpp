#include "fit/HertzModel.h"

#include <cmath>
#include <numbers>

namespace gb {

namespace hertz {

namespace {
/// 1 µN/nm² expressed in GPa.
constexpr double kGpaPerMicroNewtonPerNm2 = 1000.0;
} // namespace

double reducedModulus(double sampleModulusGpa, double samplePoisson, double indenterModulusGpa,
                      double indenterPoisson)
{
    return 1.0 / ((1.0 - samplePoisson * samplePoisson) / sampleModulusGpa +
                  (1.0 - indenterPoisson * indenterPoisson) / indenterModulusGpa);
}

double sampleModulus(double reducedModulusGpa, double samplePoisson, double indenterModulusGpa,
                     double indenterPoisson)
{
    const double rest =
        1.0 / reducedModulusGpa - (1.0 - indenterPoisson * indenterPoisson) / indenterModulusGpa;
    return rest > 0.0 ? (1.0 - samplePoisson * samplePoisson) / rest : std::nan("");
}

double load(double reducedModulusGpa, double radiusNm, double depthNm)
{
    const double erMicroNewtonPerNm2 = reducedModulusGpa / kGpaPerMicroNewtonPerNm2;
    return depthNm > 0.0 ? 4.0 / 3.0 * erMicroNewtonPerNm2 * std::sqrt(radiusNm) * std::pow(depthNm, 1.5)
                         : 0.0;
}

double contactRadius(double radiusNm, double depthNm)
{
    return depthNm > 0.0 ? std::sqrt(radiusNm * depthNm) : 0.0;
}

double maxPressure(double loadMicroNewton, double reducedModulusGpa, double radiusNm)
{
    const double er = reducedModulusGpa / kGpaPerMicroNewtonPerNm2;
    const double pi3 = std::numbers::pi * std::numbers::pi * std::numbers::pi;
    return std::cbrt(6.0 * loadMicroNewton * er * er / (pi3 * radiusNm * radiusNm)) *
           kGpaPerMicroNewtonPerNm2;
}

double maxShearStress(double loadMicroNewton, double reducedModulusGpa, double radiusNm)
{
    return 0.31 * maxPressure(loadMicroNewton, reducedModulusGpa, radiusNm);
}

double reducedModulusFromPrefactor(double prefactor, double radiusNm)
{
    return 3.0 * prefactor / (4.0 * std::sqrt(radiusNm)) * kGpaPerMicroNewtonPerNm2;
}

} // namespace hertz

QString HertzModel::parameterName(int j) const
{
    return j == Prefactor ? QStringLiteral("a") : QStringLiteral("h0");
}

void HertzModel::values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const
{
    const double a = p[Prefactor];
    const double h0 = p[Offset];
    for (std::size_t i = 0; i < m_depths.size(); ++i) {
        const double d = m_depths[i] - h0;
        values[Eigen::Index(i)] = d > 0.0 ? a * d * std::sqrt(d) : 0.0;
    }
}

void HertzModel::jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const
{
    const double a = p[Prefactor];
    const double h0 = p[Offset];
    for (std::size_t i = 0; i < m_depths.size(); ++i) {
        const double d = m_depths[i] - h0;
        const double root = d > 0.0 ? std::sqrt(d) : 0.0;
        jacobian(Eigen::Index(i), Prefactor) = d > 0.0 ? d * root : 0.0;
        jacobian(Eigen::Index(i), Offset) = -1.5 * a * root;
    }
}

void HertzSeparableModel::basis(const Eigen::VectorXd &theta, Eigen::MatrixXd &phi) const
{
    for (std::size_t i = 0; i < m_depths.size(); ++i) {
        const double d = m_depths[i] - theta[0];
        phi(Eigen::Index(i), 0) = d > 0.0 ? d * std::sqrt(d) : 0.0;
    }
}

void HertzSeparableModel::basisDerivative(const Eigen::VectorXd &theta, int, Eigen::MatrixXd &dPhi) const
{
    for (std::size_t i = 0; i < m_depths.size(); ++i) {
        const double d = m_depths[i] - theta[0];
        dPhi(Eigen::Index(i), 0) = d > 0.0 ? -1.5 * std::sqrt(d) : 0.0;
    }
}

} // namespace gb
