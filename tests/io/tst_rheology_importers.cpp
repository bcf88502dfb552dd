// TA TRIOS importers (formats.md "Stress relaxation (DMA)"): the classic "Export to text" and the
// "LIMS export", read through the registry from the real files (values read off the files by hand,
// units converted by hand) and from files made here in every line-ending, BOM and decimal-mark
// variant; bad input ends in an Error or a counted warning naming the file and line.
#include "io/ImporterRegistry.h"
#include "support/SharedData.h"
#include "support/TextVariants.h"

#include <QtTest>

#include <cmath>

using namespace gb;

namespace {
const QString kCreep = QStringLiteral("data/real/stress-relaxation/creep_experiment.txt");
const QString kLims = QStringLiteral("data/real/stress-relaxation/test_frequency_sweep_tts_ARES.txt");

/// A classic TRIOS stress-relaxation export with two steps: a text column among the numbers, a
/// column of dates, empty units for both, and a second step with its own column set (min).
QByteArray classicRelaxationText()
{
    return QByteArray("Filename\trelaxation.txt\n"
                      "Instrument name\tDMA850-0001\n"
                      "Sample name\tPd glass ribbon 3\n"
                      "Procedure name\tRelaxation\n"
                      "\tStress relaxation\n"
                      "proceduresegments\tStress relaxation#Stress relaxation\n"
                      "[File Parameters]\n"
                      "Trios version\t5.1.1.46572\n"
                      "[step]\n"
                      "Stress relaxation - 1\n"
                      "Step time\tTemperature\tStress\tStrain\tModulus\tDate and time\tTermination reason\n"
                      "s\t\xC2\xB0"
                      "C\tMPa\t%\tMPa\t\t\n"
                      "0\t632.98\t101.2\t0.1\t101200\t10/17/2022 10:27:02 AM\t\n"
                      "0.5\t633.01\t95.5\t0.1\t95500\t10/17/2022 10:27:03 AM\t\n"
                      "1.25\t633.0\t90.25\t0.1\t90250\t10/17/2022 10:27:03 AM\tTime limit reached\n"
                      "[step]\n"
                      "Stress relaxation - 2\n"
                      "Time\tTemperature\tStress\tStrain\tRelaxation modulus\n"
                      "min\t\xC2\xB0"
                      "C\tMPa\t%\tMPa\n"
                      "0\t640.5\t80.5\t0.2\t40250\n"
                      "2.5\t640.25\t70.125\t0.2\t35062.5\n");
}

/// A TRIOS DSC text export in the same layout, with the normalised heat flow in W/g.
QByteArray classicDscText()
{
    return QByteArray("Filename\tdsc.txt\n"
                      "Instrument name\tDSC2500-1234\n"
                      "Sample name\tPS pellet\n"
                      "proceduresegments\tEquilibrate#Ramp\n"
                      "[step]\n"
                      "Ramp 10 \xC2\xB0"
                      "C/min to 200 \xC2\xB0"
                      "C\n"
                      "Time\tTemperature\tHeat Flow (Normalized)\tHeat Flow\n"
                      "min\t\xC2\xB0"
                      "C\tW/g\tmW\n"
                      "0.1\t25.5\t-0.0125\t-0.0625\n"
                      "0.2\t26.5\t-0.013\t-0.065\n"
                      "0.3\t27.5\t-0.0135\t-0.0675\n");
}

/// A LIMS export with two steps; hexadecimal status codes, a text column, an empty column and
/// dates among the numbers.
QByteArray limsText()
{
    const QByteArray variables =
        "Variables\tRun time\tTemperature\tAngular frequency\tStatus bits\tTorque "
        "transducer\tViscosity\tStorage modulus\tStep time\tTime\tFrequency\tDate and time\n"
        "Units\ts\t\xC2\xB0"
        "C\trad/s\t\t\tPa.s\tPa\ts\ts\tHz\t\n";
    return QByteArray("[Version]\n"
                      "TA Instruments LIMS export format version\t0\n"
                      "[Header]\n"
                      "Instrument name\t4010-0001\n"
                      "[Sample]\n"
                      "Name\tPS melt\n"
                      "[Parameters: File Parameters]\n"
                      "Instrument type\tAresG2\n"
                      "[Step]\n"
                      "Step name\tFrequency sweep (150.0 \xC2\xB0"
                      "C)\n"
                      "Number of points\t3\n") +
           variables +
           "Data point\t552.5\t149.75\t0.625\t0xB6453\tFRT\t\t10044.5\t20.5\t20.5\t0.1\t6/26/2023 1:34:19 "
           "PM\n"
           "Data point\t566.25\t149.5\t6.25\t0xB5453\tFRT\t\t17787.25\t80.25\t80.25\t1\t6/26/2023 1:35:19 "
           "PM\n"
           "Data point\t577.125\t150.25\t62.5\t0xB5053\tFRT\t\t33547.125\t134.125\t134.125\t10\t6/26/2023 "
           "1:36:19 PM\n"
           "[Step]\n"
           "Step name\tFrequency sweep (140.0 \xC2\xB0"
           "C)\n"
           "Number of points\t2\n" +
           variables +
           "Data point\t700.5\t139.875\t0.625\t0xB6453\tFRT\t\t20088.5\t21.5\t21.5\t0.1\t6/26/2023 1:44:19 "
           "PM\n"
           "Data point\t720.25\t140.125\t6.25\t0xB5453\tFRT\t\t35574.5\t81.25\t81.25\t1\t6/26/2023 1:45:19 "
           "PM\n";
}

const Column *requireColumn(const Dataset &dataset, Quantity quantity)
{
    const Column *column = dataset.column(quantity);
    if (!column)
        qWarning("no column with role %s in \"%s\"", qPrintable(quantityId(quantity)),
                 qPrintable(dataset.curveName));
    return column;
}

qint64 countOf(const ImportOutput &output, const QString &code, Severity severity)
{
    qint64 count = 0;
    for (const Diagnostic &d : output.diagnostics)
        if (d.code == code && d.severity == severity)
            count += d.count;
    return count;
}

const Diagnostic *findDiagnostic(const ImportOutput &output, const QString &code)
{
    for (const Diagnostic &d : output.diagnostics)
        if (d.code == code)
            return &d;
    return nullptr;
}

/// Every variant a TRIOS file may come in, made from one LF original: columns "bytes" and
/// "decimalComma" (true when every decimal point, titles included, became a comma).
void addVariantRows(const char *kind, const QByteArray &text)
{
    using test::LineEnding;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("decimalComma");
    for (LineEnding ending : {LineEnding::LF, LineEnding::CRLF, LineEnding::CR}) {
        const QByteArray bytes = test::withLineEnding(text, ending);
        const QString row =
            QStringLiteral("%1 %2").arg(QLatin1String(kind), QLatin1String(test::lineEndingName(ending)));
        QTest::newRow(qPrintable(row)) << bytes << false;
        QTest::newRow(qPrintable(row + QStringLiteral(" BOM"))) << test::withUtf8Bom(bytes) << false;
        QTest::newRow(qPrintable(row + QStringLiteral(" decimal comma")))
            << test::withDecimalComma(bytes) << true;
    }
}
} // namespace

class RheologyImportersTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realCreepExperiment();
    void realCreepExperimentValues_data();
    void realCreepExperimentValues();
    void realLimsFrequencySweeps();
    void realLimsValues_data();
    void realLimsValues();
    void classicRelaxationVariants_data();
    void classicRelaxationVariants();
    void classicDscVariants_data();
    void classicDscVariants();
    void limsVariants_data();
    void limsVariants();
    void confidenceFromFirstBytes_data();
    void confidenceFromFirstBytes();
    void badInput_data();
    void badInput();
};

void RheologyImportersTest::realCreepExperiment()
{
    GB_REQUIRE_SHARED_FILE(kCreep);
    const QString path = test::sharedPath(kCreep);
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->formatId, QStringLiteral("ta-trios-text"));
    QCOMPARE(imported->output.datasets.size(), std::size_t(1));
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.curveName, QStringLiteral("Creep - 1"));
    QCOMPARE(d.segment, 1);
    QCOMPARE(d.sourceFile, path);
    QCOMPARE(d.rowCount(), qsizetype(483));
    // 24 columns in the file; "Date and time" holds text and is left out with a note.
    QCOMPARE(d.columns.size(), std::size_t(23));
    QVERIFY(!d.columnNamed(QStringLiteral("Date and time")));
    QCOMPARE(countOf(imported->output, QStringLiteral("text_column"), Severity::Info), qint64(1));
    // The one empty cell (Modulus, first row, line 124) is a counted gap.
    const Diagnostic *gaps = findDiagnostic(imported->output, QStringLiteral("gap_cells"));
    QVERIFY(gaps);
    QCOMPARE(gaps->count, qint64(1));
    QCOMPARE(gaps->line, qint64(124));
    // One column per role: "Step time" is the time, "Run time" and "Time" are not.
    const Column *time = requireColumn(d, Quantity::Time);
    QVERIFY(time);
    QCOMPARE(time->name, QStringLiteral("Step time"));
    QCOMPARE(time->unit, QStringLiteral("s"));
    QCOMPARE(time->originalUnit, QStringLiteral("min"));
    QCOMPARE(d.columnNamed(QStringLiteral("Run time"))->quantity, Quantity::Other);
    QCOMPARE(d.columnNamed(QStringLiteral("Time"))->quantity, Quantity::Other);
    QCOMPARE(d.columnNamed(QStringLiteral("Stress (step)"))->quantity, Quantity::Other);
    QCOMPARE(d.columnNamed(QStringLiteral("1/temperature"))->quantity, Quantity::Other);
    QCOMPARE(requireColumn(d, Quantity::Temperature)->unit, QStringLiteral("K"));
    QCOMPARE(requireColumn(d, Quantity::Stress)->name, QStringLiteral("Stress"));
    QCOMPARE(requireColumn(d, Quantity::Stress)->unit, QStringLiteral("MPa"));
    QCOMPARE(requireColumn(d, Quantity::Strain)->name, QStringLiteral("Strain"));
    QCOMPARE(requireColumn(d, Quantity::Strain)->unit, QStringLiteral("1"));
    QCOMPARE(requireColumn(d, Quantity::Strain)->originalUnit, QStringLiteral("%"));
    QCOMPARE(requireColumn(d, Quantity::Modulus)->name, QStringLiteral("Modulus"));
    QCOMPARE(d.metadata.sampleName, QStringLiteral("Anonymous"));
    QCOMPARE(d.metadata.instrument, QStringLiteral("5332-XXXX"));
    QCOMPARE(d.metadata.headerValue(QStringLiteral("proceduresegments")),
             QStringLiteral("Creep#End of test"));
    QCOMPARE(d.metadata.headerValue(QStringLiteral("Geometry Parameters/Diameter")),
             QStringLiteral("00.0 mm"));
    for (const Diagnostic &diagnostic : imported->output.diagnostics)
        QVERIFY2(diagnostic.severity != Severity::Error, qPrintable(diagnostic.toString()));
}

