// Single-indent analysis (issue 8; methods.md §4.5 N1–N7): Hertz fit with contact offset,
// pop-in detection under load and displacement control, false-alarm rate, settings.

#include "analysis/indentation/IndentAnalysis.h"
#include "analysis/indentation/IndentationSettings.h"
#include "analysis/indentation/PopInDetector.h"
#include "fit/HertzModel.h"
#include "tst_indentation_support.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace gb;
using namespace gb::test;

class TestIndentationIndent : public QObject {
    Q_OBJECT
private slots:
    void contactFormulas();
    void exactHertzCurve();
    void singleBurst_data();
    void singleBurst();
    void noiseOnlyFalseAlarms();
    void twoBursts();
    void burstFoundAcrossAGap();
    void displacementControlled();
    void rejectedAndWindow();
    void settingsRoundTrip();
    void tooShort();
};

void TestIndentationIndent::contactFormulas()
{
    // N1
    QVERIFY(std::abs(hertz::reducedModulus(100.0, 0.36) - 104.4263) < 5e-5);
    QVERIFY(std::abs(hertz::sampleModulus(104.43, 0.36) - 100.0039) < 5e-5);
    // N2: E_r = 100 GPa, R = 1 µm, δ = 20 nm
    const double p = hertz::load(100.0, 1000.0, 20.0);
    QVERIFY(std::abs(p - 377.1236) < 5e-5);
    QVERIFY(std::abs(hertz::maxPressure(p, 100.0, 1000.0) - 9.003163) < 5e-6);
    QVERIFY(std::abs(hertz::maxShearStress(p, 100.0, 1000.0) - 2.790981) < 5e-6);
}

void TestIndentationIndent::exactHertzCurve()
{
    // N3 without a burst: the fit recovers h₀ = 5 nm and E_r = 100 GPa; no pop-in.
    SyntheticIndent s;
    s.maxLoad = hertz::load(100.0, 1000.0, 25.0); // h = 5…30 nm
    const IndentCurve c = makeLoadControlledIndent(s);
    const IndentResult r = analyzeIndent(c.depth, c.load, c.time, 1000.0, IndentationSettings{});
    QCOMPARE(r.status, QStringLiteral("no_popin"));
    QVERIFY(r.hertz.ok());
    QVERIFY(std::abs(r.hertz.reducedModulus - 100.0) < 1e-7);
    QVERIFY(std::abs(r.hertz.offset - 5.0) < 1e-7);
    QCOMPARE(int(r.loadingDepthNm.size()), s.points); // unloading cut off
    QCOMPARE(r.controlMode, IndentControlMode::Load);
    std::vector<double> hd, hp;
    r.hertzCurve(hd, hp);
    QCOMPARE(int(hd.size()), s.points);
    QVERIFY(std::abs(hp.back() - s.maxLoad) < 1e-6);
}

