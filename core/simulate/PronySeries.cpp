#include "simulate/PronySeries.h"

#include "simulate/KwwDistribution.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace gb {
namespace {

Error invalidArgument(const char *text)
{
    return makeError(QStringLiteral("invalid_argument"), QCoreApplication::translate("PronySeries", text));
}

} // namespace

Result<PronySeries> kwwPronySeries(double beta, const PronyOptions &options)
{
    if (!(beta > 0 && beta <= 1))
        return invalidArgument("the KWW exponent β must lie in (0, 1]");
    if (!(options.tolerance > 0 && options.tolerance < 0.01) || !(options.modesPerDecade >= 0) ||
        !std::isfinite(options.modesPerDecade) || !(options.lambdaMin >= 0) || !(options.lambdaMax >= 0) ||
        !std::isfinite(options.lambdaMin) || !std::isfinite(options.lambdaMax) ||
        (options.lambdaMin > 0 && options.lambdaMax > 0 && !(options.lambdaMin < options.lambdaMax)))
        return invalidArgument("Prony options need 0 < tolerance < 0.01, modes per decade ≥ 0 and "
                               "0 ≤ λ_min < λ_max");
    if (beta == 1)
        return PronySeries{{1.0}, {0.0}};

    const KwwLogTimeRange range = kwwLogTimeRange(beta, options.tolerance);
    const double lower = options.lambdaMin > 0 ? std::log(options.lambdaMin) : range.lower;
    const double upper = options.lambdaMax > 0 ? std::log(options.lambdaMax) : range.upper;
    if (!(upper > lower))
        return invalidArgument("the λ range of the Prony series is empty");
    const double edgeScale = std::min(1.0, (1 - beta) / beta);
    double maxStep = std::numbers::pi * std::numbers::pi * edgeScale / std::log(10 / options.tolerance);
    if (options.modesPerDecade > 0)
        maxStep = std::min(maxStep, std::numbers::ln10 / options.modesPerDecade);
    const auto intervals = std::max<long>(1, long(std::ceil((upper - lower) / maxStep)));
    const double h = (upper - lower) / double(intervals);

    PronySeries series;
    series.weight.reserve(std::size_t(intervals) + 1);
    series.lnLambda.reserve(std::size_t(intervals) + 1);
    double total = 0;
    for (long i = 0; i <= intervals; ++i) {
        const double u = lower + h * double(i);
        const double g = h * kwwLogTimeDensity(u, beta);
        series.lnLambda.push_back(u);
        series.weight.push_back(g);
        total += g;
    }
    // The missing probability lies almost entirely in the slowly decaying lower tail
    // (∝ e^{βu}); the upper tail falls off super-exponentially. Lump it into the fastest mode,
    // which stands for all faster ones.
    const double missing = 1 - total;
    if (missing > 0) {
        series.weight.front() += missing;
    } else {
        for (double &g : series.weight)
            g /= total;
    }
    return series;
}

Result<PronySeries> pronySeriesFromSpectrum(const RelaxationSpectrum &spectrum, double lnTauReference)
{
    double total = 0;
    for (double w : spectrum.weight)
        total += w > 0 ? w : 0;
    if (spectrum.lnTau.empty() || !(total > 0) || !std::isfinite(total))
        return invalidArgument("the distribution has no positive weight");
    PronySeries series;
    for (std::size_t i = 0; i < spectrum.lnTau.size(); ++i) {
        if (!(spectrum.weight[i] > 0))
            continue;
        series.weight.push_back(spectrum.weight[i] / total);
        series.lnLambda.push_back(spectrum.lnTau[i] - lnTauReference);
    }
    return series;
}

double pronyRelaxation(const PronySeries &series, double reducedTime)
{
    double sum = 0;
    for (std::size_t i = 0; i < series.size(); ++i)
        sum += series.weight[i] * std::exp(-reducedTime * std::exp(-series.lnLambda[i]));
    return sum;
}

} // namespace gb
