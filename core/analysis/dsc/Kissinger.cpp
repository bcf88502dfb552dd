#include "analysis/dsc/Kissinger.h"

#include "fit/ArrheniusFit.h"
#include "fit/KissingerFit.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kissinger", text);
}
} // namespace

int countDistinctRates(std::vector<double> rates, double tolerance)
{
    std::sort(rates.begin(), rates.end());
    int distinct = 0;
    double last = 0;
    for (double r : rates) {
        if (distinct == 0 || std::abs(r - last) > tolerance * std::abs(last)) {
            ++distinct;
            last = r;
        }
    }
    return distinct;
}

ActivationEnergy kissingerEnergy(const std::vector<KissingerPoint> &points, double confidenceLevel,
                                 double rateTolerance)
{
    std::vector<double> x, y, rates, temperatures;
    for (const KissingerPoint &p : points) {
        const double T = p.peakTemperatureK - p.heatingRateKPerS * p.thermalLagS;
        if (!(p.heatingRateKPerS > 0) || !(T > 0) || !std::isfinite(T))
            continue;
        x.push_back(1.0 / T);
        y.push_back(std::log(p.heatingRateKPerS / (T * T)));
        rates.push_back(p.heatingRateKPerS);
        temperatures.push_back(T);
    }
    const int distinct = countDistinctRates(rates, rateTolerance);
    ActivationEnergy fit;
    if (x.size() < 3 || distinct < 3) {
        fit.points = int(x.size());
        fit.distinctRates = distinct;
        fit.x = std::move(x);
        fit.y = std::move(y);
        fit.message = tr("Kissinger needs peaks at 3 or more heating rates; %1 usable peaks at %2 rates")
                          .arg(fit.points)
                          .arg(distinct);
        return fit;
    }
    const KissingerFit k = fitKissinger(rates, temperatures, confidenceLevel);
    fit.points = int(x.size());
    fit.distinctRates = distinct;
    fit.confidenceLevel = confidenceLevel;
    fit.x = std::move(x);
    fit.y = std::move(y);
    if (!k.ok()) {
        fit.status = QStringLiteral("fit_failed");
        fit.message = k.message;
        return fit;
    }
    fit.status = QStringLiteral("ok");
    fit.energyKJPerMol = k.activationEnergy / 1000;
    fit.energyErrorKJPerMol = k.activationEnergyError / 1000;
    fit.energyHalfWidthKJPerMol = k.activationEnergyHalfWidth / 1000;
    fit.tQuantile = k.tQuantile;
    fit.rSquared = k.rSquared;
    fit.slope = k.line.slope;
    fit.intercept = k.line.intercept;
    fit.message = tr("%1 peaks at %2 heating rates; %3 % interval ±%4 kJ/mol (t = %5)")
                      .arg(fit.points)
                      .arg(distinct)
                      .arg(100 * confidenceLevel)
                      .arg(fit.energyHalfWidthKJPerMol, 0, 'g', 4)
                      .arg(fit.tQuantile, 0, 'g', 5);
    return fit;
}

double kissingerPreExponential(const ActivationEnergy &fit)
{
    return fit.ok() ? (fit.energyKJPerMol * 1000 / kGasConstant) * std::exp(fit.intercept)
                    : std::numeric_limits<double>::quiet_NaN();
}

} // namespace gb
