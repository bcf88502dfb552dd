// Aging model of the relaxation-time distribution: shift τ′ = τ′_0 + A·t_a^μ and broadening
// s(t_a) = s_0 + b·ln(1 + t_a/t_b), and the non-monotonic β_KWW(t_a) it produces.
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

// φ(t) of a log-normal of median τ_m and width s with every time shifted by S, by direct
// Gauss–Hermite-free quadrature in the standard normal variable (independent of the spectrum code).
double shiftedLogNormalRelaxation(double t, double lnMedian, double width, double shift)
{
    const double h = 1e-3;
    double sum = 0;
    for (double z = -12; z <= 12; z += h) {
        const double tau = std::exp(lnMedian + width * z) + shift;
        sum += std::exp(-0.5 * z * z) * std::exp(-t / tau);
    }
    return sum * h / std::sqrt(2 * std::numbers::pi);
}

} // namespace

class AgingDistributionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelLaws();
    void unagedIsTheInitialLogNormal();
    void agedMedianAndMeanAreExact_data();
    void agedMedianAndMeanAreExact();
    void agedRelaxationMatchesDirectIntegral();
    void betaRisesThenFalls();
    void shiftAloneNarrowsBroadeningAloneWidens();
    void rejectsInvalidModels();
};

void AgingDistributionTest::modelLaws()
{
    const AgingDistributionModel m = seedLikeModel();
    QCOMPARE(m.shift(0), 0.0);
    QCOMPARE(m.shift(400), 100.0); // 5·√400
    QCOMPARE(m.width(0), 2.0);
    QVERIFY(std::abs(m.width(100) - (2 + 0.3 * std::log(2.0))) < 1e-15);
}

void AgingDistributionTest::unagedIsTheInitialLogNormal()
{
    const AgingDistributionModel m = seedLikeModel();
    const RelaxationSpectrum aged = agedSpectrum(m, 0).value();
    const RelaxationSpectrum initial = logNormalSpectrum(std::log(10.0), 2.0).value();
    QCOMPARE(aged.lnTau, initial.lnTau);
    QCOMPARE(aged.weight, initial.weight);
}

void AgingDistributionTest::agedMedianAndMeanAreExact_data()
{
    QTest::addColumn<double>("agingTime");
    QTest::newRow("1 s") << 1.0;
    QTest::newRow("100 s") << 100.0;
    QTest::newRow("1e4 s") << 1e4;
    QTest::newRow("1e6 s") << 1e6;
}

void AgingDistributionTest::agedMedianAndMeanAreExact()
{
    QFETCH(double, agingTime);
    const AgingDistributionModel m = seedLikeModel();
    const double s = m.width(agingTime);
    const double shift = 5 * std::sqrt(agingTime);
    const RelaxationSpectrum aged = agedSpectrum(m, agingTime).value();
    const SpectrumMoments moments = spectrumMoments(aged);
    QVERIFY(std::abs(moments.normalization - 1) < 1e-12);
    // ⟨τ′⟩ = τ_0 e^{s²/2} + A t_a^μ exactly.
    QVERIFY2(std::abs(moments.meanTau / (10 * std::exp(0.5 * s * s) + shift) - 1) < 1e-12,
             qPrintable(QString::number(moments.meanTau)));
    // The map τ′_0 → τ′_0 + shift is monotone, so the median moves to τ_0 + shift (to O(Δu²)).
    QVERIFY2(std::abs(moments.medianLnTau - std::log(10 + shift)) < 1e-3,
             qPrintable(QString::number(moments.medianLnTau - std::log(10 + shift), 'g', 3)));
    const std::vector<AgedDistributionSummary> series = agingSeries(m, {agingTime}).value();
    QCOMPARE(series.size(), std::size_t(1));
    QCOMPARE(series[0].medianTau, 10 + shift);
    QCOMPARE(series[0].width, s);
    QCOMPARE(series[0].momentBeta, moments.momentBeta);
    // Nodes stay strictly increasing; density = H_0(u_0)·(1 + shift/τ′_0).
    for (std::size_t i = 1; i < aged.lnTau.size(); ++i)
        QVERIFY(aged.lnTau[i] > aged.lnTau[i - 1]);
    const std::size_t mid = aged.lnTau.size() / 2;
    const double tau = std::exp(aged.lnTau[mid]);
    const double tau0 = tau - shift;
    const double z = (std::log(tau0) - std::log(10.0)) / s;
    const double h0 = std::exp(-0.5 * z * z) / (s * std::sqrt(2 * std::numbers::pi));
    QVERIFY(std::abs(aged.density[mid] / (h0 * tau / tau0) - 1) < 1e-6);
}

void AgingDistributionTest::agedRelaxationMatchesDirectIntegral()
{
    const AgingDistributionModel m = seedLikeModel();
    for (double ta : {10.0, 1e4}) {
        const RelaxationSpectrum aged = agedSpectrum(m, ta).value();
        for (double t : {0.1, 10.0, 1e3, 1e5}) {
            const double direct = shiftedLogNormalRelaxation(t, std::log(10.0), m.width(ta), m.shift(ta));
            QVERIFY2(std::abs(relaxationFunction(aged, t) - direct) < 1e-10,
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
    QVERIFY(peak->momentBeta - series.back().momentBeta > 0.05);
}

void AgingDistributionTest::shiftAloneNarrowsBroadeningAloneWidens()
{
    AgingDistributionModel shiftOnly = seedLikeModel();
    shiftOnly.broadeningRate = 0;
    AgingDistributionModel broadenOnly = seedLikeModel();
    broadenOnly.shiftAmplitude = 0;
    double previousShift = 0, previousBroad = 1;
    for (double ta : {0.0, 1.0, 100.0, 1e4, 1e6}) {
        const double betaShift = spectrumMoments(agedSpectrum(shiftOnly, ta).value()).momentBeta;
        const double betaBroad = spectrumMoments(agedSpectrum(broadenOnly, ta).value()).momentBeta;
        QVERIFY(betaShift >= previousShift);
        QVERIFY(betaBroad <= previousBroad);
        // Broadening only: the distribution stays log-normal, β from s(t_a) exactly.
        QVERIFY(std::abs(betaBroad - kwwMomentBeta(std::pow(broadenOnly.width(ta), 2))) < 1e-10);
        previousShift = betaShift;
        previousBroad = betaBroad;
    }
    QVERIFY(previousShift > 0.95);
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
