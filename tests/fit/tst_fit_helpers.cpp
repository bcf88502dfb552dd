// Helpers shared by the analyses: weighted lines with t-based intervals, Brent minimisation,
// variable projection (checked on NIST BoxBOD, methods.md §5.5).

#include "support/SharedData.h"

#include "fit/BrentMinimizer.h"
#include "fit/LinearRegression.h"
#include "fit/VariableProjection.h"
#include "io/reference/NistStrdImporter.h"

#include <QFile>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace gb;

namespace {

/// BoxBOD as a separable model: y = b1·(1 − exp(−b2·x)), θ = (b2), c = (b1).
class BoxBodSeparable final : public SeparableModel {
public:
    explicit BoxBodSeparable(std::vector<double> x) : m_x(std::move(x)) {}
    int nonlinearCount() const override { return 1; }
    int linearCount() const override { return 1; }
    QString nonlinearName(int) const override { return QStringLiteral("b2"); }
    QString linearName(int) const override { return QStringLiteral("b1"); }
    Eigen::Index observationCount() const override { return Eigen::Index(m_x.size()); }
    void basis(const Eigen::VectorXd &theta, Eigen::MatrixXd &phi) const override
    {
        for (std::size_t i = 0; i < m_x.size(); ++i)
            phi(Eigen::Index(i), 0) = 1.0 - std::exp(-theta[0] * m_x[i]);
    }
    void basisDerivative(const Eigen::VectorXd &theta, int, Eigen::MatrixXd &dPhi) const override
    {
        for (std::size_t i = 0; i < m_x.size(); ++i)
            dPhi(Eigen::Index(i), 0) = m_x[i] * std::exp(-theta[0] * m_x[i]);
    }

private:
    std::vector<double> m_x;
};

Result<NistStrdProblem> boxBod()
{
    QFile file(test::sharedPath(QStringLiteral("data/nist-strd/BoxBOD.dat")));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("open"), file.errorString());
    const QByteArray bytes = file.readAll();
    return NistStrdImporter::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                   file.fileName());
}

} // namespace

class TestFitHelpers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void studentQuantiles_data();
    void studentQuantiles();
    void exactLine();
    void weightedLineStandardErrors();
    void lineRefusesTooFewOrEqualPoints();
    void brentFindsKnownMinima_data();
    void brentFindsKnownMinima();
    void gridSearchFindsTheGlobalMinimum();
    void boxBodProfile();
    void boxBodVariableProjectionFromStart1();
};

void TestFitHelpers::studentQuantiles_data()
{
    QTest::addColumn<int>("dof");
    QTest::addColumn<double>("t");
    // methods.md §1.6 and D10: t_{0.975, n−2} for n = 3, 4, 5, 6 rates
    QTest::newRow("n = 3") << 1 << 12.706;
    QTest::newRow("n = 4") << 2 << 4.303;
    QTest::newRow("n = 5") << 3 << 3.182;
    QTest::newRow("n = 6") << 4 << 2.776;
    QTest::newRow("n = 7") << 5 << 2.571;
}

void TestFitHelpers::studentQuantiles()
{
    QFETCH(int, dof);
    QFETCH(double, t);
    QVERIFY(std::abs(studentTQuantile(0.975, dof) - t) < 5e-4);
    QVERIFY(std::isnan(studentTQuantile(0.975, 0)));
}

void TestFitHelpers::exactLine()
{
    const std::vector<double> x{1, 2, 3, 4, 5, 6};
    std::vector<double> y;
    for (double v : x)
        y.push_back(-3.25 + 0.75 * v);
    const LineFit line = fitLine(x, y);
    QVERIFY(line.ok());
    QVERIFY(std::abs(line.slope - 0.75) < 1e-14);
    QVERIFY(std::abs(line.intercept + 3.25) < 1e-14);
    QVERIFY(line.slopeError < 1e-14);
    QCOMPARE(line.degreesOfFreedom, 4);
    QVERIFY(std::abs(line.xMean - 3.5) < 1e-15);
    QVERIFY(std::abs(line.rSquared - 1.0) < 1e-15);
}

