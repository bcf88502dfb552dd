#pragma once

// Puts a relaxed scan and its reference on one temperature axis and subtracts them
// (methods.md §1.2 step 4): the grid is the overlap of both ramps — never extrapolated — made of
// the relaxed scan's own temperatures or of a uniform spacing; the other trace is interpolated
// linearly.

#include "analysis/dsc/HeatingScan.h"

#include <vector>

namespace gb {

/// Both traces and their difference on the common grid (endothermic positive, mW).
struct AlignedScans {
    std::vector<double> temperatureK;
    std::vector<double> relaxedMw;
    std::vector<double> referenceMw;
    std::vector<double> differenceMw; ///< relaxed − reference
    double gridStepK = 0;             ///< median spacing of the grid
    bool uniformGrid = false;         ///< false: the relaxed scan's own samples
};

/// Aligns `relaxed` and `reference` (both with increasing temperature). gridStepK > 0 asks for
/// a uniform grid with that spacing; 0 keeps the relaxed samples inside the overlap.
/// Error "out_of_range" when the ramps overlap over fewer than 10 grid points. Pure; thread-safe.
Result<AlignedScans> alignOnCommonGrid(const HeatingScan &relaxed, const HeatingScan &reference,
                                       double gridStepK = 0);

} // namespace gb
