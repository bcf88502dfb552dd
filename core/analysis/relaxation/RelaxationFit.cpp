#include "analysis/relaxation/RelaxationFit.h"

#include <QCoreApplication>

#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RelaxationFit", text);
}

constexpr int kMinimumFitPoints = 5;
} // namespace

std::vector<double> perDecadeWeights(const std::vector<double> &times)
{
    const std::size_t n = times.size();
    std::vector<double> w(n, 1.0);
    if (n < 2)
        return w;
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double left = std::log(times[i > 0 ? i - 1 : i]);
        const double right = std::log(times[i + 1 < n ? i + 1 : i]);
        const double span = (i > 0 && i + 1 < n) ? 0.5 * (right - left) : (right - left);
        w[i] = std::max(span, 0.0);
        sum += w[i];
    }
    if (sum > 0)
        for (double &v : w)
            v *= double(n) / sum;
    return w;
}

RelaxationCurveResult fitRelaxationCurve(RelaxationCurve curve, const RelaxationCurveSettings &settings)
{
    RelaxationCurveResult result;
    std::vector<double> y;
    for (std::size_t i = 0; i < curve.times.size(); ++i) {
        const double t = curve.times[i];
        if (t > 0 && settings.window.contains(t)) {
            result.fitTimes.push_back(t);
            y.push_back(curve.normalized[i]);
        }
    }
    result.curve = std::move(curve);
    if (result.fitTimes.size() < std::size_t(kMinimumFitPoints)) {
        result.status = QStringLiteral("too_few_points");
        result.message = tr("only %1 points with t > 0 lie in the fit window").arg(result.fitTimes.size());
        return result;
    }

    KwwFitOptions options;
    options.fitAmplitude = settings.fitAmplitude;
    options.amplitude = 1.0;
    options.fitPlateau = settings.fitPlateau;
    options.plateau = 0.0;
    options.betaMax = settings.betaMax;
    if (settings.weightPerDecade) {
        result.weights = perDecadeWeights(result.fitTimes);
        options.weights = result.weights;
    }
    result.kww = fitKww(result.fitTimes, y, options);
    const KwwFitResult &k = result.kww;
    if (!k.ok()) {
        result.status = QStringLiteral("fit_failed");
        result.message =
            tr("the KWW fit failed: %1").arg(k.message.isEmpty() ? describe(k.status) : k.message);
        return result;
    }

    const double amplitude = settings.fitAmplitude && std::isfinite(k.amplitude) ? k.amplitude : 1.0;
    const double plateau = settings.fitPlateau && std::isfinite(k.plateau) ? k.plateau : 0.0;
    result.fitValues.reserve(y.size());
    result.residuals.reserve(y.size());
    for (std::size_t i = 0; i < y.size(); ++i) {
        const double f = plateau + amplitude * std::exp(-std::pow(result.fitTimes[i] / k.tau, k.beta));
        result.fitValues.push_back(f);
        result.residuals.push_back(y[i] - f);
    }

    if (k.betaAtBound) {
        result.status = QStringLiteral("beta_at_bound");
        result.message = tr("β sits on its upper bound %1 (a single exponential); no standard error for β")
                             .arg(settings.betaMax);
    } else if (k.tau < 0.1 * result.fitTimes.front() || k.tau > 10 * result.fitTimes.back()) {
        result.status = QStringLiteral("tau_out_of_range");
        result.message = tr("τ = %1 s lies more than a decade outside the fitted times (%2 … %3 s); the "
                            "fit is an extrapolation")
                             .arg(k.tau, 0, 'g', 4)
                             .arg(result.fitTimes.front(), 0, 'g', 4)
                             .arg(result.fitTimes.back(), 0, 'g', 4);
    } else if (!(k.rSquared >= settings.minimumRSquared)) {
        result.status = QStringLiteral("poor_fit");
        result.message = tr("the KWW function describes the curve poorly (r² = %1 < %2)")
                             .arg(k.rSquared, 0, 'f', 4)
                             .arg(settings.minimumRSquared);
    } else {
        result.status = QStringLiteral("ok");
    }
    return result;
}

RelaxationCurveResult analyzeRelaxationCurve(const Dataset &dataset, const RelaxationCurveSettings &settings)
{
    Result<RelaxationCurve> curve = extractRelaxationCurve(dataset);
    if (!curve) {
        RelaxationCurveResult result;
        result.status = curve.error().code;
        result.message = curve.error().message;
        return result;
    }
    return fitRelaxationCurve(std::move(curve).value(), settings);
}

} // namespace gb