void RheologyImportersTest::realCreepExperimentValues_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<double>("stepTimeMin");
    QTest::addColumn<double>("temperatureC");
    QTest::addColumn<double>("stressMPa");
    QTest::addColumn<double>("strainPercent");
    QTest::addColumn<double>("modulusMPa"); // NaN: empty cell
    // Lines 124, 365 and 606 of the file.
    QTest::newRow("first") << 0 << 0.0 << 44.9870147705078 << 0.0005 << 0.0 << std::nan("");
    QTest::newRow("middle") << 241 << 0.0435546676317851 << 45.0011901855469 << 0.00050000001362507
                            << 7.83974524807891 << 0.00637775822992782;
    QTest::newRow("last") << 482 << 2.9003781636556 << 44.9788208007813 << 0.00050000001362507
                          << 13.1024721726591 << 0.0038160738412268;
}

void RheologyImportersTest::realCreepExperimentValues()
{
    GB_REQUIRE_SHARED_FILE(kCreep);
    QFETCH(int, row);
    QFETCH(double, stepTimeMin);
    QFETCH(double, temperatureC);
    QFETCH(double, stressMPa);
    QFETCH(double, strainPercent);
    QFETCH(double, modulusMPa);
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(test::sharedPath(kCreep));
    QVERIFY(imported.ok());
    const Dataset &d = *imported->output.datasets.front();
    const std::size_t r = std::size_t(row);
    QCOMPARE(d.column(Quantity::Time)->values[r], stepTimeMin * 60.0);
    QCOMPARE(d.column(Quantity::Temperature)->values[r], temperatureC + 273.15);
    QCOMPARE(d.column(Quantity::Stress)->values[r], stressMPa);
    QCOMPARE(d.column(Quantity::Strain)->values[r], strainPercent * 0.01);
    if (std::isnan(modulusMPa))
        QVERIFY(std::isnan(d.column(Quantity::Modulus)->values[r]));
    else
        QCOMPARE(d.column(Quantity::Modulus)->values[r], modulusMPa);
}

