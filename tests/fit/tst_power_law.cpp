// Aging laws: single power law (K8) and the continuous two-stage law by Muggeo's iteration and
// the profile search (K7), methods.md §3.7 and §3.9.

#include "fit/BrokenPowerLaw.h"
#include "fit/PowerLawModel.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace gb;

namespace {

/// K7: x = 0, 0.5, …, 10; y = 1 + 0.5x + 0.7(x − 4)₊.
void k7(std::vector<double> &x, std::vector<double> &y)
{
    for (int i = 0; i <= 20; ++i) {
        const double v = 0.5 * i;
        x.push_back(v);
        y.push_back(1.0 + 0.5 * v + 0.7 * std::max(v - 4.0, 0.0));
    }
}

} // namespace

class TestPowerLaw : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void k8ExactPowerLaw();
    void weightedPowerLawReportsReducedChiSquare();
    void k7MuggeoFromEveryStart_data();
    void k7MuggeoFromEveryStart();
    void k7ProfileSearchWithoutStart();
    void twoStagePowerLawInTime();
    void noisyBreakpointHasAStandardError();
    void straightLineHasNoBreak();
    void informationCriterionJudgesTheBreak();
    void unusableInput();
};

void TestPowerLaw::k8ExactPowerLaw()
{
    std::vector<double> t;
    std::vector<double> tau;
    for (double ta : {10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0, 1e4}) {
        t.push_back(ta);
        tau.push_back(3.0 * std::pow(ta, 0.25));
    }
    const PowerLawFit fit = fitPowerLaw(t, tau);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY(std::abs(fit.exponent - 0.25) < 1e-12);
    QVERIFY(std::abs(fit.prefactor - 3.0) < 1e-12 * 3.0);
    QVERIFY(fit.exponentError < 1e-12);
}

void TestPowerLaw::weightedPowerLawReportsReducedChiSquare()
{
    // Points scattered by exactly ±1 SE(ln τ) alternately: reduced χ² = Σ(±1)²/(n − 2)·… is
    // close to 1 and the fitted exponent stays near the truth.
    std::vector<double> t;
    std::vector<double> tau;
    std::vector<double> se;
    int sign = 1;
    for (double ta = 10.0; ta < 2e4; ta *= 2.0) {
        const double error = 0.05;
        t.push_back(ta);
        tau.push_back(3.0 * std::pow(ta, 0.25) * std::exp(sign * error));
        se.push_back(error);
        sign = -sign;
    }
    PowerLawOptions options;
    options.logErrors = se;
    const PowerLawFit fit = fitPowerLaw(t, tau, options);
    QVERIFY(fit.ok());
    QVERIFY(std::abs(fit.exponent - 0.25) < 0.01);
    QVERIFY(fit.reducedChiSquare > 0.8 && fit.reducedChiSquare < 1.3);
}

void TestPowerLaw::k7MuggeoFromEveryStart_data()
{
    QTest::addColumn<double>("start");
    QTest::newRow("psi0 = 2") << 2.0;
    QTest::newRow("psi0 = 6") << 6.0;
    QTest::newRow("psi0 = 8.5") << 8.5;
}

void TestPowerLaw::k7MuggeoFromEveryStart()
{
    QFETCH(double, start);
    std::vector<double> x;
    std::vector<double> y;
    k7(x, y);
    BrokenLineOptions options;
    options.initialBreakpoint = start;
    const BrokenLineFit fit = fitBrokenLine(x, y, options);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY2(std::abs(fit.breakpoint - 4.0) < 5e-7, qPrintable(QString::number(fit.breakpoint, 'g', 12)));
    QVERIFY2(fit.iterations <= 4, qPrintable(QString::number(fit.iterations)));
    QVERIFY(std::abs(fit.slope1 - 0.5) < 1e-10);
    QVERIFY(std::abs(fit.slope2 - 1.2) < 1e-10);
    QVERIFY(std::abs(fit.intercept - 1.0) < 1e-10);
    QVERIFY(fit.breakpointError < 1e-8);
    QCOMPARE(fit.degreesOfFreedom, 17);
}

void TestPowerLaw::k7ProfileSearchWithoutStart()
{
    std::vector<double> x;
    std::vector<double> y;
    k7(x, y);
    const BrokenLineFit fit = fitBrokenLine(x, y);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY(std::abs(fit.profileBreakpoint - 4.0) < 0.05);
    QVERIFY(std::abs(fit.breakpoint - 4.0) < 5e-7);
}

