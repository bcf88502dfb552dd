// Hertz contact and the Hertz fit with contact offset: N1–N4 of methods.md §4.5.

#include "fit/HertzFit.h"
#include "fit/HertzModel.h"

#include <QtConcurrent>
#include <QtTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace gb;

namespace {

constexpr double kRadiusNm = 1000.0; // R = 1 µm
constexpr double kOffsetNm = 5.0;
constexpr double kModulusGpa = 100.0;

/// N3: P = a(h − 5 nm)^{3/2} for E_r = 100 GPa, R = 1 µm, h = 5…30 nm every 0.1 nm.
void n3(std::vector<double> &h, std::vector<double> &P)
{
    for (int i = 0; i <= 250; ++i) {
        const double depth = 5.0 + 0.1 * i;
        h.push_back(depth);
        P.push_back(hertz::load(kModulusGpa, kRadiusNm, depth - kOffsetNm));
    }
}

HertzFitResult noisyN4(unsigned seed)
{
    std::vector<double> h;
    std::vector<double> P;
    n3(h, P);
    std::mt19937_64 generator(4000u + seed);
    std::normal_distribution<double> load(0.0, 1.0);
    std::normal_distribution<double> depth(0.0, 0.2);
    for (std::size_t i = 0; i < h.size(); ++i) {
        P[i] += load(generator);
        h[i] += depth(generator);
    }
    HertzFitOptions options;
    options.tipRadiusNm = kRadiusNm;
    return fitHertz(h, P, options);
}

} // namespace

class TestHertzFit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void n1ReducedModulus();
    void n2ContactQuantities();
    void n3AllEstimatorsAreExact();
    void n4NoisyCurves();
    void unusableInput_data();
    void unusableInput();
};

void TestHertzFit::n1ReducedModulus()
{
    const double er = hertz::reducedModulus(100.0, 0.36);
    QVERIFY(std::abs(er - 104.4263) < 5e-5);
    QVERIFY(std::abs(hertz::sampleModulus(104.43, 0.36) - 100.0039) < 5e-5);
    QVERIFY(std::isnan(hertz::sampleModulus(2000.0, 0.36)));
}

void TestHertzFit::n2ContactQuantities()
{
    const double P = hertz::load(100.0, 1000.0, 20.0);
    QVERIFY(std::abs(P - 377.1236) < 5e-5);
    QVERIFY(std::abs(hertz::contactRadius(1000.0, 20.0) - 141.4214) < 5e-5);
    const double p0 = hertz::maxPressure(P, 100.0, 1000.0);
    QVERIFY(std::abs(p0 - 9.003163) < 5e-7);
    // p₀ = 3P/(2πa²) = (2E_r/π)√(δ/R): the three formulas agree.
    const double a = hertz::contactRadius(1000.0, 20.0);
    QVERIFY(std::abs(3.0 * P / (2.0 * std::numbers::pi * a * a) * 1000.0 - p0) < 1e-9);
    QVERIFY(std::abs(2.0 * 100.0 / std::numbers::pi * std::sqrt(20.0 / 1000.0) - p0) < 1e-9);
    QVERIFY(std::abs(2.0 / 3.0 * p0 - 6.002109) < 5e-7);
    QVERIFY(std::abs(hertz::maxShearStress(P, 100.0, 1000.0) - 2.790981) < 5e-7);
}

void TestHertzFit::n3AllEstimatorsAreExact()
{
    std::vector<double> h;
    std::vector<double> P;
    n3(h, P);
    HertzFitOptions options;
    options.tipRadiusNm = kRadiusNm;
    const HertzFitResult fit = fitHertz(h, P, options);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    const double a = 4.0 / 3.0 * (kModulusGpa / 1000.0) * std::sqrt(kRadiusNm);
    for (const HertzEstimate &estimate : {fit.linearised, fit.projected}) {
        QVERIFY(estimate.ok);
        QVERIFY2(std::abs(estimate.offset / kOffsetNm - 1.0) < 1e-9,
                 qPrintable(QString::number(estimate.offset, 'g', 15)));
        QVERIFY(std::abs(estimate.prefactor / a - 1.0) < 1e-9);
    }
    QVERIFY(std::abs(fit.offset / kOffsetNm - 1.0) < 1e-9);
    QVERIFY(std::abs(fit.reducedModulus / kModulusGpa - 1.0) < 1e-9);
    // (4/3·E_r·√R)^{2/3} in SI units: a in µN/nm^{3/2} is 1e-6 N / (1e-9 m)^{3/2}.
    const double aSi = fit.prefactor * 1e-6 / std::pow(1e-9, 1.5);
    QVERIFY(std::abs(std::cbrt(aSi * aSi) - 260991.18) < 0.005);
}

void TestHertzFit::n4NoisyCurves()
{
    QList<unsigned> seeds;
    for (unsigned s = 0; s < 500; ++s)
        seeds << s;
    const QList<HertzFitResult> fits = QtConcurrent::blockingMapped(seeds, noisyN4);
    int covered = 0;
    double worstDisagreement = 0.0;
    for (const HertzFitResult &fit : fits) {
        QVERIFY2(fit.ok(), qPrintable(fit.message));
        // VarPro and LM minimise the same SSR: they agree far inside the error bars.
        worstDisagreement =
            std::max(worstDisagreement, std::abs(fit.projected.offset - fit.offset) / fit.offsetError);
        const double low = fit.reducedModulus - fit.reducedModulusHalfWidth;
        const double high = fit.reducedModulus + fit.reducedModulusHalfWidth;
        covered += (low <= kModulusGpa && kModulusGpa <= high) ? 1 : 0;
    }
    const double coverage = covered / double(fits.size());
    qInfo("N4: 95 %% CI of E_r covers the truth in %.1f %% of 500 curves; VarPro vs LM h0 differ by at most "
          "%.2g SE",
          100.0 * coverage, worstDisagreement);
    QVERIFY(worstDisagreement < 1e-3);
    QVERIFY2(coverage > 0.92 && coverage < 0.98, qPrintable(QString::number(coverage)));
}

void TestHertzFit::unusableInput_data()
{
    QTest::addColumn<std::vector<double>>("h");
    QTest::addColumn<std::vector<double>>("P");
    QTest::addColumn<double>("radius");
    QTest::newRow("two points") << std::vector<double>{5, 6} << std::vector<double>{0, 1} << 1000.0;
    QTest::newRow("no tip radius") << std::vector<double>{5, 6, 7, 8} << std::vector<double>{0, 1, 3, 5}
                                   << 0.0;
    QTest::newRow("NaN load") << std::vector<double>{5, 6, 7, 8} << std::vector<double>{0, 1, std::nan(""), 5}
                              << 1000.0;
    QTest::newRow("no load") << std::vector<double>{5, 6, 7, 8} << std::vector<double>{0, 0, 0, 0} << 1000.0;
    QTest::newRow("constant load") << std::vector<double>{5, 6, 7, 8} << std::vector<double>{2, 2, 2, 2}
                                   << 1000.0;
}

void TestHertzFit::unusableInput()
{
    QFETCH(std::vector<double>, h);
    QFETCH(std::vector<double>, P);
    QFETCH(double, radius);
    HertzFitOptions options;
    options.tipRadiusNm = radius;
    const HertzFitResult fit = fitHertz(h, P, options);
    QCOMPARE(fit.status, FitStatus::InvalidInput);
    QVERIFY(std::isnan(fit.reducedModulus) && std::isnan(fit.offset));
}

QTEST_GUILESS_MAIN(TestHertzFit)
#include "tst_hertz_fit.moc"
