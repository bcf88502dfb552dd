// Thermal protocols, their discretisation into simulation steps, the trace columns and the
// input checks of the TNM engines.
#include "simulate/ThermalProtocol.h"
#include "simulate/TnmSimulator.h"
#include "simulate/TnmTrace.h"

#include <QtTest>

#include <cmath>

using namespace gb;

class ThermalProtocolTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildsStepsWithDurations();
    void annealingProtocolHasCampaignShape();
    void rejectsInvalidProtocols_data();
    void rejectsInvalidProtocols();
    void discretisesRampsInTemperature();
    void discretisesHoldsInLogTime();
    void jumpsTakeNoTime();
    void refusesAbsurdGrids();
    void rejectsInvalidParameters();
    void warnsWhenStartIsNotEquilibrated();
    void startsFromGivenFictiveTemperature();
    void segmentCurveInterpolatesFictiveTemperature();
};

void ThermalProtocolTest::buildsStepsWithDurations()
{
    ThermalProtocol p(480);
    p.rampTo(370, 6000).hold(100).rampTo(300, 6000).rampTo(480, 1000).jumpTo(500);
    QCOMPARE(p.steps().size(), std::size_t(5));
    QCOMPARE(p.steps()[0].duration, 110.0 / 6000);
    QCOMPARE(p.steps()[1].targetTemperature, 370.0);
    QCOMPARE(p.steps()[1].duration, 100.0);
    QCOMPARE(p.steps()[3].duration, 0.18);
    QCOMPARE(p.steps()[4].duration, 0.0);
    QCOMPARE(p.temperatureBefore(0), 480.0);
    QCOMPARE(p.temperatureBefore(2), 370.0);
    QCOMPARE(p.temperatureBefore(4), 480.0);
    QVERIFY(std::abs(p.totalDuration() - (110.0 / 6000 + 100 + 70.0 / 6000 + 0.18)) < 1e-12);
    QVERIFY(p.validate());
}

void ThermalProtocolTest::annealingProtocolHasCampaignShape()
{
    const ThermalProtocol p = annealingProtocol({480, 6000, 370, 100, 300, 1000, 0});
    QCOMPARE(p.steps().size(), std::size_t(4));
    QCOMPARE(int(p.steps()[1].kind), int(ThermalStepKind::Hold));
    QCOMPARE(p.steps()[3].targetTemperature, 480.0); // back to the start temperature
    QCOMPARE(p.steps()[3].rate, 1000.0);
    // t_a = 0 is the as-cooled reference: no hold step.
    const ThermalProtocol reference = annealingProtocol({480, 6000, 370, 0, 300, 1000, 470});
    QCOMPARE(reference.steps().size(), std::size_t(3));
    QCOMPARE(reference.steps()[2].targetTemperature, 470.0);
}

void ThermalProtocolTest::rejectsInvalidProtocols_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("no steps") << 0;
    QTest::newRow("zero start") << 1;
    QTest::newRow("zero rate") << 2;
    QTest::newRow("negative hold") << 3;
    QTest::newRow("negative target") << 4;
    QTest::newRow("infinite rate") << 5;
}

void ThermalProtocolTest::rejectsInvalidProtocols()
{
    QFETCH(int, kind);
    ThermalProtocol p(kind == 1 ? 0.0 : 400.0);
    switch (kind) {
    case 1: p.rampTo(300, 10); break;
    case 2: p.rampTo(300, 0); break;
    case 3: p.hold(-1); break;
    case 4: p.rampTo(-5, 10); break;
    case 5: p.rampTo(300, INFINITY); break;
    default: break;
    }
    const Status status = p.validate();
    QVERIFY(!status);
    QCOMPARE(status.error().code, QStringLiteral("invalid_protocol"));
    const Result<TnmTrace> trace =
        simulateTnm(p, TnmParameters::fromReferenceTime(50000, 0.5, 0.5, 400, 100));
    QVERIFY(!trace);
    QCOMPARE(trace.error().code, QStringLiteral("invalid_protocol"));
}

