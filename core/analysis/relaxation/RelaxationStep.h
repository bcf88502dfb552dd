#pragma once

// Start of the relaxation step and normalisation of a stress-relaxation curve (methods.md §3.1,
// issue 7): the time origin is the end of the loading ramp; the signal is divided by its value
// there (σ/σ₀, or G(t)/G₀ when the file holds a modulus).

#include "data/Dataset.h"
#include "support/Result.h"

#include <limits>
#include <vector>

namespace gb {

/// A relaxation curve from the end of loading on, normalised to its value there.
struct RelaxationCurve {
    Quantity signal = Quantity::Stress; ///< Stress or Modulus (what the file holds)
    /// Index (in the dataset's rows) of the first point of the relaxation step.
    qsizetype stepIndex = 0;
    /// Time of the step start in the file's clock, s. The origin of `times`: 0 when the file
    /// starts with the relaxation (no loading ramp recorded), else the time at `stepIndex`.
    double originS = 0.0;
    double rampDurationS = 0.0; ///< length of the recorded loading ramp (0 if none), s
    double reference = std::numeric_limits<double>::quiet_NaN(); ///< σ₀ or G₀ in MPa
    std::vector<double> times;      ///< t − origin, s (finite points only, ascending)
    std::vector<double> normalized; ///< σ/σ₀ or G/G₀ at `times`
};

/// Index of the end of the loading ramp: where the strain first reaches its final level (within
/// 1 % of its range) when the dataset has a strain column that rises, else the maximum of
/// |signal|. Pure; thread-safe.
qsizetype findRelaxationStart(const std::vector<double> &times, const std::vector<double> &signal,
                              const std::vector<double> &strain = {});

/// Builds the normalised curve from a dataset with a Time column and a Stress or Modulus column
/// (Strain optional). Errors: "no_columns" when a column is missing, "too_few_points" when
/// fewer than 5 finite points follow the step, "bad_signal" when the signal at the step is 0 or
/// not finite. Thread-safe.
Result<RelaxationCurve> extractRelaxationCurve(const Dataset &dataset);

} // namespace gb
