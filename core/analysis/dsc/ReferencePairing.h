#pragma once

// Which reference (as-cooled) scan each relaxed DSC scan is subtracted from — the rule of
// interfaces.md §1: the row's `reference` cell ("file" or "file#segment") when given; else the
// `reference` row of the same sample with the same heating rate (within 0.5 %) in the same file
// if there is one, else the first such row listed.

#include "data/Campaign.h"

#include <QString>

#include <optional>
#include <vector>

namespace gb {

/// What pairing needs to know about one DSC row of the manifest (in manifest order).
struct PairingRow {
    QString file;           ///< as written in the manifest
    QString resolvedPath;   ///< absolute path
    QString segment;        ///< as written (index or curve name; empty = first)
    int datasetSegment = 0; ///< 1-based position of the loaded curve in its file (0 = not loaded)
    QString curveName;      ///< name of the loaded curve
    QString sample;
    ThermalPath path = ThermalPath::Unspecified;
    std::optional<double> heatingRateKPerS; ///< manifest rate, or the measured one
    QString reference;                      ///< the `reference` cell
};

/// The reference picked for one row.
struct ReferenceChoice {
    std::optional<std::size_t> index; ///< into the rows; empty when none was found
    bool fromReferenceCell = false;   ///< named by the row's `reference` cell
    QString message;                  ///< why none was found (empty when found)
};

/// Pairs every relaxed row (path isothermal or isochronal) with its reference; other rows get an
/// empty choice with an empty message. `rateTolerance` is relative (0.005 = 0.5 %).
/// `manifestFolder` resolves relative names in `reference` cells. Pure; thread-safe.
std::vector<ReferenceChoice> pairReferences(const std::vector<PairingRow> &rows, double rateTolerance,
                                            const QString &manifestFolder);

/// True when both rates are known and agree within the relative tolerance.
bool sameHeatingRate(std::optional<double> a, std::optional<double> b, double rateTolerance);

} // namespace gb
