// The nonlinear least-squares engine itself: failure reporting, weights, fixed parameters,
// bounds, covariance against the linear solution, thread safety, status texts.

#include "fit/CblasLibrary.h"
#include "fit/LinearRegression.h"
#include "fit/NonlinearFit.h"
#include "fit/ParameterTransform.h"

#include <QFileInfo>
#include <QSet>
#include <QtConcurrent>
#include <QtTest>

#include <cmath>
#include <random>

using namespace gb;

namespace {

/// y = A·exp(−k·x) + c, parameters (A, k, c).
class ExponentialModel final : public FitModel {
public:
    explicit ExponentialModel(std::vector<double> x) : m_x(std::move(x)) {}
    int parameterCount() const override { return 3; }
    QString parameterName(int j) const override { return QStringList{"A", "k", "c"}.at(j); }
    Eigen::Index observationCount() const override { return Eigen::Index(m_x.size()); }
    void values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const override
    {
        for (std::size_t i = 0; i < m_x.size(); ++i)
            values[Eigen::Index(i)] = p[0] * std::exp(-p[1] * m_x[i]) + p[2];
    }
    void jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const override
    {
        for (std::size_t i = 0; i < m_x.size(); ++i) {
            const double e = std::exp(-p[1] * m_x[i]);
            jacobian(Eigen::Index(i), 0) = e;
            jacobian(Eigen::Index(i), 1) = -p[0] * m_x[i] * e;
            jacobian(Eigen::Index(i), 2) = 1.0;
        }
    }

private:
    std::vector<double> m_x;
};

/// ExponentialModel that counts its evaluations of the residuals.
class CountingExponentialModel final : public FitModel {
public:
    explicit CountingExponentialModel(std::vector<double> x) : m_model(std::move(x)) {}
    int parameterCount() const override { return m_model.parameterCount(); }
    QString parameterName(int j) const override { return m_model.parameterName(j); }
    Eigen::Index observationCount() const override { return m_model.observationCount(); }
    void values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const override
    {
        ++m_valueCalls;
        m_model.values(p, values);
    }
    void jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const override
    {
        m_model.jacobian(p, jacobian);
    }
    int valueCalls() const { return m_valueCalls; }

private:
    ExponentialModel m_model;
    mutable int m_valueCalls = 0;
};

/// y = a + b·x + c·x², parameters (a, b, c): linear, so the engine must reproduce the direct
/// linear least-squares solution and covariance.
class QuadraticModel final : public FitModel {
public:
    explicit QuadraticModel(std::vector<double> x) : m_x(std::move(x)) {}
    int parameterCount() const override { return 3; }
    QString parameterName(int j) const override { return QStringLiteral("c%1").arg(j); }
    Eigen::Index observationCount() const override { return Eigen::Index(m_x.size()); }
    void values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const override
    {
        for (std::size_t i = 0; i < m_x.size(); ++i)
            values[Eigen::Index(i)] = p[0] + p[1] * m_x[i] + p[2] * m_x[i] * m_x[i];
    }
    void jacobian(const Eigen::VectorXd &, Eigen::MatrixXd &jacobian) const override
    {
        for (std::size_t i = 0; i < m_x.size(); ++i) {
            jacobian(Eigen::Index(i), 0) = 1.0;
            jacobian(Eigen::Index(i), 1) = m_x[i];
            jacobian(Eigen::Index(i), 2) = m_x[i] * m_x[i];
        }
    }

private:
    std::vector<double> m_x;
};

std::vector<double> grid(int n, double step = 0.25)
{
    std::vector<double> x;
    for (int i = 0; i < n; ++i)
        x.push_back(step * i);
    return x;
}

Eigen::VectorXd exponentialData(const std::vector<double> &x, unsigned seed, double noise = 0.01)
{
    std::mt19937_64 generator(seed);
    std::normal_distribution<double> normal(0.0, noise);
    Eigen::VectorXd y(Eigen::Index(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i)
        y[Eigen::Index(i)] = 2.0 * std::exp(-0.7 * x[i]) + 0.3 + normal(generator);
    return y;
}

std::vector<ParameterSpec> starts(double a, double k, double c)
{
    return {ParameterSpec{a}, ParameterSpec{k}, ParameterSpec{c}};
}

bool allNaN(const Eigen::VectorXd &v)
{
    return v.unaryExpr([](double x) { return std::isnan(x) ? 1.0 : 0.0; }).sum() == double(v.size());
}

} // namespace

class TestFitEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void failuresAreNeverNumbers_data();
    void failuresAreNeverNumbers();
    void iterationLimitIsReported();
    void acceleratedPassOnlyOnFailure();
    void stepThatRoundsAwayEndsTheSearch();
    void timeLimitIsReported();
    void linearModelMatchesLinearLeastSquares_data();
    void linearModelMatchesLinearLeastSquares();
    void fixedParameterHasNoStandardError();
    void parameterOnItsBound();
    void parallelFitsEqualSequentialFits();
    void gslCallsTheCblasOfTheBuild();
    void statusTexts();
    void parameterTransforms_data();
    void parameterTransforms();
};

