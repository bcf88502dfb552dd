// NIST StRD nonlinear regression: all 27 problems from both starting points with the production
// engine settings (methods.md §5.6), plus the project's importer for the .dat files.

#include "NistModels.h"
#include "support/SharedData.h"

#include "fit/NonlinearFit.h"
#include "io/ImporterRegistry.h"
#include "io/reference/NistStrdImporter.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace gb;

namespace {

/// McCullough's log relative error, capped at 15 digits (exact agreement).
double lre(double value, double certified)
{
    if (!std::isfinite(value))
        return 0.0;
    const double error = std::abs(value - certified) / std::abs(certified);
    return error == 0.0 ? 15.0 : std::clamp(-std::log10(error), 0.0, 15.0);
}

Result<NistStrdProblem> loadProblem(const QString &name)
{
    QFile file(test::sharedPath(QStringLiteral("data/nist-strd/%1.dat").arg(name)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("open"), file.errorString());
    const QByteArray bytes = file.readAll();
    return NistStrdImporter::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                   file.fileName());
}

struct Summary {
    double parameters = 0.0;
    double ssr = 0.0;
    double errors = 0.0;
    int iterations = 0;
    QString method;
};

} // namespace

class TestNistStrd : public QObject {
    Q_OBJECT

private:
    std::map<QString, Summary> m_summary;

private Q_SLOTS:
    void importerReadsEveryFile_data();
    void importerReadsEveryFile();
    void importerReportsBrokenFiles_data();
    void importerReportsBrokenFiles();
    void importerRejectsMissingRows();
    void certifiedValuesFromBothStarts_data();
    void certifiedValuesFromBothStarts();
    void lmAloneFailsVisiblyOnBoxBodStart1();
    void cleanupTestCase();
};

void TestNistStrd::importerReadsEveryFile_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : test::nistModelNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestNistStrd::importerReadsEveryFile()
{
    QFETCH(QString, name);
    const QString relative = QStringLiteral("data/nist-strd/%1.dat").arg(name);
    GB_REQUIRE_SHARED_FILE(relative);
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(test::sharedPath(relative));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->formatId, QStringLiteral("nist-strd"));
    QCOMPARE(imported->confidence, 100);
    QCOMPARE(imported->output.datasets.size(), std::size_t(1));
    const Dataset &dataset = *imported->output.datasets.front();
    QCOMPARE(dataset.curveName, name);

    const Result<NistStrdProblem> problem = loadProblem(name);
    QVERIFY(problem.ok());
    const test::NistModelDefinition *model = test::findNistModel(name);
    QVERIFY(model);
    QCOMPARE(int(problem->parameterNames.size()), model->parameters);
    QCOMPARE(problem->predictorNames.size(), qsizetype(model->predictors));
    QCOMPARE(int(problem->response.size()), problem->observationCount);
    // NIST's Rat43.dat declares 9 degrees of freedom for 15 observations and 4 parameters (its
    // residual standard deviation uses 11); the importer keeps the file's number and notes it.
    const bool erratum = name == QLatin1String("Rat43");
    QCOMPARE(problem->degreesOfFreedom == problem->observationCount - model->parameters, !erratum);
    QCOMPARE(problem->notes.size(), std::size_t(erratum ? 1 : 0));
    QCOMPARE(imported->output.diagnostics.size(), std::size_t(erratum ? 1 : 0));
    QVERIFY(
        std::abs(problem->residualStandardDeviation -
                 std::sqrt(problem->residualSumOfSquares / (problem->observationCount - model->parameters))) <
        1e-9 * problem->residualStandardDeviation);
    QCOMPARE(dataset.columns.size(), std::size_t(1 + model->predictors));
    QCOMPARE(dataset.rowCount(), qsizetype(problem->observationCount));
    QCOMPARE(dataset.metadata.headerValue(QStringLiteral("b1 certified")),
             QString::number(problem->certifiedValues[0], 'g', 17));
}

void TestNistStrd::importerReportsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("damage");
    QTest::addColumn<qint64>("line");
    // Each row replaces one line of MGH09.dat (1-based) and names the line the error points at.
    QTest::newRow("certified value not a number")
        << QByteArray("  b1 =   25          0.25          1.92806934x8E-01  1.1435312227E-02") << qint64(41);
    QTest::newRow("data row with a missing value") << QByteArray("       1.947000E-01") << qint64(62);
}

