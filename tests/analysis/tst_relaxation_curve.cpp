// One stress-relaxation curve (issue 7, methods.md §3.1–3.3): start of the relaxation step,
// normalisation σ/σ₀ or G/G₀, per-decade weights, the KWW fit with its status, the settings'
// JSON round trip, and the real polystyrene relaxation-modulus file.
#include "tst_relaxation_support.h"

#include "analysis/relaxation/RelaxationFit.h"
#include "io/ImporterRegistry.h"
#include "support/SharedData.h"

#include <QtTest>

#include <cmath>

using namespace gb;
using namespace gb::test;

class RelaxationCurveTest : public QObject {
    Q_OBJECT

private slots:
    void stepDetection_data();
    void stepDetection();
    void normalisesModulus();
    void perDecadeWeightsAreLogSpacing();
    void exactKwwThroughRamp_data();
    void exactKwwThroughRamp();
    void plateauAndWeighting();
    void singleExponentialIsAtBound();
    void fitWindowRestrictsPoints();
    void missingColumnsAndTooFewPoints();
    void settingsJsonRoundTrip();
    void realPolystyreneModulus();
};

void RelaxationCurveTest::stepDetection_data()
{
    QTest::addColumn<int>("rampPoints");
    QTest::addColumn<bool>("withStrain");
    QTest::addColumn<double>("expectedOrigin");
    QTest::newRow("ramp, strain column") << 6 << true << 100.5;
    QTest::newRow("ramp, no strain column") << 6 << false << 100.5;
    QTest::newRow("long ramp") << 40 << true << 100.5;
    // No ramp recorded: the file's clock already counts from the step.
    QTest::newRow("no ramp") << 0 << false << 0.0;
}

void RelaxationCurveTest::stepDetection()
{
    QFETCH(int, rampPoints);
    QFETCH(bool, withStrain);
    QFETCH(double, expectedOrigin);
    SyntheticRelaxation s;
    s.rampPoints = rampPoints;
    s.withStrain = withStrain;
    if (rampPoints == 0)
        s.stepTime = 0.0;
    const DatasetPtr data = makeRelaxationDataset(s);
    const Result<RelaxationCurve> curve = extractRelaxationCurve(*data);
    QVERIFY(curve.ok());
    QCOMPARE(curve->stepIndex, qsizetype(rampPoints));
    QCOMPARE(curve->originS, expectedOrigin);
    QCOMPARE(curve->rampDurationS, rampPoints > 0 ? s.rampDuration : 0.0);
    QCOMPARE(curve->times.size(), std::size_t(s.points + 1));
    QCOMPARE(curve->times.front(), 0.0);
    QCOMPARE(curve->normalized.front(), 1.0);
    QCOMPARE(curve->reference, s.sigma0);
    QCOMPARE(curve->signal, Quantity::Stress);
    // Without the strain column the maximum of |σ| marks the step.
    const Dataset &d = *data;
    const std::vector<double> &t = d.column(Quantity::Time)->values;
    QCOMPARE(findRelaxationStart(t, d.column(Quantity::Stress)->values), qsizetype(rampPoints));
}

void RelaxationCurveTest::normalisesModulus()
{
    SyntheticRelaxation s;
    s.modulus = true;
    s.sigma0 = 2.5e3; // G₀ = 2.5 GPa in MPa
    const Result<RelaxationCurve> curve = extractRelaxationCurve(*makeRelaxationDataset(s));
    QVERIFY(curve.ok());
    QCOMPARE(curve->signal, Quantity::Modulus);
    QCOMPARE(curve->reference, 2.5e3);
    for (std::size_t i = 0; i < curve->times.size(); i += 37)
        QVERIFY(std::abs(curve->normalized[i] - kwwValue(s, curve->times[i])) < 1e-12);
}

