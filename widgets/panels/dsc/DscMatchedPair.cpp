#include "panels/dsc/DscMatchedPair.h"

#include "analysis/dsc/ReferencePairing.h"
#include "document/Document.h"
#include "models/ResultTableValues.h"
#include "panels/dsc/DscCurrentScan.h"
#include "project/ProjectAnalysis.h"

#include <QCoreApplication>

#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DscMatchedPair", text);
}

std::optional<double> known(double value)
{
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

/// Equal within rounding, or both missing.
bool sameNumber(double a, double b)
{
    if (!std::isfinite(a) || !std::isfinite(b))
        return !std::isfinite(a) && !std::isfinite(b);
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}
} // namespace

DscMatchedPair dscMatchedPair(const Document &document, const AnalysisTables &results, int row)
{
    DscMatchedPair pair;
    pair.row = row;
    const ResultTable *matched = findResultTable(results, QStringLiteral("dsc_matched.csv"));
    const ResultTable *peaks = findResultTable(results, QStringLiteral("dsc_peaks.csv"));
    if (!matched || !peaks || row < 0 || row >= matched->rowCount()) {
        pair.message = tr("Select a matched pair in the list below.");
        return pair;
    }
    pair.sample = resultText(*matched, row, QStringLiteral("sample"));
    pair.agingTemperatureK = resultNumber(*matched, row, QStringLiteral("T_a_K"));
    pair.heatingRateKPerS = resultNumber(*matched, row, QStringLiteral("heating_rate_K_per_s"));
    pair.coolingRateKPerS = resultNumber(*matched, row, QStringLiteral("phi_K_per_s"));
    pair.status = resultText(*matched, row, QStringLiteral("status"));
    pair.rowMessage = resultText(*matched, row, QStringLiteral("message"));
    pair.equivalentAgingTimeS = resultNumber(*matched, row, QStringLiteral("t_a_equiv_s"));
    pair.isothermalPeakTemperatureK = resultNumber(*matched, row, QStringLiteral("Tp_isothermal_K"));
    pair.isothermalFwhmK = resultNumber(*matched, row, QStringLiteral("FWHM_isothermal_K"));
    const double enthalpyUj = resultNumber(*matched, row, QStringLiteral("dH_uJ"));

    // The isochronal scan: numbers of record from dsc_peaks.csv, the curve from its analysis.
    pair.isochronalId = resultDatasetId(*matched, row);
    pair.isochronalLabel = document.curveLabel(CurveRef{pair.isochronalId, 0});
    for (qsizetype r = 0; r < peaks->rowCount(); ++r)
        if (resultDatasetId(*peaks, r) == pair.isochronalId) {
            pair.isochronalEnthalpyUj = resultNumber(*peaks, r, QStringLiteral("dH_uJ"));
            pair.isochronalPeakTemperatureK = resultNumber(*peaks, r, QStringLiteral("Tp_K"));
            pair.isochronalFwhmK = resultNumber(*peaks, r, QStringLiteral("FWHM_K"));
        }
    const DscCurrentScan isochronal = analyzeCurrentDscScan(document, pair.isochronalId);
    pair.isochronal = isochronal.result;
    if (!isochronal.result)
        pair.message = tr("%1: %2").arg(pair.isochronalLabel, isochronal.message);

    // The isothermal series of the same sample, T_a and heating rate, as the analysis groups it.
    const Result<AnalysisSettings> stored = analysisSettingsOf(document.project());
    const double tolerance = stored.ok() ? stored->dsc.rateTolerance : DscSettings{}.rateTolerance;
    std::vector<qsizetype> seriesRows;
    for (qsizetype r = 0; r < peaks->rowCount(); ++r) {
        if (resultText(*peaks, r, QStringLiteral("path")) != QLatin1String("isothermal") ||
            resultText(*peaks, r, QStringLiteral("sample")) != pair.sample ||
            !sameNumber(resultNumber(*peaks, r, QStringLiteral("T_a_K")), pair.agingTemperatureK) ||
            !sameHeatingRate(known(resultNumber(*peaks, r, QStringLiteral("heating_rate_K_per_s"))),
                             known(pair.heatingRateKPerS), tolerance))
            continue;
        const QString id = resultDatasetId(*peaks, r);
        const double agingTimeS = resultNumber(*peaks, r, QStringLiteral("t_a_s"));
        const QString label = document.curveLabel(CurveRef{id, 0});
        const DscCurrentScan scan = analyzeCurrentDscScan(document, id);
        IsothermalPeakScan peak;
        if (scan.result) {
            peak = isothermalPeakScan(*scan.result, agingTimeS, label);
        } else {
            peak.label = label;
            peak.agingTimeS = agingTimeS;
        }
        pair.series.push_back(std::move(peak));
        pair.seriesIds << id;
        seriesRows.push_back(r);
    }
    pair.isothermal = equalEnthalpyIsothermalPeak(enthalpyUj, pair.series);
    const EqualEnthalpyPeak &iso = pair.isothermal;
    if (iso.kind == EqualEnthalpyPeak::Kind::NearestScan) {
        const qsizetype r = seriesRows[iso.parts.front().scan];
        pair.nearestEnthalpyUj = resultNumber(*peaks, r, QStringLiteral("dH_uJ"));
        pair.nearestPeakTemperatureK = resultNumber(*peaks, r, QStringLiteral("Tp_K"));
        pair.nearestFwhmK = resultNumber(*peaks, r, QStringLiteral("FWHM_K"));
    }
    if (!iso.hasCurve() && pair.message.isEmpty())
        pair.message = iso.message;
    // The curves were analysed now; the table may still be the one before a change of settings.
    pair.agreesWithTable =
        !std::isfinite(enthalpyUj) ||
        (sameNumber(enthalpyUj, pair.isochronalEnthalpyUj) && iso.match.status == pair.status &&
         sameNumber(iso.match.equivalentAgingTimeS, pair.equivalentAgingTimeS) &&
         sameNumber(iso.match.peakTemperatureK, pair.isothermalPeakTemperatureK) &&
         sameNumber(iso.match.fwhmK, pair.isothermalFwhmK) &&
         (!pair.isochronal || sameNumber(pair.isochronal->peak.enthalpyUj, enthalpyUj)));
    return pair;
}

} // namespace gb
