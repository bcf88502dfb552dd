// Known-answer tests A1–A11 of methods.md §2.7 for the TNM engines (Prony and classic).
// Parameter set P0: Δh*/R = 50 000 K, x = 0.5, β = 0.5, τ(400 K, 400 K) = 100 s.
#include "simulate/TnmSimulator.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace gb;

namespace {

TnmParameters parametersP0(double x = 0.5, double beta = 0.5)
{
    return TnmParameters::fromReferenceTime(50000, x, beta, 400, 100);
}

TnmSimulationOptions withRampStep(double rampStep, double holdStepsPerDecade = 50)
{
    TnmSimulationOptions options;
    options.discretisation.rampStep = rampStep;
    options.discretisation.holdStepsPerDecade = holdStepsPerDecade;
    return options;
}

// 20 modes per decade from λ = 1e-9 to 1e4 of the exact β = ½ distribution (261 modes), as in §2.3.
PronySeries series260()
{
    PronyOptions options;
    options.modesPerDecade = 20;
    options.lambdaMin = 1e-9;
    options.lambdaMax = 1e4;
    return kwwPronySeries(0.5, options).value();
}

PronySeries defaultSeries(double beta)
{
    return kwwPronySeries(beta).value();
}

// T_f′ after cooling from 480 K to 300 K at q.
double frozenFictiveTemperature(bool classic, const TnmParameters &p, const PronySeries &series, double q,
                                double rampStep)
{
    ThermalProtocol protocol(480);
    protocol.rampTo(300, q);
    Result<TnmTrace> trace = classic ? simulateTnmClassic(protocol, p, withRampStep(rampStep))
                                     : simulateTnm(protocol, p, series, withRampStep(rampStep));
    return trace ? trace->fictiveTemperature.back() : std::nan("");
}

// Slope of y on x by ordinary least squares.
double slope(const std::vector<double> &x, const std::vector<double> &y)
{
    const double n = double(x.size());
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sx += x[i];
        sy += y[i];
        sxx += x[i] * x[i];
        sxy += x[i] * y[i];
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

struct Peak {
    double temperature = 0;
    double height = 0;
};

// Largest c_pN of a curve, refined by the parabola through it and its neighbours.
Peak cpNPeak(const TnmCurve &curve)
{
    const auto i = std::size_t(std::max_element(curve.cpN.begin(), curve.cpN.end()) - curve.cpN.begin());
    const double y0 = curve.cpN[i - 1], y1 = curve.cpN[i], y2 = curve.cpN[i + 1];
    const double h = curve.temperature[i + 1] - curve.temperature[i];
    const double d = 0.5 * (y0 - y2) / (y0 - 2 * y1 + y2);
    return {curve.temperature[i] + d * h, y1 - 0.25 * (y0 - y2) * d};
}

// T1 + ∫(1 − c_pN) dT over a ramp segment, with c_pN at the interval midpoints (§1.5).
double areaMatchedFictiveTemperature(const TnmTrace &trace, std::size_t step)
{
    const TnmSegment &s = trace.segments[step];
    double area = 0;
    for (std::size_t k = s.firstInterval; k < s.firstInterval + s.intervalCount; ++k)
        area += (1 - trace.cpN[k]) * (trace.temperature[k + 1] - trace.temperature[k]);
    return trace.temperature[s.firstInterval] + area;
}

// Annealing protocol of A6: 480 → 370 K at 1000 K/s, hold t_a, → 300 K, then (for the scan) heat
// to 480 K at 1000 K/s.
ThermalProtocol a6Protocol(double annealTime, bool withScan)
{
    ThermalProtocol protocol = annealingProtocol({480, 1000, 370, annealTime, 300, 1000, 480});
    if (withScan)
        return protocol;
    ThermalProtocol cooling(480);
    cooling.rampTo(370, 1000);
    if (annealTime > 0)
        cooling.hold(annealTime);
    return cooling.rampTo(300, 1000);
}

} // namespace

class TnmSimulatorTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void a1CoolingRates_data();
    void a1CoolingRates();
    void a2RateDependenceOfFictiveTemperature();
    void a3ExponentialLinearCase_data();
    void a3ExponentialLinearCase();
    void a4IntrinsicCycleAreaMatching();
    void a5ConvergenceInRampStep();
    void a6AnnealingIdentity();
    void a7JumpAndHoldExact();
    void a8KissingerFromIntrinsicCycles();
    void a9PronyAgainstClassic();
    void a10SingleModeIntegrator();
    void a11CancellationFreeRampUpdate();
    void heatingScanCarriesHeatFlowAndStaysConsistent();
};