void TestNistStrd::importerReportsBrokenFiles()
{
    QFETCH(QByteArray, damage);
    QFETCH(qint64, line);
    GB_REQUIRE_SHARED_FILE(QStringLiteral("data/nist-strd/MGH09.dat"));
    QFile file(test::sharedPath(QStringLiteral("data/nist-strd/MGH09.dat")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    lines[line - 1] = damage;
    const QByteArray broken = lines.join('\n');
    const Result<NistStrdProblem> parsed = NistStrdImporter::parse(
        std::string_view(broken.constData(), std::size_t(broken.size())), QStringLiteral("x.dat"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().line, line);
    QCOMPARE(parsed.error().file, QStringLiteral("x.dat"));
}

void TestNistStrd::importerRejectsMissingRows()
{
    // Dropping the last data row contradicts "Number of Observations: 11" and "lines 61 to 71".
    GB_REQUIRE_SHARED_FILE(QStringLiteral("data/nist-strd/MGH09.dat"));
    QFile file(test::sharedPath(QStringLiteral("data/nist-strd/MGH09.dat")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const qsizetype last = original.lastIndexOf("6.250000E-02");
    QVERIFY(last > 0);
    const QByteArray truncated = original.left(original.lastIndexOf('\n', last));
    const Result<NistStrdProblem> parsed = NistStrdImporter::parse(
        std::string_view(truncated.constData(), std::size_t(truncated.size())), QStringLiteral("x.dat"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(QStringLiteral("observations")),
             qPrintable(parsed.error().message));
}

void TestNistStrd::certifiedValuesFromBothStarts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("start");
    for (const QString &name : test::nistModelNames())
        for (int start : {1, 2})
            QTest::addRow("%s/start%d", qPrintable(name), start) << name << start;
}

void TestNistStrd::certifiedValuesFromBothStarts()
{
    QFETCH(QString, name);
    QFETCH(int, start);
    GB_REQUIRE_SHARED_FILE(QStringLiteral("data/nist-strd/%1.dat").arg(name));
    const Result<NistStrdProblem> problem = loadProblem(name);
    QVERIFY2(problem.ok(), qPrintable(problem.ok() ? QString() : problem.error().toString()));
    const test::NistModelDefinition *definition = test::findNistModel(name);
    QVERIFY(definition);
    const test::NistFitModel model(*definition, *problem);

    std::vector<ParameterSpec> specs;
    for (double value : start == 1 ? problem->start1 : problem->start2)
        specs.push_back(ParameterSpec{value});
    const FitResult fit = fitNonlinear(model, model.observed(), {}, specs);
    QVERIFY2(fit.ok(), qPrintable(fit.message));

    Summary summary;
    summary.parameters = 15.0;
    summary.errors = 15.0;
    for (std::size_t j = 0; j < specs.size(); ++j) {
        summary.parameters =
            std::min(summary.parameters, lre(fit.values[Eigen::Index(j)], problem->certifiedValues[j]));
        summary.errors = std::min(summary.errors, lre(fit.standardErrors[Eigen::Index(j)],
                                                      problem->certifiedStandardDeviations[j]));
    }
    summary.ssr = lre(fit.ssr, problem->residualSumOfSquares);
    summary.iterations = fit.iterations;
    summary.method = fit.method == FitMethod::Accelerated ? QStringLiteral("lmaccel") : QStringLiteral("lm");
    m_summary[QStringLiteral("%1 start %2").arg(name).arg(start)] = summary;

    QVERIFY2(summary.parameters >= 6.0,
             qPrintable(QStringLiteral("parameter LRE %1").arg(summary.parameters)));
    QVERIFY2(summary.ssr >= 6.0, qPrintable(QStringLiteral("SSR LRE %1").arg(summary.ssr)));
    QVERIFY2(summary.errors >= 4.0, qPrintable(QStringLiteral("standard error LRE %1").arg(summary.errors)));
    QCOMPARE(fit.degreesOfFreedom, problem->observationCount - int(specs.size()));
}

void TestNistStrd::lmAloneFailsVisiblyOnBoxBodStart1()
{
    // methods.md §5.6: plain LM from BoxBOD start 1 strands b2 → ∞ at SSR 9771.5; the engine
    // must report that as a failure, not as a result.
    GB_REQUIRE_SHARED_FILE(QStringLiteral("data/nist-strd/BoxBOD.dat"));
    const Result<NistStrdProblem> problem = loadProblem(QStringLiteral("BoxBOD"));
    QVERIFY(problem.ok());
    const test::NistFitModel model(*test::findNistModel(QStringLiteral("BoxBOD")), *problem);
    FitOptions options;
    options.methods = FitMethods::LevenbergMarquardt;
    const FitResult fit =
        fitNonlinear(model, model.observed(), {},
                     {ParameterSpec{problem->start1[0]}, ParameterSpec{problem->start1[1]}}, options);
    QVERIFY2(!fit.ok(), qPrintable(fit.message));
    QVERIFY(std::isnan(fit.values[0]) && std::isnan(fit.values[1]));
    QVERIFY(fit.ssr > problem->residualSumOfSquares * 1.5);
    QVERIFY(std::abs(fit.ssr - 9771.5) < 1.0);
}

void TestNistStrd::cleanupTestCase()
{
    if (m_summary.empty())
        return;
    qInfo("%-22s %8s %8s %8s %6s %s", "problem", "LRE(b)", "LRE(SSR)", "LRE(SD)", "iter", "method");
    for (const auto &[name, s] : m_summary)
        qInfo("%-22s %8.1f %8.1f %8.1f %6d %s", qPrintable(name), s.parameters, s.ssr, s.errors, s.iterations,
              qPrintable(s.method));
}

QTEST_GUILESS_MAIN(TestNistStrd)
#include "tst_nist_strd.moc"