void RheologyImportersTest::realLimsFrequencySweeps()
{
    GB_REQUIRE_SHARED_FILE(kLims);
    const QString path = test::sharedPath(kLims);
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->formatId, QStringLiteral("ta-trios-lims"));
    const auto &datasets = imported->output.datasets;
    QCOMPARE(datasets.size(), std::size_t(20));
    const QStringList leftOut = {QStringLiteral("Status bits"), QStringLiteral("Status bits 2"),
                                 QStringLiteral("Torque transducer"), QStringLiteral("Normal transducer"),
                                 QStringLiteral("Date and time")};
    for (std::size_t i = 0; i < datasets.size(); ++i) {
        const Dataset &d = *datasets[i];
        const double stepTemperature = 150.0 - 10.0 * double(i);
        QCOMPARE(
            d.curveName,
            QStringLiteral("Frequency sweep (%1 \u00B0C)").arg(QString::number(stepTemperature, 'f', 1)));
        QCOMPARE(d.segment, int(i) + 1);
        QCOMPARE(d.formatId, QStringLiteral("ta-trios-lims"));
        QCOMPARE(d.rowCount(), qsizetype(17));       // "Number of points 17" in every step
        QCOMPARE(d.columns.size(), std::size_t(52)); // 57 variables less 5 text columns
        for (const QString &name : leftOut)
            QVERIFY2(!d.columnNamed(name), qPrintable(name));
        QCOMPARE(d.column(Quantity::Time)->name, QStringLiteral("Step time"));
        QCOMPARE(d.column(Quantity::Frequency)->name, QStringLiteral("Frequency"));
        QCOMPARE(d.column(Quantity::Stress)->name, QStringLiteral("Stress"));
        QCOMPARE(d.column(Quantity::Stress)->unit, QStringLiteral("MPa"));
        QCOMPARE(d.column(Quantity::Temperature)->unit, QStringLiteral("K"));
        QCOMPARE(d.columnNamed(QStringLiteral("Run time"))->quantity, Quantity::Other);
        QCOMPARE(d.columnNamed(QStringLiteral("Storage modulus"))->unit, QStringLiteral("MPa"));
        // "Viscosity" is empty in every row: kept, all gaps.
        const Column *viscosity = d.columnNamed(QStringLiteral("Viscosity"));
        QVERIFY(viscosity);
        for (double v : viscosity->values)
            QVERIFY(std::isnan(v));
        QCOMPARE(d.metadata.headerValue(QStringLiteral("Number of points")), QStringLiteral("17"));
        QCOMPARE(d.metadata.instrument, QStringLiteral("AresG2"));
        QCOMPARE(d.metadata.sampleName, QStringLiteral("Anonymous"));
    }
    QCOMPARE(countOf(imported->output, QStringLiteral("row_count_mismatch"), Severity::Warning), qint64(0));
    QCOMPARE(countOf(imported->output, QStringLiteral("short_row"), Severity::Warning), qint64(0));
    // 5 text columns in each of 20 steps, merged into five notes with counts.
    QCOMPARE(countOf(imported->output, QStringLiteral("text_column"), Severity::Info), qint64(100));
    // Viscosity: 17 empty cells in each of 20 steps.
    QCOMPARE(countOf(imported->output, QStringLiteral("gap_cells"), Severity::Info), qint64(340));
}

