// Relaxation-time distributions (methods.md §3.6) and Prony series (§2.3): tests K3, K4 (moment
// part), K6 of §3.9 and the closed forms of the KWW distribution.
#include "simulate/KwwDistribution.h"
#include "simulate/PronySeries.h"
#include "simulate/RelaxationSpectrum.h"

#include <QtTest>

#include <cmath>
#include <numbers>

using namespace gb;

class RelaxationSpectrumTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kwwDensityMatchesHalfClosedForm();
    void k3HalfDistributionIntegratedInLnTau();
    void kwwSpectrumReproducesStretchedExponential_data();
    void kwwSpectrumReproducesStretchedExponential();
    void k6MeanRelaxationTime_data();
    void k6MeanRelaxationTime();
    void k4MomentBetaOfLogNormal_data();
    void k4MomentBetaOfLogNormal();
    void logNormalMomentsAreExact();
    void userGridMatchesBuiltInGrid();
    void userGridRejectsBadInput_data();
    void userGridRejectsBadInput();
    void pronySeriesMeetsTolerance_data();
    void pronySeriesMeetsTolerance();
    void pronySeriesEdgeCases();
    void fitWindowSpansSixDecadesAroundMedian();
};

void RelaxationSpectrumTest::kwwDensityMatchesHalfClosedForm()
{
    // β = ½: H(u) = e^{u/2} exp(−e^u/4)/(2√π), over 28 decades of τ′ (series and Kanter branches).
    double worst = 0;
    for (double u = -60; u <= 5; u += 0.125) {
        const double exact = std::exp(0.5 * u - 0.25 * std::exp(u)) / (2 * std::sqrt(std::numbers::pi));
        worst = std::max(worst, std::abs(kwwLogTimeDensity(u, 0.5) - exact) / exact);
    }
    QVERIFY2(worst < 1e-13, qPrintable(QString::number(worst, 'g', 3)));
    // The rate density at λ = 1 is the Lévy density 0.2196956447 (§3.6): H(0) = p(1).
    QVERIFY(std::abs(kwwLogTimeDensity(0, 0.5) - 0.2196956447) < 1e-10);
    QVERIFY(std::isnan(kwwLogTimeDensity(0, 1.0)));
    QVERIFY(std::isnan(kwwLogTimeDensity(0, 0.0)));
}

void RelaxationSpectrumTest::k3HalfDistributionIntegratedInLnTau()
{
    const RelaxationSpectrum spectrum = kwwSpectrum(0, 0.5).value();
    double worst = 0;
    for (double lt = -4; lt <= 4; lt += 0.05) {
        const double t = std::pow(10.0, lt);
        worst = std::max(worst, std::abs(relaxationFunction(spectrum, t) - std::exp(-std::sqrt(t))));
    }
    QVERIFY2(worst < 1e-12, qPrintable(QString::number(worst, 'g', 3)));
    const SpectrumMoments m = spectrumMoments(spectrum);
    QVERIFY(std::abs(m.normalization - 1) < 1e-12);
    QVERIFY(std::abs(m.meanTau - 2) < 1e-10);
    QVERIFY(std::abs(m.meanLnTau - -0.5772157) < 1e-7);
    QVERIFY(std::abs(m.varianceLnTau - 4.934802) < 1e-6);
    QVERIFY(std::abs(m.momentBeta - 0.5) < 1e-9); // the moment estimate is exact for a KWW distribution
    // Median: the CDF of τ′/τ is erf(√(τ′/τ)/2), so the median is (2 erf⁻¹(½))² = 0.9098728, ln =
    // −0.0944510; from the weights it is good to O(Δu²) (Δu = σ/50 = 0.044).
    QVERIFY2(std::abs(m.medianLnTau - -0.0944510) < 2e-4, qPrintable(QString::number(m.medianLnTau, 'f', 7)));
}

