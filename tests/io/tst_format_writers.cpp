// The project's own instrument-format writers (used by the synthetic campaigns) produce files
// that the importers read back to the values written, within the precision of the format.
#include "io/ImporterRegistry.h"
#include "io/writers/HysitronTxtWriter.h"
#include "io/writers/StareExportWriter.h"
#include "io/writers/UniversalAnalysisWriter.h"

#include <QtTest>

#include <cmath>

using namespace gb;

namespace {
const Column &requireColumn(const Dataset &dataset, Quantity quantity)
{
    static const Column empty;
    const Column *column = dataset.column(quantity);
    return column ? *column : empty;
}

void compareValues(const std::vector<double> &read, const std::vector<double> &written, double tolerance)
{
    QCOMPARE(read.size(), written.size());
    for (std::size_t i = 0; i < read.size(); ++i)
        if (std::abs(read[i] - written[i]) > tolerance)
            QFAIL(qPrintable(QStringLiteral("row %1: read %2, wrote %3")
                                 .arg(i)
                                 .arg(read[i], 0, 'g', 12)
                                 .arg(written[i], 0, 'g', 12)));
}
} // namespace

class FormatWritersTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stareExportReadsBack();
    void universalAnalysisRunReadsBack();
    void hysitronIndentReadsBack();
};

void FormatWritersTest::stareExportReadsBack()
{
    StareExport data;
    data.sampleName = QStringLiteral("AuMG");
    data.massMg = 0.000484;
    data.method = QStringLiteral("Ta385");
    for (int c = 0; c < 3; ++c) {
        StareCurve curve;
        curve.name = QStringLiteral("Ta385 ta%1s  Seg %2").arg(c).arg(7);
        for (int i = 0; i < 500; ++i) {
            curve.timeS.push_back(i * 1e-3);
            curve.sampleTemperatureK.push_back(330.0 + i * 0.25 + c);
            curve.programTemperatureK.push_back(330.0 + i * 0.25);
            curve.heatFlowMw.push_back(-0.0123456 + 1e-5 * i);
        }
        data.curves.push_back(curve);
    }
    const Result<ImportedFile> imported =
        ImporterRegistry::standard().importBytes(writeStareExport(data), QStringLiteral("protocol.txt"));
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
    QCOMPARE(imported->formatId, QStringLiteral("mettler-stare"));
    QCOMPARE(imported->output.datasets.size(), std::size_t(3));
    for (int c = 0; c < 3; ++c) {
        const Dataset &dataset = *imported->output.datasets[std::size_t(c)];
        QCOMPARE(dataset.curveName, data.curves[std::size_t(c)].name);
        QCOMPARE(dataset.segment, c + 1);
        QCOMPARE(dataset.metadata.sampleName, QStringLiteral("AuMG"));
        QVERIFY(dataset.metadata.massMg.has_value());
        QCOMPARE(*dataset.metadata.massMg, 0.000484);
        compareValues(requireColumn(dataset, Quantity::Time).values, data.curves[std::size_t(c)].timeS, 1e-9);
        compareValues(requireColumn(dataset, Quantity::Temperature).values,
                      data.curves[std::size_t(c)].sampleTemperatureK, 1e-5);
        compareValues(requireColumn(dataset, Quantity::ProgramTemperature).values,
                      data.curves[std::size_t(c)].programTemperatureK, 1e-5);
        compareValues(requireColumn(dataset, Quantity::HeatFlow).values,
                      data.curves[std::size_t(c)].heatFlowMw, 1e-8);
    }
}

void FormatWritersTest::universalAnalysisRunReadsBack()
{
    UniversalAnalysisRun run;
    run.sampleName = QStringLiteral("PS-aged-1800s");
    run.started = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
    for (int i = 0; i < 1000; ++i) {
        run.timeS.push_back(i * 3.6);
        run.temperatureK.push_back(373.15);
        run.stressMpa.push_back(50.0 * std::exp(-std::pow(i * 3.6 / 900.0, 0.5)));
        run.strain.push_back(0.01);
    }
    const Result<ImportedFile> imported =
        ImporterRegistry::standard().importBytes(writeUniversalAnalysisRun(run), QStringLiteral("relax.txt"));
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
    QCOMPARE(imported->formatId, QStringLiteral("ta-universal-analysis"));
    const Dataset &dataset = *imported->output.datasets.front();
    QCOMPARE(dataset.metadata.sampleName, run.sampleName);
    compareValues(requireColumn(dataset, Quantity::Time).values, run.timeS, 60.0 * 5e-7);
    compareValues(requireColumn(dataset, Quantity::Temperature).values, run.temperatureK, 5e-5);
    compareValues(requireColumn(dataset, Quantity::Stress).values, run.stressMpa, 5e-7);
    compareValues(requireColumn(dataset, Quantity::Strain).values, run.strain, 5e-9);
}

void FormatWritersTest::hysitronIndentReadsBack()
{
    HysitronIndent indent;
    indent.started = QDateTime(QDate(2022, 11, 22), QTime(15, 55, 4));
    for (int i = 0; i < 300; ++i) {
        indent.loadUn.push_back(10.0 * i);
        indent.depthNm.push_back(std::pow(10.0 * i / 5.0, 2.0 / 3.0));
        indent.timeS.push_back(i / 60.0);
    }
    indent.segmentStarts = {0, 100, 200};
    const Result<ImportedFile> imported =
        ImporterRegistry::standard().importBytes(writeHysitronTxt(indent), QStringLiteral("array_00000.txt"));
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
    QCOMPARE(imported->formatId, QStringLiteral("hysitron-triboscan-txt"));
    const Dataset &dataset = *imported->output.datasets.front();
    QCOMPARE(dataset.rowCount(), qsizetype(300));
    compareValues(requireColumn(dataset, Quantity::Depth).values, indent.depthNm, 5e-7);
    compareValues(requireColumn(dataset, Quantity::Load).values, indent.loadUn, 5e-7);
    compareValues(requireColumn(dataset, Quantity::Time).values, indent.timeS, 5e-7);
    for (const Diagnostic &d : imported->output.diagnostics)
        QVERIFY2(d.severity == Severity::Info, qPrintable(d.toString()));
}

QTEST_GUILESS_MAIN(FormatWritersTest)
#include "tst_format_writers.moc"
