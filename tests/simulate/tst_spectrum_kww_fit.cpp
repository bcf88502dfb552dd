// KWW β and τ fitted to relaxation-time distributions (methods.md §3.6, test K4 of §3.9) and the
// β_KWW(t_a) curve of the aging model.
#include "fit/KwwModel.h"
#include "simulate/AgingDistribution.h"
#include "simulate/SpectrumKwwFit.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace gb;

class SpectrumKwwFitTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void k4LogNormalToKww_data();
    void k4LogNormalToKww();
    void kwwDistributionGivesBackItsParameters_data();
    void kwwDistributionGivesBackItsParameters();
    void singleTimeSitsOnTheBound();
    void k6MeanTimeOfFittedKww();
    void agingModelBetaIsNonMonotonic();
};

void SpectrumKwwFitTest::k4LogNormalToKww_data()
{
    // §3.6 table: unweighted fit of φ on 200 log-spaced t in [10⁻³, 10³] × median (median τ = 1).
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("lnTau");
    QTest::newRow("0.25") << 0.25 << 0.9767 << 0.0066;
    QTest::newRow("0.5") << 0.5 << 0.9158 << 0.0272;
    QTest::newRow("1.0") << 1.0 << 0.7546 << 0.1097;
    QTest::newRow("1.5") << 1.5 << 0.6111 << 0.2346;
    QTest::newRow("2.0") << 2.0 << 0.5015 << 0.3862;
    QTest::newRow("3.0") << 3.0 << 0.3560 << 0.7336;
}

void SpectrumKwwFitTest::k4LogNormalToKww()
{
    QFETCH(double, width);
    QFETCH(double, beta);
    QFETCH(double, lnTau);
    const KwwFitResult fit = fitKwwToSpectrum(logNormalSpectrum(0, width).value());
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY2(std::abs(fit.beta - beta) <= 0.001, qPrintable(QString::number(fit.beta, 'f', 5)));
    QVERIFY2(std::abs(fit.logTau - lnTau) <= 0.002, qPrintable(QString::number(fit.logTau, 'f', 5)));
    QVERIFY(!fit.betaAtBound);
}

void SpectrumKwwFitTest::kwwDistributionGivesBackItsParameters_data()
{
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("tau");
    QTest::newRow("0.42, 37 s") << 0.42 << 37.0;
    QTest::newRow("0.7, 0.02 s") << 0.7 << 0.02;
}

void SpectrumKwwFitTest::kwwDistributionGivesBackItsParameters()
{
    QFETCH(double, beta);
    QFETCH(double, tau);
    const KwwFitResult fit = fitKwwToSpectrum(kwwSpectrum(std::log(tau), beta).value());
    QVERIFY(fit.ok());
    QVERIFY2(std::abs(fit.beta / beta - 1) < 1e-7, qPrintable(QString::number(fit.beta, 'g', 12)));
    QVERIFY2(std::abs(fit.tau / tau - 1) < 1e-7, qPrintable(QString::number(fit.tau, 'g', 12)));
}

void SpectrumKwwFitTest::singleTimeSitsOnTheBound()
{
    const KwwFitResult fit = fitKwwToSpectrum(kwwSpectrum(std::log(5.0), 1.0).value());
    QCOMPARE(int(fit.status), int(FitStatus::ConvergedAtBound));
    QVERIFY(fit.betaAtBound);
    QVERIFY(std::abs(fit.beta - 1) < 1e-9);
    QVERIFY(std::abs(fit.tau / 5 - 1) < 1e-7);
}

void SpectrumKwwFitTest::k6MeanTimeOfFittedKww()
{
    // ⟨τ⟩ = (τ/β)Γ(1/β): 2.9212670 τ for β = 0.42, 1.2658235 τ for β = 0.7 — and the distribution's
    // own ⟨τ′⟩ = Σ w_i τ′_i agrees with the fitted KWW's.
    QVERIFY(std::abs(kwwMeanRelaxationTime(1, 0.42) - 2.9212670) < 1e-7);
    QVERIFY(std::abs(kwwMeanRelaxationTime(1, 0.7) - 1.2658235) < 1e-7);
    const RelaxationSpectrum spectrum = kwwSpectrum(std::log(37.0), 0.42).value();
    const KwwFitResult fit = fitKwwToSpectrum(spectrum);
    QVERIFY(std::abs(fit.meanTau / spectrumMoments(spectrum).meanTau - 1) < 1e-6);
    QVERIFY(std::abs(fit.meanTau / (2.9212670 * 37) - 1) < 1e-6);
}

void SpectrumKwwFitTest::agingModelBetaIsNonMonotonic()
{
    AgingDistributionModel model;
    model.initialLnTauMedian = std::log(10.0);
    model.initialWidth = 2.0;
    model.shiftAmplitude = 5.0;
    model.shiftExponent = 0.5;
    model.broadeningRate = 0.3;
    model.broadeningTime = 100;
    std::vector<double> times{0};
    for (double lt = 0; lt <= 7.01; lt += 0.5)
        times.push_back(std::pow(10.0, lt));
    const std::vector<AgedKwwPoint> points = agingKwwSeries(model, times).value();
    QCOMPARE(points.size(), times.size());
    for (const AgedKwwPoint &p : points)
        QVERIFY(isSuccess(p.status) && !p.betaAtBound);
    // Unaged: the log-normal of width 2 (K4 table: β = 0.5015).
    QVERIFY(std::abs(points.front().beta - 0.5015) < 0.001);
    const auto peak = std::max_element(points.begin(), points.end(),
                                       [](const auto &a, const auto &b) { return a.beta < b.beta; });
    const auto index = std::size_t(peak - points.begin());
    QVERIFY(peak->agingTime >= 31 && peak->agingTime <= 1000);
    for (std::size_t i = 1; i <= index; ++i)
        QVERIFY(points[i].beta > points[i - 1].beta);
    for (std::size_t i = index + 1; i < points.size(); ++i)
        QVERIFY(points[i].beta < points[i - 1].beta);
    QVERIFY(peak->beta > 0.85);
    QVERIFY(points.back().beta < 0.35);
    // τ_KWW grows with aging throughout.
    for (std::size_t i = 1; i < points.size(); ++i)
        QVERIFY(points[i].tau > points[i - 1].tau);
}

QTEST_GUILESS_MAIN(SpectrumKwwFitTest)
#include "tst_spectrum_kww_fit.moc"