void TnmSimulatorTest::a1CoolingRates_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("expected");
    QTest::newRow("0.1 K/s") << 0.1 << 395.52;
    QTest::newRow("1 K/s") << 1.0 << 402.75;
    QTest::newRow("10 K/s") << 10.0 << 410.24;
    QTest::newRow("100 K/s") << 100.0 << 418.02;
    QTest::newRow("1000 K/s") << 1000.0 << 426.10;
    QTest::newRow("10^4 K/s") << 1e4 << 434.49;
}

void TnmSimulatorTest::a1CoolingRates()
{
    QFETCH(double, rate);
    QFETCH(double, expected);
    const TnmParameters p = parametersP0();
    const double prony = frozenFictiveTemperature(false, p, defaultSeries(0.5), rate, 0.05);
    const double classic = frozenFictiveTemperature(true, p, {}, rate, 0.05);
    QVERIFY2(std::abs(prony - expected) <= 0.02, qPrintable(QString::number(prony, 'f', 5)));
    QVERIFY2(std::abs(classic - expected) <= 0.02, qPrintable(QString::number(classic, 'f', 5)));
}

void TnmSimulatorTest::a2RateDependenceOfFictiveTemperature()
{
    const TnmParameters p = parametersP0();
    const PronySeries series = defaultSeries(0.5);
    std::vector<double> inverseTf, lnRate, lnReduced;
    for (double q : {0.1, 1.0, 10.0, 100.0, 1000.0, 1e4}) {
        const double tf = frozenFictiveTemperature(false, p, series, q, 0.05);
        inverseTf.push_back(1 / tf);
        lnRate.push_back(std::log(q));
        lnReduced.push_back(std::log(q / (tf * tf)));
    }
    // Moynihan form −50 766 K, ln(q/T_f′²) form −49 938 K (classic, ΔT = 0.05 K).
    QVERIFY2(std::abs(slope(inverseTf, lnRate) + 50766) <= 30,
             qPrintable(QString::number(slope(inverseTf, lnRate))));
    QVERIFY2(std::abs(slope(inverseTf, lnReduced) + 49938) <= 30,
             qPrintable(QString::number(slope(inverseTf, lnReduced))));
}

void TnmSimulatorTest::a3ExponentialLinearCase_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("expected");
    QTest::newRow("0.1 K/s") << 0.1 << 401.869;
    QTest::newRow("1 K/s") << 1.0 << 409.325;
    QTest::newRow("10 K/s") << 10.0 << 417.061;
    QTest::newRow("100 K/s") << 100.0 << 425.092;
    QTest::newRow("1000 K/s") << 1000.0 << 433.436;
    QTest::newRow("10^4 K/s") << 1e4 << 442.111;
}

void TnmSimulatorTest::a3ExponentialLinearCase()
{
    QFETCH(double, rate);
    QFETCH(double, expected);
    const double tf = frozenFictiveTemperature(false, parametersP0(1.0, 1.0), defaultSeries(1.0), rate, 0.05);
    QVERIFY2(std::abs(tf - expected) <= 0.001, qPrintable(QString::number(tf, 'f', 5)));
}

