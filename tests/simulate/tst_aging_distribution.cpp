// Aging model of the relaxation-time distribution: every time shifted as τ′ = τ′_0 + A·t_a^μ
// (transient effect), then ln τ′ broadened by a Gaussian of σ_b = b·ln(1 + t_a/t_b) (broadening
// effect), and the non-monotonic β(t_a) it produces.
#include "simulate/AgingDistribution.h"
#include "simulate/KwwDistribution.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace gb;

namespace {

AgingDistributionModel seedLikeModel()
{
    AgingDistributionModel model;
    model.initialLnTauMedian = std::log(10.0);
    model.initialWidth = 2.0;
    model.shiftAmplitude = 5.0; // s^{1−μ}
    model.shiftExponent = 0.5;
    model.broadeningRate = 0.3;
    model.broadeningTime = 100;
    return model;
}

// φ(t) of the aged distribution by direct quadrature over the two standard normal variables
// z (unaged ln τ′_0 = ln τ_0 + s_0 z) and v (broadening σ_b v), independent of the spectrum code.
double directAgedRelaxation(double t, double lnMedian, double width, double shift, double sigma)
{
    const double h = 0.02;
    double sum = 0;
    for (double z = -9; z <= 9; z += h) {
        const double tau = std::exp(lnMedian + width * z) + shift;
        for (double v = -9; v <= 9; v += h)
            sum += std::exp(-0.5 * (z * z + v * v)) * std::exp(-t / (tau * std::exp(sigma * v)));
    }
    return sum * h * h / (2 * std::numbers::pi);
}

} // namespace

class AgingDistributionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelLaws();
    void unagedIsTheInitialLogNormal();
    void agedMomentsAreExact_data();
    void agedMomentsAreExact();
    void shiftAloneMovesTheMedianExactly();
    void broadeningAloneStaysLogNormal();
    void agedRelaxationMatchesDirectIntegral();
    void betaRisesThenFalls();
    void rejectsInvalidModels();
};

void AgingDistributionTest::modelLaws()
{
    const AgingDistributionModel m = seedLikeModel();
    QCOMPARE(m.shift(0), 0.0);
    QCOMPARE(m.shift(400), 100.0); // 5·√400
    QCOMPARE(m.broadening(0), 0.0);
    QVERIFY(std::abs(m.broadening(100) - 0.3 * std::log(2.0)) < 1e-15);
}

void AgingDistributionTest::unagedIsTheInitialLogNormal()
{
    const AgingDistributionModel m = seedLikeModel();
    const RelaxationSpectrum aged = agedSpectrum(m, 0).value();
    const RelaxationSpectrum initial = logNormalSpectrum(std::log(10.0), 2.0).value();
    QCOMPARE(aged.lnTau, initial.lnTau);
    QCOMPARE(aged.weight, initial.weight);
}

void AgingDistributionTest::agedMomentsAreExact_data()
{
    QTest::addColumn<double>("agingTime");
    QTest::newRow("10 s") << 10.0; // σ_b = 0.029
    QTest::newRow("100 s") << 100.0;
    QTest::newRow("1e4 s") << 1e4; // σ_b = 1.385
}

void AgingDistributionTest::agedMomentsAreExact()
{
    QFETCH(double, agingTime);
    const AgingDistributionModel m = seedLikeModel();
    AgingDistributionModel shiftOnly = m;
    shiftOnly.broadeningRate = 0;
    const double shift = 5 * std::sqrt(agingTime);
    const double sigma = 0.3 * std::log1p(agingTime / 100);
    const SpectrumMoments aged = spectrumMoments(agedSpectrum(m, agingTime).value());
    const SpectrumMoments unbroadened = spectrumMoments(agedSpectrum(shiftOnly, agingTime).value());
    QVERIFY(std::abs(aged.normalization - 1) < 1e-12);
    // ⟨τ′⟩ = (τ_0 e^{s_0²/2} + A t_a^μ)·e^{σ_b²/2}; the Gaussian adds σ_b² to Var(ln τ′), not to ⟨ln τ′⟩.
    const double meanTau = (10 * std::exp(2.0) + shift) * std::exp(0.5 * sigma * sigma);
    QVERIFY2(std::abs(aged.meanTau / meanTau - 1) < 1e-10,
             qPrintable(QString::number(aged.meanTau / meanTau - 1)));
    QVERIFY(std::abs(unbroadened.meanTau / (10 * std::exp(2.0) + shift) - 1) < 1e-12);
    QVERIFY(std::abs(aged.varianceLnTau - (unbroadened.varianceLnTau + sigma * sigma)) < 1e-10);
    QVERIFY(std::abs(aged.meanLnTau - unbroadened.meanLnTau) < 1e-10);
    const std::vector<AgedDistributionSummary> series = agingSeries(m, {agingTime}).value();
    QCOMPARE(series.size(), std::size_t(1));
    QCOMPARE(series[0].shiftedMedianTau, 10 + shift);
    QCOMPARE(series[0].broadening, sigma);
    QCOMPARE(series[0].momentBeta, aged.momentBeta);
    QCOMPARE(series[0].meanTau, aged.meanTau);
}