void TestFitHelpers::weightedLineStandardErrors()
{
    // Hand-computed: x = 0, 1, 2, 3; y = 1, 3, 4, 7; w = 1, 2, 2, 1.
    // Σw = 6, x̄ = 1.5, ȳ = 11/3, Sxx = 5.5, Sxy = 10 → b = 20/11, a = ȳ − b·x̄ = 31/33.
    const std::vector<double> x{0, 1, 2, 3};
    const std::vector<double> y{1, 3, 4, 7};
    LineFitOptions options;
    options.weights = {1, 2, 2, 1};
    const LineFit line = fitLine(x, y, options);
    QVERIFY(line.ok());
    const double b = 20.0 / 11.0;
    const double a = 31.0 / 33.0;
    QVERIFY(std::abs(line.slope - b) < 1e-14);
    QVERIFY(std::abs(line.intercept - a) < 1e-14);
    double ssr = 0.0;
    for (int i = 0; i < 4; ++i)
        ssr += options.weights[std::size_t(i)] * std::pow(y[std::size_t(i)] - a - b * x[std::size_t(i)], 2);
    QVERIFY(std::abs(line.ssr - ssr) < 1e-13);
    QVERIFY(std::abs(line.slopeError - std::sqrt(ssr / 2.0 / 5.5)) < 1e-14);
    QVERIFY(std::abs(line.interceptError - std::sqrt(ssr / 2.0 * (1.0 / 6.0 + 2.25 / 5.5))) < 1e-14);
    QVERIFY(std::abs(line.slopeHalfWidth - 4.302652729749464 * line.slopeError) < 1e-12);

    // Known variances: the covariance is not rescaled by the reduced χ².
    options.weightsAreInverseVariances = true;
    const LineFit absolute = fitLine(x, y, options);
    QVERIFY(std::abs(absolute.slopeError - std::sqrt(1.0 / 5.5)) < 1e-14);
}

void TestFitHelpers::lineRefusesTooFewOrEqualPoints()
{
    const LineFit two = fitLine({1, 2}, {3, 4});
    QCOMPARE(two.status, FitStatus::InvalidInput);
    QVERIFY(std::isnan(two.slope));
    const LineFit equal = fitLine({2, 2, 2}, {1, 2, 3});
    QCOMPARE(equal.status, FitStatus::Singular);
    QVERIFY(std::isnan(equal.slope));
    const LineFit nan = fitLine({1, 2, std::nan("")}, {1, 2, 3});
    QCOMPARE(nan.status, FitStatus::InvalidInput);
}

void TestFitHelpers::brentFindsKnownMinima_data()
{
    QTest::addColumn<int>("function");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("x");
    QTest::addColumn<bool>("edge");
    QTest::newRow("parabola") << 0 << -1.0 << 5.0 << 2.0 << false;
    QTest::newRow("cosine") << 1 << 2.0 << 4.5 << std::numbers::pi << false;
    QTest::newRow("x ln x") << 2 << 0.01 << 2.0 << std::exp(-1.0) << false;
    QTest::newRow("monotonic: edge") << 3 << 1.0 << 3.0 << 1.0 << true;
}

void TestFitHelpers::brentFindsKnownMinima()
{
    QFETCH(int, function);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, x);
    QFETCH(bool, edge);
    const std::function<double(double)> functions[] = {
        [](double v) { return (v - 2.0) * (v - 2.0) + 1.0; },
        [](double v) { return std::cos(v); },
        [](double v) { return v * std::log(v); },
        [](double v) { return v * v; },
    };
    const ScalarMinimum minimum = minimizeBrent(functions[function], a, b);
    QVERIFY2(std::abs(minimum.x - x) < 1e-7, qPrintable(QString::number(minimum.x, 'g', 12)));
    QCOMPARE(minimum.atEdge, edge);
    QVERIFY(minimum.evaluations < 100);
}