void RelaxationCurveTest::perDecadeWeightsAreLogSpacing()
{
    // Points 1, 10, 100, 1000 and 1e4: equally spaced in ln t, so all weights are 1 except the
    // ends, which see one neighbour over the full spacing: also 1 after scaling.
    const std::vector<double> w = perDecadeWeights({1, 10, 100, 1000, 10000});
    for (double v : w)
        QVERIFY(std::abs(v - 1.0) < 1e-12);
    // Uniform sampling: the weight falls as 1/t (Δ ln t ≈ Δt/t).
    const std::vector<double> u = perDecadeWeights({1, 2, 3, 4, 5});
    QVERIFY(std::abs(u[2] / u[3] - (std::log(4.0 / 2.0) / std::log(5.0 / 3.0))) < 1e-12);
    QVERIFY(u[1] > u[2] && u[2] > u[3]);
}

void RelaxationCurveTest::exactKwwThroughRamp_data()
{
    QTest::addColumn<double>("tau");
    QTest::addColumn<double>("beta");
    QTest::addColumn<bool>("fitAmplitude");
    QTest::newRow("K1 tau 37 beta 0.42") << 37.0 << 0.42 << false;
    QTest::newRow("amplitude free") << 37.0 << 0.42 << true;
    QTest::newRow("tau 2000 beta 0.6") << 2000.0 << 0.6 << true;
    QTest::newRow("tau 0.8 beta 0.3") << 0.8 << 0.3 << true;
}

void RelaxationCurveTest::exactKwwThroughRamp()
{
    QFETCH(double, tau);
    QFETCH(double, beta);
    QFETCH(bool, fitAmplitude);
    SyntheticRelaxation s;
    s.tau = tau;
    s.beta = beta;
    RelaxationCurveSettings settings;
    settings.fitAmplitude = fitAmplitude;
    const RelaxationCurveResult r = analyzeRelaxationCurve(*makeRelaxationDataset(s), settings);
    QCOMPARE(r.status, QStringLiteral("ok"));
    QVERIFY2(std::abs(r.kww.tau / tau - 1) < 1e-6, qPrintable(QString::number(r.kww.tau, 'g', 12)));
    QVERIFY2(std::abs(r.kww.beta - beta) < 1e-7, qPrintable(QString::number(r.kww.beta, 'g', 12)));
    QVERIFY(r.kww.rSquared > 1 - 1e-12);
    QCOMPARE(r.fitTimes.size(), std::size_t(s.points)); // t = 0 is left out
    QCOMPARE(r.fitValues.size(), r.fitTimes.size());
    QCOMPARE(r.residuals.size(), r.fitTimes.size());
    for (double e : r.residuals)
        QVERIFY(std::abs(e) < 1e-8);
    QVERIFY(r.kww.tauLow <= r.kww.tau && r.kww.tau <= r.kww.tauHigh);
}

void RelaxationCurveTest::plateauAndWeighting()
{
    // K2 at the analysis level: σ∞ = 0.2σ₀, fitted with the plateau free and equal weight per decade.
    SyntheticRelaxation s;
    s.plateau = 0.2;
    s.points = 150;
    RelaxationCurveSettings settings;
    settings.fitPlateau = true;
    settings.fitAmplitude = true; // Δσ = 0.8σ₀
    settings.weightPerDecade = true;
    const RelaxationCurveResult r = analyzeRelaxationCurve(*makeRelaxationDataset(s), settings);
    QCOMPARE(r.status, QStringLiteral("ok"));
    QCOMPARE(r.weights.size(), r.fitTimes.size());
    QVERIFY(std::abs(r.kww.tau / 37.0 - 1) < 1e-6);
    QVERIFY(std::abs(r.kww.beta - 0.42) < 1e-7);
    QVERIFY(std::abs(r.kww.plateau - 0.2) < 1e-7);
    QVERIFY(std::abs(r.kww.amplitude - 0.8) < 1e-7);
}

void RelaxationCurveTest::singleExponentialIsAtBound()
{
    // K5: a single relaxation time gives β = 1 on its bound, reported as such without SE.
    SyntheticRelaxation s;
    s.beta = 1.0;
    s.tau = 5.0;
    s.tMax = 100;
    const RelaxationCurveResult r = analyzeRelaxationCurve(*makeRelaxationDataset(s), {});
    QCOMPARE(r.status, QStringLiteral("beta_at_bound"));
    QVERIFY(!r.message.isEmpty());
    QVERIFY(std::abs(r.kww.beta - 1.0) < 1e-6);
    QVERIFY(std::isnan(r.kww.betaError));
    QVERIFY(std::abs(r.kww.tau / 5.0 - 1) < 1e-6);
}