void TnmSimulatorTest::a4IntrinsicCycleAreaMatching()
{
    ThermalProtocol protocol(480);
    protocol.rampTo(300, 1000).rampTo(480, 1000);
    Result<TnmTrace> trace = simulateTnm(protocol, parametersP0(), defaultSeries(0.5), withRampStep(0.05));
    QVERIFY(trace);
    const double frozen = trace->fictiveTemperatureAfter(0);
    QVERIFY(std::abs(frozen - 426.10) <= 0.02);
    // Midpoint c_pN: area matching gives the frozen T_f′ up to the equilibrium lag at 480 K.
    const double matched = areaMatchedFictiveTemperature(*trace, 1);
    QVERIFY2(std::abs(matched - frozen) < 1e-3, qPrintable(QString::number(matched - frozen, 'g', 4)));
    const double lag = 1000 * std::exp(parametersP0().lnTau(480, 480));
    QVERIFY(std::abs((matched - frozen) - lag) < 1e-4);
    // Assigning c_pN to the end points instead biases it by ΔT/2 = 0.025 K.
    const TnmSegment &heating = trace->segments[1];
    double endPointArea = 0;
    for (std::size_t k = heating.firstInterval + 1; k < heating.firstInterval + heating.intervalCount; ++k) {
        const double cEnd = trace->cpN[k];
        const double cStart = trace->cpN[k - 1];
        endPointArea += (1 - 0.5 * (cStart + cEnd)) * 0.05;
    }
    const double endPoint = 300.05 + endPointArea; // trapezoid from the first end point on
    QVERIFY(std::abs(std::abs(endPoint - matched) - 0.025) < 0.002);
    const Peak peak = cpNPeak(segmentCurve(*trace, 1));
    QVERIFY2(std::abs(peak.height - 1.222) <= 0.002, qPrintable(QString::number(peak.height, 'f', 5)));
    QVERIFY2(std::abs(peak.temperature - 443.68) <= 0.05,
             qPrintable(QString::number(peak.temperature, 'f', 4)));
}

void TnmSimulatorTest::a5ConvergenceInRampStep()
{
    const TnmParameters p = parametersP0();
    const PronySeries series = defaultSeries(0.5);
    const std::vector<double> steps{0.5, 0.2, 0.1, 0.05, 0.02};
    // Classic scheme, §2.2: first order, 426.0584 / .0851 / .0936 / .0977 / .1002 K.
    const std::vector<double> classicExpected{426.0584, 426.0851, 426.0936, 426.0977, 426.1002};
    std::vector<double> prony;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const double classic = frozenFictiveTemperature(true, p, {}, 1000, steps[i]);
        QVERIFY2(std::abs(classic - classicExpected[i]) <= 1e-4,
                 qPrintable(QString::number(classic, 'f', 5)));
        prony.push_back(frozenFictiveTemperature(false, p, series, 1000, steps[i]));
    }
    // Prony engine: monotone convergence, converged to 1e-4 K by ΔT = 0.1 K, near 426.102 K.
    for (std::size_t i = 1; i + 1 < prony.size(); ++i)
        QVERIFY(std::abs(prony[i] - prony.back()) < std::abs(prony[i - 1] - prony.back()));
    QVERIFY(std::abs(prony[2] - prony.back()) < 1e-4);
    QVERIFY(std::abs(prony.back() - 426.102) < 1e-3);
}

