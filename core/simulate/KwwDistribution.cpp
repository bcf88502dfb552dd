#include "simulate/KwwDistribution.h"

#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace gb {
namespace {

constexpr double kPi = std::numbers::pi;

// The power series in z = e^{βu} is used for z ≤ 1: there its largest term is at most ~2× the sum
// for every β, so it does not cancel (checked against Kanter's integral for β = 0.05 … 0.999; for
// β ≥ 0.99 it is also the more accurate of the two below u = 0). Above, it cancels quickly.
constexpr double kSeriesLimit = 1.0;

// H(u) = (1/π) Σ_{k≥1} (−1)^{k+1} Γ(βk + 1)/k! · sin(πβk) · z^k, z = e^{βu}.
double seriesDensity(double lnZ, double beta)
{
    double sum = 0;
    for (int k = 1; k < 400; ++k) {
        const double magnitude = std::exp(std::lgamma(beta * k + 1) - std::lgamma(k + 1.0) + k * lnZ);
        const double sign = (k % 2 == 1) ? 1.0 : -1.0;
        sum += sign * magnitude * std::sin(kPi * beta * k);
        if (magnitude < 1e-18 * std::abs(sum))
            break;
    }
    return sum / kPi;
}

// Kanter's representation: with y = e^{uβ/(1−β)} and
// A(φ) = [sin^β(βφ) · sin^{1−β}((1−β)φ) / sin φ]^{1/(1−β)} (increasing on (0, π)),
// H(u) = β/((1−β)π) ∫_0^π A y exp(−A y) dφ.
// `phi` and its complement `psi` = π − φ are both passed exactly so that sin φ stays accurate
// near π.
double kanterIntegrand(double phi, double psi, double beta, double lnY)
{
    const double sinPhi = phi < 0.5 * kPi ? std::sin(phi) : std::sin(psi);
    const double lnA = (beta * std::log(std::sin(beta * phi)) +
                        (1 - beta) * std::log(std::sin((1 - beta) * phi)) - std::log(sinPhi)) /
                       (1 - beta);
    const double lnV = lnA + lnY;
    if (lnV > 700)
        return 0;
    const double v = std::exp(lnV);
    return v * std::exp(-v);
}

// Double-exponential (tanh-sinh) quadrature on (0, π) with level halving: the integrand's peak
// sits at one of the two ends (near φ = 0 for large u, near π for small u), where the nodes
// cluster. φ = π/(1 + e^{−2s}), π − φ = π/(1 + e^{2s}), s = (π/2) sinh t.
double kanterDensity(double u, double beta)
{
    const double lnY = u * beta / (1 - beta);
    constexpr double tMax = 3.2; // φ and π − φ reach ~6e-17: the rest is below double precision
    auto contribution = [&](double t) {
        const double s = 0.5 * kPi * std::sinh(t);
        const double phi = kPi / (1 + std::exp(-2 * s));
        const double psi = kPi / (1 + std::exp(2 * s));
        const double coshS = std::cosh(s);
        const double weight = kPi / (2 * coshS * coshS) * 0.5 * kPi * std::cosh(t);
        return weight * kanterIntegrand(phi, psi, beta, lnY);
    };
    double h = 0.5;
    double sum = 0;
    for (double t = -tMax; t <= tMax + 1e-12; t += h)
        sum += contribution(t);
    double integral = sum * h;
    for (int level = 1; level <= 12; ++level) {
        // Add the midpoints of the previous level.
        double added = 0;
        for (double t = -tMax + 0.5 * h; t < tMax; t += h)
            added += contribution(t);
        sum += added;
        h *= 0.5;
        const double refined = sum * h;
        const double change = std::abs(refined - integral);
        integral = refined;
        // Convergence is quadratic in the number of correct digits: a change of 1e-9 means the
        // refined value is good to far below that.
        if (level >= 3 && change <= 1e-9 * std::abs(integral))
            break;
        if (level >= 3 && integral == 0)
            break;
    }
    return beta / ((1 - beta) * kPi) * integral;
}

} // namespace

double kwwLogTimeDensity(double u, double beta)
{
    if (!(beta > 0 && beta < 1) || std::isnan(u))
        return std::numeric_limits<double>::quiet_NaN();
    const double lnZ = beta * u;
    if (lnZ <= std::log(kSeriesLimit))
        return seriesDensity(lnZ, beta);
    return kanterDensity(u, beta);
}

KwwLogTimeRange kwwLogTimeRange(double beta, double tailMass)
{
    // Lower tail: ∫_{−∞}^{u} H ≈ e^{βu}/Γ(1 − β) (first series term).
    const double lower = std::log(tailMass * std::tgamma(1 - beta)) / beta;
    // Upper tail: H ≤ β/(1−β) · A0 y e^{−A0 y} with A0 = A(0) = β^{β/(1−β)}(1 − β).
    const double a0 = std::exp(beta / (1 - beta) * std::log(beta)) * (1 - beta);
    const double yUpper = (std::log(1 / tailMass) + 3) / a0;
    const double upper = (1 - beta) / beta * std::log(yUpper);
    return {lower, upper};
}

double kwwMeanLogRelaxationTime(double lnTau, double beta)
{
    return lnTau - std::numbers::egamma * (1 / beta - 1);
}

double kwwLogTimeVariance(double beta)
{
    return kPi * kPi / 6 * (1 / (beta * beta) - 1);
}

double kwwMomentBeta(double varianceLnTau)
{
    return 1 / std::sqrt(1 + 6 * varianceLnTau / (kPi * kPi));
}

} // namespace gb