void RheologyImportersTest::realLimsValues_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("row");
    QTest::addColumn<double>("stepTimeS");
    QTest::addColumn<double>("temperatureC");
    QTest::addColumn<double>("frequencyHz");
    QTest::addColumn<double>("stressPa");
    QTest::addColumn<double>("storagePa");
    // Lines 106, 114, 122 (first step) and 524, 532, 540 (last step) of the file.
    QTest::newRow("150 C first") << 0 << 0 << 20.0053482055664 << 149.977996826172 << 0.100000001490116
                                 << -1.95069396495819 << 10044.287109375;
    QTest::newRow("150 C middle") << 0 << 8 << 80.1816787719727 << 149.985000610352 << 1.3894956111908
                                  << -6.03579807281494 << 17787.6640625;
    QTest::newRow("150 C last") << 0 << 16 << 134.053817749023 << 149.986999511719 << 20.0
                                << -6.87965774536133 << 33547.12109375;
    QTest::newRow("-40 C first") << 19 << 0 << 6430.27685546875 << -40.0029983520508 << 0.100000001490116
                                 << 144.752258300781 << 260040528.0;
    QTest::newRow("-40 C middle") << 19 << 8 << 6495.626953125 << -40.0 << 1.3894956111908
                                  << -265.154022216797 << 382946464.0;
    QTest::newRow("-40 C last") << 19 << 16 << 6549.21630859375 << -40.0110015869141 << 20.0
                                << 839.08349609375 << 546905280.0;
}

void RheologyImportersTest::realLimsValues()
{
    GB_REQUIRE_SHARED_FILE(kLims);
    QFETCH(int, step);
    QFETCH(int, row);
    QFETCH(double, stepTimeS);
    QFETCH(double, temperatureC);
    QFETCH(double, frequencyHz);
    QFETCH(double, stressPa);
    QFETCH(double, storagePa);
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(test::sharedPath(kLims));
    QVERIFY(imported.ok());
    const Dataset &d = *imported->output.datasets[std::size_t(step)];
    const std::size_t r = std::size_t(row);
    QCOMPARE(d.column(Quantity::Time)->values[r], stepTimeS);
    QCOMPARE(d.column(Quantity::Temperature)->values[r], temperatureC + 273.15);
    QCOMPARE(d.column(Quantity::Frequency)->values[r], frequencyHz);
    QCOMPARE(d.column(Quantity::Stress)->values[r], stressPa * 1e-6);
    QCOMPARE(d.columnNamed(QStringLiteral("Storage modulus"))->values[r], storagePa * 1e-6);
}

void RheologyImportersTest::classicRelaxationVariants_data()
{
    addVariantRows("relaxation", classicRelaxationText());
}