void TestFitEngine::failuresAreNeverNumbers_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("damage");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    // damage: 0 none, 1 NaN observation, 2 NaN abscissa, 3 negative weight, 4 start outside bounds,
    //         5 all parameters fixed, 6 constant data
    QTest::newRow("two points, three parameters") << 2 << 0 << int(FitStatus::InvalidInput) << "at least 4";
    QTest::newRow("three points, three parameters") << 3 << 0 << int(FitStatus::InvalidInput) << "at least 4";
    QTest::newRow("NaN observation") << 40 << 1 << int(FitStatus::InvalidInput) << "observation 8";
    QTest::newRow("NaN abscissa") << 40 << 2 << int(FitStatus::NonFinite) << "observation 5";
    QTest::newRow("negative weight") << 40 << 3 << int(FitStatus::InvalidInput) << "weight 3";
    QTest::newRow("start outside bounds") << 40 << 4 << int(FitStatus::InvalidInput) << "outside its bounds";
    QTest::newRow("everything fixed") << 40 << 5 << int(FitStatus::InvalidInput) << "nothing to fit";
    QTest::newRow("constant data") << 40 << 6 << int(FitStatus::Singular) << "no effect";
}

void TestFitEngine::failuresAreNeverNumbers()
{
    QFETCH(int, points);
    QFETCH(int, damage);
    QFETCH(int, status);
    QFETCH(QString, reason);
    std::vector<double> x = grid(points);
    Eigen::VectorXd y = exponentialData(x, 1);
    Eigen::VectorXd weights;
    std::vector<ParameterSpec> specs = starts(1.0, 1.0, 0.0);
    switch (damage) {
    case 1: y[7] = std::nan(""); break;
    case 2: x[4] = std::nan(""); break;
    case 3:
        weights = Eigen::VectorXd::Ones(points);
        weights[2] = -1.0;
        break;
    case 4: specs[1].lower = 2.0; break;
    case 5:
        for (ParameterSpec &s : specs)
            s.fixed = true;
        break;
    case 6: y.setConstant(0.25); break;
    default: break;
    }
    const ExponentialModel model(x);
    const FitResult fit = fitNonlinear(model, y, weights, specs);
    QCOMPARE(int(fit.status), status);
    QVERIFY(!fit.ok());
    QVERIFY2(fit.message.contains(reason), qPrintable(fit.message));
    QVERIFY(fit.message.startsWith(describe(fit.status)));
    QCOMPARE(fit.values.size(), Eigen::Index(3));
    QVERIFY(allNaN(fit.values));
    QVERIFY(allNaN(fit.standardErrors));
}

void TestFitEngine::iterationLimitIsReported()
{
    const std::vector<double> x = grid(40);
    const ExponentialModel model(x);
    FitOptions options;
    options.maxIterations = 2;
    const FitResult fit = fitNonlinear(model, exponentialData(x, 2), {}, starts(10.0, 5.0, -3.0), options);
    QCOMPARE(fit.status, FitStatus::IterationLimit);
    QVERIFY(allNaN(fit.values));
    QCOMPARE(fit.iterations, 2);
    QCOMPARE(fit.totalIterations, 4); // both passes ran
    QVERIFY(fit.lastIterate.allFinite());
}