void ThermalProtocolTest::discretisesRampsInTemperature()
{
    ThermalProtocol p(480);
    p.rampTo(300, 1000).rampTo(300.25, 10);
    TnmDiscretisation d;
    d.rampStep = 0.05;
    const TnmTrace trace = discretiseProtocol(p, d).value();
    // 180/0.05 = 3600 steps exactly (no extra step from rounding), then 0.25/0.05 = 5.
    QCOMPARE(trace.segments[0].intervalCount, std::size_t(3600));
    QCOMPARE(trace.segments[1].intervalCount, std::size_t(5));
    QCOMPARE(trace.segments[1].firstInterval, std::size_t(3600));
    QCOMPARE(trace.time.size(), std::size_t(3606));
    QCOMPARE(trace.midTime.size(), std::size_t(3605));
    QCOMPARE(trace.temperature[3600], 300.0);
    QVERIFY(std::abs(trace.temperature[1] - 479.95) < 1e-12);
    QVERIFY(std::abs(trace.time[3600] - 0.18) < 1e-15);
    QVERIFY(std::abs(trace.time.back() - (0.18 + 0.025)) < 1e-14);
    QVERIFY(std::abs(trace.midTemperature[0] - 479.975) < 1e-12);
    QVERIFY(trace.fictiveTemperature.empty());
}

void ThermalProtocolTest::discretisesHoldsInLogTime()
{
    ThermalProtocol p(370);
    p.hold(100).hold(5e-7);
    TnmDiscretisation d;
    d.holdFirstStep = 1e-6;
    d.holdStepsPerDecade = 20;
    const TnmTrace trace = discretiseProtocol(p, d).value();
    // [0, 1e-6] then 8 decades at 20 per decade; a hold shorter than the first step is one step.
    QCOMPARE(trace.segments[0].intervalCount, std::size_t(161));
    QCOMPARE(trace.segments[1].intervalCount, std::size_t(1));
    QCOMPARE(trace.time[1], 1e-6);
    QVERIFY(std::abs(trace.time[21] / 1e-5 - 1) < 1e-12);
    QCOMPARE(trace.time[161], 100.0);
    QVERIFY(std::abs(trace.time.back() - (100 + 5e-7)) < 1e-12);
    for (double T : trace.temperature)
        QCOMPARE(T, 370.0);
    // c_pN is undefined on a hold; Φ = m Δc_p dT_f/dt is 0 in equilibrium.
    TnmSimulationOptions options;
    options.heatCapacity = {1, 0.5, 0, 0.3, 0};
    const TnmTrace simulated =
        simulateTnm(p, TnmParameters::fromReferenceTime(50000, 0.5, 0.5, 400, 100), options).value();
    QVERIFY(std::isnan(simulated.cpN[5]));
    QCOMPARE(simulated.heatFlow[5], 0.0);
    QCOMPARE(simulated.fictiveTemperature.back(), 370.0);
}

void ThermalProtocolTest::jumpsTakeNoTime()
{
    ThermalProtocol p(420);
    p.jumpTo(390).rampTo(391, 1);
    TnmSimulationOptions options;
    options.heatCapacity = {1, 0.5, 0, 0.3, 0};
    const TnmTrace trace =
        simulateTnm(p, TnmParameters::fromReferenceTime(50000, 1.0, 0.5, 400, 100), options).value();
    QCOMPARE(trace.segments[0].intervalCount, std::size_t(1));
    QCOMPARE(trace.time[1], 0.0);
    QCOMPARE(trace.temperature[1], 390.0);
    QCOMPARE(trace.fictiveTemperature[1], 420.0);
    QCOMPARE(trace.cpN[0], 0.0);
    QVERIFY(std::isnan(trace.heatFlow[0]));
    QVERIFY(std::isfinite(trace.heatFlow[1]));
}

void ThermalProtocolTest::refusesAbsurdGrids()
{
    ThermalProtocol p(480);
    p.rampTo(300, 10);
    TnmDiscretisation d;
    d.rampStep = 1e-6;
    const Result<TnmTrace> huge = discretiseProtocol(p, d);
    QVERIFY(!huge);
    QCOMPARE(huge.error().code, QStringLiteral("too_many_steps"));
    d.rampStep = 0;
    QCOMPARE(discretiseProtocol(p, d).error().code, QStringLiteral("invalid_argument"));
    d.rampStep = 0.1;
    d.holdStepsPerDecade = -1;
    QCOMPARE(discretiseProtocol(p, d).error().code, QStringLiteral("invalid_argument"));
}

