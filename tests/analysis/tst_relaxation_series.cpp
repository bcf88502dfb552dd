// Aging and Arrhenius laws of the stress-relaxation analysis (issue 7, methods.md §3.7–3.8,
// tests K7–K9 at the analysis level) on exact synthetic series whose μ, t_break, β peak and
// Ea are known.
#include "analysis/relaxation/AgingLaw.h"
#include "analysis/relaxation/RelaxationArrhenius.h"

#include <QtTest>

#include <cmath>

using namespace gb;

namespace {
constexpr double kR = 8.314462618;

const std::vector<double> kAgingTimes{10, 30, 100, 300, 1000, 3000, 10000, 30000};

/// τ = 3·t_a^0.25 below t* and continuous with slope μ₂ above (μ₂ = 0.25: a single law).
double twoStageTau(double ta, double tBreak, double mu2)
{
    const double mu1 = 0.25;
    return ta <= tBreak ? 3 * std::pow(ta, mu1) : 3 * std::pow(tBreak, mu1) * std::pow(ta / tBreak, mu2);
}

/// β = 0.5 − 0.01·ln²(t_a/peak): an exact parabola in ln t_a with its vertex at `peak`.
double parabolicBeta(double ta, double peak)
{
    const double x = std::log(ta / peak);
    return 0.5 - 0.01 * x * x;
}
} // namespace

class RelaxationSeriesTest : public QObject {
    Q_OBJECT

private slots:
    void singlePowerLaw();
    void twoStageLaw_data();
    void twoStageLaw();
    void betaPeak_data();
    void betaPeak();
    void tooFewAgingTimes();
    void arrheniusExact();
    void arrheniusTwoTemperatures();
    void arrheniusTooFew();
};

void RelaxationSeriesTest::singlePowerLaw()
{
    // K8: τ = 3·t_a^0.25 exactly; a break would not lower the BIC, so it is not supported.
    std::vector<AgingPoint> points;
    for (double ta : kAgingTimes)
        points.push_back(AgingPoint{ta, 3 * std::pow(ta, 0.25), 0.5});
    const AgingLawResult r = fitAgingLaw(points);
    QCOMPARE(r.status, QStringLiteral("ok"));
    QCOMPARE(r.points, 8);
    QCOMPARE(r.agingTimes, 8);
    QVERIFY(std::abs(r.single.exponent - 0.25) < 1e-12);
    QVERIFY(std::abs(r.single.prefactor - 3.0) < 1e-11);
    QVERIFY(!r.breakSupported);
    QVERIFY(std::isnan(r.betaPeakAgingTimeS)); // β is flat: no interior maximum
}

void RelaxationSeriesTest::twoStageLaw_data()
{
    QTest::addColumn<double>("tBreak");
    QTest::addColumn<double>("mu2");
    QTest::newRow("break at 500 s, 0.25 -> 0.8") << 500.0 << 0.8;
    QTest::newRow("break at 2000 s, 0.25 -> 0.05") << 2000.0 << 0.05;
    QTest::newRow("break at 60 s, 0.25 -> 1.0") << 60.0 << 1.0;
}

void RelaxationSeriesTest::twoStageLaw()
{
    // K7 in aging form: a continuous broken line in (ln t_a, ln τ).
    QFETCH(double, tBreak);
    QFETCH(double, mu2);
    std::vector<AgingPoint> points;
    for (double ta : kAgingTimes)
        points.push_back(AgingPoint{ta, twoStageTau(ta, tBreak, mu2), std::nan("")});
    const AgingLawResult r = fitAgingLaw(points);
    QCOMPARE(r.status, QStringLiteral("ok"));
    QVERIFY(r.twoStage.ok());
    QVERIFY(r.breakSupported);
    QVERIFY2(std::abs(r.twoStage.breakTime / tBreak - 1) < 1e-6,
             qPrintable(QString::number(r.twoStage.breakTime, 'g', 12)));
    QVERIFY(std::abs(r.twoStage.exponent1 - 0.25) < 1e-8);
    QVERIFY(std::abs(r.twoStage.exponent2 - mu2) < 1e-8);
    QVERIFY(std::abs(r.twoStage.prefactor - 3.0) < 1e-6);
    QVERIFY(r.bicBroken < r.bicSingle - 2);
    // The single law is a compromise between the two slopes.
    QVERIFY(r.single.exponent > std::min(0.25, mu2) && r.single.exponent < std::max(0.25, mu2));
}

void RelaxationSeriesTest::betaPeak_data()
{
    QTest::addColumn<double>("peak");
    QTest::newRow("between samples, 200 s") << 200.0;
    QTest::newRow("on a sample, 1000 s") << 1000.0;
    QTest::newRow("near the end, 15000 s") << 15000.0;
}