void RheologyImportersTest::classicRelaxationVariants()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, decimalComma);
    Q_UNUSED(decimalComma) // the values must not depend on it
    const QString name = QStringLiteral("relaxation.txt");
    const Result<ImportedFile> imported = ImporterRegistry::standard().importBytes(bytes, name);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->formatId, QStringLiteral("ta-trios-text"));
    const auto &datasets = imported->output.datasets;
    QCOMPARE(datasets.size(), std::size_t(2));
    const Dataset &first = *datasets[0];
    const Dataset &second = *datasets[1];
    QCOMPARE(first.curveName, QStringLiteral("Stress relaxation - 1"));
    QCOMPARE(second.curveName, QStringLiteral("Stress relaxation - 2"));
    QCOMPARE(second.segment, 2);
    QCOMPARE(first.rowCount(), qsizetype(3));
    QCOMPARE(second.rowCount(), qsizetype(2));
    // Dates and the termination reason are text: left out, each with a note.
    QCOMPARE(first.columns.size(), std::size_t(5));
    QVERIFY(!first.columnNamed(QStringLiteral("Termination reason")));
    QVERIFY(!first.columnNamed(QStringLiteral("Date and time")));
    QCOMPARE(countOf(imported->output, QStringLiteral("text_column"), Severity::Info), qint64(2));
    QCOMPARE(first.metadata.sampleName, QStringLiteral("Pd glass ribbon 3"));
    QCOMPARE(first.metadata.instrument, QStringLiteral("DMA850-0001"));
    QCOMPARE(first.metadata.headerValue(QStringLiteral("File Parameters/Trios version")).isEmpty(), false);

    const std::vector<double> time1 = {0.0, 0.5, 1.25};
    const std::vector<double> stress1 = {101.2, 95.5, 90.25};
    for (std::size_t r = 0; r < 3; ++r) {
        QCOMPARE(first.column(Quantity::Time)->values[r], time1[r]);
        QCOMPARE(first.column(Quantity::Stress)->values[r], stress1[r]);
        QCOMPARE(first.column(Quantity::Strain)->values[r], 0.1 * 0.01);
        QCOMPARE(first.column(Quantity::Modulus)->values[r], stress1[r] * 1000.0);
    }
    QCOMPARE(first.column(Quantity::Temperature)->values[1], 633.01 + 273.15);
    // Step 2: "Time" in min is the time, "Relaxation modulus" the modulus.
    QCOMPARE(second.column(Quantity::Time)->name, QStringLiteral("Time"));
    QCOMPARE(second.column(Quantity::Time)->values[1], 2.5 * 60.0);
    QCOMPARE(second.column(Quantity::Modulus)->name, QStringLiteral("Relaxation modulus"));
    QCOMPARE(second.column(Quantity::Modulus)->values[1], 35062.5);
    QCOMPARE(second.column(Quantity::Stress)->values[1], 70.125);
    QCOMPARE(second.column(Quantity::Strain)->values[0], 0.2 * 0.01);
    QCOMPARE(second.column(Quantity::Temperature)->values[0], 640.5 + 273.15);
}

void RheologyImportersTest::classicDscVariants_data()
{
    addVariantRows("dsc", classicDscText());
}

void RheologyImportersTest::classicDscVariants()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, decimalComma);
    Q_UNUSED(decimalComma) // the values must not depend on it
    const Result<ImportedFile> imported =
        ImporterRegistry::standard().importBytes(bytes, QStringLiteral("dsc.txt"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->formatId, QStringLiteral("ta-trios-text"));
    QCOMPARE(imported->output.datasets.size(), std::size_t(1));
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.curveName, QStringLiteral("Ramp 10 \u00B0C/min to 200 \u00B0C"));
    QCOMPARE(d.rowCount(), qsizetype(3));
    const Column *specific = d.column(Quantity::SpecificHeatFlow);
    QVERIFY(specific);
    QCOMPARE(specific->name, QStringLiteral("Heat Flow (Normalized)"));
    QCOMPARE(specific->unit, QStringLiteral("mW/mg"));
    QCOMPARE(specific->originalUnit, QStringLiteral("W/g"));
    QCOMPARE(specific->values[2], -0.0135); // W/g = mW/mg
    QCOMPARE(d.column(Quantity::HeatFlow)->values[1], -0.065);
    QCOMPARE(d.column(Quantity::Temperature)->values[0], 25.5 + 273.15);
    QCOMPARE(d.column(Quantity::Time)->values[2], 0.3 * 60.0);
    QCOMPARE(d.metadata.sampleName, QStringLiteral("PS pellet"));
}

void RheologyImportersTest::limsVariants_data()
{
    addVariantRows("lims", limsText());
}

