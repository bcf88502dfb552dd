#include "fit/KwwModel.h"

#include "fit/FitEngineInternals.h"
#include "fit/LinearRegression.h"

#include <gsl/gsl_sf_psi.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace gb {

KwwModel::KwwModel(std::vector<double> times) : m_times(std::move(times))
{
    m_logTimes.reserve(m_times.size());
    for (double t : m_times)
        m_logTimes.push_back(t > 0.0 ? std::log(t) : std::nan(""));
}

QString KwwModel::parameterName(int j) const
{
    switch (j) {
    case LogTau: return QStringLiteral("ln_tau");
    case Beta: return QStringLiteral("beta");
    case Amplitude: return QStringLiteral("delta_sigma");
    case Plateau: return QStringLiteral("sigma_inf");
    default: return {};
    }
}

double KwwModel::relaxation(double t, double logTau, double beta)
{
    if (t == 0.0)
        return 1.0;
    return std::exp(-std::exp(beta * (std::log(t) - logTau)));
}

void KwwModel::values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const
{
    const double logTau = p[LogTau];
    const double beta = p[Beta];
    const double amplitude = p[Amplitude];
    const double plateau = p[Plateau];
    for (std::size_t i = 0; i < m_times.size(); ++i) {
        const double decay = m_times[i] == 0.0 ? 1.0 : std::exp(-std::exp(beta * (m_logTimes[i] - logTau)));
        values[Eigen::Index(i)] = plateau + amplitude * decay;
    }
}

void KwwModel::jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const
{
    const double logTau = p[LogTau];
    const double beta = p[Beta];
    const double amplitude = p[Amplitude];
    for (std::size_t i = 0; i < m_times.size(); ++i) {
        const Eigen::Index row = Eigen::Index(i);
        if (m_times[i] == 0.0) {
            jacobian(row, LogTau) = 0.0;
            jacobian(row, Beta) = 0.0;
            jacobian(row, Amplitude) = 1.0;
            jacobian(row, Plateau) = 1.0;
            continue;
        }
        const double u = m_logTimes[i] - logTau;
        const double z = std::exp(beta * u);
        const double decay = std::exp(-z);
        // e^{−z}·z underflows to 0 long before z overflows; keep 0·inf out of the products.
        const double decayZ = decay > 0.0 ? decay * z : 0.0;
        jacobian(row, LogTau) = amplitude * decayZ * beta;
        jacobian(row, Beta) = -amplitude * decayZ * u;
        jacobian(row, Amplitude) = decay;
        jacobian(row, Plateau) = 1.0;
    }
}

KwwStart kwwStartValues(const std::vector<double> &times, const std::vector<double> &stress,
                        const KwwStartOptions &options)
{
    KwwStart start;
    const std::size_t n = std::min(times.size(), stress.size());
    if (n == 0)
        return start;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return times[a] < times[b]; });

    // σ∞⁽⁰⁾: mean of the last ~5 % when the curve has flattened there.
    start.plateau = options.plateau;
    if (options.fitPlateau) {
        const std::size_t tail = std::clamp<std::size_t>(std::size_t(std::lround(0.05 * double(n))), 2, n);
        double mean = 0.0;
        for (std::size_t k = n - tail; k < n; ++k)
            mean += stress[order[k]];
        mean /= double(tail);
        const std::size_t half = tail / 2;
        double early = 0.0;
        double late = 0.0;
        for (std::size_t k = 0; k < half; ++k) {
            early += stress[order[n - tail + k]];
            late += stress[order[n - 1 - k]];
        }
        const double drop = std::abs(stress[order[0]] - mean);
        const bool flattened = half == 0 || std::abs(early - late) / double(half) <= 0.01 * drop;
        start.plateau = flattened ? mean : 0.0;
    }
    start.amplitude = options.fitAmplitude ? stress[order[0]] - start.plateau : options.amplitude;

    std::vector<double> x;
    std::vector<double> y;
    double crossing = std::nan("");
    double previousT = std::nan("");
    double previousPhi = std::nan("");
    for (std::size_t k = 0; k < n; ++k) {
        const double t = times[order[k]];
        const double phi =
            start.amplitude != 0.0 ? (stress[order[k]] - start.plateau) / start.amplitude : std::nan("");
        if (t > 0.0 && phi > 0.05 && phi < 0.95) {
            x.push_back(std::log(t));
            y.push_back(std::log(-std::log(phi)));
        }
        const double target = std::exp(-1.0);
        if (std::isnan(crossing) && t > 0.0 && phi <= target && previousT > 0.0 && previousPhi > target)
            crossing = std::log(previousT) +
                       (std::log(t) - std::log(previousT)) * (previousPhi - target) / (previousPhi - phi);
        previousT = t;
        previousPhi = phi;
    }
    start.linearisationPoints = int(x.size());
    const LineFit line = x.size() >= 3 ? fitLine(x, y) : LineFit{};
    if (line.ok() && line.slope > 0.0 && std::isfinite(line.intercept)) {
        start.beta = line.slope;
        start.logTau = -line.intercept / line.slope;
        start.fromLinearisation = true;
        return start;
    }
    start.beta = 0.5;
    if (std::isfinite(crossing)) {
        start.logTau = crossing;
    } else {
        // Geometric middle of the time window.
        double low = std::numeric_limits<double>::infinity();
        double high = -std::numeric_limits<double>::infinity();
        for (double t : times)
            if (t > 0.0) {
                low = std::min(low, std::log(t));
                high = std::max(high, std::log(t));
            }
        start.logTau = std::isfinite(low) ? 0.5 * (low + high) : 0.0;
    }
    return start;
}

double kwwMeanRelaxationTime(double tau, double beta)
{
    return tau / beta * std::tgamma(1.0 / beta);
}

double kwwMeanRelaxationTimeBetaDerivative(double tau, double beta)
{
    detail::ensureGslErrorHandlerOff();
    const double mean = kwwMeanRelaxationTime(tau, beta);
    return -mean / beta * (1.0 + gsl_sf_psi(1.0 / beta) / beta);
}

} // namespace gb