void TestFitEngine::timeLimitIsReported()
{
    // A deadline that has passed before the first iteration ends stops each pass after it.
    const std::vector<double> x = grid(40);
    const ExponentialModel model(x);
    FitOptions options;
    options.maxSeconds = 1e-9;
    const FitResult fit = fitNonlinear(model, exponentialData(x, 2), {}, starts(10.0, 5.0, -3.0), options);
    QCOMPARE(fit.status, FitStatus::TimeLimit);
    QCOMPARE(fitStatusId(fit.status), QStringLiteral("time_limit"));
    QVERIFY(allNaN(fit.values));
    QVERIFY(allNaN(fit.standardErrors));
    QCOMPARE(fit.iterations, 1);
    QCOMPARE(fit.totalIterations, 2);
    QVERIFY(fit.message.contains(QStringLiteral("time limit")));

    // Without a bound the same fit converges.
    options.maxSeconds = 0.0;
    QVERIFY(fitNonlinear(model, exponentialData(x, 2), {}, starts(10.0, 5.0, -3.0), options).ok());
}

void TestFitEngine::acceleratedPassOnlyOnFailure()
{
    const std::vector<double> x = grid(40);
    const ExponentialModel model(x);
    const Eigen::VectorXd y = exponentialData(x, 3);
    FitOptions lmOnly;
    lmOnly.methods = FitMethods::LevenbergMarquardt;
    FitOptions onFailure;
    onFailure.methods = FitMethods::LevenbergMarquardtThenAcceleratedOnFailure;

    // A fit that succeeds in its first pass is that pass's result, to the bit.
    const FitResult first = fitNonlinear(model, y, {}, starts(1.5, 0.5, 0.2), lmOnly);
    const FitResult kept = fitNonlinear(model, y, {}, starts(1.5, 0.5, 0.2), onFailure);
    QVERIFY2(first.ok(), qPrintable(first.message));
    QCOMPARE(kept.totalIterations, first.iterations);
    QVERIFY(kept.values == first.values);
    QVERIFY(kept.covariance == first.covariance);

    // A first pass that fails hands over to the accelerated pass.
    lmOnly.maxIterations = onFailure.maxIterations = 2;
    const FitResult failed = fitNonlinear(model, y, {}, starts(10.0, 5.0, -3.0), lmOnly);
    const FitResult retried = fitNonlinear(model, y, {}, starts(10.0, 5.0, -3.0), onFailure);
    QCOMPARE(failed.status, FitStatus::IterationLimit);
    QCOMPARE(retried.totalIterations, 4);
}

void TestFitEngine::stepThatRoundsAwayEndsTheSearch()
{
    // Started at the least-squares solution, the first Levenberg–Marquardt step rounds away in
    // every parameter. GSL alone would try 15 ever smaller steps, evaluating the residuals at
    // the same point each time; the engine stops at the first and calls the fit converged.
    const std::vector<double> x = grid(40);
    const Eigen::VectorXd y = exponentialData(x, 6);
    FitOptions lmOnly;
    lmOnly.methods = FitMethods::LevenbergMarquardt;
    const FitResult solved = fitNonlinear(ExponentialModel(x), y, {}, starts(1.5, 0.5, 0.2), lmOnly);
    QVERIFY2(solved.ok(), qPrintable(solved.message));

    const CountingExponentialModel model(x);
    const std::vector<ParameterSpec> atSolution =
        starts(solved.values[0], solved.values[1], solved.values[2]);
    const FitResult again = fitNonlinear(model, y, {}, atSolution, lmOnly);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(again.values == solved.values);
    QCOMPARE(again.iterations, 1);
    QVERIFY2(model.valueCalls() < 10, qPrintable(QString::number(model.valueCalls())));
}

void TestFitEngine::linearModelMatchesLinearLeastSquares_data()
{
    QTest::addColumn<bool>("weighted");
    QTest::addColumn<bool>("inverseVariances");
    QTest::newRow("unweighted") << false << false;
    QTest::newRow("relative weights") << true << false;
    QTest::newRow("inverse variances") << true << true;
}