void AgingDistributionTest::shiftAloneMovesTheMedianExactly()
{
    AgingDistributionModel m = seedLikeModel();
    m.broadeningRate = 0;
    double previousBeta = 0;
    for (double ta : {1.0, 100.0, 1e4, 1e6}) {
        const double shift = 5 * std::sqrt(ta);
        const RelaxationSpectrum aged = agedSpectrum(m, ta).value();
        const SpectrumMoments moments = spectrumMoments(aged);
        // The map τ′_0 → τ′_0 + shift is monotone: the median goes to τ_0 + shift (to O(Δu²)).
        QVERIFY2(std::abs(moments.medianLnTau - std::log(10 + shift)) < 1e-3,
                 qPrintable(QString::number(moments.medianLnTau - std::log(10 + shift), 'g', 3)));
        for (std::size_t i = 1; i < aged.lnTau.size(); ++i)
            QVERIFY(aged.lnTau[i] > aged.lnTau[i - 1]);
        // Density = H_0(u_0)·(1 + shift/τ′_0) at the node in the middle.
        const std::size_t mid = aged.lnTau.size() / 2;
        const double tau0 = std::exp(aged.lnTau[mid]) - shift;
        const double z = (std::log(tau0) - std::log(10.0)) / 2;
        const double h0 = std::exp(-0.5 * z * z) / (2 * std::sqrt(2 * std::numbers::pi));
        QVERIFY(std::abs(aged.density[mid] / (h0 * (1 + shift / tau0)) - 1) < 1e-6);
        // The transient effect alone only narrows the distribution.
        QVERIFY(moments.momentBeta > previousBeta);
        previousBeta = moments.momentBeta;
    }
    QVERIFY(previousBeta > 0.95);
}

void AgingDistributionTest::broadeningAloneStaysLogNormal()
{
    AgingDistributionModel m = seedLikeModel();
    m.shiftAmplitude = 0;
    for (double ta : {100.0, 1e4}) {
        const double width = std::sqrt(4 + std::pow(m.broadening(ta), 2));
        const RelaxationSpectrum aged = agedSpectrum(m, ta).value();
        const RelaxationSpectrum logNormal = logNormalSpectrum(std::log(10.0), width).value();
        const SpectrumMoments moments = spectrumMoments(aged);
        QVERIFY(std::abs(moments.varianceLnTau - width * width) < 1e-10);
        QVERIFY(std::abs(moments.momentBeta - kwwMomentBeta(width * width)) < 1e-10);
        for (double t : {0.01, 1.0, 100.0, 1e4})
            QVERIFY(std::abs(relaxationFunction(aged, t) - relaxationFunction(logNormal, t)) < 1e-12);
    }
}

void AgingDistributionTest::agedRelaxationMatchesDirectIntegral()
{
    const AgingDistributionModel m = seedLikeModel();
    for (double ta : {100.0, 1e4}) {
        const RelaxationSpectrum aged = agedSpectrum(m, ta).value();
        for (double t : {1.0, 100.0, 1e4}) {
            const double direct = directAgedRelaxation(t, std::log(10.0), 2.0, m.shift(ta), m.broadening(ta));
            QVERIFY2(std::abs(relaxationFunction(aged, t) - direct) < 1e-9,
                     qPrintable(QString::number(relaxationFunction(aged, t) - direct, 'g', 3)));
        }
    }
}

void AgingDistributionTest::betaRisesThenFalls()
{
    std::vector<double> times{0};
    for (double lt = 0; lt <= 7.01; lt += 0.5)
        times.push_back(std::pow(10.0, lt));
    const std::vector<AgedDistributionSummary> series = agingSeries(seedLikeModel(), times).value();
    QCOMPARE(series.size(), times.size());
    const auto peak = std::max_element(series.begin(), series.end(), [](const auto &a, const auto &b) {
        return a.momentBeta < b.momentBeta;
    });
    const auto index = std::size_t(peak - series.begin());
    // Unaged: s = 2 gives β = [1 + 24/π²]^{−1/2} = 0.5398; the maximum is inside the series.
    QVERIFY(std::abs(series.front().momentBeta - kwwMomentBeta(4.0)) < 1e-10);
    QVERIFY(std::abs(series.front().momentBeta - 0.5398) < 1e-4);
    QVERIFY(index > 2 && index + 2 < series.size());
    QVERIFY(peak->agingTime >= 100 && peak->agingTime <= 1e4);
    for (std::size_t i = 1; i <= index; ++i)
        QVERIFY(series[i].momentBeta > series[i - 1].momentBeta);
    for (std::size_t i = index + 1; i < series.size(); ++i)
        QVERIFY(series[i].momentBeta < series[i - 1].momentBeta);
    QVERIFY(peak->momentBeta > 0.85);
    QVERIFY(series.back().momentBeta < 0.4);
}

void AgingDistributionTest::rejectsInvalidModels()
{
    AgingDistributionModel m = seedLikeModel();
    QVERIFY(m.validate());
    m.initialWidth = 0;
    QCOMPARE(agedSpectrum(m, 1).error().code, QStringLiteral("invalid_argument"));
    m = seedLikeModel();
    m.broadeningTime = 0;
    QVERIFY(!agedSpectrum(m, 1));
    m = seedLikeModel();
    m.shiftAmplitude = -1;
    QVERIFY(!agingSeries(m, {1.0}));
    QVERIFY(!agedSpectrum(seedLikeModel(), -1));
}

QTEST_GUILESS_MAIN(AgingDistributionTest)
#include "tst_aging_distribution.moc"
