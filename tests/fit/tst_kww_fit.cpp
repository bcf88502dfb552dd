// KWW stretched-exponential fits: known answers K1, K2, K5, K6, K10 of methods.md §3.9.

#include "fit/KwwFit.h"
#include "fit/KwwModel.h"

#include <QtConcurrent>
#include <QtTest>

#include <cmath>
#include <random>

using namespace gb;

namespace {

std::vector<double> logSpaced(double low, double high, int n)
{
    std::vector<double> values;
    for (int i = 0; i < n; ++i)
        values.push_back(low * std::pow(high / low, double(i) / double(n - 1)));
    return values;
}

std::vector<double> kww(const std::vector<double> &t, double tau, double beta, double amplitude,
                        double plateau)
{
    std::vector<double> values;
    for (double x : t)
        values.push_back(plateau + amplitude * std::exp(-std::pow(x / tau, beta)));
    return values;
}

bool near(double value, double expected, double relative)
{
    return std::abs(value - expected) <= relative * std::abs(expected);
}

/// K10 data set number `seed`: K2's curve plus Gaussian noise of 0.002.
std::vector<double> noisyK2(const std::vector<double> &t, unsigned seed)
{
    std::mt19937_64 generator(20240611u + seed);
    std::normal_distribution<double> noise(0.0, 0.002);
    std::vector<double> y = kww(t, 37.0, 0.42, 0.8, 0.2);
    for (double &v : y)
        v += noise(generator);
    return y;
}

KwwFitOptions plateauOptions()
{
    KwwFitOptions options;
    options.fitPlateau = true;
    return options;
}

} // namespace

class TestKwwFit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void k1LinearisedStartAndFitAreExact();
    void k2BothStartsConverge_data();
    void k2BothStartsConverge();
    void k5SingleRelaxationTimeSitsOnTheBound();
    void k6MeanRelaxationTime_data();
    void k6MeanRelaxationTime();
    void k10NoisyFitsCoverTheTruth();
    void compressedExponentialWithBetaMaxTwo();
    void correlationMatrixOfThePlateauModel();
    void equalWeightPerDecade();
    void powerLawIsNotAKwwDecay_data();
    void powerLawIsNotAKwwDecay();
    void rescueStartsShareTheTimeBound();
    void unusableInputFailsClearly_data();
    void unusableInputFailsClearly();
};

void TestKwwFit::k1LinearisedStartAndFitAreExact()
{
    const std::vector<double> t = logSpaced(1e-2, 1e3, 100);
    const std::vector<double> phi = kww(t, 37.0, 0.42, 1.0, 0.0);
    KwwFitOptions options; // σ/σ₀ data: amplitude 1, plateau 0
    options.fitAmplitude = false;
    const KwwStart start = kwwStartValues(t, phi, {false, 0.0, false, 1.0});
    QVERIFY(start.fromLinearisation);
    QVERIFY2(near(start.beta, 0.42, 1e-7), qPrintable(QString::number(start.beta, 'g', 12)));
    QVERIFY2(near(std::exp(start.logTau), 37.0, 1e-7),
             qPrintable(QString::number(std::exp(start.logTau), 'g', 12)));

    const KwwFitResult fit = fitKww(t, phi, options);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QCOMPARE(fit.status, FitStatus::Converged);
    QVERIFY(near(fit.tau, 37.0, 1e-7));
    QVERIFY(near(fit.beta, 0.42, 1e-7));
    QVERIFY(std::isnan(fit.amplitudeError)); // held fixed
    QCOMPARE(fit.degreesOfFreedom, 98);
}

void TestKwwFit::k2BothStartsConverge_data()
{
    QTest::addColumn<bool>("naive");
    QTest::newRow("section 3.2 start") << false;
    QTest::newRow("naive start") << true;
}

