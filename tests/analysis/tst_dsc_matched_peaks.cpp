// The isothermal peak of equal ΔH (path comparison, issue 6): blends of Gaussian relaxation peaks
// whose areas are known exactly. The blend's area over β is the ΔH interpolated in
// (log t_a, ΔH) with the weight dsc_matched.csv uses; weights 0 and 1 give the measured scan back
// sample for sample; T_p, FWHM and the half-maximum crossings are the interpolated ones and the
// peaks, shifted to the interpolated T_p, add up to one peak there; outside the series the
// nearest measured scan is returned unchanged.
#include "analysis/dsc/MatchedPeakCurves.h"

#include <QtTest>

#include <cmath>

using namespace gb;

namespace {
const double kHalfWidthPerSigma = std::sqrt(2.0 * std::log(2.0));

struct GaussianPeak {
    double agingTimeS;
    double heightMw;
    double centreK;
    double sigmaK;
    double startK; ///< first grid temperature
    double stepK;
    std::size_t lowIndex; ///< integration limits on grid samples
    std::size_t highIndex;
    double rateKPerS;
};

/// ΔH of the whole Gaussian (µJ): h·σ·√(2π)/β (the tails beyond the limits are below 1e-13).
double gaussianEnthalpy(const GaussianPeak &g)
{
    return 1000.0 * g.heightMw * g.sigmaK * std::sqrt(2.0 * M_PI) / g.rateKPerS;
}

IsothermalPeakScan scanOf(const GaussianPeak &g)
{
    IsothermalPeakScan s;
    s.label = QStringLiteral("t_a = %1 s").arg(g.agingTimeS);
    s.agingTimeS = g.agingTimeS;
    s.heatingRateKPerS = g.rateKPerS;
    for (std::size_t i = 0; g.startK + double(i) * g.stepK <= 500.0; ++i) {
        const double t = g.startK + double(i) * g.stepK;
        const double u = (t - g.centreK) / g.sigmaK;
        s.temperatureK.push_back(t);
        s.peakMw.push_back(g.heightMw * std::exp(-0.5 * u * u));
    }
    s.lowerLimitK = s.temperatureK[g.lowIndex];
    s.upperLimitK = s.temperatureK[g.highIndex];
    s.enthalpyUj = gaussianEnthalpy(g);
    s.peakTemperatureK = g.centreK;
    s.peakHeightMw = g.heightMw;
    s.halfLeftK = g.centreK - kHalfWidthPerSigma * g.sigmaK;
    s.halfRightK = g.centreK + kHalfWidthPerSigma * g.sigmaK;
    s.fwhmK = s.halfRightK - s.halfLeftK;
    return s;
}

/// Three aging times on different grids, windows and (for t_a = 100 s) a slightly different β.
std::vector<IsothermalPeakScan> standardSeries()
{
    return {scanOf({10, 0.05, 400, 8, 300.0, 0.1, 400, 1600, 1000}),      // window 340–460 K
            scanOf({100, 0.08, 406, 9, 300.05, 0.13, 269, 1307, 1002}),   // 335.02–469.96 K
            scanOf({1000, 0.10, 410, 9.5, 300.0, 0.1, 300, 1900, 1000})}; // 330–490 K
}

double trapezoidArea(const std::vector<double> &x, const std::vector<double> &y)
{
    double area = 0;
    for (std::size_t i = 0; i + 1 < x.size(); ++i)
        area += 0.5 * (y[i] + y[i + 1]) * (x[i + 1] - x[i]);
    return area;
}

/// The scan's samples inside its window, limits included: what a weight of 1 must give back.
void window(const IsothermalPeakScan &s, std::vector<double> &t, std::vector<double> &y)
{
    for (std::size_t i = 0; i < s.temperatureK.size(); ++i)
        if (s.temperatureK[i] >= s.lowerLimitK && s.temperatureK[i] <= s.upperLimitK) {
            t.push_back(s.temperatureK[i]);
            y.push_back(s.peakMw[i]);
        }
}

bool near(double a, double b, double relative)
{
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
}
} // namespace

class DscMatchedPeaksTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blendHasTheInterpolatedArea_data();
    void blendHasTheInterpolatedArea();
    void repeatedAgingTimesShareTheWeight();
    void outsideTheSeriesTheNearestScan_data();
    void outsideTheSeriesTheNearestScan();
    void nothingToDraw();
};

void DscMatchedPeaksTest::blendHasTheInterpolatedArea_data()
{
    QTest::addColumn<int>("lower"); // index of the shorter aging time of the bracket
    QTest::addColumn<double>("weight");
    QTest::newRow("weight 0: the 10 s scan") << 0 << 0.0;
    QTest::newRow("weight 0.3 between 10 s and 100 s") << 0 << 0.3;
    QTest::newRow("weight 1: the 100 s scan") << 0 << 1.0;
    QTest::newRow("weight 0.5 between 100 s and 1000 s") << 1 << 0.5;
}

void DscMatchedPeaksTest::blendHasTheInterpolatedArea()
{
    QFETCH(int, lower);
    QFETCH(double, weight);
    const std::vector<IsothermalPeakScan> series = standardSeries();
    const IsothermalPeakScan &a = series[std::size_t(lower)], &b = series[std::size_t(lower + 1)];
    const double target = weight == 0.0   ? a.enthalpyUj
                          : weight == 1.0 ? b.enthalpyUj
                                          : a.enthalpyUj + weight * (b.enthalpyUj - a.enthalpyUj);
    const EqualEnthalpyPeak peak = equalEnthalpyIsothermalPeak(target, series);
    QCOMPARE(peak.kind, EqualEnthalpyPeak::Kind::Interpolated);
    QCOMPARE(peak.match.status, QStringLiteral("ok"));
    QVERIFY2(std::abs(peak.match.weight - weight) < 1e-12, qPrintable(QString::number(peak.match.weight)));
    // The same interpolation as dsc_matched.csv: t_a_equiv, T_p and FWHM at that weight.
    const double ta = std::pow(10.0, std::log10(a.agingTimeS) + weight);
    QVERIFY(near(peak.match.equivalentAgingTimeS, ta, 1e-12));
    const double tp = a.peakTemperatureK + weight * (b.peakTemperatureK - a.peakTemperatureK);
    const double fwhm = a.fwhmK + weight * (b.fwhmK - a.fwhmK);
    QVERIFY(near(peak.peakTemperatureK, tp, 1e-14));
    QVERIFY(near(peak.fwhmK, fwhm, 1e-14));
    QCOMPARE(peak.peakTemperatureK, peak.match.peakTemperatureK);
    QCOMPARE(peak.fwhmK, peak.match.fwhmK);
    // The half-maximum segment is the interpolated FWHM long, centred like the interpolated peaks.
    QVERIFY(near(peak.halfRightK - peak.halfLeftK, fwhm, 1e-12));
    QVERIFY(near(peak.halfLeftK, a.halfLeftK + weight * (b.halfLeftK - a.halfLeftK), 1e-14));

    // The curve's area over β̄ is the interpolated ΔH (the Gaussians' exact areas).
    QCOMPARE(peak.temperatureK.size(), peak.peakMw.size());
    QVERIFY(std::is_sorted(peak.temperatureK.begin(), peak.temperatureK.end()));
    const double rate = (1 - weight) * a.heatingRateKPerS + weight * b.heatingRateKPerS;
    QVERIFY(near(peak.heatingRateKPerS, rate, 1e-14));
    const double area = 1000.0 * trapezoidArea(peak.temperatureK, peak.peakMw) / rate;
    QVERIFY2(near(area, target, 1e-9),
             qPrintable(QStringLiteral("%1 vs %2").arg(area, 0, 'g', 15).arg(target)));
    QVERIFY(near(peak.enthalpyUj, target, 1e-9));

    if (weight == 0.0 || weight == 1.0) {
        // One scan with weight 1: its samples inside its window, exactly.
        const IsothermalPeakScan &only = weight == 0.0 ? a : b;
        QCOMPARE(peak.parts.size(), std::size_t(1));
        QCOMPARE(peak.parts.front().weight, 1.0);
        std::vector<double> t, y;
        window(only, t, y);
        QCOMPARE(peak.temperatureK, t);
        QCOMPARE(peak.peakMw, y);
        QCOMPARE(peak.peakHeightMw, only.peakHeightMw);
        return;
    }
    QCOMPARE(peak.parts.size(), std::size_t(2));
    QCOMPARE(peak.parts[0].scan, std::size_t(lower));
    QCOMPARE(peak.parts[1].scan, std::size_t(lower + 1));
    // Each scan is moved to the interpolated T_p before the blend.
    QVERIFY(peak.aligned);
    const double shiftA = peak.parts[0].shiftK, shiftB = peak.parts[1].shiftK;
    QVERIFY(std::abs(shiftA - (tp - a.peakTemperatureK)) < 1e-12);
    QVERIFY(std::abs(shiftB - (tp - b.peakTemperatureK)) < 1e-12);
    // Inside both windows, the curve is (1 − w)·a(T − shift_a) + w·(β̄/β_b)·b(T − shift_b) at every
    // node; here at a's sample 500 (350 K before the shift), b interpolated between its samples.
    const auto at =
        std::find(peak.temperatureK.begin(), peak.temperatureK.end(), a.temperatureK[500] + shiftA);
    QVERIFY(at != peak.temperatureK.end());
    const double t = *at - shiftB;
    const std::size_t j = std::size_t(std::upper_bound(b.temperatureK.begin(), b.temperatureK.end(), t) -
                                      b.temperatureK.begin()) -
                          1;
    const double f = (t - b.temperatureK[j]) / (b.temperatureK[j + 1] - b.temperatureK[j]);
    const double bAt = b.peakMw[j] + f * (b.peakMw[j + 1] - b.peakMw[j]);
    const double expected =
        (1 - weight) * rate / a.heatingRateKPerS * a.peakMw[500] + weight * rate / b.heatingRateKPerS * bAt;
    QVERIFY(near(peak.peakMw[std::size_t(at - peak.temperatureK.begin())], expected, 1e-9));
    // The curve spans the union of the shifted windows.
    QCOMPARE(peak.temperatureK.front(), std::min(a.lowerLimitK + shiftA, b.lowerLimitK + shiftB));
    QCOMPARE(peak.temperatureK.back(), std::max(a.upperLimitK + shiftA, b.upperLimitK + shiftB));
    // Two Gaussians centred on one T_p add up to one peak there: the curve's top is the
    // interpolated height at the interpolated T_p (within the sampling, 0.13 K).
    const auto top = std::max_element(peak.peakMw.begin(), peak.peakMw.end());
    QVERIFY2(std::abs(peak.temperatureK[std::size_t(top - peak.peakMw.begin())] - tp) < 0.14,
             qPrintable(QString::number(peak.temperatureK[std::size_t(top - peak.peakMw.begin())])));
    QVERIFY2(near(*top, peak.peakHeightMw, 2e-4),
             qPrintable(QStringLiteral("%1 vs %2").arg(*top).arg(peak.peakHeightMw)));
}

