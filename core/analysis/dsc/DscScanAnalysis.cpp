#include "analysis/dsc/DscScanAnalysis.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DscScanAnalysis", text);
}

HeatingScanOptions scanOptions(const DscScanSettings &settings, Quantity temperature,
                               std::optional<double> rate, std::optional<double> massNg)
{
    HeatingScanOptions o;
    o.temperatureQuantity = temperature;
    o.nominalRateKPerS = rate;
    o.transientTolerance = settings.transientTolerance;
    o.unknownSignAssumption = settings.unknownSignAssumption;
    o.flipSign = settings.flipSign;
    o.massNg = massNg;
    return o;
}

/// Savitzky–Golay half width (samples) for a window of `windowK` kelvin on a grid of `stepK`.
std::size_t halfWidthFor(double windowK, double stepK, std::size_t n)
{
    if (!(windowK > 0) || !(stepK > 0))
        return 0;
    const double samples = windowK / stepK;
    const auto half = std::size_t(std::max(1.0, std::round((samples - 1) / 2)));
    return std::min(half, n / 4);
}

DscScanResult fail(DscScanResult result, const Error &error, const QString &what)
{
    result.status = error.code.isEmpty() ? QStringLiteral("bad_data") : error.code;
    result.message = what.isEmpty() ? error.message : what + QStringLiteral(": ") + error.message;
    return result;
}
} // namespace

double measuredHeatingRate(const Dataset &dataset, const DscScanSettings &settings)
{
    const Quantity q =
        dataset.column(Quantity::Temperature) ? Quantity::Temperature : Quantity::ProgramTemperature;
    const Result<HeatingScan> scan =
        prepareHeatingScan(dataset, scanOptions(settings, q, std::nullopt, settings.massNg));
    return scan.ok() ? scan->measuredRateKPerS : std::numeric_limits<double>::quiet_NaN();
}