void RelaxationCurveTest::fitWindowRestrictsPoints()
{
    SyntheticRelaxation s;
    RelaxationCurveSettings settings;
    settings.window.lowS = 1.0;
    settings.window.highS = 1000.0;
    const RelaxationCurveResult r = analyzeRelaxationCurve(*makeRelaxationDataset(s), settings);
    QCOMPARE(r.status, QStringLiteral("ok"));
    // 200 points over 7 decades: 28.43 per decade, so the 3 decades 1 … 1000 s hold 86 points.
    std::size_t inside = 0;
    for (double t : r.curve.times)
        inside += (t >= 1.0 && t <= 1000.0) ? 1 : 0;
    QCOMPARE(r.fitTimes.size(), inside);
    QCOMPARE(int(inside), 86);
    QVERIFY(r.fitTimes.front() >= 1.0 && r.fitTimes.back() <= 1000.0);
    QVERIFY(std::abs(r.kww.tau / 37.0 - 1) < 1e-6);
}

void RelaxationCurveTest::missingColumnsAndTooFewPoints()
{
    Dataset noSignal;
    noSignal.columns.push_back(
        Column{QStringLiteral("Time"), Quantity::Time, QStringLiteral("s"), {}, {1, 2, 3}});
    RelaxationCurveResult r = analyzeRelaxationCurve(noSignal, {});
    QCOMPARE(r.status, QStringLiteral("no_columns"));
    QVERIFY(!r.hasValues());

    SyntheticRelaxation s;
    s.points = 3;
    r = analyzeRelaxationCurve(*makeRelaxationDataset(s), {});
    QCOMPARE(r.status, QStringLiteral("too_few_points"));

    SyntheticRelaxation narrow;
    RelaxationCurveSettings settings;
    settings.window.lowS = 1e6; // beyond the data
    r = analyzeRelaxationCurve(*makeRelaxationDataset(narrow), settings);
    QCOMPARE(r.status, QStringLiteral("too_few_points"));
    QVERIFY(std::isnan(r.kww.tau));
}

void RelaxationCurveTest::settingsJsonRoundTrip()
{
    RelaxationSettings s;
    s.defaults.fitPlateau = true;
    s.defaults.betaMax = 2.0;
    s.defaults.window.highS = 5000;
    s.minimumAgingTimes = 5;
    s.jobs = 3;
    RelaxationOverrides o;
    o.window = TimeWindow{0.5, std::numeric_limits<double>::quiet_NaN()};
    o.weightPerDecade = true;
    s.overrides.insert(QStringLiteral("a.csv#1"), o);

    const Result<RelaxationSettings> back = RelaxationSettings::fromJson(s.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->toJson(), s.toJson());
    QCOMPARE(back->minimumAgingTimes, 5);
    QCOMPARE(back->jobs, 3);
    QCOMPARE(back->defaults.betaMax, 2.0);
    QCOMPARE(back->defaults.window.highS, 5000.0);
    QVERIFY(std::isnan(back->defaults.window.lowS));

    const RelaxationCurveSettings one = back->forDataset(QStringLiteral("a.csv#1"));
    QCOMPARE(one.window.lowS, 0.5);
    QVERIFY(std::isnan(one.window.highS));
    QCOMPARE(one.weightPerDecade, true);
    QCOMPARE(one.fitPlateau, true); // not overridden: the default
    QCOMPARE(back->forDataset(QStringLiteral("other#1")).weightPerDecade, false);

    QJsonObject bad = s.toJson();
    bad[QStringLiteral("jobs")] = QStringLiteral("many");
    const Result<RelaxationSettings> wrong = RelaxationSettings::fromJson(bad);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, QStringLiteral("bad_settings"));
}