void RelaxationSpectrumTest::kwwSpectrumReproducesStretchedExponential_data()
{
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("lnTau");
    QTest::newRow("0.3") << 0.3 << 0.0;
    QTest::newRow("0.42, tau 37") << 0.42 << std::log(37.0);
    QTest::newRow("0.7") << 0.7 << 1.5;
    QTest::newRow("0.9") << 0.9 << -2.0;
}

void RelaxationSpectrumTest::kwwSpectrumReproducesStretchedExponential()
{
    QFETCH(double, beta);
    QFETCH(double, lnTau);
    const RelaxationSpectrum spectrum = kwwSpectrum(lnTau, beta).value();
    const double tau = std::exp(lnTau);
    std::vector<double> times;
    for (double lt = -4; lt <= 3; lt += 0.1)
        times.push_back(tau * std::pow(10.0, lt));
    const std::vector<double> phi = relaxationCurve(spectrum, times);
    for (std::size_t k = 0; k < times.size(); ++k)
        QVERIFY(std::abs(phi[k] - std::exp(-std::pow(times[k] / tau, beta))) < 1e-12);
    const SpectrumMoments m = spectrumMoments(spectrum);
    QVERIFY(std::abs(m.meanLnTau - kwwMeanLogRelaxationTime(lnTau, beta)) < 1e-9);
    QVERIFY(std::abs(m.varianceLnTau - kwwLogTimeVariance(beta)) < 1e-9);
    QVERIFY(std::abs(m.meanTau / (tau / beta * std::tgamma(1 / beta)) - 1) < 1e-10);
}

void RelaxationSpectrumTest::k6MeanRelaxationTime_data()
{
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("ratio");
    QTest::newRow("0.42") << 0.42 << 2.9212670;
    QTest::newRow("0.5") << 0.5 << 2.0;
    QTest::newRow("0.7") << 0.7 << 1.2658235;
}

void RelaxationSpectrumTest::k6MeanRelaxationTime()
{
    QFETCH(double, beta);
    QFETCH(double, ratio);
    QVERIFY(std::abs(std::tgamma(1 / beta) / beta - ratio) < 1e-7);
    // ∫φ dt from the distribution: ⟨τ′⟩ = Σ w_i τ′_i.
    const SpectrumMoments m = spectrumMoments(kwwSpectrum(std::log(37.0), beta).value());
    QVERIFY(std::abs(m.meanTau / 37.0 - ratio) < 1e-7);
}

void RelaxationSpectrumTest::k4MomentBetaOfLogNormal_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("momentBeta");
    QTest::newRow("0.25") << 0.25 << 0.9815;
    QTest::newRow("0.5") << 0.5 << 0.9317;
    QTest::newRow("1.0") << 1.0 << 0.7886;
    QTest::newRow("1.5") << 1.5 << 0.6499;
    QTest::newRow("2.0") << 2.0 << 0.5398;
    QTest::newRow("3.0") << 3.0 << 0.3931;
}

void RelaxationSpectrumTest::k4MomentBetaOfLogNormal()
{
    QFETCH(double, width);
    QFETCH(double, momentBeta);
    const SpectrumMoments m = spectrumMoments(logNormalSpectrum(0, width).value());
    QVERIFY2(std::abs(m.momentBeta - momentBeta) < 5e-5, qPrintable(QString::number(m.momentBeta, 'f', 6)));
}