void DscMatchedPeaksTest::repeatedAgingTimesShareTheWeight()
{
    // A second scan at t_a = 100 s: that end of the bracket is the mean of the two, and each
    // gets half of its weight; the area is still the interpolated ΔH.
    std::vector<IsothermalPeakScan> series = standardSeries();
    series.push_back(scanOf({100, 0.09, 407, 9, 300.02, 0.11, 320, 1500, 1000}));
    const double upper = 0.5 * (series[1].enthalpyUj + series[3].enthalpyUj);
    const double target = series[0].enthalpyUj + 0.4 * (upper - series[0].enthalpyUj);
    const EqualEnthalpyPeak peak = equalEnthalpyIsothermalPeak(target, series);
    QCOMPARE(peak.kind, EqualEnthalpyPeak::Kind::Interpolated);
    QVERIFY(std::abs(peak.match.weight - 0.4) < 1e-12);
    QCOMPARE(peak.match.lowerSources, std::vector<std::size_t>{0});
    QCOMPARE(peak.match.upperSources, (std::vector<std::size_t>{1, 3}));
    QCOMPARE(peak.parts.size(), std::size_t(3));
    QVERIFY(std::abs(peak.parts[0].weight - 0.6) < 1e-12);
    QVERIFY(std::abs(peak.parts[1].weight - 0.2) < 1e-12);
    QVERIFY(std::abs(peak.parts[2].weight - 0.2) < 1e-12);
    const double area = 1000.0 * trapezoidArea(peak.temperatureK, peak.peakMw) / peak.heatingRateKPerS;
    QVERIFY2(near(area, target, 1e-9), qPrintable(QString::number(area, 'g', 15)));
    const double tp = 400 + 0.4 * (0.5 * (406 + 407) - 400);
    QVERIFY(near(peak.peakTemperatureK, tp, 1e-14));
}

