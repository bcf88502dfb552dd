#include "analysis/dsc/Isoconversional.h"

#include "analysis/dsc/EnergyFit.h"

#include <QCoreApplication>

#include <cmath>

namespace gb {

ConversionPoint conversionPoint(const std::vector<double> &T, const std::vector<double> &y, double rate,
                                double alpha)
{
    ConversionPoint point;
    point.heatingRateKPerS = rate;
    const std::size_t n = T.size();
    if (n < 2 || y.size() != n || !(alpha > 0 && alpha < 1))
        return point;
    std::vector<double> cumulative(n, 0.0);
    for (std::size_t i = 1; i < n; ++i)
        cumulative[i] = cumulative[i - 1] + 0.5 * (y[i] + y[i - 1]) * (T[i] - T[i - 1]);
    const double total = cumulative.back();
    if (!(total > 0))
        return point;
    const double target = alpha * total;
    for (std::size_t i = 1; i < n; ++i) {
        if (cumulative[i] < target)
            continue;
        // α is piecewise quadratic in T under the trapezoid rule; solve within the interval.
        const double h = T[i] - T[i - 1];
        const double slope = (y[i] - y[i - 1]) / h;
        const double need = target - cumulative[i - 1];
        const double root = std::sqrt(std::max(y[i - 1] * y[i - 1] + 2 * slope * need, 0.0));
        const double u = root + y[i - 1] > 0 ? 2 * need / (y[i - 1] + root) : 0.0; // stable quadratic root
        point.temperatureK = T[i - 1] + u;
        point.ratePerS = rate * (y[i - 1] + slope * u) / total;
        break;
    }
    return point;
}

ActivationEnergy isoconversionalEnergy(IsoconversionalMethod method,
                                       const std::vector<ConversionPoint> &points, double confidenceLevel,
                                       double rateTolerance)
{
    std::vector<double> x, y, rates;
    for (const ConversionPoint &p : points) {
        const double T = p.temperatureK, b = p.heatingRateKPerS;
        if (!(T > 0) || !(b > 0) || !std::isfinite(T))
            continue;
        double value = 0;
        switch (method) {
        case IsoconversionalMethod::Friedman: value = std::log(p.ratePerS); break;
        case IsoconversionalMethod::OzawaFlynnWall: value = std::log(b); break;
        case IsoconversionalMethod::KissingerAkahiraSunose: value = std::log(b / (T * T)); break;
        case IsoconversionalMethod::Starink: value = std::log(b / std::pow(T, 1.92)); break;
        }
        if (!std::isfinite(value))
            continue;
        x.push_back(1.0 / T);
        y.push_back(value);
        rates.push_back(b);
    }
    const int distinct = countDistinctRates(rates, rateTolerance);
    if (x.size() < 3 || distinct < 3) {
        ActivationEnergy fit;
        fit.points = int(x.size());
        fit.distinctRates = distinct;
        fit.message = QCoreApplication::translate(
                          "Isoconversional", "an isoconversional energy needs 3 or more heating rates; %1 "
                                             "usable points at %2 rates")
                          .arg(fit.points)
                          .arg(distinct);
        return fit;
    }
    double factor = 1.0;
    if (method == IsoconversionalMethod::OzawaFlynnWall)
        factor = 1.052;
    else if (method == IsoconversionalMethod::Starink)
        factor = 1.0008;
    ActivationEnergy fit = detail::energyFromLine(std::move(x), std::move(y), factor, confidenceLevel);
    fit.distinctRates = distinct;
    return fit;
}

} // namespace gb
