#include "analysis/dsc/FictiveTemperature.h"

#include "analysis/dsc/SignalTools.h"

#include <QCoreApplication>

#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FictiveTemperature", text);
}

LineFit lineIn(const std::vector<double> &T, const std::vector<double> &cp, const TemperatureWindow &w)
{
    std::vector<double> x, y;
    for (std::size_t i = 0; i < T.size(); ++i)
        if (w.contains(T[i])) {
            x.push_back(T[i]);
            y.push_back(cp[i]);
        }
    return fitLine(x, y);
}
} // namespace

FictiveTemperature moynihanFictiveTemperature(const std::vector<double> &T, const std::vector<double> &cp,
                                              const TemperatureWindow &glassWindow,
                                              const TemperatureWindow &liquidWindow,
                                              std::optional<double> lowerK, std::optional<double> upperK)
{
    FictiveTemperature f;
    f.status = QStringLiteral("bad_data");
    if (T.size() < 6 || cp.size() != T.size() || !glassWindow.isValid() || !liquidWindow.isValid()) {
        f.message = tr("the fictive temperature needs a c_p curve and valid glass and liquid windows");
        return f;
    }
    f.glassLine = lineIn(T, cp, glassWindow);
    f.liquidLine = lineIn(T, cp, liquidWindow);
    if (!f.glassLine.ok() || !f.liquidLine.ok()) {
        f.message = tr("a c_p window holds too few points for a line");
        return f;
    }
    f.lowerK = lowerK.value_or(glassWindow.lowK);
    f.upperK = upperK.value_or(liquidWindow.highK);
    const double T1 = f.lowerK, T2 = f.upperK;
    std::vector<double> excess(T.size());
    for (std::size_t i = 0; i < T.size(); ++i)
        excess[i] = cp[i] - (f.glassLine.intercept + f.glassLine.slope * T[i]);
    f.areaJPerG = dsc::integrateTrapezoid(T, excess, T1, T2);
    const double da = f.liquidLine.intercept - f.glassLine.intercept;
    const double db = f.liquidLine.slope - f.glassLine.slope;
    const double S = f.areaJPerG;
    f.status = QStringLiteral("out_of_range");
    if (!std::isfinite(S) || !(T1 < T2)) {
        f.message = tr("the limits T1 = %1 K and T2 = %2 K do not lie inside the curve").arg(T1).arg(T2);
        return f;
    }
    // Solve ∫_{Tf}^{T2} (da + db·T) dT = S for Tf, written around T2 for precision:
    // with u = T2 − Tf: (da + db·T2)·u − (db/2)·u² = S.
    const double c1 = da + db * T2;
    double u;
    if (std::abs(db) * (T2 - T1) < 1e-12 * std::abs(c1)) {
        u = S / c1;
    } else {
        const double disc = c1 * c1 - 2 * db * S;
        if (disc < 0) {
            f.message = tr("the areas cannot be matched: no real fictive temperature");
            return f;
        }
        u = 2 * S / (c1 + std::copysign(std::sqrt(disc), c1)); // root that tends to S/c1 as db → 0
    }
    const double tf = T2 - u;
    if (!(tf >= T1 && tf <= T2) || !std::isfinite(tf)) {
        f.message = tr("the matched area puts T_f′ = %1 K outside %2–%3 K").arg(tf).arg(T1).arg(T2);
        return f;
    }
    f.fictiveTemperatureK = tf;
    f.status = QStringLiteral("ok");
    f.message = tr("glass line %1–%2 K, liquid line %3–%4 K, area from %5 to %6 K")
                    .arg(glassWindow.lowK)
                    .arg(glassWindow.highK)
                    .arg(liquidWindow.lowK)
                    .arg(liquidWindow.highK)
                    .arg(T1)
                    .arg(T2);
    return f;
}

} // namespace gb