void DscMatchedPeaksTest::outsideTheSeriesTheNearestScan_data()
{
    QTest::addColumn<double>("factor"); // ΔH as a multiple of the nearest scan's
    QTest::addColumn<int>("nearest");
    QTest::addColumn<bool>("single"); // only that scan in the series
    QTest::addColumn<QString>("status");
    QTest::newRow("below the series") << 0.5 << 0 << false << "out_of_range";
    QTest::newRow("above the series") << 1.2 << 2 << false << "out_of_range";
    QTest::newRow("one aging time") << 1.0 << 1 << true << "too_few_points";
}

void DscMatchedPeaksTest::outsideTheSeriesTheNearestScan()
{
    QFETCH(double, factor);
    QFETCH(int, nearest);
    QFETCH(bool, single);
    QFETCH(QString, status);
    std::vector<IsothermalPeakScan> series = standardSeries();
    const IsothermalPeakScan scan = series[std::size_t(nearest)];
    if (single)
        series = {scan};
    const EqualEnthalpyPeak peak = equalEnthalpyIsothermalPeak(factor * scan.enthalpyUj, series);
    QCOMPARE(peak.kind, EqualEnthalpyPeak::Kind::NearestScan);
    QCOMPARE(peak.match.status, status);
    QVERIFY(std::isnan(peak.match.equivalentAgingTimeS));
    QCOMPARE(peak.parts.size(), std::size_t(1));
    QCOMPARE(peak.parts.front().scan, single ? std::size_t(0) : std::size_t(nearest));
    QVERIFY(peak.message.contains(QString::number(scan.agingTimeS, 'g', 6)));
    // The measured scan, unchanged, with its own T_p, FWHM and ΔH.
    std::vector<double> t, y;
    window(scan, t, y);
    QCOMPARE(peak.temperatureK, t);
    QCOMPARE(peak.peakMw, y);
    QCOMPARE(peak.peakTemperatureK, scan.peakTemperatureK);
    QCOMPARE(peak.fwhmK, scan.fwhmK);
    QCOMPARE(peak.halfLeftK, scan.halfLeftK);
    QCOMPARE(peak.heatingRateKPerS, scan.heatingRateKPerS);
    QVERIFY(near(peak.enthalpyUj, scan.enthalpyUj, 1e-9));
}

void DscMatchedPeaksTest::nothingToDraw()
{
    const std::vector<IsothermalPeakScan> series = standardSeries();
    const EqualEnthalpyPeak none = equalEnthalpyIsothermalPeak(std::nan(""), series);
    QCOMPARE(none.kind, EqualEnthalpyPeak::Kind::None);
    QVERIFY(!none.hasCurve());
    QVERIFY(!none.message.isEmpty());
    // A bracketing scan without integration limits: no curve, and the message names it.
    std::vector<IsothermalPeakScan> broken = series;
    broken[1].lowerLimitK = std::nan("");
    const EqualEnthalpyPeak missing =
        equalEnthalpyIsothermalPeak(0.5 * (series[0].enthalpyUj + series[1].enthalpyUj), broken);
    QCOMPARE(missing.kind, EqualEnthalpyPeak::Kind::None);
    QCOMPARE(missing.match.status, QStringLiteral("ok")); // the numbers of record do not need the curve
    QVERIFY(missing.message.contains(QStringLiteral("t_a = 100 s")));
    QVERIFY(missing.temperatureK.empty());
}

QTEST_GUILESS_MAIN(DscMatchedPeaksTest)
#include "tst_dsc_matched_peaks.moc"