void RheologyImportersTest::limsVariants()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, decimalComma);
    const Result<ImportedFile> imported =
        ImporterRegistry::standard().importBytes(bytes, QStringLiteral("sweep.txt"));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->formatId, QStringLiteral("ta-trios-lims"));
    const auto &datasets = imported->output.datasets;
    QCOMPARE(datasets.size(), std::size_t(2));
    const QChar mark = decimalComma ? u',' : u'.';
    QCOMPARE(datasets[0]->curveName,
             QStringLiteral("Frequency sweep (150") + mark + QStringLiteral("0 \u00B0C)"));
    QCOMPARE(datasets[1]->curveName,
             QStringLiteral("Frequency sweep (140") + mark + QStringLiteral("0 \u00B0C)"));
    QCOMPARE(datasets[0]->rowCount(), qsizetype(3));
    QCOMPARE(datasets[1]->rowCount(), qsizetype(2));
    // 11 variables: status bits (hex), torque transducer (FRT) and dates are left out.
    QCOMPARE(datasets[0]->columns.size(), std::size_t(8));
    QCOMPARE(countOf(imported->output, QStringLiteral("text_column"), Severity::Info), qint64(6));
    QCOMPARE(countOf(imported->output, QStringLiteral("gap_cells"), Severity::Info), qint64(5));
    QCOMPARE(countOf(imported->output, QStringLiteral("row_count_mismatch"), Severity::Warning), qint64(0));
    const Dataset &d = *datasets[0];
    QCOMPARE(d.metadata.sampleName, QStringLiteral("PS melt"));
    QCOMPARE(d.metadata.instrument, QStringLiteral("AresG2"));
    QCOMPARE(d.column(Quantity::Time)->name, QStringLiteral("Step time"));
    QCOMPARE(d.column(Quantity::Time)->values[2], 134.125);
    QCOMPARE(d.column(Quantity::Temperature)->values[0], 149.75 + 273.15);
    QCOMPARE(d.column(Quantity::Frequency)->name, QStringLiteral("Frequency"));
    QCOMPARE(d.column(Quantity::Frequency)->values[1], 1.0);
    QCOMPARE(d.columnNamed(QStringLiteral("Storage modulus"))->values[2], 33547.125 * 1e-6);
    QCOMPARE(datasets[1]->columnNamed(QStringLiteral("Storage modulus"))->values[1], 35574.5 * 1e-6);
    QVERIFY(std::isnan(d.columnNamed(QStringLiteral("Viscosity"))->values[0]));
}

void RheologyImportersTest::confidenceFromFirstBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedId");
    QTest::newRow("classic relaxation") << classicRelaxationText() << QStringLiteral("ta-trios-text");
    QTest::newRow("classic dsc CRLF")
        << test::withLineEnding(classicDscText(), test::LineEnding::CRLF) << QStringLiteral("ta-trios-text");
    QTest::newRow("lims") << limsText() << QStringLiteral("ta-trios-lims");
    // A LIMS file whose [Version] block is missing is still recognised by its steps.
    QTest::newRow("lims without version")
        << limsText().mid(limsText().indexOf("[Header]")) << QStringLiteral("ta-trios-lims");
}

void RheologyImportersTest::confidenceFromFirstBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedId);
    const auto ranked = ImporterRegistry::standard().rank(makeFileProbe(QStringLiteral("export.txt"), bytes));
    QVERIFY(!ranked.empty());
    QCOMPARE(ranked.front().importer->id(), expectedId);
    QVERIFY(ranked.front().confidence >= 80);
    const QString other = expectedId == QLatin1String("ta-trios-text") ? QStringLiteral("ta-trios-lims")
                                                                       : QStringLiteral("ta-trios-text");
    QCOMPARE(ImporterRegistry::standard().find(other)->confidence(
                 makeFileProbe(QStringLiteral("export.txt"), bytes)),
             0);
}

