#pragma once

// Turns one imported DSC curve into a clean heating ramp (methods.md §1.1–1.2): picks the
// temperature and heat-flow columns, converts the heat flow to endothermic positive, keeps the
// longest stretch heated at the constant rate (cutting the start-up and end transients where
// |dT/dt − β|/β exceeds the tolerance) and repairs a non-monotonic measured temperature by a
// straight-line fit of T(t) — never by sorting.

#include "data/Dataset.h"
#include "support/Result.h"

#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace gb {

/// How a scan is prepared.
struct HeatingScanOptions {
    Quantity temperatureQuantity = Quantity::Temperature; ///< or Quantity::ProgramTemperature
    std::optional<double> nominalRateKPerS;               ///< the manifest's heating rate, K/s
    double transientTolerance = 0.02;                     ///< |dT/dt − β|/β above this is cut
    HeatFlowSign unknownSignAssumption = HeatFlowSign::EndothermicUp;
    bool flipSign = false;        ///< invert after applying the file's convention
    std::optional<double> massNg; ///< for a specific heat-flow column when the file has no mass
};

/// A heating ramp ready for subtraction: T increasing, heat flow endothermic positive (mW).
struct HeatingScan {
    std::vector<double> temperatureK;
    std::vector<double> heatFlowMw;
    std::vector<double> timeS; ///< empty when the curve has no time column
    QString temperatureColumn; ///< name of the column used
    QString heatFlowColumn;
    double measuredRateKPerS = std::numeric_limits<double>::quiet_NaN(); ///< slope of T(t) on the ramp
    std::size_t firstRow = 0;                                            ///< first dataset row kept (0-based)
    std::size_t lastRow = 0;                                             ///< last dataset row kept
    std::size_t rowsCut = 0;          ///< rows dropped as transients or outside the ramp
    double signFactor = 1;            ///< +1 or −1: what the file's heat flow was multiplied by
    bool temperatureRefitted = false; ///< T was replaced by a straight-line fit of T(t)
    QStringList assumptions;          ///< what was assumed, in words
    QStringList warnings;             ///< what a person should look at
};

/// Prepares one curve. Errors (code "bad_data"): no temperature or heat-flow column, a
/// specific heat flow without any mass, fewer than 10 usable rows, no heating stretch.
/// Pure; thread-safe.
Result<HeatingScan> prepareHeatingScan(const Dataset &dataset, const HeatingScanOptions &options);

/// The temperature column both scans of a pair share: the sample temperature when both have
/// one, else the program temperature when both have that (methods.md §1.2 step 1).
Quantity sharedTemperatureQuantity(const Dataset &a, const Dataset &b);

} // namespace gb
