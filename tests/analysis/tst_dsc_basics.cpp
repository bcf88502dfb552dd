// Flash DSC units, sample mass, fictive temperature and settings (methods.md §1.1, §1.5, §1.7:
// D1, D2, D3, D7).
#include "analysis/dsc/DscSettings.h"
#include "analysis/dsc/DscUnits.h"
#include "analysis/dsc/FictiveTemperature.h"
#include "analysis/dsc/MassFromMelting.h"
#include "analysis/dsc/SignalTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <cmath>

using namespace gb;

class DscBasicsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void massFromMeltingEnthalpy(); // D1
    void enthalpyUnits();           // D2
    void specificHeatCapacity();    // D3
    void massFromMeltingPeak();
    void moynihanFictiveTemperature_data(); // D7
    void moynihanFictiveTemperature();
    void settingsRoundTrip();
    void settingsRejectWrongTypes();
    void interpolationOnAGrid();
};

void DscBasicsTest::massFromMeltingEnthalpy()
{
    // D1: 19.45 µJ / 40.2 J/g = 483.83 ng (rel. 1e-6 of the exact quotient 483.8308457711…).
    const double m = massFromMeltingNanograms(19.45, 40.2);
    QVERIFY(std::abs(m / 483.8308457711443 - 1) < 1e-12);
    QVERIFY(std::abs(m - 483.83) < 0.005); // the value quoted to 0.01 ng
    QVERIFY(std::isnan(massFromMeltingNanograms(19.45, 0)));
}

void DscBasicsTest::enthalpyUnits()
{
    // D2: ∫ΔΦ dT = 1 mW K at 1000 K/s is 1.0 µJ; with 484 ng that is 2.06612 J/g.
    const double h = enthalpyMicrojoules(1.0, 1000.0);
    QCOMPARE(h, 1.0);
    const double specific = specificEnthalpyJoulesPerGram(h, 484.0);
    QVERIFY(std::abs(specific - 2.0661157024793386) < 1e-12);
    QVERIFY(std::abs(specific - 2.06612) < 5e-6);
    QVERIFY(std::isnan(enthalpyMicrojoules(1.0, 0.0)));
    QVERIFY(std::isnan(specificEnthalpyJoulesPerGram(1.0, -1.0)));
}

void DscBasicsTest::specificHeatCapacity()
{
    // D3: Φ = 0.5 mW, m = 500 ng, β = 1000 K/s → 1.000 J g⁻¹ K⁻¹.
    QVERIFY(std::abs(gb::specificHeatCapacity(0.5, 500.0, 1000.0) - 1.0) < 1e-12);
    QVERIFY(std::isnan(gb::specificHeatCapacity(0.5, 0.0, 1000.0)));
}

void DscBasicsTest::massFromMeltingPeak()
{
    // A triangular melting peak (height 2 mW, base 400–410 K) on a sloped line: the trapezoid
    // rule is exact on the nodes, area = 10 mW·K → 10 µJ at 1000 K/s → 10/40.2·1000 ng.
    std::vector<double> T, phi;
    for (int k = 0; k <= 600; ++k) {
        const double t = 380 + 0.1 * k;
        const double tri = t < 400 || t > 410 ? 0.0 : 2.0 * (1 - std::abs(t - 405) / 5);
        T.push_back(t);
        phi.push_back(0.7 + 0.003 * (t - 380) + tri);
    }
    const MeltingMass m = gb::massFromMeltingPeak(T, phi, 1000.0, TemperatureWindow{398.0, 412.0}, 40.2);
    QVERIFY2(m.ok(), qPrintable(m.message));
    QVERIFY(std::abs(m.areaMwK - 10.0) < 1e-9);
    QVERIFY(std::abs(m.enthalpyUj - 10.0) < 1e-9);
    QVERIFY(std::abs(m.massNg - 1000.0 * 10.0 / 40.2) < 1e-7);
    const MeltingMass outside =
        gb::massFromMeltingPeak(T, phi, 1000.0, TemperatureWindow{370.0, 412.0}, 40.2);
    QCOMPARE(outside.status, QStringLiteral("out_of_range"));
    QVERIFY(std::isnan(outside.massNg));
}

void DscBasicsTest::moynihanFictiveTemperature_data()
{
    QTest::addColumn<double>("stepK"); // where c_p jumps
    QTest::addColumn<double>("gridK"); // grid spacing
    QTest::addColumn<double>("liquidSlope");
    QTest::addColumn<double>("tolerance");
    // D7: c_p,g = 0.40, c_p,l = 0.55 J/(g K) at 420 K, both with slope 1e-4 1/K; step on a node.
    QTest::newRow("D7 step on a node") << 420.0 << 0.05 << 1e-4 << 1e-9;
    QTest::newRow("step on a node, liquid slope 3e-4") << 420.0 << 0.05 << 3e-4 << 1e-9;
    // Off the grid the trapezoid rule places the step within half a grid step.
    QTest::newRow("step between nodes") << 420.013 << 0.05 << 1e-4 << 0.025;
    QTest::newRow("coarse grid, step between nodes") << 419.93 << 0.4 << 1e-4 << 0.2;
}