void TestPowerLaw::twoStagePowerLawInTime()
{
    // τ = 2·t^0.3 up to t* = 1000 s, then slope 0.9 in log–log (continuous).
    std::vector<double> t;
    std::vector<double> tau;
    for (int i = 0; i <= 24; ++i) {
        const double ta = std::pow(10.0, 1.0 + 0.2 * i);
        t.push_back(ta);
        const double lnTau = std::log(2.0) + 0.3 * std::log(ta) + 0.6 * std::max(std::log(ta / 1000.0), 0.0);
        tau.push_back(std::exp(lnTau));
    }
    const TwoStagePowerLawFit fit = fitTwoStagePowerLaw(t, tau);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY(std::abs(fit.breakTime / 1000.0 - 1.0) < 1e-6);
    QVERIFY(std::abs(fit.exponent1 - 0.3) < 1e-10);
    QVERIFY(std::abs(fit.exponent2 - 0.9) < 1e-10);
    QVERIFY(std::abs(fit.prefactor - 2.0) < 1e-9);
}

void TestPowerLaw::noisyBreakpointHasAStandardError()
{
    // Same K7 line with noise: Muggeo and the profile search agree (methods.md: 3.8902 vs 3.8900
    // there), and the true break lies inside ψ ± 3·SE(ψ).
    std::vector<double> x;
    std::vector<double> y;
    k7(x, y);
    std::mt19937_64 generator(11);
    std::normal_distribution<double> noise(0.0, 0.05);
    for (double &v : y)
        v += noise(generator);
    const BrokenLineFit fit = fitBrokenLine(x, y);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY(fit.breakpointError > 0.0 && fit.breakpointError < 0.5);
    QVERIFY(std::abs(fit.breakpoint - 4.0) < 3.0 * fit.breakpointError);
    QVERIFY(std::abs(fit.breakpoint - fit.profileBreakpoint) < 0.05);
    QVERIFY(fit.breakpointHalfWidth > fit.breakpointError);
}

void TestPowerLaw::straightLineHasNoBreak()
{
    std::vector<double> x;
    std::vector<double> y;
    for (int i = 0; i < 15; ++i) {
        x.push_back(i);
        y.push_back(2.0 + 0.4 * i);
    }
    const BrokenLineFit fit = fitBrokenLine(x, y);
    QVERIFY(!fit.ok());
    QCOMPARE(fit.status, FitStatus::Singular);
    QVERIFY(std::isnan(fit.breakpoint));
}

void TestPowerLaw::informationCriterionJudgesTheBreak()
{
    std::vector<double> x;
    std::vector<double> y;
    k7(x, y);
    std::mt19937_64 generator(5);
    std::normal_distribution<double> noise(0.0, 0.05);
    std::vector<double> bent = y;
    std::vector<double> straight;
    for (std::size_t i = 0; i < x.size(); ++i) {
        bent[i] += noise(generator);
        straight.push_back(1.0 + 0.5 * x[i] + noise(generator));
    }
    const BrokenLineFit withBreak = fitBrokenLine(x, bent);
    QVERIFY(withBreak.ok());
    QVERIFY(withBreak.breakSupported);
    QVERIFY(withBreak.bic < withBreak.straightLineBic - 10.0);
    const BrokenLineFit withoutBreak = fitBrokenLine(x, straight);
    QVERIFY(!withoutBreak.ok() || !withoutBreak.breakSupported);
}

void TestPowerLaw::unusableInput()
{
    QCOMPARE(fitPowerLaw({1, 2, 3}, {1, -2, 3}).status, FitStatus::InvalidInput);
    QCOMPARE(fitPowerLaw({1, 2}, {1, 2}).status, FitStatus::InvalidInput);
    QCOMPARE(fitBrokenLine({0, 1, 2, 3}, {0, 1, 2, 4}).status, FitStatus::InvalidInput);
    QCOMPARE(fitTwoStagePowerLaw({1, 2, 3, 4, 5, 6}, {1, 2, 3, std::nan(""), 5, 6}).status,
             FitStatus::InvalidInput);
}

QTEST_GUILESS_MAIN(TestPowerLaw)
#include "tst_power_law.moc"
