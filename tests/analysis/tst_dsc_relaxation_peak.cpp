// One relaxed scan against its reference, from imported-style datasets to ΔH, T_p and FWHM
// (methods.md §1.2–1.4, §1.7: D4), under every heat-flow sign convention, with ramp transients,
// noise, given windows and limits, and the failure statuses.
#include "DscSynthetic.h"
#include "support/SharedData.h"

#include "analysis/dsc/DscScanAnalysis.h"
#include "io/BuiltinImporters.h"
#include "io/ImporterRegistry.h"

#include <QtTest>

#include <cmath>

using namespace gb;
using namespace gb::test;

namespace {
constexpr double kArea = 2.0 * 5.0 * 2.5066282746310002; // 2·5·√(2π) mW·K
constexpr double kFwhm = 5.0 * 2.3548200450309493;       // 2√(2 ln 2)·σ

/// D4: ΔΦ = Gaussian (2 mW, σ = 5 K, centre 400 K) + 0.05 mW + 0.001 mW/K·(T − 300 K).
double d4Difference(double T)
{
    return gaussian(T, 400, 5, 2) + 0.05 + 0.001 * (T - 300);
}

SyntheticScan relaxedScan(HeatFlowSign sign = HeatFlowSign::EndothermicUp)
{
    SyntheticScan s;
    s.sign = sign;
    s.heatFlowMw = [](double T) { return referenceSignal(T) + d4Difference(T); };
    return s;
}

SyntheticScan referenceScan(HeatFlowSign sign = HeatFlowSign::EndothermicUp)
{
    SyntheticScan s;
    s.sign = sign;
    s.offsetK = 0.013; // the reference is sampled at T + 0.013 K
    s.heatFlowMw = referenceSignal;
    return s;
}

DscScanResult analyse(const SyntheticScan &relaxed, const SyntheticScan &reference,
                      const DscScanSettings &settings = {}, std::optional<double> massNg = std::nullopt,
                      const DscScanSettings &referenceSettings = {})
{
    DscScanRequest request;
    request.heatingRateKPerS = relaxed.rateKPerS;
    request.massNg = massNg;
    return analyzeDscScan(*makeScan(relaxed), *makeScan(reference), request, settings, referenceSettings);
}
} // namespace

class DscRelaxationPeakTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shiftedGridsGaussianPeak_data(); // D4
    void shiftedGridsGaussianPeak();
    void curvesOnTheCommonGrid();
    void limitSensitivity();
    void rampTransientsAreCut();
    void noisyPeak();
    void givenWindowsAndLimits();
    void noPeak();
    void failures();
    void realHeatingRamps_data();
    void realHeatingRamps();
};

void DscRelaxationPeakTest::shiftedGridsGaussianPeak_data()
{
    QTest::addColumn<int>("relaxedSign");
    QTest::addColumn<int>("referenceSign");
    QTest::addColumn<bool>("flip"); // user flips both
    QTest::addColumn<int>("assumeUnknownAs");
    QTest::addColumn<double>("expectedSign"); // of ΔH
    const int up = int(HeatFlowSign::EndothermicUp), down = int(HeatFlowSign::EndothermicDown),
              unknown = int(HeatFlowSign::Unknown);
    QTest::newRow("D4 endothermic up") << up << up << false << up << 1.0;
    QTest::newRow("D4 endothermic down (STARe)") << down << down << false << up << 1.0;
    QTest::newRow("D4 mixed conventions") << down << up << false << up << 1.0;
    QTest::newRow("D4 unknown, assumed up") << unknown << unknown << false << up << 1.0;
    QTest::newRow("D4 unknown, assumed down") << unknown << unknown << false << down << -1.0;
    QTest::newRow("D4 flipped by the user") << up << up << true << up << -1.0;
}