void DscBasicsTest::moynihanFictiveTemperature()
{
    QFETCH(double, stepK);
    QFETCH(double, gridK);
    QFETCH(double, liquidSlope);
    QFETCH(double, tolerance);
    std::vector<double> T, cp;
    const int n = int(std::lround(160 / gridK));
    for (int k = 0; k <= n; ++k) {
        const double t = 340 + k * gridK;
        const double glass = 0.40 + 1e-4 * (t - 420);
        const double liquid = 0.55 + liquidSlope * (t - 420);
        double value = t < stepK ? glass : liquid;
        if (std::abs(t - stepK) < 1e-9)
            value = 0.5 * (glass + liquid); // a step sampled on its node takes the mid value
        T.push_back(t);
        cp.push_back(value);
    }
    const FictiveTemperature f =
        gb::moynihanFictiveTemperature(T, cp, TemperatureWindow{345, 400}, TemperatureWindow{440, 495});
    QVERIFY2(f.ok(), qPrintable(f.message));
    QVERIFY2(std::abs(f.fictiveTemperatureK - stepK) <= tolerance,
             qPrintable(
                 QStringLiteral("T_f' = %1, expected %2").arg(f.fictiveTemperatureK, 0, 'f', 9).arg(stepK)));
    QVERIFY(std::abs(f.glassLine.slope - 1e-4) < 1e-9);
    QVERIFY(std::abs(f.liquidLine.slope - liquidSlope) < 1e-9);
}

void DscBasicsTest::settingsRoundTrip()
{
    DscSettings s;
    s.defaults.windowWidthK = 12.5;
    s.defaults.smoothing = DscSmoothing::Never;
    s.defaults.unknownSignAssumption = HeatFlowSign::EndothermicDown;
    s.defaults.thermalLagS = 2e-4;
    s.rateTolerance = 0.01;
    DscScanOverrides o;
    o.glassWindow = TemperatureWindow{350, 365};
    o.upperLimitK = 470.5;
    o.flipSign = true;
    o.massNg = 483.83;
    s.overrides.insert(QStringLiteral("scans.txt#3"), o);
    s.overrides.insert(QStringLiteral("empty.txt#1"), DscScanOverrides{});

    const QByteArray json = QJsonDocument(s.toJson()).toJson();
    const Result<DscSettings> back = DscSettings::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(back.ok());
    QCOMPARE(back->defaults.windowWidthK, 12.5);
    QCOMPARE(back->defaults.smoothing, DscSmoothing::Never);
    QCOMPARE(back->defaults.unknownSignAssumption, HeatFlowSign::EndothermicDown);
    QCOMPARE(back->defaults.thermalLagS, 2e-4);
    QCOMPARE(back->rateTolerance, 0.01);
    QCOMPARE(back->overrides.size(), 1); // empty overrides are not written
    QVERIFY(back->overrides.value(QStringLiteral("scans.txt#3")) == o);

    const DscScanSettings merged = back->forDataset(QStringLiteral("scans.txt#3"));
    QVERIFY(merged.glassWindow && *merged.glassWindow == (TemperatureWindow{350, 365}));
    QCOMPARE(*merged.upperLimitK, 470.5);
    QVERIFY(!merged.lowerLimitK);
    QVERIFY(merged.flipSign);
    QCOMPARE(*merged.massNg, 483.83);
    QCOMPARE(merged.windowWidthK, 12.5);
    QVERIFY(!back->forDataset(QStringLiteral("other#1")).flipSign);
}

void DscBasicsTest::settingsRejectWrongTypes()
{
    QJsonObject bad{
        {QStringLiteral("defaults"), QJsonObject{{QStringLiteral("windowWidthK"), QStringLiteral("wide")}}}};
    const Result<DscSettings> r1 = DscSettings::fromJson(bad);
    QVERIFY(!r1.ok());
    QCOMPARE(r1.error().code, QStringLiteral("bad_settings"));
    QJsonObject window{{QStringLiteral("overrides"),
                        QJsonObject{{QStringLiteral("a#1"), QJsonObject{{QStringLiteral("glassWindowK"),
                                                                         QJsonArray{400.0, 390.0}}}}}}};
    QVERIFY(!DscSettings::fromJson(window).ok());
    QVERIFY(DscSettings::fromJson(QJsonObject{}).ok()); // all defaults
}

void DscBasicsTest::interpolationOnAGrid()
{
    // Uneven samples of y = x²; the queries run over and beyond them, on sample points, between
    // them, and once out of order. Each value is the one interpolateLinear gives alone.
    const std::vector<double> x{0.0, 0.5, 0.75, 2.0, 2.5, 4.0};
    std::vector<double> y;
    for (double v : x)
        y.push_back(v * v);
    const std::vector<double> queries{-0.5, 0.0, 0.25, 0.5, 0.6, 2.0, 2.2, 4.0, 1.0, 1.9, 4.5};
    const std::vector<double> values = dsc::interpolateLinear(x, y, queries);
    QCOMPARE(values.size(), queries.size());
    for (std::size_t k = 0; k < queries.size(); ++k) {
        const double alone = dsc::interpolateLinear(x, y, queries[k]);
        if (queries[k] < 0.0 || queries[k] > 4.0) {
            QVERIFY(std::isnan(values[k]) && std::isnan(alone));
            continue;
        }
        QCOMPARE(values[k], alone);
    }
    QCOMPARE(values[4], 0.375); // 0.6: 0.25 + 0.4 · (0.5625 − 0.25)
    QCOMPARE(values[8], 1.25);  // 1.0, after 4.0: 0.5625 + 0.2 · (4 − 0.5625), on the piece 0.75–2
}

QTEST_GUILESS_MAIN(DscBasicsTest)
#include "tst_dsc_basics.moc"