void TnmSimulatorTest::a6AnnealingIdentity()
{
    const TnmParameters p = parametersP0();
    const PronySeries series = defaultSeries(0.5);
    const std::vector<double> annealTimes{1, 100, 1e4};
    // The §2.7 figures are the classic scheme at ΔT = 0.05 K with 50 log steps per decade from
    // 1e-6 s; the classic scheme is first order in the hold step as well.
    const std::vector<double> expected{1.2631, 11.3772, 30.4263};

    // The classic runs stop at 300 K (T_f′ is all they are checked for); the Prony runs scan back.
    auto run = [&](bool classic, double annealTime, double perDecade) {
        const TnmSimulationOptions options = withRampStep(0.05, perDecade);
        return classic ? simulateTnmClassic(a6Protocol(annealTime, false), p, options)
                       : simulateTnm(a6Protocol(annealTime, true), p, series, options);
    };
    auto frozen = [](const TnmTrace &trace) {
        const bool scanned = trace.temperature.back() > 400;
        return trace.fictiveTemperatureAfter(trace.segments.size() - (scanned ? 2 : 1));
    };

    // Without a hold the hold settings play no part: one reference per engine.
    const TnmTrace classicReference = run(true, 0, 50).value();
    const TnmTrace pronyReference = run(false, 0, 50).value();
    const TnmCurve referenceScan = segmentCurve(pronyReference, pronyReference.segments.size() - 1);
    for (std::size_t i = 0; i < annealTimes.size(); ++i) {
        const double classicShift = frozen(classicReference) - frozen(run(true, annealTimes[i], 50).value());
        QVERIFY2(std::abs(classicShift - expected[i]) <= 1e-4,
                 qPrintable(QString::number(classicShift, 'f', 5)));

        const TnmTrace aged = run(false, annealTimes[i], 50).value();
        const double shift = frozen(pronyReference) - frozen(aged);
        // ∫(c_pN,aged − c_pN,ref) dT over the heating scan equals the T_f shift (1e-6 K).
        const TnmCurve scan = segmentCurve(aged, aged.segments.size() - 1);
        QCOMPARE(scan.cpN.size(), referenceScan.cpN.size());
        double integral = 0;
        for (std::size_t k = 0; k < scan.cpN.size(); ++k)
            integral += (scan.cpN[k] - referenceScan.cpN[k]) * 0.05;
        QVERIFY2(std::abs(integral - shift) < 1e-6, qPrintable(QString::number(integral - shift, 'g', 3)));

        // The Prony hold is converged at the default 50 steps per decade (200 change it by < 1e-3 K) ...
        const double fine = frozen(pronyReference) - frozen(run(false, annealTimes[i], 200).value());
        QVERIFY2(std::abs(fine - shift) < 1e-3, qPrintable(QString::number(fine - shift, 'g', 3)));
        // ... and the classic scheme converges to it as its hold steps shrink.
        double previousError = std::abs(classicShift - shift);
        for (double perDecade : {100.0, 200.0}) {
            const double c = frozen(classicReference) - frozen(run(true, annealTimes[i], perDecade).value());
            const double error = std::abs(c - shift);
            QVERIFY2(error < previousError || error < 1e-4, qPrintable(QString::number(error, 'g', 3)));
            previousError = error;
        }
        QVERIFY2(previousError < 0.015, qPrintable(QString::number(previousError, 'g', 3)));
    }
}

void TnmSimulatorTest::a7JumpAndHoldExact()
{
    // x = 1: τ depends on T only, so after a jump 420 → 390 K the decay is exactly KWW.
    const TnmParameters p = parametersP0(1.0, 0.5);
    const double tau = std::exp(p.lnTau(390, 390));
    QVERIFY(std::abs(tau - 2465.87) < 0.01);
    PronyOptions accurate;
    accurate.tolerance = 1e-12;
    ThermalProtocol protocol(420);
    protocol.jumpTo(390).hold(1e6);
    Result<TnmTrace> trace = simulateTnm(protocol, p, kwwPronySeries(0.5, accurate).value());
    QVERIFY(trace);
    QCOMPARE(trace->fictiveTemperature[1], 420.0); // the jump itself changes no structure
    double maxError = 0;
    for (std::size_t k = 1; k < trace->time.size(); ++k) {
        const double exact = 390 + 30 * std::exp(-std::sqrt(trace->time[k] / tau));
        maxError = std::max(maxError, std::abs(trace->fictiveTemperature[k] - exact));
    }
    QVERIFY2(maxError < 1e-9, qPrintable(QString::number(maxError, 'g', 3)));
    QVERIFY(trace->time.size() > 200);
}

