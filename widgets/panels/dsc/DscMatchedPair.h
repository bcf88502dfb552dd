#pragma once

#include "analysis/campaign/AnalysisTables.h"
#include "analysis/dsc/MatchedPeakCurves.h"

#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace gb {

class Document;

/// What the path comparison draws for one row of dsc_matched.csv: the isochronal scan's peak
/// with its measured ΔH, T_p and FWHM (dsc_peaks.csv), and the isothermal peak of equal ΔH
/// (MatchedPeakCurves) with the interpolated t_a_equiv, T_p and FWHM of the row. The curves come
/// from analysing the scans again exactly as the campaign analysis does (DscCurrentScan).
struct DscMatchedPair {
    int row = -1;    ///< in dsc_matched.csv
    QString message; ///< why something is missing (empty when both curves are there)
    QString sample;
    double agingTemperatureK = std::numeric_limits<double>::quiet_NaN();
    double heatingRateKPerS = std::numeric_limits<double>::quiet_NaN();
    double coolingRateKPerS = std::numeric_limits<double>::quiet_NaN(); ///< φ of the isochronal scan
    QString status;                                                     ///< of the row
    QString rowMessage;                                                 ///< of the row

    // The isochronal scan: its curve from the analysis, its numbers from dsc_peaks.csv.
    QString isochronalId;
    QString isochronalLabel;
    std::optional<DscScanResult> isochronal;
    double isochronalEnthalpyUj = std::numeric_limits<double>::quiet_NaN();
    double isochronalPeakTemperatureK = std::numeric_limits<double>::quiet_NaN();
    double isochronalFwhmK = std::numeric_limits<double>::quiet_NaN();

    // The isothermal side: the series of the same sample, T_a and β, and the numbers of record.
    QStringList seriesIds;
    std::vector<IsothermalPeakScan> series;
    EqualEnthalpyPeak isothermal;
    double equivalentAgingTimeS = std::numeric_limits<double>::quiet_NaN();       ///< t_a_equiv_s
    double isothermalPeakTemperatureK = std::numeric_limits<double>::quiet_NaN(); ///< Tp_isothermal_K
    double isothermalFwhmK = std::numeric_limits<double>::quiet_NaN();            ///< FWHM_isothermal_K
    /// The nearest measured scan's own numbers from dsc_peaks.csv (NearestScan only).
    double nearestEnthalpyUj = std::numeric_limits<double>::quiet_NaN();
    double nearestPeakTemperatureK = std::numeric_limits<double>::quiet_NaN();
    double nearestFwhmK = std::numeric_limits<double>::quiet_NaN();
    /// The curves reproduce the table (false while the table is being recomputed after a change).
    bool agreesWithTable = true;
};

/// Assembles row `row` of dsc_matched.csv in `results` from the document's scans. Runs the
/// analyses of the isochronal scan and of its isothermal series on the calling thread
/// (milliseconds per scan).
DscMatchedPair dscMatchedPair(const Document &document, const AnalysisTables &results, int row);

} // namespace gb
