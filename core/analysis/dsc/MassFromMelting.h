#pragma once

// Sample mass of a chip-calorimetry sample from its melting peak (methods.md §1.1):
// m = ΔH_m,measured / Δh_m,specific, with ΔH_m = (1/β)∫(Φ − baseline) dT over the melting peak
// of the fully crystallised sample and a straight baseline between the melting onset and offset.

#include "analysis/dsc/DscSettings.h"

#include <QString>

#include <limits>
#include <vector>

namespace gb {

/// The melting enthalpy and the mass it gives, with what was assumed.
struct MeltingMass {
    QString status; ///< "ok", "out_of_range" (limits outside the curve), "bad_input"
    QString message;
    TemperatureWindow limits; ///< onset and offset of melting used, K
    double baselineStartMw = std::numeric_limits<double>::quiet_NaN(); ///< straight baseline at the onset
    double baselineEndMw = std::numeric_limits<double>::quiet_NaN();   ///< ... and at the offset
    double areaMwK = std::numeric_limits<double>::quiet_NaN();         ///< ∫(Φ − baseline) dT
    double enthalpyUj = std::numeric_limits<double>::quiet_NaN();      ///< ΔH_m, µJ (endothermic positive)
    double massNg = std::numeric_limits<double>::quiet_NaN();

    bool ok() const { return status == QLatin1String("ok"); }
};

/// Integrates the melting peak of a heating scan between `limits` (onset, offset; K) above a
/// straight baseline joining the curve at both limits, and divides by Δh_m (J/g).
/// `temperatureK` must increase; `heatFlowMw` is endothermic positive; β in K/s. Pure; thread-safe.
MeltingMass massFromMeltingPeak(const std::vector<double> &temperatureK,
                                const std::vector<double> &heatFlowMw, double heatingRateKPerS,
                                const TemperatureWindow &limits, double specificMeltingEnthalpyJPerG);

} // namespace gb