void TnmSimulatorTest::a8KissingerFromIntrinsicCycles()
{
    const TnmParameters p = parametersP0();
    const PronySeries series = defaultSeries(0.5);
    const std::vector<double> rates{100, 300, 1000, 3000, 1e4};
    const std::vector<double> expected{434.942, 439.068, 443.679, 447.972, 452.772};
    std::vector<double> inverseTp, lnReduced;
    for (std::size_t i = 0; i < rates.size(); ++i) {
        ThermalProtocol protocol(480);
        protocol.rampTo(300, rates[i]).rampTo(480, rates[i]);
        const double classic =
            cpNPeak(segmentCurve(simulateTnmClassic(protocol, p, withRampStep(0.05)).value(), 1)).temperature;
        QVERIFY2(std::abs(classic - expected[i]) <= 0.002, qPrintable(QString::number(classic, 'f', 4)));
        const double tp =
            cpNPeak(segmentCurve(simulateTnm(protocol, p, series, withRampStep(0.05)).value(), 1))
                .temperature;
        QVERIFY2(std::abs(tp - expected[i]) <= 0.02, qPrintable(QString::number(tp, 'f', 4)));
        inverseTp.push_back(1 / tp);
        lnReduced.push_back(std::log(rates[i] / (tp * tp)));
    }
    const double energy = -slope(inverseTp, lnReduced);
    QVERIFY2(std::abs(energy - 49977) <= 50, qPrintable(QString::number(energy, 'f', 1)));
}

void TnmSimulatorTest::a9PronyAgainstClassic()
{
    const TnmParameters p = parametersP0();
    ThermalProtocol protocol(480);
    protocol.rampTo(300, 1000).rampTo(480, 1000);
    const PronySeries series = series260();
    QVERIFY(series.size() >= 200);
    const TnmTrace prony = simulateTnm(protocol, p, series, withRampStep(0.05)).value();
    const TnmTrace classic = simulateTnmClassic(protocol, p, withRampStep(0.05)).value();
    QCOMPARE(prony.time.size(), classic.time.size());
    double maxDifference = 0;
    for (std::size_t k = 0; k < prony.time.size(); ++k)
        maxDifference =
            std::max(maxDifference, std::abs(prony.fictiveTemperature[k] - classic.fictiveTemperature[k]));
    QVERIFY2(maxDifference < 0.03, qPrintable(QString::number(maxDifference, 'g', 4)));
    for (double step : {0.1, 0.05, 0.02}) {
        const double tf = frozenFictiveTemperature(false, p, series, 1000, step);
        QVERIFY2(std::abs(tf - 426.1016) <= 0.001, qPrintable(QString::number(tf, 'f', 5)));
    }
}

void TnmSimulatorTest::a10SingleModeIntegrator()
{
    const TnmParameters p = parametersP0(1.0, 1.0);
    const PronySeries one = defaultSeries(1.0);
    QCOMPARE(one.size(), std::size_t(1));
    const double fine = frozenFictiveTemperature(false, p, one, 10, 0.001);
    QVERIFY2(std::abs(fine - 417.0611345) < 2e-7, qPrintable(QString::number(fine, 'f', 8)));
    const double coarse = frozenFictiveTemperature(false, p, one, 10, 0.05);
    QVERIFY2(std::abs(coarse - 417.061105) < 2e-6, qPrintable(QString::number(coarse, 'f', 8)));
    const double classicFine = frozenFictiveTemperature(true, p, {}, 10, 0.01);
    QVERIFY2(std::abs(classicFine - 417.061136) < 2e-6, qPrintable(QString::number(classicFine, 'f', 8)));
    const double classicCoarse = frozenFictiveTemperature(true, p, {}, 10, 0.5);
    QVERIFY2(std::abs(classicCoarse - 417.064129) < 2e-6, qPrintable(QString::number(classicCoarse, 'f', 8)));
}

