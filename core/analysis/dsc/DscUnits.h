#pragma once

// Unit conversions of the Flash DSC analysis (methods.md §1.1). Heat flow in mW, temperature in
// K, heating rate in K/s, mass in ng, enthalpy in µJ or J/g. Pure functions; thread-safe.

namespace gb {

/// Enthalpy (µJ) of a heat-flow area ∫Φ dT (mW·K) measured at heating rate β (K/s):
/// ΔH = (1/β)∫Φ dT. 1 mW·K at 1000 K/s is 1 µJ. NaN for β ≤ 0.
double enthalpyMicrojoules(double areaMilliwattKelvin, double heatingRateKPerS);

/// Specific enthalpy (J/g) of an enthalpy (µJ) of a sample of `massNg` (ng). NaN for mass ≤ 0.
double specificEnthalpyJoulesPerGram(double enthalpyMicrojoules, double massNg);

/// Specific heat capacity c_p = Φ/(m·β) (J g⁻¹ K⁻¹) from a heat flow Φ (mW), a mass (ng) and a
/// heating rate (K/s). NaN for mass ≤ 0 or β ≤ 0.
double specificHeatCapacity(double heatFlowMilliwatt, double massNg, double heatingRateKPerS);

/// Sample mass (ng) from the measured melting enthalpy ΔH_m (µJ) and the specific melting
/// enthalpy Δh_m of the bulk material (J/g): m = ΔH_m/Δh_m. NaN for Δh_m ≤ 0.
double massFromMeltingNanograms(double meltingEnthalpyMicrojoules, double specificMeltingEnthalpyJPerG);

} // namespace gb
