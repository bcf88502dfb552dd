#pragma once

#include "data/Dataset.h"

namespace gb {

/// The two columns a curve is normally drawn with: heat flow against temperature for DSC,
/// stress or modulus against time for relaxation, load against depth for indentation.
struct DatasetAxes {
    const Column *x = nullptr;
    const Column *y = nullptr;
};

/// Picks the natural axes of a dataset; falls back to the first two numeric columns.
/// Both pointers are null when the dataset has fewer than two columns.
DatasetAxes defaultAxes(const Dataset &dataset);

} // namespace gb
