#pragma once

// Isoconversional activation energies at one conversion α (methods.md §1.6, ICTAC [R6]):
// Friedman ln(dα/dt) vs 1/T_α, Ozawa–Flynn–Wall ln β vs 1/T_α (Doyle factor 1.052), KAS
// ln(β/T_α²) vs 1/T_α and Starink ln(β/T_α^1.92) vs 1/T_α (factor 1.0008); and the conversion point
// of one scan from its peak curve.

#include "analysis/dsc/Kissinger.h"

#include <vector>

namespace gb {

enum class IsoconversionalMethod { Friedman, OzawaFlynnWall, KissingerAkahiraSunose, Starink };

/// Where one scan reaches the conversion α.
struct ConversionPoint {
    double heatingRateKPerS = 0;
    double temperatureK = std::numeric_limits<double>::quiet_NaN(); ///< T_α
    double ratePerS = std::numeric_limits<double>::quiet_NaN();     ///< dα/dt at T_α (Friedman)
};

/// T_α and dα/dt of a scan whose (baseline-free, endothermic positive) signal y(T) is
/// proportional to dα/dT: α(T) = ∫_{T_start}^{T} y / ∫ y over the whole curve (trapezoid),
/// T_α by linear interpolation, dα/dt = β·y(T_α)/∫y. NaN members when α is not reached.
ConversionPoint conversionPoint(const std::vector<double> &temperatureK, const std::vector<double> &signal,
                                double heatingRateKPerS, double alpha);

/// The energy of one isoconversional method from the scans' conversion points at the same α.
/// Refuses fewer than 3 points or 3 distinct rates ("too_few_points"). Pure; thread-safe.
ActivationEnergy isoconversionalEnergy(IsoconversionalMethod method,
                                       const std::vector<ConversionPoint> &points,
                                       double confidenceLevel = 0.95, double rateTolerance = 0.005);

} // namespace gb