void ThermalProtocolTest::rejectsInvalidParameters()
{
    ThermalProtocol p(480);
    p.rampTo(300, 10);
    const TnmParameters good = TnmParameters::fromReferenceTime(50000, 0.5, 0.5, 400, 100);
    QVERIFY(std::abs(good.lnA - -120.394830) < 1e-6);
    for (int which = 0; which < 4; ++which) {
        TnmParameters bad = good;
        if (which == 0)
            bad.nonlinearity = 0;
        if (which == 1)
            bad.beta = 1.2;
        if (which == 2)
            bad.activationOverR = -1;
        if (which == 3)
            bad.lnA = NAN;
        const Result<TnmTrace> trace = simulateTnm(p, bad);
        QVERIFY(!trace);
        QCOMPARE(trace.error().code, QStringLiteral("invalid_parameters"));
    }
    QCOMPARE(simulateTnm(p, good, PronySeries{}).error().code, QStringLiteral("invalid_argument"));
}

void ThermalProtocolTest::warnsWhenStartIsNotEquilibrated()
{
    // τ(420 K) = 100·exp(50000/420 − 125) = 0.264 s: q·τ = 26 K at 100 K/s.
    ThermalProtocol p(420);
    p.rampTo(300, 100);
    const TnmTrace trace =
        simulateTnm(p, TnmParameters::fromReferenceTime(50000, 0.5, 0.5, 400, 100)).value();
    QCOMPARE(trace.diagnostics.size(), std::size_t(1));
    QCOMPARE(trace.diagnostics[0].code, QStringLiteral("not_equilibrated"));
    ThermalProtocol hot(480);
    hot.rampTo(300, 100);
    QVERIFY(
        simulateTnm(hot, TnmParameters::fromReferenceTime(50000, 0.5, 0.5, 400, 100))->diagnostics.empty());
}

void ThermalProtocolTest::startsFromGivenFictiveTemperature()
{
    // Linear exponential case (x = β = 1): a glass at T_f = 400 K held at 390 K relaxes as
    // 390 + 10 exp(−t/τ(390)) in both engines.
    const TnmParameters p = TnmParameters::fromReferenceTime(50000, 1.0, 1.0, 400, 100);
    ThermalProtocol protocol(390);
    protocol.hold(1e4);
    TnmSimulationOptions options;
    options.initialFictiveTemperature = 400;
    const double tau = std::exp(p.lnTau(390, 390));
    const TnmTrace prony = simulateTnm(protocol, p, options).value();
    const TnmTrace classic = simulateTnmClassic(protocol, p, options).value();
    for (std::size_t k = 0; k < prony.time.size(); ++k) {
        const double exact = 390 + 10 * std::exp(-prony.time[k] / tau);
        QVERIFY(std::abs(prony.fictiveTemperature[k] - exact) < 1e-12);
        QVERIFY(std::abs(classic.fictiveTemperature[k] - exact) < 1e-9);
    }
    options.initialFictiveTemperature = -3;
    QCOMPARE(simulateTnm(protocol, p, options).error().code, QStringLiteral("invalid_argument"));
}

void ThermalProtocolTest::segmentCurveInterpolatesFictiveTemperature()
{
    ThermalProtocol p(480);
    p.rampTo(300, 1000).rampTo(480, 1000);
    TnmSimulationOptions options;
    options.discretisation.rampStep = 0.5;
    const TnmTrace trace =
        simulateTnm(p, TnmParameters::fromReferenceTime(50000, 0.5, 0.5, 400, 100), options).value();
    const TnmCurve heating = segmentCurve(trace, 1);
    QCOMPARE(heating.temperature.size(), std::size_t(360));
    QCOMPARE(heating.fictiveTemperature.size(), std::size_t(360));
    QCOMPARE(heating.heatFlow.size(), std::size_t(360));
    QCOMPARE(heating.temperature[0], 300.25);
    QCOMPARE(heating.fictiveTemperature[0],
             0.5 * (trace.fictiveTemperature[360] + trace.fictiveTemperature[361]));
    QCOMPARE(heating.cpN[10], (trace.fictiveTemperature[371] - trace.fictiveTemperature[370]) / 0.5);
    QVERIFY(segmentCurve(trace, 2).time.empty());
    QVERIFY(std::isnan(trace.fictiveTemperatureAfter(2)));
    QCOMPARE(trace.fictiveTemperatureAfter(1), trace.fictiveTemperature.back());
}

QTEST_GUILESS_MAIN(ThermalProtocolTest)
#include "tst_thermal_protocol.moc"