void TnmSimulatorTest::a11CancellationFreeRampUpdate()
{
    // A10 conditions. Below 320 K, λτ exceeds 1e16 s and q·λτ ≫ T.
    const TnmParameters p = parametersP0(1.0, 1.0);
    ThermalProtocol protocol(480);
    protocol.rampTo(320, 10).rampTo(300, 10);
    const TnmTrace trace = simulateTnm(protocol, p, defaultSeries(1.0), withRampStep(0.05)).value();
    const TnmSegment &glass = trace.segments[1];
    const double atStart = trace.fictiveTemperature[glass.firstInterval];
    double maxChange = 0;
    for (std::size_t k = glass.firstInterval; k <= glass.firstInterval + glass.intervalCount; ++k)
        maxChange = std::max(maxChange, std::abs(trace.fictiveTemperature[k] - atStart));
    QVERIFY2(maxChange < 1e-9, qPrintable(QString::number(maxChange, 'g', 3)));

    // The textbook form T_f ← T_k − qλτ + (T_f − T_{k−1} + qλτ)e^{−Δt/λτ} on the same steps loses T_f.
    double textbook = atStart;
    double worst = 0;
    for (std::size_t k = glass.firstInterval; k < glass.firstInterval + glass.intervalCount; ++k) {
        const double T0 = trace.temperature[k], T1 = trace.temperature[k + 1];
        const double dt = trace.time[k + 1] - trace.time[k];
        const double tau = std::exp(p.lnTau(0.5 * (T0 + T1), textbook));
        const double q = (T1 - T0) / dt;
        textbook = T1 - q * tau + (textbook - T0 + q * tau) * std::exp(-dt / tau);
        worst = std::max(worst, std::isfinite(textbook) ? std::abs(textbook - atStart) : INFINITY);
    }
    QVERIFY2(worst > 1.0, qPrintable(QString::number(worst, 'g', 3)));
}

void TnmSimulatorTest::heatingScanCarriesHeatFlowAndStaysConsistent()
{
    // Φ = m·β·[c_p,g + Δc_p·c_pN] on heating; m = 0.5 mg, β = 1000 K/s, c_p,g = 0.4 + 1e-3·T,
    // Δc_p = 0.2 J/(g·K): in the liquid (c_pN → 1) Φ → 0.5·1000·(0.6 + 1e-3·T) mW.
    TnmSimulationOptions options = withRampStep(0.1);
    options.heatCapacity = {0.5, 0.4, 1e-3, 0.2, 0};
    ThermalProtocol protocol(480);
    protocol.rampTo(370, 6000).hold(100).rampTo(300, 6000).rampTo(480, 1000);
    const TnmTrace trace = simulateTnm(protocol, parametersP0(), options).value();
    QVERIFY(trace.diagnostics.empty());
    const TnmCurve scan = segmentCurve(trace, 3);
    QCOMPARE(scan.time.size(), std::size_t(1800));
    for (std::size_t k = 0; k < scan.time.size(); ++k) {
        const double T = scan.temperature[k];
        const double expected = 0.5 * 1000 * (0.4 + 1e-3 * T + 0.2 * scan.cpN[k]);
        QVERIFY(std::abs(scan.heatFlow[k] - expected) < 1e-9 * std::abs(expected));
    }
    QVERIFY(std::abs(scan.heatFlow.back() - 0.5 * 1000 * (0.6 + 1e-3 * scan.temperature.back())) < 0.05);
    QVERIFY(std::abs(scan.temperature.front() - 300.05) < 1e-9);
    QVERIFY(std::abs(scan.time.front() - (trace.time[trace.segments[3].firstInterval] + 0.05e-3)) < 1e-12);
    // During the anneal heat is released: Φ = m Δc_p dT_f/dt < 0, and ∫Φ dt = m Δc_p ΔT_f (mJ).
    const TnmSegment &hold = trace.segments[1];
    double released = 0;
    for (std::size_t k = hold.firstInterval; k < hold.firstInterval + hold.intervalCount; ++k) {
        QVERIFY(trace.heatFlow[k] <= 0);
        QVERIFY(std::isnan(trace.cpN[k]));
        released += trace.heatFlow[k] * (trace.time[k + 1] - trace.time[k]);
    }
    const double drop = trace.fictiveTemperature[hold.firstInterval + hold.intervalCount] -
                        trace.fictiveTemperature[hold.firstInterval];
    QVERIFY(drop < -5);
    QVERIFY(std::abs(released - 0.5 * 0.2 * drop) < 1e-9);
}

QTEST_GUILESS_MAIN(TnmSimulatorTest)
#include "tst_tnm_simulator.moc"
