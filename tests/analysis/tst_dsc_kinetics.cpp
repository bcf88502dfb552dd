// Activation energies from rate-dependent peaks (methods.md §1.6, §1.7: D8, D9, D10) on exact
// first-order kinetics: E = 300 kJ/mol, A = 1e21 1/s.
#include "analysis/dsc/Isoconversional.h"
#include "analysis/dsc/Kissinger.h"

#include <QtTest>

#include <gsl/gsl_sf_expint.h>

#include <cmath>

using namespace gb;

namespace {
constexpr double kR = 8.314462618;
constexpr double kE = 300000.0; // J/mol
constexpr double kA = 1e21;     // 1/s

/// Exact peak of first-order kinetics: Eβ/(R T²) = A exp(−E/(R T)) (Kissinger's condition).
double firstOrderPeak(double beta)
{
    double T = 700;
    for (int i = 0; i < 100; ++i) {
        const double f = std::log(kE * beta / (kR * T * T)) - std::log(kA) + kE / (kR * T);
        const double df = -2 / T - kE / (kR * T * T);
        T -= f / df;
    }
    return T;
}

/// Conversion of first-order kinetics heated from 0 K: −ln(1 − α) = (A/β)·T·E₂(E/RT).
double conversion(double T, double beta)
{
    return 1 - std::exp(-(kA / beta) * T * gsl_sf_expint_En(2, kE / (kR * T)));
}

/// T at conversion α, by bisection.
double temperatureAt(double alpha, double beta)
{
    double lo = 500, hi = 1000;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        (conversion(mid, beta) < alpha ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

std::vector<KissingerPoint> exactPeaks(const std::vector<double> &rates, double lagS)
{
    std::vector<KissingerPoint> points;
    for (double b : rates)
        points.push_back(KissingerPoint{b, firstOrderPeak(b) + b * lagS, 0.0});
    return points;
}
} // namespace

class DscKineticsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstOrderPeakTemperatures();
    void kissingerExact(); // D8
    void isoconversional_data();
    void isoconversional(); // D8
    void conversionPointFromCurve();
    void thermalLag_data(); // D9
    void thermalLag();
    void threePointsAndRefusal(); // D10
};

void DscKineticsTest::firstOrderPeakTemperatures()
{
    // The inputs of D8 (methods.md §1.6 table).
    const double rates[] = {0.1, 1, 10, 100, 1000};
    const double expected[] = {678.1994, 707.6957, 739.8193, 774.9320, 813.4646};
    for (int i = 0; i < 5; ++i)
        QVERIFY2(std::abs(firstOrderPeak(rates[i]) - expected[i]) < 1e-4,
                 qPrintable(QString::number(firstOrderPeak(rates[i]), 'f', 6)));
}

void DscKineticsTest::kissingerExact()
{
    const ActivationEnergy k = kissingerEnergy(exactPeaks({0.1, 1, 10, 100, 1000}, 0));
    QVERIFY2(k.ok(), qPrintable(k.message));
    QCOMPARE(k.points, 5);
    QCOMPARE(k.distinctRates, 5);
    QVERIFY2(std::abs(k.energyKJPerMol - 300.000) < 1e-6,
             qPrintable(QString::number(k.energyKJPerMol, 'f', 9)));
    QVERIFY(k.energyErrorKJPerMol < 1e-6);
    QVERIFY(std::abs(k.rSquared - 1) < 1e-12);
    QVERIFY(std::abs(std::log10(kissingerPreExponential(k)) - 21) < 1e-6);
    QVERIFY(std::abs(k.tQuantile - 3.182446305284263) < 1e-9); // t_{0.975, 3}
}

void DscKineticsTest::isoconversional_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<double>("expected"); // kJ/mol at α = 0.5 (methods.md §1.6, measured)
    QTest::addColumn<double>("tolerance");
    QTest::newRow("D8 KAS") << int(IsoconversionalMethod::KissingerAkahiraSunose) << 299.77 << 0.005;
    QTest::newRow("D8 OFW") << int(IsoconversionalMethod::OzawaFlynnWall) << 296.59 << 0.005;
    QTest::newRow("D8 Starink") << int(IsoconversionalMethod::Starink) << 300.02 << 0.005;
    QTest::newRow("D8 Friedman") << int(IsoconversionalMethod::Friedman) << 300.000 << 1e-6;
}

void DscKineticsTest::isoconversional()
{
    QFETCH(int, method);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    std::vector<ConversionPoint> points;
    for (double b : {0.1, 1.0, 10.0, 100.0, 1000.0}) {
        const double T = temperatureAt(0.5, b);
        // dα/dt = A exp(−E/RT)(1 − α)
        points.push_back(ConversionPoint{b, T, kA * std::exp(-kE / (kR * T)) * 0.5});
    }
    const ActivationEnergy e = isoconversionalEnergy(IsoconversionalMethod(method), points);
    QVERIFY2(e.ok(), qPrintable(e.message));
    QVERIFY2(std::abs(e.energyKJPerMol - expected) < tolerance,
             qPrintable(QString::number(e.energyKJPerMol, 'f', 6)));
}