void DscRelaxationPeakTest::shiftedGridsGaussianPeak()
{
    QFETCH(int, relaxedSign);
    QFETCH(int, referenceSign);
    QFETCH(bool, flip);
    QFETCH(int, assumeUnknownAs);
    QFETCH(double, expectedSign);
    DscScanSettings settings;
    settings.flipSign = flip;
    settings.unknownSignAssumption = HeatFlowSign(assumeUnknownAs);
    const DscScanResult r = analyse(relaxedScan(HeatFlowSign(relaxedSign)),
                                    referenceScan(HeatFlowSign(referenceSign)), settings, 484.0, settings);
    if (expectedSign < 0) {
        // An inverted signal shows a negative net area and no endothermic peak.
        QCOMPARE(r.status, QStringLiteral("no_peak"));
        QVERIFY2(std::abs(r.peak.areaMwK / -kArea - 1) < 1e-3, qPrintable(QString::number(r.peak.areaMwK)));
        QVERIFY(std::isnan(r.peak.peakTemperatureK));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.message));
    // After the baseline: area 25.066 mW·K (±0.1 %), T_p at the centre (±0.01 K).
    QVERIFY2(
        std::abs(r.peak.areaMwK / kArea - 1) < 1e-3,
        qPrintable(QStringLiteral("area %1 vs %2").arg(r.peak.areaMwK, 0, 'f', 6).arg(kArea, 0, 'f', 6)));
    QVERIFY2(std::abs(r.peak.peakTemperatureK - 400) < 0.01,
             qPrintable(QString::number(r.peak.peakTemperatureK, 'f', 6)));
    QVERIFY2(std::abs(r.peak.fwhmK / kFwhm - 1) < 1e-3, qPrintable(QString::number(r.peak.fwhmK, 'f', 6)));
    QVERIFY(std::abs(r.peak.peakHeightMw - 2.0) < 2e-3);
    QVERIFY(!r.peak.multimodal);
    QCOMPARE(r.peak.vertexMethod, QStringLiteral("log-parabola"));
    // ΔH = area/β: 25.066 mW·K at 1000 K/s = 25.066 µJ; with 484 ng: 51.79 J/g.
    QVERIFY(std::abs(r.peak.enthalpyUj - r.peak.areaMwK) < 1e-12);
    QVERIFY(std::abs(r.peak.specificEnthalpyJPerG - 1000 * r.peak.enthalpyUj / 484.0) < 1e-9);
    // The baseline found is the tilted offset line.
    QVERIFY2(std::abs(r.baseline.line.slope - 0.001) < 2e-6,
             qPrintable(QString::number(r.baseline.line.slope)));
    QVERIFY(std::abs(r.baseline.valueAt(300) - 0.05) < 5e-4);
    QVERIFY(r.baseline.glassWindow.highK < 400 - 3 * 5.0);
    QVERIFY(r.baseline.liquidWindow.lowK > 400 + 3 * 5.0);
    QVERIFY(r.baseline.glassAutomatic && r.baseline.liquidAutomatic);
    QCOMPARE(r.heatingRateKPerS, 1000.0);
}

void DscRelaxationPeakTest::curvesOnTheCommonGrid()
{
    const DscScanResult r = analyse(relaxedScan(HeatFlowSign::EndothermicDown), referenceScan());
    QVERIFY(r.ok());
    const AlignedScans &a = r.aligned;
    // Grid = the relaxed samples inside the overlap [300.013, 500]: never extrapolated.
    QVERIFY(a.temperatureK.front() >= 300.013 && a.temperatureK.front() < 300.013 + 0.1);
    QVERIFY(a.temperatureK.back() <= 500.0 + 1e-9);
    QCOMPARE(a.relaxedMw.size(), a.temperatureK.size());
    QCOMPARE(r.baseline.valuesMw.size(), a.temperatureK.size());
    QCOMPARE(r.peak.residualMw.size(), a.temperatureK.size());
    for (std::size_t i = 0; i < a.temperatureK.size(); i += 97) {
        const double T = a.temperatureK[i];
        QVERIFY(std::abs(a.relaxedMw[i] - (referenceSignal(T) + d4Difference(T))) < 1e-12); // sign converted
        QVERIFY(std::abs(a.referenceMw[i] - referenceSignal(T)) < 1e-5); // linear interpolation
        QVERIFY(std::abs(a.differenceMw[i] - a.relaxedMw[i] + a.referenceMw[i]) < 1e-15);
    }
    QCOMPARE(r.relaxed.signFactor, -1.0);
    QCOMPARE(r.reference.signFactor, 1.0);
}