void RelaxationSeriesTest::betaPeak()
{
    QFETCH(double, peak);
    std::vector<double> times;
    std::vector<double> betas;
    std::vector<AgingPoint> points;
    for (double ta : kAgingTimes) {
        times.push_back(ta);
        betas.push_back(parabolicBeta(ta, peak));
        points.push_back(AgingPoint{ta, 3 * std::pow(ta, 0.25), parabolicBeta(ta, peak)});
    }
    QVERIFY(std::abs(betaPeakAgingTime(times, betas) / peak - 1) < 1e-10);
    QVERIFY(std::abs(fitAgingLaw(points).betaPeakAgingTimeS / peak - 1) < 1e-10);

    // Two curves per aging time: β is averaged per t_a first.
    std::vector<double> twice = times;
    twice.insert(twice.end(), times.begin(), times.end());
    std::vector<double> shifted = betas;
    for (double b : betas)
        shifted.push_back(b);
    for (std::size_t i = 0; i < betas.size(); ++i) {
        shifted[i] += 0.01;
        shifted[i + betas.size()] -= 0.01;
    }
    QVERIFY(std::abs(betaPeakAgingTime(twice, shifted) / peak - 1) < 1e-10);
}

void RelaxationSeriesTest::tooFewAgingTimes()
{
    // The maximum at an end of the series gives no peak.
    QVERIFY(std::isnan(betaPeakAgingTime({10, 100, 1000}, {0.3, 0.4, 0.5})));
    QVERIFY(std::isnan(betaPeakAgingTime({10, 100}, {0.3, 0.4})));

    std::vector<AgingPoint> points{{10, 2, 0.4}, {100, 3, 0.4}, {1000, 4, 0.4}, {1000, 4.1, 0.4}};
    const AgingLawResult r = fitAgingLaw(points);
    QCOMPARE(r.status, QStringLiteral("too_few_points"));
    QCOMPARE(r.agingTimes, 3);
    QVERIFY(std::isnan(r.single.exponent));

    // Four aging times: the single law, but no test for a break (5 needed).
    points.push_back({10000, 5, 0.4});
    const AgingLawResult four = fitAgingLaw(points);
    QCOMPARE(four.status, QStringLiteral("ok"));
    QVERIFY(!four.twoStage.ok());
    QVERIFY(!four.breakSupported);
}

void RelaxationSeriesTest::arrheniusExact()
{
    // K9: τ = 1e-13·exp(E/RT), E = 200 kJ/mol, T = 500 … 600 K; Tg = 450 K.
    const double e = 200e3;
    std::vector<double> temperatures;
    std::vector<double> taus;
    for (double t = 500; t <= 600; t += 20) {
        temperatures.push_back(t);
        taus.push_back(1e-13 * std::exp(e / (kR * t)));
    }
    const RelaxationArrheniusResult r = fitRelaxationArrhenius(temperatures, taus, 450.0);
    QCOMPARE(r.status, QStringLiteral("ok"));
    QCOMPARE(r.temperatures, 6);
    QVERIFY(std::abs(r.activationEnergy - e) < 1e-6 * e);
    QVERIFY(r.activationEnergyError < 1e-6 * e);
    QVERIFY(std::abs(r.overRTg - e / (kR * 450)) < 1e-6 * r.overRTg);
    QVERIFY(std::abs(r.overRTg - 53.4545) < 1e-3); // 200000/(8.314462618·450)
}

void RelaxationSeriesTest::arrheniusTwoTemperatures()
{
    const double e = 150e3;
    const std::vector<double> temperatures{480, 520};
    std::vector<double> taus;
    for (double t : temperatures)
        taus.push_back(2e-10 * std::exp(e / (kR * t)));
    const RelaxationArrheniusResult r = fitRelaxationArrhenius(temperatures, taus);
    QCOMPARE(r.status, QStringLiteral("ok"));
    QVERIFY(std::abs(r.activationEnergy - e) < 1e-6 * e);
    QVERIFY(std::isnan(r.activationEnergyError)); // two points: no error estimate
    QVERIFY(std::isnan(r.overRTg));               // no Tg given
}

void RelaxationSeriesTest::arrheniusTooFew()
{
    const RelaxationArrheniusResult r = fitRelaxationArrhenius({500, 500, 500}, {1, 2, 3});
    QCOMPARE(r.status, QStringLiteral("too_few_points"));
    QCOMPARE(r.temperatures, 1);
    QVERIFY(std::isnan(r.activationEnergy));
}

QTEST_GUILESS_MAIN(RelaxationSeriesTest)
#include "tst_relaxation_series.moc"
