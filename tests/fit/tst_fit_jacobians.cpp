// Every model's analytic Jacobian against a central finite-difference Jacobian.

#include "NistModels.h"
#include "support/SharedData.h"

#include "fit/GaussianHistogramFit.h"
#include "fit/HertzModel.h"
#include "fit/KwwModel.h"
#include "fit/VariableProjection.h"
#include "io/reference/NistStrdImporter.h"

#include <QFile>
#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>

using namespace gb;

namespace {

/// Largest |analytic − numeric| in each column divided by the column's largest |analytic|. The
/// numeric derivative is the five-point stencil (error O(h⁴)); of the steps h = 10^{−2…−8}·|p_j|
/// the one that agrees best is taken, so columns whose effect on the model is tiny (where any
/// single step is dominated by rounding or truncation) are judged fairly. A wrong analytic
/// derivative disagrees at every step.
double worstRelativeColumnError(const FitModel &model, const Eigen::VectorXd &p)
{
    const Eigen::Index n = model.observationCount();
    const int k = model.parameterCount();
    Eigen::MatrixXd analytic(n, k);
    model.jacobian(p, analytic);
    double worst = 0.0;
    Eigen::VectorXd f1(n);
    Eigen::VectorXd f2(n);
    Eigen::VectorXd f3(n);
    Eigen::VectorXd f4(n);
    for (int j = 0; j < k; ++j) {
        const double scale = std::max(analytic.col(j).cwiseAbs().maxCoeff(), 1e-300);
        double best = std::numeric_limits<double>::infinity();
        for (int e = 2; e <= 8; ++e) {
            const double step = std::pow(10.0, -e) * (p[j] != 0.0 ? std::abs(p[j]) : 1.0);
            Eigen::VectorXd q = p;
            q[j] = p[j] - 2.0 * step;
            model.values(q, f1);
            q[j] = p[j] - step;
            model.values(q, f2);
            q[j] = p[j] + step;
            model.values(q, f3);
            q[j] = p[j] + 2.0 * step;
            model.values(q, f4);
            const Eigen::VectorXd numeric = (f1 - 8.0 * f2 + 8.0 * f3 - f4) / (12.0 * step);
            const double error = (analytic.col(j) - numeric).cwiseAbs().maxCoeff() / scale;
            if (std::isfinite(error))
                best = std::min(best, error);
        }
        worst = std::max(worst, best);
    }
    return worst;
}

std::vector<double> logSpaced(double low, double high, int n)
{
    std::vector<double> values;
    for (int i = 0; i < n; ++i)
        values.push_back(low * std::pow(high / low, double(i) / double(n - 1)));
    return values;
}

Eigen::VectorXd vector(std::initializer_list<double> values)
{
    Eigen::VectorXd v(Eigen::Index(values.size()));
    Eigen::Index i = 0;
    for (double x : values)
        v[i++] = x;
    return v;
}

using ModelFactory = std::function<std::shared_ptr<const FitModel>()>;

} // namespace

Q_DECLARE_METATYPE(ModelFactory)
Q_DECLARE_METATYPE(Eigen::VectorXd)

class TestFitJacobians : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void projectModels_data();
    void projectModels();
    void nistModels_data();
    void nistModels();
};

void TestFitJacobians::projectModels_data()
{
    QTest::addColumn<ModelFactory>("factory");
    QTest::addColumn<Eigen::VectorXd>("parameters");

    std::vector<double> times = logSpaced(1e-2, 1e5, 60);
    times.insert(times.begin(), 0.0); // t = 0 must give σ∞ + Δσ and zero time derivatives
    const ModelFactory kww = [times] { return std::make_shared<KwwModel>(times); };
    QTest::newRow("KWW beta 0.42") << kww << vector({std::log(37.0), 0.42, 0.8, 0.2});
    QTest::newRow("KWW beta 1") << kww << vector({std::log(0.5), 1.0, 2.5, -0.1});
    QTest::newRow("KWW compressed") << kww << vector({std::log(1e3), 1.7, 1.0, 0.0});

    std::vector<double> depths;
    for (int i = 0; i <= 250; ++i)
        depths.push_back(5.0 + 0.1 * i);
    const ModelFactory hertz = [depths] { return std::make_shared<HertzModel>(depths); };
    QTest::newRow("Hertz") << hertz << vector({4.216370213557839, 3.3});
    QTest::newRow("Hertz offset inside") << hertz << vector({2.0, 12.35});

    std::vector<double> edges;
    for (int k = 0; k <= 30; ++k)
        edges.push_back(200.0 + 4.0 * k);
    const ModelFactory gaussian = [edges] { return std::make_shared<GaussianBinModel>(edges); };
    QTest::newRow("Gaussian bins") << gaussian << vector({500.0, 255.0, 12.0});
    QTest::newRow("Gaussian bins, tail") << gaussian << vector({500.0, 190.0, 6.0});

    // Variable projection: the exact Golub–Pereyra derivative of the projected fit.
    const auto separable = std::make_shared<HertzSeparableModel>(depths);
    auto loads = std::make_shared<Eigen::VectorXd>(Eigen::Index(depths.size()));
    for (std::size_t i = 0; i < depths.size(); ++i)
        (*loads)[Eigen::Index(i)] = 4.2 * std::pow(depths[i] - 4.0, 1.5) + 3.0 * std::sin(double(i));
    const ModelFactory projected = [separable, loads] {
        return std::shared_ptr<const FitModel>(std::make_shared<ProjectedFitModel>(*separable, *loads));
    };
    QTest::newRow("Hertz projected (Golub-Pereyra)") << projected << vector({4.6});
    const ModelFactory full = [separable] { return std::make_shared<SeparableFitModel>(*separable); };
    QTest::newRow("Hertz separable full") << full << vector({4.6, 4.2});
}

void TestFitJacobians::projectModels()
{
    QFETCH(ModelFactory, factory);
    QFETCH(Eigen::VectorXd, parameters);
    const std::shared_ptr<const FitModel> model = factory();
    const double error = worstRelativeColumnError(*model, parameters);
    QVERIFY2(error < 1e-6, qPrintable(QString::number(error)));
}

void TestFitJacobians::nistModels_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("point");
    for (const QString &name : test::nistModelNames())
        for (int point : {1, 2, 3})
            QTest::addRow("%s/%s", qPrintable(name),
                          point == 3 ? "certified" : (point == 1 ? "start1" : "start2"))
                << name << point;
}

void TestFitJacobians::nistModels()
{
    QFETCH(QString, name);
    QFETCH(int, point);
    const QString relative = QStringLiteral("data/nist-strd/%1.dat").arg(name);
    GB_REQUIRE_SHARED_FILE(relative);
    QFile file(test::sharedPath(relative));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const Result<NistStrdProblem> problem =
        NistStrdImporter::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())), relative);
    QVERIFY2(problem.ok(), qPrintable(problem.ok() ? QString() : problem.error().toString()));
    const test::NistFitModel model(*test::findNistModel(name), *problem);
    const std::vector<double> &values =
        point == 1 ? problem->start1 : (point == 2 ? problem->start2 : problem->certifiedValues);
    const Eigen::VectorXd p = Eigen::Map<const Eigen::VectorXd>(values.data(), Eigen::Index(values.size()));
    const double error = worstRelativeColumnError(model, p);
    QVERIFY2(error < 1e-6, qPrintable(QString::number(error)));
}

QTEST_GUILESS_MAIN(TestFitJacobians)
#include "tst_fit_jacobians.moc"
