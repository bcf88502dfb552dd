#include "analysis/relaxation/AgingLaw.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AgingLaw", text);
}

/// BIC = n ln(SSR/n) + k ln n, with SSR floored at a relative precision of 1e-9 in ln τ so that
/// round-off on exact data cannot make a needless parameter look supported.
double bic(double ssr, int n, int parameters)
{
    const double floor = double(n) * 1e-18;
    return n * std::log(std::max(ssr, floor) / n) + parameters * std::log(double(n));
}
} // namespace

double betaPeakAgingTime(const std::vector<double> &agingTimesS, const std::vector<double> &betas)
{
    std::map<double, std::pair<double, int>> byTime; // ln t_a → (Σβ, count)
    for (std::size_t i = 0; i < std::min(agingTimesS.size(), betas.size()); ++i)
        if (agingTimesS[i] > 0 && std::isfinite(agingTimesS[i]) && std::isfinite(betas[i])) {
            auto &slot = byTime[std::log(agingTimesS[i])];
            slot.first += betas[i];
            ++slot.second;
        }
    std::vector<double> x;
    std::vector<double> y;
    for (const auto &[lnT, sum] : byTime) {
        x.push_back(lnT);
        y.push_back(sum.first / sum.second);
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (x.size() < 3)
        return nan;
    const std::size_t k = std::size_t(std::max_element(y.begin(), y.end()) - y.begin());
    if (k == 0 || k + 1 == x.size())
        return nan;
    // Parabola through three points: vertex from the divided differences.
    const double x0 = x[k - 1], x1 = x[k], x2 = x[k + 1];
    const double d01 = (y[k] - y[k - 1]) / (x1 - x0);
    const double d12 = (y[k + 1] - y[k]) / (x2 - x1);
    const double a = (d12 - d01) / (x2 - x0);
    if (!(a < 0))
        return nan;
    const double b = d01 - a * (x0 + x1); // y = a x² + b x + c
    return std::exp(-b / (2 * a));
}

AgingLawResult fitAgingLaw(const std::vector<AgingPoint> &points, int minimumAgingTimes,
                           double breakBicMargin)
{
    AgingLawResult result;
    std::vector<double> ta;
    std::vector<double> tau;
    std::vector<double> betaTimes;
    std::vector<double> betas;
    for (const AgingPoint &p : points) {
        if (!(p.agingTimeS > 0) || !std::isfinite(p.agingTimeS))
            continue;
        if (p.tauS > 0 && std::isfinite(p.tauS)) {
            ta.push_back(p.agingTimeS);
            tau.push_back(p.tauS);
        }
        if (std::isfinite(p.beta)) {
            betaTimes.push_back(p.agingTimeS);
            betas.push_back(p.beta);
        }
    }
    result.points = int(ta.size());
    std::vector<double> distinct = ta;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    result.agingTimes = int(distinct.size());
    if (result.agingTimes < std::max(3, minimumAgingTimes)) {
        result.status = QStringLiteral("too_few_points");
        result.message = tr("%1 aging times with a relaxation time; at least %2 are needed")
                             .arg(result.agingTimes)
                             .arg(std::max(3, minimumAgingTimes));
        return result;
    }

    result.single = fitPowerLaw(ta, tau);
    if (!result.single.ok()) {
        result.status = QStringLiteral("fit_failed");
        result.message = tr("the power law τ = A·t_a^μ could not be fitted: %1").arg(result.single.message);
        return result;
    }
    const int n = result.points;
    result.bicSingle = bic(result.single.line.ssr, n, 3);
    result.betaPeakAgingTimeS = betaPeakAgingTime(betaTimes, betas);

    if (result.agingTimes >= 5) {
        result.twoStage = fitTwoStagePowerLaw(ta, tau);
        if (result.twoStage.ok()) {
            result.bicBroken = bic(result.twoStage.line.ssr, n, 5);
            result.breakSupported = result.bicBroken < result.bicSingle - breakBicMargin;
        }
    }
    result.status = QStringLiteral("ok");
    if (result.agingTimes < 5)
        result.message = tr("too few aging times to test for a turning point (5 needed)");
    else if (!result.twoStage.ok())
        result.message = tr("no turning point: %1").arg(result.twoStage.message);
    else if (!result.breakSupported)
        result.message = tr("a turning point is not supported by the data (BIC %1 vs %2 for a single law)")
                             .arg(result.bicBroken, 0, 'f', 2)
                             .arg(result.bicSingle, 0, 'f', 2);
    else
        result.message = tr("two-stage aging with a turning point at t_a = %1 s")
                             .arg(result.twoStage.breakTime, 0, 'g', 4);
    return result;
}

} // namespace gb