DscScanResult analyzeDscScan(const Dataset &relaxed, const Dataset &reference, const DscScanRequest &request,
                             const DscScanSettings &settings, const DscScanSettings &referenceSettings)
{
    DscScanResult result;
    result.massNg = settings.massNg ? settings.massNg : request.massNg;
    result.thermalLagS = settings.thermalLagS;
    const Quantity temperature = sharedTemperatureQuantity(relaxed, reference);

    Result<HeatingScan> relaxedScan = prepareHeatingScan(
        relaxed, scanOptions(settings, temperature, request.heatingRateKPerS, result.massNg));
    if (!relaxedScan.ok())
        return fail(std::move(result), relaxedScan.error(), tr("relaxed scan"));
    Result<HeatingScan> referenceScan = prepareHeatingScan(
        reference, scanOptions(referenceSettings, temperature, request.heatingRateKPerS, result.massNg));
    if (!referenceScan.ok())
        return fail(std::move(result), referenceScan.error(), tr("reference scan"));
    result.relaxed = std::move(relaxedScan.value());
    result.reference = std::move(referenceScan.value());
    for (const HeatingScan *scan : {&result.relaxed, &result.reference}) {
        const QString which = scan == &result.relaxed ? tr("relaxed") : tr("reference");
        for (const QString &a : scan->assumptions)
            result.assumptions << which + QStringLiteral(": ") + a;
        for (const QString &w : scan->warnings)
            result.warnings << which + QStringLiteral(": ") + w;
    }

    if (request.heatingRateKPerS && *request.heatingRateKPerS > 0) {
        result.heatingRateKPerS = *request.heatingRateKPerS;
    } else if (result.relaxed.measuredRateKPerS > 0) {
        result.heatingRateKPerS = result.relaxed.measuredRateKPerS;
        result.assumptions << tr("heating rate %1 K/s measured from the curve (the manifest gives none)")
                                  .arg(result.heatingRateKPerS, 0, 'g', 6);
    } else {
        result.status = QStringLiteral("bad_data");
        result.message = tr("the heating rate is neither in the manifest nor measurable (no time column)");
        return result;
    }
    const double ra = result.relaxed.measuredRateKPerS, rr = result.reference.measuredRateKPerS;
    if (ra > 0 && rr > 0 && std::abs(ra / rr - 1) > 0.005)
        result.warnings << tr("the relaxed scan is heated at %1 K/s, its reference at %2 K/s")
                               .arg(ra, 0, 'g', 5)
                               .arg(rr, 0, 'g', 5);

    Result<AlignedScans> aligned = alignOnCommonGrid(result.relaxed, result.reference, settings.gridStepK);
    if (!aligned.ok())
        return fail(std::move(result), aligned.error(), {});
    result.aligned = std::move(aligned.value());
    const std::size_t n = result.aligned.temperatureK.size();
    result.assumptions << tr("common grid %1–%2 K, %3 points (%4), reference interpolated linearly")
                              .arg(result.aligned.temperatureK.front(), 0, 'f', 2)
                              .arg(result.aligned.temperatureK.back(), 0, 'f', 2)
                              .arg(n)
                              .arg(result.aligned.uniformGrid ? tr("uniform")
                                                              : tr("the relaxed scan's samples"));

    const std::size_t halfWidth = settings.smoothing == DscSmoothing::Never
                                      ? 0
                                      : halfWidthFor(settings.smoothingWindowK, result.aligned.gridStepK, n);
    BaselineOptions baselineOptions;
    baselineOptions.windowWidthK = settings.windowWidthK;
    baselineOptions.minimumWindowWidthK = settings.minimumWindowWidthK;
    baselineOptions.flatnessNoiseFactor = settings.flatnessNoiseFactor;
    baselineOptions.flatnessRelative = settings.flatnessRelative;
    baselineOptions.smoothingHalfWidth = halfWidth;
    baselineOptions.glassWindow = settings.glassWindow;
    baselineOptions.liquidWindow = settings.liquidWindow;
    Result<DscBaseline> baseline =
        fitDscBaseline(result.aligned.temperatureK, result.aligned.differenceMw, baselineOptions);
    if (!baseline.ok())
        return fail(std::move(result), baseline.error(), tr("baseline"));
    result.baseline = std::move(baseline.value());
    result.assumptions << result.baseline.assumptions;
    result.warnings << result.baseline.warnings;

    RelaxationPeakOptions peakOptions;
    peakOptions.lowerLimitK = settings.lowerLimitK;
    peakOptions.upperLimitK = settings.upperLimitK;
    peakOptions.sensitivityShiftK = settings.sensitivityShiftK;
    peakOptions.smoothing = settings.smoothing;
    peakOptions.smoothingHalfWidth = halfWidth;
    peakOptions.prominenceNoiseFactor = settings.prominenceNoiseFactor;
    peakOptions.minimumRelativeProminence = settings.minimumRelativeProminence;
    peakOptions.vertexFitLevel = settings.vertexFitLevel;
    result.peak = analyzeRelaxationPeak(result.aligned.temperatureK, result.aligned.differenceMw,
                                        result.baseline, result.heatingRateKPerS, result.massNg, peakOptions);
    result.assumptions << result.peak.assumptions;
    result.warnings << result.peak.warnings;
    result.status = result.peak.status;
    if (std::isfinite(result.peak.peakTemperatureK))
        result.correctedPeakTemperatureK =
            result.peak.peakTemperatureK - result.heatingRateKPerS * result.thermalLagS;
    if (result.thermalLagS != 0)
        result.assumptions << tr("thermal lag %1 s: corrected T_p = T_p − β·τ_lag").arg(result.thermalLagS);
    if (!result.peak.ok())
        result.message = result.peak.message;
    else if (!result.warnings.isEmpty())
        result.message = result.warnings.join(QStringLiteral("; "));
    else
        result.message = tr("integrated between %1 K and %2 K")
                             .arg(result.peak.lowerLimitK, 0, 'f', 2)
                             .arg(result.peak.upperLimitK, 0, 'f', 2);
    return result;
}

} // namespace gb