void TestFitHelpers::gridSearchFindsTheGlobalMinimum()
{
    // Two basins: a shallow one at 1 and the deeper one at 4.
    const auto f = [](double v) {
        return std::min((v - 1.0) * (v - 1.0) + 0.5, 2.0 * (v - 4.0) * (v - 4.0));
    };
    QVERIFY(std::abs(minimizeBrent(f, 0.0, 2.5).x - 1.0) < 1e-7); // local search stays local
    const ScalarMinimum global = minimizeOnGrid(f, 0.0, 5.0, 50);
    QVERIFY(std::abs(global.x - 4.0) < 1e-7);
    QVERIFY(global.value < 1e-12);
}

void TestFitHelpers::boxBodProfile()
{
    // methods.md §5.5: RSS(b2) with b1 in closed form is 3033.7 at b2 = 1, 1168.0 at 0.547 and
    // 9771.5 for b2 → ∞; a search on ln b2 in [1e-3, 1e3] returns the certified solution.
    GB_REQUIRE_SHARED_FILE(QStringLiteral("data/nist-strd/BoxBOD.dat"));
    const Result<NistStrdProblem> problem = boxBod();
    QVERIFY(problem.ok());
    const BoxBodSeparable model(problem->predictors[0]);
    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(problem->response.data(), 6);
    const auto rss = [&](double b2) {
        return projectLinearPart(model, Eigen::VectorXd::Constant(1, b2), y).ssr;
    };
    QVERIFY(std::abs(rss(1.0) - 3033.7) < 0.05);
    QVERIFY(std::abs(rss(0.547) - 1168.0) < 0.05);
    QVERIFY(std::abs(rss(1e6) - 9771.5) < 0.05);

    ScalarMinimizerOptions tight;
    tight.relativeTolerance = 1e-12;
    const ScalarMinimum best =
        minimizeOnGrid([&](double u) { return rss(std::exp(u)); }, std::log(1e-3), std::log(1e3), 60, tight);
    const double b2 = std::exp(best.x);
    const ProjectedSolution linear = projectLinearPart(model, Eigen::VectorXd::Constant(1, b2), y);
    QVERIFY(std::abs(b2 - 0.54723748) < 5e-8);
    QVERIFY(std::abs(linear.coefficients[0] - 213.809409) < 5e-6);
    QVERIFY(std::abs(best.value - problem->residualSumOfSquares) < 1e-8 * problem->residualSumOfSquares);
}

void TestFitHelpers::boxBodVariableProjectionFromStart1()
{
    // Plain LM strands BoxBOD start 1 (b2 → ∞); with b1 projected out it cannot.
    GB_REQUIRE_SHARED_FILE(QStringLiteral("data/nist-strd/BoxBOD.dat"));
    const Result<NistStrdProblem> problem = boxBod();
    QVERIFY(problem.ok());
    const BoxBodSeparable model(problem->predictors[0]);
    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(problem->response.data(), 6);
    FitOptions lmOnly;
    lmOnly.methods = FitMethods::LevenbergMarquardt;
    const FitResult fit = fitVariableProjection(model, y, {}, {ParameterSpec{problem->start1[1]}}, lmOnly);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QCOMPARE(fit.names[0], QStringLiteral("b2"));
    QCOMPARE(fit.names[1], QStringLiteral("b1"));
    for (int j = 0; j < 2; ++j) {
        const std::size_t certified = j == 0 ? 1 : 0;
        QVERIFY(std::abs(fit.values[j] / problem->certifiedValues[certified] - 1.0) < 1e-8);
        QVERIFY(std::abs(fit.standardErrors[j] / problem->certifiedStandardDeviations[certified] - 1.0) <
                1e-6);
    }
    QVERIFY(std::abs(fit.ssr / problem->residualSumOfSquares - 1.0) < 1e-9);
}

QTEST_GUILESS_MAIN(TestFitHelpers)
#include "tst_fit_helpers.moc"