void DscKineticsTest::conversionPointFromCurve()
{
    // dα/dT of first-order kinetics at β = 1 K/s sampled every 0.01 K: T_0.5 = 703.3287 K (30-digit value).
    const double beta = 1.0;
    std::vector<double> T, y;
    for (int k = 0; k <= 20000; ++k) {
        const double t = 560 + 0.01 * k; // from α ≈ 1e-6 to α ≈ 1
        const double alpha = conversion(t, beta);
        T.push_back(t);
        y.push_back((kA / beta) * std::exp(-kE / (kR * t)) * (1 - alpha));
    }
    const ConversionPoint p = conversionPoint(T, y, beta, 0.5);
    QVERIFY2(std::abs(p.temperatureK - 703.328696566354) < 2e-3,
             qPrintable(QString::number(p.temperatureK, 'f', 6)));
    const double exactRate = kA * std::exp(-kE / (kR * 703.328696566354)) * 0.5;
    QVERIFY(std::abs(p.ratePerS / exactRate - 1) < 1e-3);
    QVERIFY(std::isnan(conversionPoint(T, y, beta, 1.5).temperatureK));
}

void DscKineticsTest::thermalLag_data()
{
    QTest::addColumn<double>("lagS");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("expectedError");
    // β = 100, 300, 1000, 3000, 10000 K/s (methods.md §1.6, measured: 296.8 ± 1.0, 284.7 ± 4.7, 270.6 ± 8.5).
    QTest::newRow("0.1 ms") << 1e-4 << 296.84 << 1.02;
    QTest::newRow("0.5 ms") << 5e-4 << 284.70 << 4.69;
    QTest::newRow("D9 1 ms") << 1e-3 << 270.61 << 8.46;
}

void DscKineticsTest::thermalLag()
{
    QFETCH(double, lagS);
    QFETCH(double, expected);
    QFETCH(double, expectedError);
    const std::vector<double> rates{100, 300, 1000, 3000, 10000};
    std::vector<KissingerPoint> points = exactPeaks(rates, lagS);
    const ActivationEnergy raw = kissingerEnergy(points);
    QVERIFY(raw.ok());
    QVERIFY2(std::abs(raw.energyKJPerMol - expected) < 0.01,
             qPrintable(QString::number(raw.energyKJPerMol, 'f', 4)));
    QVERIFY2(std::abs(raw.energyErrorKJPerMol - expectedError) < 0.01,
             qPrintable(QString::number(raw.energyErrorKJPerMol, 'f', 4)));
    // T_p − β·τ_lag restores the exact energy.
    for (KissingerPoint &p : points)
        p.thermalLagS = lagS;
    const ActivationEnergy corrected = kissingerEnergy(points);
    QVERIFY(corrected.ok());
    QVERIFY2(std::abs(corrected.energyKJPerMol - 300.0) < 1e-6,
             qPrintable(QString::number(corrected.energyKJPerMol, 'f', 9)));
}

void DscKineticsTest::threePointsAndRefusal()
{
    // D10: 3 points use t_{0.975,1} = 12.706 for the interval; fewer are refused.
    std::vector<KissingerPoint> three = exactPeaks({100, 1000, 10000}, 1e-3);
    const ActivationEnergy k = kissingerEnergy(three);
    QVERIFY(k.ok());
    QVERIFY(std::abs(k.tQuantile - 12.706204736174698) < 1e-9);
    QVERIFY(std::abs(k.energyHalfWidthKJPerMol - 12.706204736174698 * k.energyErrorKJPerMol) < 1e-9);
    QVERIFY(std::abs(k.energyKJPerMol - 268.4995) < 1e-3);
    QVERIFY(std::abs(k.energyErrorKJPerMol - 12.8531) < 1e-3);
    QVERIFY(k.lowerBound() < 300 && k.upperBound() > 300);

    const ActivationEnergy two = kissingerEnergy(exactPeaks({100, 1000}, 0));
    QCOMPARE(two.status, QStringLiteral("too_few_points"));
    QVERIFY(std::isnan(two.energyKJPerMol));
    // Three scans at two rates (a repeat) are refused too: 3 distinct rates are needed.
    const ActivationEnergy repeated = kissingerEnergy(exactPeaks({100, 1000, 1002}, 0));
    QCOMPARE(repeated.status, QStringLiteral("too_few_points"));
    QCOMPARE(repeated.distinctRates, 2);
    // Points without a peak temperature are left out before counting.
    std::vector<KissingerPoint> withGap = exactPeaks({100, 300, 1000}, 0);
    withGap[1].peakTemperatureK = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(kissingerEnergy(withGap).status, QStringLiteral("too_few_points"));
}

QTEST_GUILESS_MAIN(DscKineticsTest)
#include "tst_dsc_kinetics.moc"