void TestKwwFit::k2BothStartsConverge()
{
    QFETCH(bool, naive);
    const std::vector<double> t = logSpaced(1e-2, 1e5, 150);
    const std::vector<double> sigma = kww(t, 37.0, 0.42, 0.8, 0.2);
    KwwFitOptions options = plateauOptions();
    const KwwStart recipe = kwwStartValues(t, sigma, {true, 0.0, true, 1.0});
    // methods.md K2: σ∞⁽⁰⁾ = 0.2000, β⁽⁰⁾ = 0.462, τ⁽⁰⁾ = 40.9
    QVERIFY(std::abs(recipe.plateau - 0.2) < 5e-5);
    QVERIFY(std::abs(recipe.beta - 0.462) < 5e-4);
    QVERIFY(std::abs(std::exp(recipe.logTau) - 40.9) < 0.05);
    if (naive)
        options.start = KwwStart{std::log(10.0), 0.8, 1.0, 0.0, false, 0};

    const KwwFitResult fit = fitKww(t, sigma, options);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QCOMPARE(fit.starts, 1);
    QVERIFY(near(fit.tau, 37.0, 1e-9));
    QVERIFY(near(fit.beta, 0.42, 1e-9));
    QVERIFY(near(fit.amplitude, 0.8, 1e-9));
    QVERIFY(near(fit.plateau, 0.2, 1e-9));
    QVERIFY(fit.rSquared > 1.0 - 1e-15);
}

void TestKwwFit::k5SingleRelaxationTimeSitsOnTheBound()
{
    const std::vector<double> t = logSpaced(1e-2, 1e3, 100);
    const std::vector<double> sigma = kww(t, 37.0, 1.0, 1.0, 0.0);
    const KwwFitResult fit = fitKww(t, sigma);
    QCOMPARE(fit.status, FitStatus::ConvergedAtBound);
    QVERIFY(fit.ok());
    QVERIFY(fit.betaAtBound);
    QCOMPARE(fit.fit.states[KwwModel::Beta], ParameterState::AtUpperBound);
    QVERIFY(near(fit.beta, 1.0, 1e-6));
    QVERIFY(std::isnan(fit.betaError));
    QVERIFY(near(fit.tau, 37.0, 1e-6));
    QVERIFY(std::isfinite(fit.tauError));
    QVERIFY2(fit.message.contains(QStringLiteral("limit")), qPrintable(fit.message));
}

void TestKwwFit::k6MeanRelaxationTime_data()
{
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("ratio");
    QTest::newRow("beta 0.42") << 0.42 << 2.9212670;
    QTest::newRow("beta 0.5") << 0.5 << 2.0;
    QTest::newRow("beta 0.7") << 0.7 << 1.2658235;
    QTest::newRow("beta 1") << 1.0 << 1.0;
}

void TestKwwFit::k6MeanRelaxationTime()
{
    QFETCH(double, beta);
    QFETCH(double, ratio);
    QVERIFY(std::abs(kwwMeanRelaxationTime(37.0, beta) / 37.0 - ratio) < 5e-8);
    const double h = 1e-6;
    const double numeric =
        (kwwMeanRelaxationTime(37.0, beta + h) - kwwMeanRelaxationTime(37.0, beta - h)) / (2 * h);
    QVERIFY(std::abs(kwwMeanRelaxationTimeBetaDerivative(37.0, beta) - numeric) <
            1e-6 * std::abs(numeric) + 1e-9);
}

void TestKwwFit::k10NoisyFitsCoverTheTruth()
{
    // 200 noisy copies of K2 (σ_noise = 0.002), fitted in parallel on the worker pool.
    const std::vector<double> t = logSpaced(1e-2, 1e5, 150);
    QList<unsigned> seeds;
    for (unsigned s = 0; s < 200; ++s)
        seeds << s;
    const QList<KwwFitResult> fits = QtConcurrent::blockingMapped(
        seeds, [&t](unsigned seed) { return fitKww(t, noisyK2(t, seed), plateauOptions()); });

    double sum = 0.0;
    double squares = 0.0;
    int covered = 0;
    for (const KwwFitResult &fit : fits) {
        QVERIFY2(fit.ok(), qPrintable(fit.message));
        sum += fit.beta;
        squares += fit.beta * fit.beta;
        covered += (fit.betaLow <= 0.42 && 0.42 <= fit.betaHigh) ? 1 : 0;
    }
    const double n = double(fits.size());
    const double mean = sum / n;
    const double standardError = std::sqrt((squares / n - mean * mean) / (n - 1.0));
    QVERIFY2(std::abs(mean - 0.42) < 2.0 * standardError,
             qPrintable(QStringLiteral("mean beta %1, SE %2").arg(mean).arg(standardError)));
    const double coverage = covered / n;
    qInfo("K10: mean beta %.5f (SE of the mean %.5f), 95 %% CI coverage %.3f", mean, standardError, coverage);
    QVERIFY2(coverage >= 0.90 && coverage <= 0.98, qPrintable(QStringLiteral("coverage %1").arg(coverage)));

    // Parallel and sequential runs give identical numbers (no shared state in the engine).
    for (unsigned seed : {0u, 57u, 199u}) {
        const KwwFitResult sequential = fitKww(t, noisyK2(t, seed), plateauOptions());
        QCOMPARE(sequential.beta, fits[int(seed)].beta);
        QCOMPARE(sequential.tauError, fits[int(seed)].tauError);
    }
}

