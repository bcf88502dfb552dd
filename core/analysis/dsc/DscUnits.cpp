#include "analysis/dsc/DscUnits.h"

#include <limits>

namespace gb {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

// mW·K / (K/s) = mW·s = mJ = 1000 µJ.
double enthalpyMicrojoules(double areaMilliwattKelvin, double heatingRateKPerS)
{
    return heatingRateKPerS > 0 ? 1000.0 * areaMilliwattKelvin / heatingRateKPerS : kNaN;
}

// µJ / ng = 1e-6 J / 1e-9 g = 1000 J/g.
double specificEnthalpyJoulesPerGram(double enthalpyMicrojoules, double massNg)
{
    return massNg > 0 ? 1000.0 * enthalpyMicrojoules / massNg : kNaN;
}

// mW / (mg · K/s) = J g⁻¹ K⁻¹; 1 ng = 1e-6 mg.
double specificHeatCapacity(double heatFlowMilliwatt, double massNg, double heatingRateKPerS)
{
    return massNg > 0 && heatingRateKPerS > 0 ? heatFlowMilliwatt / (massNg * 1e-6 * heatingRateKPerS) : kNaN;
}

// µJ / (J/g) = 1e-6 g = 1000 ng.
double massFromMeltingNanograms(double meltingEnthalpyMicrojoules, double specificMeltingEnthalpyJPerG)
{
    return specificMeltingEnthalpyJPerG > 0
               ? 1000.0 * meltingEnthalpyMicrojoules / specificMeltingEnthalpyJPerG
               : kNaN;
}

} // namespace gb
