#pragma once

// Shared by the Kissinger and isoconversional energies: the straight-line fit of y against 1/T
// and its conversion to an activation energy. Internal to the DSC analysis.

#include "analysis/dsc/Kissinger.h"

namespace gb::detail {

/// Fits y = intercept + slope·x (x = 1/T) and returns E = −R·slope/factor in kJ/mol with its
/// standard error, t-based half width and r². Status "fit_failed" when the line cannot be fitted.
ActivationEnergy energyFromLine(std::vector<double> x, std::vector<double> y, double factor,
                                double confidenceLevel);

} // namespace gb::detail
