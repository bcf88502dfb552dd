#pragma once

// Limiting fictive temperature T_f′ of a heating scan by Moynihan's area matching
// (methods.md §1.5): ∫_{T_f′}^{T2} (c_p,l − c_p,g) dT = ∫_{T1}^{T2} (c_p − c_p,g) dT, with c_p,g and
// c_p,l straight lines fitted in the glass and liquid windows and extrapolated.

#include "analysis/dsc/DscSettings.h"
#include "fit/LinearRegression.h"

#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace gb {

/// T_f′ with the lines and the area it came from.
struct FictiveTemperature {
    QString status; ///< "ok", "bad_data" (windows with too few points), "out_of_range" (no root in [T1, T2])
    QString message;
    double fictiveTemperatureK = std::numeric_limits<double>::quiet_NaN();
    LineFit glassLine;                                           ///< c_p,g(T)
    LineFit liquidLine;                                          ///< c_p,l(T)
    double lowerK = std::numeric_limits<double>::quiet_NaN();    ///< T1
    double upperK = std::numeric_limits<double>::quiet_NaN();    ///< T2
    double areaJPerG = std::numeric_limits<double>::quiet_NaN(); ///< S = ∫_{T1}^{T2}(c_p − c_p,g) dT

    bool ok() const { return status == QLatin1String("ok"); }
};

/// Moynihan T_f′ of c_p(T) (any consistent unit, e.g. J g⁻¹ K⁻¹) sampled on increasing
/// `temperatureK`. T1 and T2 default to the lower edge of the glass window and the upper edge of
/// the liquid window. With Δc_p = Δa + Δb·T the equation is (Δb/2)T² + Δa·T − (Δa·T2 + Δb·T2²/2 − S) = 0;
/// the root inside [T1, T2] is returned (Δb = 0: T_f′ = T2 − S/Δa). The area uses the trapezoid
/// rule, so a step between grid nodes is placed within half a grid step. Pure; thread-safe.
FictiveTemperature moynihanFictiveTemperature(const std::vector<double> &temperatureK,
                                              const std::vector<double> &heatCapacity,
                                              const TemperatureWindow &glassWindow,
                                              const TemperatureWindow &liquidWindow,
                                              std::optional<double> lowerK = std::nullopt,
                                              std::optional<double> upperK = std::nullopt);

} // namespace gb