void TestFitEngine::linearModelMatchesLinearLeastSquares()
{
    QFETCH(bool, weighted);
    QFETCH(bool, inverseVariances);
    const std::vector<double> x = grid(30, 0.5);
    std::mt19937_64 generator(3);
    std::normal_distribution<double> normal(0.0, 1.0);
    Eigen::VectorXd y(30);
    Eigen::VectorXd weights;
    Eigen::MatrixXd design(30, 3);
    if (weighted)
        weights.resize(30);
    for (int i = 0; i < 30; ++i) {
        const double sigma = 0.1 + 0.05 * i;
        y[i] = 1.0 - 0.5 * x[std::size_t(i)] + 0.2 * x[std::size_t(i)] * x[std::size_t(i)] +
               sigma * normal(generator);
        design.row(i) << 1.0, x[std::size_t(i)], x[std::size_t(i)] * x[std::size_t(i)];
        if (weighted)
            weights[i] = 1.0 / (sigma * sigma);
    }
    FitOptions options;
    options.weightsAreInverseVariances = inverseVariances;
    const QuadraticModel model(x);
    const FitResult fit = fitNonlinear(model, y, weights, starts(0.0, 0.0, 0.0), options);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    const LinearFitResult linear = fitLinearLeastSquares(design, y, weights, inverseVariances);
    QVERIFY(linear.ok());
    // Agreement far inside the statistical precision (the two solvers round differently).
    QVERIFY((fit.values - linear.coefficients).cwiseQuotient(linear.standardErrors).cwiseAbs().maxCoeff() <
            1e-7);
    QVERIFY((fit.covariance - linear.covariance).cwiseAbs().maxCoeff() <
            1e-10 * linear.covariance.cwiseAbs().maxCoeff());
    QVERIFY(std::abs(fit.ssr - linear.ssr) < 1e-10 * linear.ssr);
    QCOMPARE(fit.degreesOfFreedom, 27);
    QVERIFY(std::abs(fit.reducedChiSquare - fit.ssr / 27.0) < 1e-15 * fit.ssr);
    QVERIFY(std::abs(fit.aic - (30.0 * std::log(fit.ssr / 30.0) + 6.0)) < 1e-12);
    QVERIFY(std::abs(fit.bic - (30.0 * std::log(fit.ssr / 30.0) + 3.0 * std::log(30.0))) < 1e-12);
}

void TestFitEngine::fixedParameterHasNoStandardError()
{
    const std::vector<double> x = grid(40);
    const ExponentialModel model(x);
    std::vector<ParameterSpec> specs = starts(1.0, 1.0, 0.3);
    specs[2].fixed = true;
    const FitResult fit = fitNonlinear(model, exponentialData(x, 4, 0.0), {}, specs);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QCOMPARE(fit.states[2], ParameterState::Fixed);
    QCOMPARE(fit.values[2], 0.3);
    QVERIFY(std::isnan(fit.standardErrors[2]));
    QCOMPARE(fit.covariance(2, 2), 0.0);
    QCOMPARE(fit.degreesOfFreedom, 38);
    QVERIFY(std::abs(fit.values[0] - 2.0) < 1e-10);
    QVERIFY(std::abs(fit.values[1] - 0.7) < 1e-10);
}

void TestFitEngine::parameterOnItsBound()
{
    // The data want c = 0.3, the bound allows c ≥ 0.5: c sits on its bound, A and k are fitted.
    const std::vector<double> x = grid(40);
    const ExponentialModel model(x);
    std::vector<ParameterSpec> specs = starts(1.0, 1.0, 1.0);
    specs[2].lower = 0.5;
    const FitResult fit = fitNonlinear(model, exponentialData(x, 5, 0.0), {}, specs);
    QCOMPARE(fit.status, FitStatus::ConvergedAtBound);
    QCOMPARE(fit.states[2], ParameterState::AtLowerBound);
    QVERIFY(std::abs(fit.values[2] - 0.5) < 1e-6);
    QVERIFY(std::isnan(fit.standardErrors[2]));
    QVERIFY(std::isfinite(fit.standardErrors[0]) && std::isfinite(fit.standardErrors[1]));
    QVERIFY(fit.message.contains(QStringLiteral("c = ")));
}