void RelaxationSpectrumTest::logNormalMomentsAreExact()
{
    const double median = std::log(3.5), width = 1.3;
    const RelaxationSpectrum spectrum = logNormalSpectrum(median, width).value();
    QCOMPARE(spectrum.lnTau.size(), std::size_t(1201)); // ±12σ at σ/50
    const SpectrumMoments m = spectrumMoments(spectrum);
    QVERIFY(std::abs(m.normalization - 1) < 1e-13);
    QVERIFY(std::abs(m.meanLnTau - median) < 1e-12);
    QVERIFY(std::abs(m.medianLnTau - median) < 1e-12);
    QVERIFY(std::abs(m.varianceLnTau - width * width) < 1e-12);
    QVERIFY(std::abs(m.meanTau / std::exp(median + 0.5 * width * width) - 1) < 1e-13);
    // Long-time limit: φ(t) at t ≫ all τ′ is 0, at t = 0 it is 1.
    QVERIFY(std::abs(relaxationFunction(spectrum, 0) - 1) < 1e-13);
    QVERIFY(relaxationFunction(spectrum, 1e12) < 1e-13);
    QVERIFY(!logNormalSpectrum(0, 0));
    QVERIFY(!logNormalSpectrum(NAN, 1));
    QCOMPARE(logNormalSpectrum(0, -1).error().code, QStringLiteral("invalid_argument"));
}

void RelaxationSpectrumTest::userGridMatchesBuiltInGrid()
{
    const RelaxationSpectrum builtIn = kwwSpectrum(0.4, 0.6).value();
    const RelaxationSpectrum user = spectrumFromGrid(builtIn.lnTau, builtIn.density).value();
    for (double t : {1e-3, 0.1, 1.0, 10.0, 1e3})
        QVERIFY(std::abs(relaxationFunction(user, t) - relaxationFunction(builtIn, t)) < 1e-14);
    // A user grid is used as given: a density of 2 integrates to 2.
    const RelaxationSpectrum doubled = spectrumFromGrid({0, 1, 3}, {2, 2, 2}).value();
    QCOMPARE(spectrumMoments(doubled).normalization, 6.0);
    QCOMPARE(doubled.weight, (std::vector<double>{1, 3, 2}));
    // β = 1 is a single relaxation time.
    const RelaxationSpectrum single = kwwSpectrum(std::log(5.0), 1.0).value();
    QCOMPARE(single.lnTau.size(), std::size_t(1));
    QVERIFY(std::abs(relaxationFunction(single, 5.0) - std::exp(-1.0)) < 1e-15);
}

void RelaxationSpectrumTest::userGridRejectsBadInput_data()
{
    QTest::addColumn<std::vector<double>>("lnTau");
    QTest::addColumn<std::vector<double>>("density");
    QTest::newRow("one node") << std::vector<double>{0.0} << std::vector<double>{1.0};
    QTest::newRow("unequal lengths") << std::vector<double>{0.0, 1.0} << std::vector<double>{1.0};
    QTest::newRow("not increasing") << std::vector<double>{0.0, 0.0, 1.0}
                                    << std::vector<double>{1.0, 1.0, 1.0};
    QTest::newRow("negative density") << std::vector<double>{0.0, 1.0} << std::vector<double>{1.0, -0.5};
    QTest::newRow("NaN node") << std::vector<double>{0.0, NAN} << std::vector<double>{1.0, 1.0};
    QTest::newRow("all zero") << std::vector<double>{0.0, 1.0} << std::vector<double>{0.0, 0.0};
}

void RelaxationSpectrumTest::userGridRejectsBadInput()
{
    QFETCH(std::vector<double>, lnTau);
    QFETCH(std::vector<double>, density);
    const Result<RelaxationSpectrum> spectrum = spectrumFromGrid(lnTau, density);
    QVERIFY(!spectrum);
    QCOMPARE(spectrum.error().code, QStringLiteral("invalid_argument"));
}

void RelaxationSpectrumTest::pronySeriesMeetsTolerance_data()
{
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<int>("maxModes");
    QTest::newRow("0.3, 1e-6") << 0.3 << 1e-6 << 100;
    QTest::newRow("0.5, 1e-6") << 0.5 << 1e-6 << 60;
    QTest::newRow("0.5, 1e-12") << 0.5 << 1e-12 << 200;
    QTest::newRow("0.7, 1e-9") << 0.7 << 1e-9 << 200;
    QTest::newRow("0.9, 1e-6") << 0.9 << 1e-6 << 220;
}

