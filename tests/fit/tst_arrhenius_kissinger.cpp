// Arrhenius and Kissinger lines: K9, D8, D10 of methods.md.

#include "fit/ArrheniusFit.h"
#include "fit/KissingerFit.h"

#include <QtTest>

#include <cmath>

using namespace gb;

class TestArrheniusKissinger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void k9ArrheniusEnergy_data();
    void k9ArrheniusEnergy();
    void vftCurvatureIsFlagged();
    void d8KissingerOnExactFirstOrderPeaks();
    void d10ThreePointsUseTheirOwnStudentT();
    void kissingerRefusesUnusableInput_data();
    void kissingerRefusesUnusableInput();
};

void TestArrheniusKissinger::k9ArrheniusEnergy_data()
{
    QTest::addColumn<int>("quantity");
    QTest::newRow("relaxation time") << int(ArrheniusQuantity::RelaxationTime);
    QTest::newRow("rate") << int(ArrheniusQuantity::Rate);
}

void TestArrheniusKissinger::k9ArrheniusEnergy()
{
    QFETCH(int, quantity);
    const auto kind = ArrheniusQuantity(quantity);
    // τ = 1e-13·exp(E/RT) (or k = 1e13·exp(−E/RT)), E = 200 kJ/mol, T = 500…600 K.
    std::vector<double> T;
    std::vector<double> values;
    for (int i = 0; i <= 10; ++i) {
        const double t = 500.0 + 10.0 * i;
        T.push_back(t);
        const double boltzmann = std::exp(200e3 / (kGasConstant * t));
        values.push_back(kind == ArrheniusQuantity::RelaxationTime ? 1e-13 * boltzmann : 1e13 / boltzmann);
    }
    ArrheniusOptions options;
    options.quantity = kind;
    const ArrheniusFit fit = fitArrhenius(T, values, options);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY(std::abs(fit.activationEnergy / 1000.0 - 200.000) < 5e-4);
    QVERIFY(std::abs(fit.activationEnergy - 200e3) < 1e-6 * 200e3);
    const double expectedPrefactor = kind == ArrheniusQuantity::RelaxationTime ? 1e-13 : 1e13;
    QVERIFY(std::abs(fit.prefactor / expectedPrefactor - 1.0) < 1e-6);
    QVERIFY(!fit.curved);
    QCOMPARE(fit.line.points, 11);
}

void TestArrheniusKissinger::vftCurvatureIsFlagged()
{
    // Vogel–Fulcher–Tammann: ln τ = ln τ₀ + B/(T − T₀) is curved in 1/T.
    std::vector<double> T;
    std::vector<double> tau;
    for (int i = 0; i <= 12; ++i) {
        const double t = 420.0 + 10.0 * i;
        T.push_back(t);
        tau.push_back(1e-14 * std::exp(2000.0 / (t - 350.0)));
    }
    const ArrheniusFit fit = fitArrhenius(T, tau);
    QVERIFY(fit.ok());
    QVERIFY(fit.curved);
    QVERIFY(std::abs(fit.curvatureT) > 10.0);
}

void TestArrheniusKissinger::d8KissingerOnExactFirstOrderPeaks()
{
    // methods.md §1.6: exact first-order kinetics, E = 300 kJ/mol, A = 1e21 s⁻¹.
    const std::vector<double> rates{0.1, 1.0, 10.0, 100.0, 1000.0};
    const std::vector<double> peaks{678.1994, 707.6957, 739.8193, 774.9320, 813.4646};
    const KissingerFit fit = fitKissinger(rates, peaks);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY2(std::abs(fit.activationEnergy / 1000.0 - 300.000) < 5e-4,
             qPrintable(QString::number(fit.activationEnergy / 1000.0, 'f', 6)));
    QCOMPARE(fit.rates, 5);
    QVERIFY(std::abs(fit.tQuantile - 3.182446305284263) < 1e-9);
    // SE 0.09 J/mol: only the rounding of the peaks to 4 decimals scatters the points.
    QVERIFY(fit.activationEnergyError < 1.0);
    QVERIFY(std::abs(std::log10(fit.preExponentialFactor) - 21.0) < 0.01);
    QVERIFY(fit.rSquared > 0.999999);
}

void TestArrheniusKissinger::d10ThreePointsUseTheirOwnStudentT()
{
    const std::vector<double> rates{1.0, 10.0, 100.0};
    const std::vector<double> peaks{707.6957, 739.8193, 774.9320 + 0.5}; // one peak off by 0.5 K
    const KissingerFit fit = fitKissinger(rates, peaks);
    QVERIFY(fit.ok());
    QVERIFY(std::abs(fit.tQuantile - 12.706) < 5e-4);
    QVERIFY(std::abs(fit.activationEnergyHalfWidth - fit.tQuantile * fit.activationEnergyError) <
            1e-9 * fit.activationEnergyHalfWidth);
    QVERIFY(fit.activationEnergyError > 0.0);
    QCOMPARE(fit.line.degreesOfFreedom, 1);
}

void TestArrheniusKissinger::kissingerRefusesUnusableInput_data()
{
    QTest::addColumn<std::vector<double>>("rates");
    QTest::addColumn<std::vector<double>>("peaks");
    QTest::addColumn<int>("status");
    QTest::newRow("two rates") << std::vector<double>{1, 10} << std::vector<double>{700, 740}
                               << int(FitStatus::InvalidInput);
    QTest::newRow("zero rate") << std::vector<double>{0, 1, 10} << std::vector<double>{690, 700, 740}
                               << int(FitStatus::InvalidInput);
    QTest::newRow("NaN peak") << std::vector<double>{0.1, 1, 10}
                              << std::vector<double>{690, std::nan(""), 740} << int(FitStatus::InvalidInput);
    QTest::newRow("lengths differ") << std::vector<double>{0.1, 1, 10} << std::vector<double>{690, 700}
                                    << int(FitStatus::InvalidInput);
    QTest::newRow("one peak temperature")
        << std::vector<double>{0.1, 1, 10} << std::vector<double>{700, 700, 700} << int(FitStatus::Singular);
}

void TestArrheniusKissinger::kissingerRefusesUnusableInput()
{
    QFETCH(std::vector<double>, rates);
    QFETCH(std::vector<double>, peaks);
    QFETCH(int, status);
    const KissingerFit fit = fitKissinger(rates, peaks);
    QCOMPARE(int(fit.status), status);
    QVERIFY(std::isnan(fit.activationEnergy));
    QVERIFY(!fit.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestArrheniusKissinger)
#include "tst_arrhenius_kissinger.moc"