void TestIndentationIndent::singleBurst_data()
{
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed : {1u, 2u, 3u, 4u, 5u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestIndentationIndent::singleBurst()
{
    // N5: a 5 nm burst at P = 300 µN with noise σ_P = 1 µN, σ_h = 0.2 nm.
    QFETCH(unsigned, seed);
    SyntheticIndent s;
    s.burstLoads = {300.0};
    s.loadNoise = 1.0;
    s.depthNoise = 0.2;
    s.seed = seed;
    const IndentCurve c = makeLoadControlledIndent(s);
    const IndentResult r = analyzeIndent(c.depth, c.load, c.time, 1000.0, IndentationSettings{});
    QCOMPARE(r.status, QStringLiteral("ok"));
    QCOMPARE(int(r.popIns.size()), 1);
    const PopInEvent &e = r.popIns.front();
    QVERIFY2(std::abs(e.startIndex - (c.burstSamples.front() - 1)) <= 1,
             qPrintable(QString::number(e.startIndex)));
    QVERIFY2(std::abs(e.burstNm - 5.0) <= 0.5, qPrintable(QString::number(e.burstNm)));
    QVERIFY(std::abs(e.loadMicroNewton - 300.0) < 6.0);
    QVERIFY2(std::abs(r.hertz.reducedModulus - 100.0) < 3.0,
             qPrintable(QString::number(r.hertz.reducedModulus)));
    QVERIFY(r.hertz.reducedModulusError > 0.0);
    const double tau = hertz::maxShearStress(e.loadMicroNewton, r.hertz.reducedModulus, 1000.0);
    QCOMPARE(r.tauCGpa, tau);
}

void TestIndentationIndent::noiseOnlyFalseAlarms()
{
    // N6: noise-only Hertz curves, k = 6: false pop-ins in < 1 % of the curves.
    int falseAlarms = 0;
    const int curves = 1000;
    for (int i = 0; i < curves; ++i) {
        SyntheticIndent s;
        s.loadNoise = 1.0;
        s.depthNoise = 0.2;
        s.seed = 1000u + unsigned(i);
        const IndentCurve c = makeLoadControlledIndent(s);
        const IndentResult r = analyzeIndent(c.depth, c.load, c.time, 1000.0, IndentationSettings{});
        QVERIFY2(r.hertz.ok(), qPrintable(r.message));
        if (r.hasPopIn())
            ++falseAlarms;
    }
    qInfo("false alarms: %d of %d curves", falseAlarms, curves);
    QVERIFY(falseAlarms * 100 < curves);
}

void TestIndentationIndent::twoBursts()
{
    // N7: bursts at 300 and 320 µN: two events, the first is the first pop-in.
    SyntheticIndent s;
    s.burstLoads = {300.0, 320.0};
    s.loadNoise = 1.0;
    s.depthNoise = 0.2;
    s.seed = 7;
    const IndentCurve c = makeLoadControlledIndent(s);
    const IndentResult r = analyzeIndent(c.depth, c.load, c.time, 1000.0, IndentationSettings{});
    QCOMPARE(r.status, QStringLiteral("ok"));
    QCOMPARE(int(r.popIns.size()), 2);
    QVERIFY(std::abs(r.firstPopIn()->startIndex - (c.burstSamples[0] - 1)) <= 1);
    QVERIFY(std::abs(r.popIns[1].startIndex - (c.burstSamples[1] - 1)) <= 1);
    QVERIFY(r.firstPopIn()->loadMicroNewton < r.popIns[1].loadMicroNewton);
}

void TestIndentationIndent::burstFoundAcrossAGap()
{
    // A missing depth sample (NaN) before the burst leaves the first pop-in where it was: the
    // running median then orders the gap last instead of comparing it.
    SyntheticIndent s;
    s.burstLoads = {300.0};
    s.loadNoise = 1.0;
    s.depthNoise = 0.2;
    s.seed = 3;
    const IndentCurve c = makeLoadControlledIndent(s);
    const IndentResult r = analyzeIndent(c.depth, c.load, c.time, 1000.0, IndentationSettings{});
    std::vector<double> h = r.loadingDepthNm;
    const std::vector<double> &p = r.loadingLoadMicroNewton;
    const PopInDetectorSettings detector;
    const std::vector<PopInEvent> plain = detectPopIns(h, p, IndentControlMode::Load, detector);
    h[std::size_t(c.burstSamples[0] / 2)] = std::numeric_limits<double>::quiet_NaN();
    const std::vector<PopInEvent> gapped = detectPopIns(h, p, IndentControlMode::Load, detector);
    QVERIFY(!plain.empty() && !gapped.empty());
    QVERIFY(std::abs(plain.front().startIndex - (c.burstSamples[0] - 1)) <= 1);
    QCOMPARE(gapped.front().startIndex, plain.front().startIndex);
    QCOMPARE(gapped.front().burstNm, plain.front().burstNm);
}

void TestIndentationIndent::displacementControlled()
{
    // Constant depth rate, Hertz load with a 40 µN load drop at h = 25 nm.
    const double a = (4.0 / 3.0) * 0.1 * std::sqrt(1000.0);
    std::vector<double> h, p, t;
    std::mt19937_64 rng(11);
    std::normal_distribution<double> noise(0.0, 1.0);
    int dropSample = -1;
    for (int i = 0; i < 300; ++i) {
        const double depth = 5.0 + 30.0 * i / 299.0;
        double load = a * std::pow(depth - 5.0, 1.5);
        if (depth >= 25.0) {
            if (dropSample < 0)
                dropSample = i;
            load = a * std::pow(depth - 5.0 - 3.0, 1.5); // the contact relaxes by 3 nm
        }
        h.push_back(depth + 0.1 * noise(rng));
        p.push_back(load + 0.5 * noise(rng));
        t.push_back(0.1 * i);
    }
    const IndentResult r = analyzeIndent(h, p, t, 1000.0, IndentationSettings{});
    QCOMPARE(r.controlMode, IndentControlMode::Displacement);
    QCOMPARE(r.status, QStringLiteral("ok"));
    QVERIFY(std::abs(r.firstPopIn()->startIndex - (dropSample - 1)) <= 1);
    QVERIFY(std::abs(r.hertz.reducedModulus - 100.0) < 2.0);
}

void TestIndentationIndent::rejectedAndWindow()
{
    SyntheticIndent s;
    s.burstLoads = {300.0};
    const IndentCurve c = makeLoadControlledIndent(s);
    IndentOverride o;
    o.rejected = true;
    const IndentResult r = analyzeIndent(c.depth, c.load, c.time, 1000.0, IndentationSettings{}, o);
    QCOMPARE(r.status, QStringLiteral("rejected"));
    QVERIFY(std::isnan(r.tauCGpa));
    // A fit window ending at 15 nm still gives the exact modulus on noise-free data.
    IndentOverride w;
    w.fitMaximumDepthNm = 15.0;
    const IndentResult rw = analyzeIndent(c.depth, c.load, c.time, 1000.0, IndentationSettings{}, w);
    QCOMPARE(rw.status, QStringLiteral("ok"));
    QVERIFY(rw.loadingDepthNm[std::size_t(rw.fitEnd - 1)] <= 15.0);
    QVERIFY(std::abs(rw.hertz.reducedModulus - 100.0) < 1e-6);
}

void TestIndentationIndent::settingsRoundTrip()
{
    IndentationSettings s;
    s.defaultTipRadiusNm = 750.0;
    s.controlMode = IndentControlMode::Displacement;
    s.detector.k = 7.5;
    s.detector.lag = 3;
    IndentOverride o;
    o.rejected = true;
    o.fitMaximumDepthNm = 12.5;
    s.overrides.insert(IndentationSettings::overrideKey(QStringLiteral("a.txt#1"), 4), o);
    const Result<IndentationSettings> back = IndentationSettings::fromJson(s.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value().defaultTipRadiusNm, 750.0);
    QCOMPARE(back.value().controlMode, IndentControlMode::Displacement);
    QCOMPARE(back.value().detector.k, 7.5);
    QCOMPARE(back.value().detector.lag, 3);
    const IndentOverride b = back.value().overrideFor(QStringLiteral("a.txt#1"), 4);
    QVERIFY(b.rejected);
    QCOMPARE(*b.fitMaximumDepthNm, 12.5);
    QVERIFY(!b.fitMinimumDepthNm);
    QVERIFY(!back.value().overrideFor(QStringLiteral("a.txt#1"), 3).rejected);
    QJsonObject bad;
    bad.insert(QStringLiteral("defaultTipRadiusNm"), QStringLiteral("big"));
    QVERIFY(!IndentationSettings::fromJson(bad).ok());
}

void TestIndentationIndent::tooShort()
{
    const IndentResult r = analyzeIndent({1, 2, 3}, {0, 1, 2}, {}, 1000.0, IndentationSettings{});
    QCOMPARE(r.status, QStringLiteral("fit_failed"));
    QVERIFY(!r.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestIndentationIndent)
#include "tst_indentation_indent.moc"