void RelaxationCurveTest::realPolystyreneModulus()
{
    GB_REQUIRE_SHARED_FILE("data/real/stress-relaxation/stressrelaxation_ps130_data.csv");
    ImportOptions options;
    options.insert(QStringLiteral("column.1.unit"), QStringLiteral("s"));
    options.insert(QStringLiteral("column.2.unit"), QStringLiteral("Pa"));
    const Result<ImportedFile> file = ImporterRegistry::standard().importFile(
        sharedPath(QStringLiteral("data/real/stress-relaxation/stressrelaxation_ps130_data.csv")), {},
        options);
    QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
    QCOMPARE(file->output.datasets.size(), std::size_t(1));
    const Dataset &d = *file->output.datasets.front();

    const Result<RelaxationCurve> curve = extractRelaxationCurve(d);
    QVERIFY(curve.ok());
    QCOMPARE(curve->signal, Quantity::Modulus);
    QCOMPARE(curve->stepIndex, qsizetype(0)); // the file starts at the step
    QCOMPARE(curve->originS, 0.0);
    QCOMPARE(curve->reference, 0.292); // 292000 Pa in MPa, first row

    // Independent estimate: G/G₀ first falls below 1/e between t = 14.07 s and 14.18 s.
    double crossing = 0;
    for (std::size_t i = 0; i < curve->times.size(); ++i)
        if (curve->normalized[i] < std::exp(-1.0)) {
            crossing = curve->times[i];
            break;
        }
    QCOMPARE(crossing, 14.18);

    for (int variant = 0; variant < 4; ++variant) {
        RelaxationCurveSettings settings;
        settings.fitAmplitude = variant & 1;
        settings.weightPerDecade = variant & 2;
        const RelaxationCurveResult r = fitRelaxationCurve(curve.value(), settings);
        qInfo("polystyrene 130 C, amplitude %s, %s: status %s, beta = %.6f +- %.6f, tau = %.6f +- %.6f s "
              "[%.4f, %.4f], amplitude = %.6f, r2 = %.6f",
              settings.fitAmplitude ? "free" : "1", settings.weightPerDecade ? "per decade" : "unweighted",
              qPrintable(r.status), r.kww.beta, r.kww.betaError, r.kww.tau, r.kww.tauError, r.kww.tauLow,
              r.kww.tauHigh, r.kww.amplitude, r.kww.rSquared);
    }
    // Default: σ/σ₀ = exp[−(t/τ)^β], unweighted. Measured β = 0.205066, τ = 15.8973 s, r² = 0.99566.
    const RelaxationCurveResult r = fitRelaxationCurve(curve.value(), {});
    QVERIFY2(r.ok(), qPrintable(r.status + QStringLiteral(": ") + r.message));
    QCOMPARE(r.kww.points, 7199); // every row: the file's clock counts from the step, so t > 0
    QVERIFY(std::abs(r.kww.beta - 0.2051) < 0.0005);
    QVERIFY(std::abs(r.kww.tau - 15.90) < 0.05);
    QVERIFY(r.kww.rSquared > 0.995);
    // Independent estimates: the linearisation ln(−ln φ) on ln t over 0.05 < φ < 0.95 (computed
    // separately: β = 0.2056, τ = 16.10 s) and the 1/e crossing of the data (14.1 s).
    QVERIFY(std::abs(r.kww.beta - 0.2056) < 0.005);
    QVERIFY(std::abs(r.kww.tau / 16.10 - 1) < 0.03);
    QVERIFY(std::abs(r.kww.tau / crossing - 1) < 0.15);
    QVERIFY(r.kww.tauLow < r.kww.tau && r.kww.tauHigh > r.kww.tau && r.kww.tauHigh / r.kww.tauLow < 1.05);

    // Amplitude free with equal weight per decade runs away (τ → 0, β → 0: the curve has no
    // short-time plateau); the fit is reported as failed with the reason, never as "ok".
    RelaxationCurveSettings runaway;
    runaway.fitAmplitude = true;
    runaway.weightPerDecade = true;
    const RelaxationCurveResult lost = fitRelaxationCurve(curve.value(), runaway);
    QCOMPARE(lost.status, QStringLiteral("fit_failed"));
    QVERIFY2(lost.message.contains(QStringLiteral("tau ran to")) ||
                 lost.message.contains(QStringLiteral("beta went to zero")),
             qPrintable(lost.message));
    QVERIFY(std::isnan(lost.kww.tau));
}

QTEST_GUILESS_MAIN(RelaxationCurveTest)
#include "tst_relaxation_curve.moc"