void TestKwwFit::compressedExponentialWithBetaMaxTwo()
{
    const std::vector<double> t = logSpaced(1e-1, 1e3, 120);
    const std::vector<double> sigma = kww(t, 20.0, 1.5, 50.0, 0.0);
    KwwFitOptions options;
    options.betaMax = 2.0;
    const KwwFitResult fit = fitKww(t, sigma, options);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY(near(fit.beta, 1.5, 1e-9));
    QVERIFY(near(fit.tau, 20.0, 1e-9));
    QVERIFY(near(fit.amplitude, 50.0, 1e-9));

    // With the default limit β ≤ 1 the same data put β on its bound.
    const KwwFitResult limited = fitKww(t, sigma);
    QCOMPARE(limited.status, FitStatus::ConvergedAtBound);
    QVERIFY(near(limited.beta, 1.0, 1e-5));
}

void TestKwwFit::correlationMatrixOfThePlateauModel()
{
    // A window that ends at ~3τ leaves σ∞, τ and β strongly correlated (methods.md §3.4).
    const std::vector<double> t = logSpaced(1e-1, 100.0, 80);
    std::vector<double> sigma = kww(t, 37.0, 0.42, 0.8, 0.2);
    std::mt19937_64 generator(7);
    std::normal_distribution<double> noise(0.0, 0.002);
    for (double &v : sigma)
        v += noise(generator);
    const KwwFitResult fit = fitKww(t, sigma, plateauOptions());
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    const Eigen::MatrixXd &c = fit.fit.correlation;
    for (int j = 0; j < 4; ++j)
        QVERIFY(std::abs(c(j, j) - 1.0) < 1e-12);
    QVERIFY((c - c.transpose()).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY(std::abs(c(KwwModel::LogTau, KwwModel::Plateau)) > 0.95);
}

void TestKwwFit::equalWeightPerDecade()
{
    const std::vector<double> w = logTimeWeights({1.0, 10.0, 100.0, 1000.0});
    QCOMPARE(w.size(), std::size_t(4));
    for (std::size_t i = 0; i < 4; ++i)
        QVERIFY(std::abs(w[i] - (i == 0 || i == 3 ? 2.0 / 3.0 : 4.0 / 3.0)) < 1e-14);
    QVERIFY(logTimeWeights({0.0, 1.0, 2.0}).empty());
    QVERIFY(logTimeWeights({1.0, 3.0, 2.0}).empty());
    QVERIFY(logTimeWeights({2.0, 2.0}).empty());
    // A repeated time stamp shares its cell: cells ln10·(½, 1, ½) → 1/2 each for the pair.
    const std::vector<double> repeated = logTimeWeights({1.0, 10.0, 10.0, 100.0});
    QCOMPARE(repeated.size(), std::size_t(4));
    QVERIFY(std::abs(repeated[0] - 1.0) < 1e-14 && std::abs(repeated[3] - 1.0) < 1e-14);
    QVERIFY(std::abs(repeated[1] - 1.0) < 1e-14 && std::abs(repeated[2] - 1.0) < 1e-14);

    // Uniformly sampled K2 curve, weighted per decade: still exact.
    std::vector<double> t;
    for (int i = 1; i <= 2000; ++i)
        t.push_back(0.5 * i);
    KwwFitOptions options = plateauOptions();
    options.weights = logTimeWeights(t);
    const KwwFitResult fit = fitKww(t, kww(t, 37.0, 0.42, 0.8, 0.2), options);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY(near(fit.tau, 37.0, 1e-8));
    QVERIFY(near(fit.beta, 0.42, 1e-8));
}

void TestKwwFit::powerLawIsNotAKwwDecay_data()
{
    QTest::addColumn<bool>("plateau");
    QTest::newRow("no plateau") << false;
    QTest::newRow("plateau free") << true;
}

void TestKwwFit::powerLawIsNotAKwwDecay()
{
    // σ = t^−½ over four decades: the best "KWW" runs away (β → 0, τ → 0, Δσ → ∞). The fit must
    // say so instead of returning the runaway numbers, and must not spend long getting there.
    QFETCH(bool, plateau);
    const std::vector<double> t = logSpaced(1.0, 1e4, 200);
    std::vector<double> sigma;
    for (double x : t)
        sigma.push_back(1.0 / std::sqrt(x));
    KwwFitOptions options;
    options.fitPlateau = plateau;
    QElapsedTimer timer;
    timer.start();
    const KwwFitResult fit = fitKww(t, sigma, options);
    QCOMPARE(fit.status, FitStatus::Singular);
    QVERIFY2(fit.message.contains(QStringLiteral("decades outside")), qPrintable(fit.message));
    QVERIFY(std::isnan(fit.tau) && std::isnan(fit.beta));
    QCOMPARE(fit.starts, 6);
    QVERIFY(timer.elapsed() < 5000);
}

void TestKwwFit::rescueStartsShareTheTimeBound()
{
    // The power law above needs every rescue start; with the time bound spent by the first fit,
    // none is tried and the fit reports the bound.
    const std::vector<double> t = logSpaced(1.0, 1e4, 200);
    std::vector<double> sigma;
    for (double x : t)
        sigma.push_back(1.0 / std::sqrt(x));
    KwwFitOptions options;
    options.engine.maxSeconds = 1e-9;
    const KwwFitResult fit = fitKww(t, sigma, options);
    QCOMPARE(fit.status, FitStatus::TimeLimit);
    QCOMPARE(fit.starts, 1);
    QVERIFY(std::isnan(fit.tau) && std::isnan(fit.beta));
}

void TestKwwFit::unusableInputFailsClearly_data()
{
    QTest::addColumn<std::vector<double>>("t");
    QTest::addColumn<std::vector<double>>("sigma");
    QTest::addColumn<QString>("reason");
    const std::vector<double> t = logSpaced(1e-2, 1e3, 30);
    QTest::newRow("constant stress") << t << std::vector<double>(30, 5.0)
                                     << QStringLiteral("does not change");
    QTest::newRow("two points, three parameters")
        << std::vector<double>{1.0, 2.0} << std::vector<double>{1.0, 0.5} << QStringLiteral("at least 4");
    std::vector<double> withNaN = kww(t, 37.0, 0.42, 1.0, 0.0);
    withNaN[11] = std::nan("");
    QTest::newRow("NaN stress") << t << withNaN << QStringLiteral("point 12");
    std::vector<double> badTime = t;
    badTime[3] = -1.0;
    QTest::newRow("negative time") << badTime << kww(t, 37.0, 0.42, 1.0, 0.0) << QStringLiteral("negative");
    QTest::newRow("sizes differ") << t << std::vector<double>(29, 1.0) << QStringLiteral("29");
}

void TestKwwFit::unusableInputFailsClearly()
{
    QFETCH(std::vector<double>, t);
    QFETCH(std::vector<double>, sigma);
    QFETCH(QString, reason);
    const KwwFitResult fit = fitKww(t, sigma);
    QCOMPARE(fit.status, FitStatus::InvalidInput);
    QVERIFY(!fit.ok());
    QVERIFY2(fit.message.contains(reason), qPrintable(fit.message));
    QVERIFY(std::isnan(fit.tau) && std::isnan(fit.beta) && std::isnan(fit.amplitude));
}

QTEST_GUILESS_MAIN(TestKwwFit)
#include "tst_kww_fit.moc"