void DscRelaxationPeakTest::limitSensitivity()
{
    const DscScanResult r = analyse(relaxedScan(), referenceScan());
    QVERIFY(r.ok());
    const LimitSensitivity &s = r.peak.sensitivity;
    QCOMPARE(s.shiftK, 5.0);
    // Outwards (into the flat windows) the area hardly changes; inwards the Gaussian tails are lost.
    QVERIFY(std::abs(s.lowerMinusUj) < 1e-3 * r.peak.enthalpyUj);
    QVERIFY(std::abs(s.upperPlusUj) < 1e-3 * r.peak.enthalpyUj);
    const double lostTail = 1000.0 / 1000.0 * 2.0 * 5.0 * std::sqrt(M_PI / 2) *
                            std::erfc((400 - (r.peak.lowerLimitK + 5)) / (5 * std::sqrt(2.0)));
    QVERIFY2(std::abs(s.lowerPlusUj + lostTail) < 2e-3 * r.peak.enthalpyUj,
             qPrintable(QStringLiteral("%1 vs %2").arg(s.lowerPlusUj).arg(-lostTail)));
    QVERIFY(s.upperMinusUj < 0);
    QVERIFY(!s.windowsNotFlat);
    QCOMPARE(s.largestUj, std::max({std::abs(s.lowerMinusUj), std::abs(s.lowerPlusUj),
                                    std::abs(s.upperMinusUj), std::abs(s.upperPlusUj)}));
}

void DscRelaxationPeakTest::rampTransientsAreCut()
{
    // The controller reaches the set rate as 1 − exp(−t/τ), τ = 2 ms: the first ≈ 4τ are cut.
    SyntheticScan relaxed = relaxedScan();
    SyntheticScan reference = referenceScan();
    relaxed.transientTauS = reference.transientTauS = 2e-3;
    const DscScanResult r = analyse(relaxed, reference);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const double tCut = 2e-3 * std::log(1 / 0.02); // rate within 2 % of β from here on
    QVERIFY(r.relaxed.firstRow > 0);
    const double firstKeptTime = r.relaxed.timeS.front();
    QVERIFY2(firstKeptTime >= tCut - 2e-3 && firstKeptTime <= tCut + 2e-3,
             qPrintable(QString::number(firstKeptTime)));
    QVERIFY(std::abs(r.relaxed.measuredRateKPerS / 1000 - 1) < 2e-3);
    QVERIFY(std::abs(r.peak.areaMwK / kArea - 1) < 1e-3);
    QVERIFY(std::abs(r.peak.peakTemperatureK - 400) < 0.01);
}

void DscRelaxationPeakTest::noisyPeak()
{
    SyntheticScan relaxed = relaxedScan();
    SyntheticScan reference = referenceScan();
    relaxed.noiseMw = reference.noiseMw = 0.004;
    reference.seed = 2;
    const DscScanResult r = analyse(relaxed, reference);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.peak.smoothed);
    QCOMPARE(r.peak.vertexMethod, QStringLiteral("least-squares cubic"));
    QVERIFY(std::abs(r.peak.noiseMw - 0.004 * std::sqrt(2.0)) < 0.1 * 0.004 * std::sqrt(2.0));
    QVERIFY2(std::abs(r.peak.areaMwK / kArea - 1) < 0.005, qPrintable(QString::number(r.peak.areaMwK)));
    QVERIFY2(std::abs(r.peak.peakTemperatureK - 400) < 3 * r.peak.peakTemperatureErrorK + 0.02,
             qPrintable(QString::number(r.peak.peakTemperatureK)));
    QVERIFY(r.peak.peakTemperatureErrorK > 0 && r.peak.peakTemperatureErrorK < 0.2);
    QVERIFY2(std::abs(r.peak.fwhmK / kFwhm - 1) < 0.02, qPrintable(QString::number(r.peak.fwhmK)));
    QVERIFY(!r.peak.multimodal);
}

void DscRelaxationPeakTest::givenWindowsAndLimits()
{
    DscScanSettings settings;
    settings.glassWindow = TemperatureWindow{320, 340};
    settings.liquidWindow = TemperatureWindow{460, 480};
    const DscScanResult r = analyse(relaxedScan(), referenceScan(), settings);
    QVERIFY(r.ok());
    QVERIFY(!r.baseline.glassAutomatic && !r.baseline.liquidAutomatic);
    QCOMPARE(r.peak.lowerLimitK, 340.0);
    QCOMPARE(r.peak.upperLimitK, 460.0);
    QVERIFY(std::abs(r.peak.areaMwK / kArea - 1) < 1e-5); // ±12σ: the whole Gaussian
    settings.lowerLimitK = 400.0;                         // half the peak
    const DscScanResult half = analyse(relaxedScan(), referenceScan(), settings);
    QVERIFY(std::abs(half.peak.areaMwK / (0.5 * kArea) - 1) < 1e-4);
    settings.lowerLimitK = 250.0; // outside the grid
    QCOMPARE(analyse(relaxedScan(), referenceScan(), settings).status, QStringLiteral("out_of_range"));
}