void TestFitEngine::parallelFitsEqualSequentialFits()
{
    const std::vector<double> x = grid(200, 0.05);
    const ExponentialModel model(x);
    QList<unsigned> seeds;
    for (unsigned s = 0; s < 64; ++s)
        seeds << s;
    const auto run = [&](unsigned seed) {
        return fitNonlinear(model, exponentialData(x, seed), {}, starts(1, 1, 0));
    };
    const QList<FitResult> parallel = QtConcurrent::blockingMapped(seeds, run);
    for (unsigned seed : seeds) {
        const FitResult sequential = run(seed);
        QVERIFY(sequential.ok());
        QCOMPARE(parallel[int(seed)].values, sequential.values);
        QCOMPARE(parallel[int(seed)].covariance, sequential.covariance);
    }
}

/// A build that found BLIS links it ahead of GSL, so that GSL's linear algebra runs on it rather
/// than on GSL's slower reference CBLAS; a link order or a linker that drops it shows here.
void TestFitEngine::gslCallsTheCblasOfTheBuild()
{
    const QString file = QFileInfo(cblasLibraryFile()).fileName();
#ifdef GLASSBENCH_CBLAS_BLIS
    QVERIFY2(file.startsWith(QLatin1String("libblis")), qPrintable(file));
#else
    QVERIFY2(file.startsWith(QLatin1String("libgslcblas")), qPrintable(file));
#endif
}

void TestFitEngine::statusTexts()
{
    QSet<QString> ids;
    QSet<QString> texts;
    for (FitStatus s :
         {FitStatus::Converged, FitStatus::ConvergedAtBound, FitStatus::IterationLimit, FitStatus::Singular,
          FitStatus::NonFinite, FitStatus::NoProgress, FitStatus::InvalidInput, FitStatus::Failed}) {
        ids << fitStatusId(s);
        texts << describe(s);
    }
    QCOMPARE(ids.size(), 8);
    QCOMPARE(texts.size(), 8);
    QVERIFY(isSuccess(FitStatus::ConvergedAtBound));
    QVERIFY(!isSuccess(FitStatus::NoProgress));
    QCOMPARE(fitStatusId(FitStatus::IterationLimit), QStringLiteral("iteration_limit"));
}

void TestFitEngine::parameterTransforms_data()
{
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<double>("value");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("interval") << 0.0 << 1.0 << 0.42;
    QTest::newRow("interval near top") << 0.0 << 2.0 << 1.999;
    QTest::newRow("lower only") << 3.0 << inf << 7.5;
    QTest::newRow("upper only") << -inf << -1.0 << -4.0;
    QTest::newRow("unbounded") << -inf << inf << -12.5;
}

void TestFitEngine::parameterTransforms()
{
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(double, value);
    const ParameterTransform transform(lower, upper, 1.0);
    const double u = transform.toInternal(value);
    QVERIFY(std::abs(transform.toExternal(u) - value) < 1e-13 * std::max(1.0, std::abs(value)));
    const double h = 1e-6;
    const double numeric = (transform.toExternal(u + h) - transform.toExternal(u - h)) / (2 * h);
    QVERIFY(std::abs(transform.derivative(u) - numeric) < 1e-7 * std::abs(numeric));
    QCOMPARE(transform.boundAt(u), BoundSide::None);
    // Logistic: u → +∞ is the upper bound, u → −∞ the lower; one-sided: u → −∞ is the bound.
    if (std::isfinite(lower) && std::isfinite(upper)) {
        QCOMPARE(transform.boundAt(u + 60.0), BoundSide::Upper);
        QCOMPARE(transform.boundAt(u - 60.0), BoundSide::Lower);
    } else if (std::isfinite(lower) || std::isfinite(upper)) {
        QCOMPARE(transform.boundAt(u - 60.0), std::isfinite(lower) ? BoundSide::Lower : BoundSide::Upper);
        QCOMPARE(transform.boundAt(u + 60.0), BoundSide::None);
    }
    QVERIFY(std::isnan(transform.toInternal(std::isfinite(upper) ? upper + 1.0 : lower - 1.0)) ||
            !transform.isBounded());
}

QTEST_GUILESS_MAIN(TestFitEngine)
#include "tst_fit_engine.moc"
