#include "analysis/dsc/EnergyFit.h"

#include "fit/ArrheniusFit.h"
#include "fit/LinearRegression.h"

#include <QCoreApplication>

#include <cmath>

namespace gb::detail {

ActivationEnergy energyFromLine(std::vector<double> x, std::vector<double> y, double factor,
                                double confidenceLevel)
{
    ActivationEnergy fit;
    fit.points = int(x.size());
    fit.confidenceLevel = confidenceLevel;
    LineFitOptions options;
    options.confidenceLevel = confidenceLevel;
    const LineFit line = fitLine(x, y, options);
    fit.x = std::move(x);
    fit.y = std::move(y);
    if (!line.ok()) {
        fit.status = QStringLiteral("fit_failed");
        fit.message = line.message;
        return fit;
    }
    const double scale = kGasConstant / factor / 1000.0; // K → kJ/mol
    fit.slope = line.slope;
    fit.intercept = line.intercept;
    fit.energyKJPerMol = -line.slope * scale;
    fit.energyErrorKJPerMol = line.slopeError * scale;
    fit.energyHalfWidthKJPerMol = line.slopeHalfWidth * scale;
    fit.tQuantile = line.tQuantile;
    fit.rSquared = line.rSquared;
    fit.status = QStringLiteral("ok");
    fit.message = QCoreApplication::translate("Kissinger", "%1 points, %2 % interval ±%3 kJ/mol (t = %4)")
                      .arg(fit.points)
                      .arg(100 * confidenceLevel)
                      .arg(fit.energyHalfWidthKJPerMol, 0, 'g', 4)
                      .arg(fit.tQuantile, 0, 'g', 5);
    return fit;
}

} // namespace gb::detail
