#pragma once

#include "analysis/dsc/DscScanAnalysis.h"
#include "analysis/dsc/DscSettings.h"

#include <QString>

#include <optional>

namespace gb {

class Document;

/// One relaxed DSC scan of the document analysed exactly as the campaign analysis does it: the
/// reference chosen by the pairing rule (ReferencePairing), the project's DSC settings merged
/// with the scan's own (integration limits, baseline windows, sign flip), rejected rows left out.
struct DscCurrentScan {
    QString datasetId;
    QString referenceId;      ///< empty when no reference was found
    QString message;          ///< why there is no analysis (empty when there is one)
    DscScanSettings settings; ///< the merged settings the scan was analysed with
    std::optional<DscScanResult> result;
};

/// Analyses the relaxed scan `datasetId` (isothermal or isochronal DSC row) of the document.
/// Runs on the calling thread (one scan: milliseconds).
DscCurrentScan analyzeCurrentDscScan(const Document &document, const QString &datasetId);

/// The dataset id of the first relaxed DSC row of the document (empty when there is none).
QString firstRelaxedDscScan(const Document &document);

/// True when the row is a DSC row on an isothermal or isochronal path.
bool isRelaxedDscRow(const Document &document, const QString &datasetId);

} // namespace gb