void RheologyImportersTest::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forcedId");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("rowsInFirstCurve"); // when not an error

    const QByteArray classic = classicRelaxationText();
    const QByteArray lims = limsText();
    const QString text = QStringLiteral("ta-trios-text");
    const QString limsId = QStringLiteral("ta-trios-lims");
    // classic: line 13 is the first data row of step 1, line 15 its last.
    QTest::newRow("classic empty") << QByteArray() << text << true << QStringLiteral("no_data") << qint64(0)
                                   << 0;
    QTest::newRow("classic blank lines")
        << QByteArray("\n\r\n  \n") << text << true << QStringLiteral("no_data") << qint64(0) << 0;
    QTest::newRow("classic truncated mid-row") << test::truncatedInLine(classic, 14) << text << false
                                               << QStringLiteral("short_row") << qint64(14) << 1;
    QTest::newRow("classic text cell in numeric column")
        << test::withLineReplaced(classic, 14, "0.5\t633.01\tabc\t0.1\t95500\t10/17/2022 10:27:03 AM\t")
        << text << false << QStringLiteral("not_a_number") << qint64(14) << 3;
    QTest::newRow("classic too few fields")
        << test::withLineReplaced(classic, 14, "0.5\t633.01\t95.5") << text << false
        << QStringLiteral("short_row") << qint64(14) << 2;
    QTest::newRow("classic too many fields")
        << test::withLineReplaced(classic, 14, "0.5\t633.01\t95.5\t0.1\t95500\tx\ty\t7\t8") << text << false
        << QStringLiteral("long_row") << qint64(14) << 2;
    QTest::newRow("classic cut after a tab") << classic.left(classic.size() - 1 - 7) << text << false
                                             << QStringLiteral("unterminated_row") << qint64(21) << 3;
    QTest::newRow("classic mixed decimal marks")
        << test::withLineReplaced(classic, 14, "0,5\t633.01\t95.5\t0.1\t95500\t\t") << text << true
        << QStringLiteral("ambiguous_decimal") << qint64(14) << 0;
    QTest::newRow("classic step without rows") << classic.left(classic.indexOf("0\t632.98")) << text << true
                                               << QStringLiteral("no_data") << qint64(9) << 0;
    QTest::newRow("lims forced as classic")
        << lims << text << true << QStringLiteral("unknown_format") << qint64(10) << 0;
    QTest::newRow("csv forced as classic") << QByteArray("Time,Temperature\n[s],[K]\n0,300\n1,301\n") << text
                                           << true << QStringLiteral("unknown_format") << qint64(0) << 0;
    // LIMS: line 14 is the first data row of step 1, line 16 its last.
    QTest::newRow("lims empty") << QByteArray() << limsId << true << QStringLiteral("no_data") << qint64(0)
                                << 0;
    QTest::newRow("lims truncated mid-row") << test::truncatedInLine(lims, 15) << limsId << false
                                            << QStringLiteral("short_row") << qint64(15) << 1;
    QTest::newRow("lims points disagree") << test::withLineReplaced(lims, 16, "") << limsId << false
                                          << QStringLiteral("row_count_mismatch") << qint64(11) << 2;
    QTest::newRow("lims text cell in numeric column")
        << test::withLineReplaced(
               lims, 15, "Data point\t566.25\t149.5\tabc\t0xB5453\tFRT\t\t17787.25\t80.25\t80.25\t1\tx")
        << limsId << false << QStringLiteral("not_a_number") << qint64(15) << 3;
    QTest::newRow("lims stray line in step") << test::withLineReplaced(lims, 15, "566.25\t149.5") << limsId
                                             << false << QStringLiteral("unexpected_line") << qint64(15) << 2;
    QTest::newRow("classic forced as lims")
        << classic << limsId << true << QStringLiteral("no_data") << qint64(9) << 0;
    QTest::newRow("csv forced as lims") << QByteArray("Time,Temperature\n0,300\n") << limsId << true
                                        << QStringLiteral("unknown_format") << qint64(0) << 0;
}

void RheologyImportersTest::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forcedId);
    QFETCH(bool, isError);
    QFETCH(QString, code);
    QFETCH(qint64, line);
    QFETCH(int, rowsInFirstCurve);
    const QString name = QStringLiteral("bad.txt");
    const Result<ImportedFile> imported = ImporterRegistry::standard().importBytes(bytes, name, forcedId);
    if (isError) {
        QVERIFY2(!imported.ok(), "expected an error");
        QCOMPARE(imported.error().code, code);
        QCOMPARE(imported.error().file, name);
        QCOMPARE(imported.error().line, line);
        QVERIFY(!imported.error().message.isEmpty());
        return;
    }
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    const Diagnostic *finding = findDiagnostic(imported->output, code);
    QVERIFY2(finding, qPrintable(QStringLiteral("no %1 diagnostic").arg(code)));
    QCOMPARE(finding->severity, Severity::Warning);
    QCOMPARE(finding->file, name);
    QCOMPARE(finding->line, line);
    QCOMPARE(imported->output.datasets.front()->rowCount(), qsizetype(rowsInFirstCurve));
}

QTEST_GUILESS_MAIN(RheologyImportersTest)
#include "tst_rheology_importers.moc"
