#pragma once

// Parameters of the Tool–Narayanaswamy–Moynihan model (methods.md §2.1) and the heat-capacity
// model that turns a fictive-temperature history into a heat-flow signal (§1.1).

#include "support/Result.h"

namespace gb {

/// τ(T, T_f) = A · exp[x Δh*/(R T) + (1 − x) Δh*/(R T_f)], relaxation function exp(−ξ^β).
struct TnmParameters {
    double activationOverR = 0; ///< Δh*/R in K (> 0)
    double nonlinearity = 1;    ///< x, 0 < x ≤ 1
    double beta = 1;            ///< KWW non-exponentiality β, 0 < β ≤ 1
    double lnA = 0;             ///< ln(A / s); A itself under/overflows (ln A ≈ −120 is typical)

    /// ln(τ / s) at temperature `temperature` and fictive temperature `fictiveTemperature` (K).
    double lnTau(double temperature, double fictiveTemperature) const
    {
        return lnA + nonlinearity * activationOverR / temperature +
               (1 - nonlinearity) * activationOverR / fictiveTemperature;
    }

    /// Parameters with ln A chosen so that τ(T_ref, T_ref) = `tauAtReference` (s):
    /// ln A = ln τ_ref − Δh*/(R T_ref) (§2.1 re-parameterisation).
    static TnmParameters fromReferenceTime(double activationOverR, double nonlinearity, double beta,
                                           double referenceTemperature, double tauAtReference);

    /// Error "invalid_parameters" unless Δh*/R > 0, 0 < x ≤ 1, 0 < β ≤ 1 and ln A finite.
    Status validate() const;
};

/// Specific heat of the glass and of the step to the liquid, both linear in T, and the mass that
/// converts them to a heat flow: Φ = m·[c_p,g(T)·dT/dt + Δc_p(T)·dT_f/dt] (mW, endothermic
/// positive), which on a ramp at rate q is m·q·[c_p,g + Δc_p·c_pN].
struct HeatCapacityModel {
    double massMg = 0;       ///< sample mass m in mg (mg · J/(g·K) · K/s = mW)
    double glassCp = 0;      ///< c_p,g at 0 K intercept, J/(g·K)
    double glassCpSlope = 0; ///< dc_p,g/dT, J/(g·K²)
    double stepCp = 0;       ///< Δc_p = c_p,l − c_p,g intercept, J/(g·K)
    double stepCpSlope = 0;  ///< dΔc_p/dT, J/(g·K²)

    double glass(double temperature) const { return glassCp + glassCpSlope * temperature; }
    double step(double temperature) const { return stepCp + stepCpSlope * temperature; }
};

} // namespace gb