void DscRelaxationPeakTest::noPeak()
{
    // Both traces on the same grid: the difference is exactly a straight line.
    SyntheticScan reference = referenceScan();
    reference.offsetK = 0;
    SyntheticScan relaxed = reference;
    relaxed.heatFlowMw = [](double T) { return referenceSignal(T) + 0.02 + 1e-4 * (T - 300); };
    const DscScanResult r = analyse(relaxed, reference);
    QCOMPARE(r.status, QStringLiteral("no_peak"));
    QVERIFY(std::abs(r.peak.enthalpyUj) < 1e-4); // the straight offset is all baseline
    QVERIFY(std::isnan(r.peak.peakTemperatureK));
    QVERIFY(std::isnan(r.peak.fwhmK));
}

void DscRelaxationPeakTest::failures()
{
    // No overlap between the two ramps.
    SyntheticScan far = referenceScan();
    far.startK = 600;
    far.endK = 700;
    QCOMPARE(analyse(relaxedScan(), far).status, QStringLiteral("out_of_range"));
    // A curve without heat flow.
    DatasetPtr noFlow = makeScan(relaxedScan());
    auto stripped = std::make_shared<Dataset>(*noFlow);
    stripped->columns.pop_back();
    const DscScanResult r =
        analyzeDscScan(*stripped, *makeScan(referenceScan()), DscScanRequest{1000.0, std::nullopt}, {}, {});
    QCOMPARE(r.status, QStringLiteral("bad_data"));
    QVERIFY(r.message.contains(QStringLiteral("heat-flow")));
    // Specific heat flow is multiplied back by the file's mass.
    SyntheticScan specific = relaxedScan();
    specific.specificHeatFlow = true;
    specific.fileMassMg = 0.000484;
    const DscScanResult s = analyse(specific, referenceScan());
    QVERIFY2(s.ok(), qPrintable(s.message));
    QVERIFY(std::abs(s.peak.areaMwK / kArea - 1) < 1e-3);
}

void DscRelaxationPeakTest::realHeatingRamps_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("curve");        // 0-based
    QTest::addColumn<double>("rateKPerS"); // the programmed rate the file states; 0 = not a heating ramp
    QTest::newRow("NIST STA, 10 K/min")
        << QStringLiteral("data/real/dsc/NIST_DSC_N2_10K_1.csv") << 0 << 10.0 / 60;
    QTest::newRow("NETZSCH segment 3, 5 K/min") << QStringLiteral("data/real/dsc/A_1.txt") << 2 << 5.0 / 60;
    QTest::newRow("NETZSCH segment 4, isothermal") << QStringLiteral("data/real/dsc/A_1.txt") << 3 << 0.0;
    QTest::newRow("NETZSCH segment 5, cooling") << QStringLiteral("data/real/dsc/A_1.txt") << 4 << 0.0;
}

void DscRelaxationPeakTest::realHeatingRamps()
{
    QFETCH(QString, file);
    QFETCH(int, curve);
    QFETCH(double, rateKPerS);
    GB_REQUIRE_SHARED_FILE(file);
    ImporterRegistry registry;
    registerBuiltinImporters(registry);
    const Result<ImportedFile> imported = registry.importFile(sharedPath(file));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QVERIFY(int(imported->output.datasets.size()) > curve);
    HeatingScanOptions options;
    options.massNg = 1e6; // the NIST file is per mass and names none
    const Result<HeatingScan> scan =
        prepareHeatingScan(*imported->output.datasets[std::size_t(curve)], options);
    if (rateKPerS == 0) {
        QVERIFY(!scan.ok());
        QCOMPARE(scan.error().code, QStringLiteral("bad_data"));
        return;
    }
    QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().message));
    QVERIFY2(std::abs(scan->measuredRateKPerS / rateKPerS - 1) < 0.005,
             qPrintable(QString::number(scan->measuredRateKPerS)));
    QVERIFY(scan->rowsCut > 0); // the start of the run is not yet at the set rate
    for (std::size_t i = 1; i < scan->temperatureK.size(); ++i)
        QVERIFY(scan->temperatureK[i] > scan->temperatureK[i - 1]);
}

QTEST_GUILESS_MAIN(DscRelaxationPeakTest)
#include "tst_dsc_relaxation_peak.moc"