void RelaxationSpectrumTest::pronySeriesMeetsTolerance()
{
    QFETCH(double, beta);
    QFETCH(double, tolerance);
    QFETCH(int, maxModes);
    PronyOptions options;
    options.tolerance = tolerance;
    const PronySeries series = kwwPronySeries(beta, options).value();
    QVERIFY(int(series.size()) <= maxModes);
    double sum = 0;
    for (std::size_t i = 0; i < series.size(); ++i) {
        QVERIFY(series.weight[i] > 0);
        if (i > 0)
            QVERIFY(series.lnLambda[i] > series.lnLambda[i - 1]);
        sum += series.weight[i];
    }
    QVERIFY(std::abs(sum - 1) < 1e-14);
    double worst = 0;
    for (double lx = -10; lx <= 5; lx += 0.02) {
        const double xi = std::pow(10.0, lx);
        worst = std::max(worst, std::abs(pronyRelaxation(series, xi) - std::exp(-std::pow(xi, beta))));
    }
    QVERIFY2(worst < tolerance, qPrintable(QString::number(worst, 'g', 3)));
}

void RelaxationSpectrumTest::pronySeriesEdgeCases()
{
    const PronySeries one = kwwPronySeries(1.0).value();
    QCOMPARE(one.size(), std::size_t(1));
    QCOMPARE(one.weight[0], 1.0);
    QCOMPARE(one.lnLambda[0], 0.0);
    // Fixed range 1e-9 … 1e4 at 20 per decade (§2.3): 261 modes, the fast tail in the first.
    PronyOptions fixed;
    fixed.modesPerDecade = 20;
    fixed.lambdaMin = 1e-9;
    fixed.lambdaMax = 1e4;
    const PronySeries series = kwwPronySeries(0.5, fixed).value();
    QCOMPARE(series.size(), std::size_t(261));
    QVERIFY(std::abs(series.lnLambda.front() - std::log(1e-9)) < 1e-12);
    QVERIFY(std::abs(series.lnLambda.back() - std::log(1e4)) < 1e-12);
    // Mass below λ = 1e-9: erf(√1e-9/2) ≈ 1.784e-5 on top of the first node's own share.
    QVERIFY(std::abs(series.weight.front() - std::erf(std::sqrt(1e-9) / 2)) < 2e-6);
    QVERIFY(!kwwPronySeries(0.0));
    QVERIFY(!kwwPronySeries(1.5));
    PronyOptions bad;
    bad.tolerance = 0;
    QCOMPARE(kwwPronySeries(0.5, bad).error().code, QStringLiteral("invalid_argument"));
    // From a spectrum: normalised, relative to the reference time.
    const PronySeries fromGrid = pronySeriesFromSpectrum(spectrumFromGrid({1, 2}, {1, 3}).value(), 1).value();
    QCOMPARE(fromGrid.weight, (std::vector<double>{0.25, 0.75}));
    QCOMPARE(fromGrid.lnLambda, (std::vector<double>{0, 1}));
    QVERIFY(!pronySeriesFromSpectrum(RelaxationSpectrum{}));
}

void RelaxationSpectrumTest::fitWindowSpansSixDecadesAroundMedian()
{
    const std::vector<double> times = kwwFitTimes(logNormalSpectrum(std::log(20.0), 1).value());
    QCOMPARE(times.size(), std::size_t(200));
    QVERIFY(std::abs(times.front() / 20e-3 - 1) < 1e-12);
    QVERIFY(std::abs(times.back() / 20e3 - 1) < 1e-12);
    QVERIFY(std::abs(std::log(times[1] / times[0]) - 6 * std::log(10.0) / 199) < 1e-12);
}

QTEST_GUILESS_MAIN(RelaxationSpectrumTest)
#include "tst_relaxation_spectrum.moc"
