// Generic delimited-text importer (formats.md "Generic delimited text", methods.md §6.4–6.5 P7–P14):
// the real researcher files through the registry, tables made here in every encoding, line ending
// and decimal-mark variant, the layout sniffer on its own, the options, and bad input.
#include "io/ImporterRegistry.h"
#include "io/generic/DelimitedTableSniffer.h"
#include "io/generic/GenericDelimitedImporter.h"
#include "io/text/LineReader.h"
#include "support/SharedData.h"
#include "support/TextVariants.h"
#include "tst_generic_importer_tables.h"

#include <QtTest>

#include <cmath>

using namespace gb;
using gb::test::bars;
using gb::test::chineseTestingMachineText;
using gb::test::twelveRowTable;

namespace {
const QString kNist = QStringLiteral("data/real/dsc/NIST_DSC_N2_10K_1.csv");
const QString kPs130 = QStringLiteral("data/real/stress-relaxation/stressrelaxation_ps130_data.csv");
const QString kGeneric = QStringLiteral("generic-delimited");

ImportOptions optionsFrom(const QStringList &pairs)
{
    ImportOptions options;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        options.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return options;
}

const Diagnostic *findDiagnostic(const ImportOutput &output, const QString &code)
{
    for (const Diagnostic &d : output.diagnostics)
        if (d.code == code)
            return &d;
    return nullptr;
}

/// Imports with the generic importer (P7–P14 are tests of it: some of these tables, such as
/// `Load (µN)<TAB>Depth (nm)`, are also TriboScan's header and would go there by confidence).
Result<ImportedFile> importText(const QByteArray &bytes, const QStringList &options = {},
                                const QString &name = QStringLiteral("table.csv"))
{
    return ImporterRegistry::standard().importBytes(bytes, name, kGeneric, optionsFrom(options));
}

QString errorText(const Result<ImportedFile> &imported)
{
    return imported.ok() ? QString() : imported.error().toString();
}

/// Columns of the first dataset: names, internal units, role ids and the first row.
void compareColumns(const Dataset &d, const QStringList &names, const QStringList &units,
                    const QStringList &quantities, const QList<double> &firstRow)
{
    QCOMPARE(qsizetype(d.columns.size()), names.size());
    for (qsizetype c = 0; c < names.size(); ++c) {
        const Column &column = d.columns[std::size_t(c)];
        QCOMPARE(column.name, names[c]);
        QCOMPARE(column.unit, units[c]);
        QCOMPARE(quantityId(column.quantity), quantities[c]);
        QCOMPARE(column.values.front(), firstRow[c]);
    }
}
} // namespace

/// A format-specific importer that is sure of every file and reads none.
class SureButFailingImporter final : public Importer {
public:
    QString id() const override { return QStringLiteral("sure-but-failing"); }
    QString displayName() const override { return id(); }
    QStringList filePatterns() const override { return {QStringLiteral("*.txt")}; }
    int confidence(const FileProbe &) const override { return 95; }
    Result<ImportOutput> read(QIODevice &, const QString &fileName, const ImportOptions &) const override
    {
        return makeError(QStringLiteral("bad_format"), QStringLiteral("layout changed"), fileName, 3);
    }
};

class GenericImporterTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realNistDsc();
    void realNistDscValues_data();
    void realNistDscValues();
    void realPs130WithoutUnits();
    void realPs130UnitsFromOptions();
    void chineseTestingMachine_data();
    void chineseTestingMachine();
    void methodsTable_data();
    void methodsTable();
    void gapsKeepTheRow();
    void sniffsLayout_data();
    void sniffsLayout();
    void headerForms_data();
    void headerForms();
    void options_data();
    void options();
    void badOptions_data();
    void badOptions();
    void ambiguousRoles();
    void metadataAboveHeader();
    void confidence_data();
    void confidence();
    void badInput_data();
    void badInput();
    void isTheLastResortWhenASureImporterFails();
};

void GenericImporterTest::realNistDsc()
{
    GB_REQUIRE_SHARED_FILE(kNist);
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(test::sharedPath(kNist));
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    QCOMPARE(imported->formatId, kGeneric);
    QCOMPARE(imported->output.datasets.size(), std::size_t(1));
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.curveName, QStringLiteral("NIST_DSC_N2_10K_1"));
    QCOMPARE(d.rowCount(), qsizetype(695)); // 697 lines: names, units, 695 rows
    QCOMPARE(d.columns.size(), std::size_t(3));
    QCOMPARE(d.columns[0].quantity, Quantity::Time);
    QCOMPARE(d.columns[1].quantity, Quantity::Temperature);
    QCOMPARE(d.columns[2].quantity, Quantity::SpecificHeatFlow);
    QCOMPARE(d.columns[2].name, QStringLiteral("Heat Flow"));
    QCOMPARE(d.columns[2].unit, QStringLiteral("mW/mg"));
    QCOMPARE(d.columns[0].originalUnit, QStringLiteral("s"));
    QCOMPARE(d.columns[1].originalUnit, QStringLiteral("K"));
    for (const Diagnostic &diagnostic : imported->output.diagnostics)
        QVERIFY2(diagnostic.severity == Severity::Info, qPrintable(diagnostic.toString()));
}

void GenericImporterTest::realNistDscValues_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<double>("timeS");
    QTest::addColumn<double>("temperatureK");
    QTest::addColumn<double>("heatFlowMwPerMg");
    QTest::newRow("line 3") << 0 << 0.0 << 303.147 << 0.003923031;
    QTest::newRow("line 350") << 347 << 2083.3986 << 650.147 << 2.705;
    QTest::newRow("line 697") << 694 << 4166.5254 << 997.147 << 0.36842;
}

void GenericImporterTest::realNistDscValues()
{
    GB_REQUIRE_SHARED_FILE(kNist);
    QFETCH(int, row);
    QFETCH(double, timeS);
    QFETCH(double, temperatureK);
    QFETCH(double, heatFlowMwPerMg);
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(test::sharedPath(kNist));
    QVERIFY(imported.ok());
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.column(Quantity::Time)->values[std::size_t(row)], timeS);
    QCOMPARE(d.column(Quantity::Temperature)->values[std::size_t(row)], temperatureK);
    QCOMPARE(d.column(Quantity::SpecificHeatFlow)->values[std::size_t(row)], heatFlowMwPerMg);
}

void GenericImporterTest::realPs130WithoutUnits()
{
    GB_REQUIRE_SHARED_FILE(kPs130);
    const QString path = test::sharedPath(kPs130);
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(path);
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    QCOMPARE(imported->formatId, kGeneric);
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.rowCount(), qsizetype(7199)); // 7200 lines, one names row
    QCOMPARE(d.columns.size(), std::size_t(2));
    // Roles from the names; the units (s, Pa) are not in the file and are not guessed.
    const Column *time = d.column(Quantity::Time);
    const Column *modulus = d.column(Quantity::Modulus);
    QVERIFY(time && modulus);
    QCOMPARE(time->name, QStringLiteral("Time"));
    QCOMPARE(modulus->name, QStringLiteral("Relaxation Modulus"));
    QVERIFY(time->unit.isEmpty());
    QVERIFY(modulus->unit.isEmpty());
    QVERIFY(modulus->originalUnit.isEmpty());
    const Diagnostic *noUnit = findDiagnostic(imported->output, QStringLiteral("no_unit"));
    QVERIFY(noUnit);
    QCOMPARE(noUnit->severity, Severity::Warning);
    QCOMPARE(noUnit->file, path);
    QCOMPARE(noUnit->line, qint64(1));
    QVERIFY(noUnit->message.contains(QStringLiteral("\"Time\"")));
    QVERIFY(noUnit->message.contains(QStringLiteral("\"Relaxation Modulus\"")));
    QVERIFY(noUnit->message.contains(QStringLiteral("column.<n>.unit")));
    // Values exactly as written: lines 2, 3600 and 7200.
    QCOMPARE(time->values[0], 0.2011);
    QCOMPARE(modulus->values[0], 292000.0);
    QCOMPARE(time->values[3598], 1015.0);
    QCOMPARE(modulus->values[3598], 28178.0);
    QCOMPARE(time->values[7198], 7208.0);
    QCOMPARE(modulus->values[7198], 8473.0);
}

void GenericImporterTest::realPs130UnitsFromOptions()
{
    GB_REQUIRE_SHARED_FILE(kPs130);
    const ImportOptions options =
        optionsFrom({QStringLiteral("column.1.unit=s"), QStringLiteral("column.2.unit=Pa")});
    const Result<ImportedFile> imported =
        ImporterRegistry::standard().importFile(test::sharedPath(kPs130), QString(), options);
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    QCOMPARE(imported->formatId, kGeneric);
    const Dataset &d = *imported->output.datasets.front();
    QVERIFY(!findDiagnostic(imported->output, QStringLiteral("no_unit")));
    QCOMPARE(d.column(Quantity::Time)->unit, QStringLiteral("s"));
    QCOMPARE(d.column(Quantity::Modulus)->unit, QStringLiteral("MPa"));
    QCOMPARE(d.column(Quantity::Modulus)->originalUnit, QStringLiteral("Pa"));
    QCOMPARE(d.column(Quantity::Time)->values[7198], 7208.0);
    QCOMPARE(d.column(Quantity::Modulus)->values[0], 292000.0 * 1e-6);
    QCOMPARE(d.column(Quantity::Modulus)->values[3598], 28178.0 * 1e-6);
}

void GenericImporterTest::chineseTestingMachine_data()
{
    using test::LineEnding;
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray text = chineseTestingMachineText();
    for (LineEnding ending : {LineEnding::CRLF, LineEnding::LF, LineEnding::CR}) {
        const QByteArray bytes = test::withLineEnding(text, ending);
        const QString row = QString::fromLatin1(test::lineEndingName(ending));
        QTest::newRow(qPrintable(row)) << bytes;
        QTest::newRow(qPrintable(row + QStringLiteral(" BOM"))) << test::withUtf8Bom(bytes);
        QByteArray semicolons = bytes;
        semicolons.replace(',', ';');
        QTest::newRow(qPrintable(row + QStringLiteral(" semicolon decimal comma")))
            << test::withDecimalComma(semicolons);
    }
    QTest::newRow("UTF-16LE BOM") << test::toUtf16LE(text, true);
}

void GenericImporterTest::chineseTestingMachine()
{
    QFETCH(QByteArray, bytes);
    const Result<ImportedFile> imported =
        ImporterRegistry::standard().importBytes(bytes, QStringLiteral("拉伸试验.csv"));
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    QCOMPARE(imported->formatId, kGeneric);
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.rowCount(), qsizetype(3));
    compareColumns(d, {QStringLiteral("时间"), QStringLiteral("位移"), QStringLiteral("力")},
                   {QStringLiteral("s"), QStringLiteral("nm"), QStringLiteral("µN")},
                   {QStringLiteral("time"), QStringLiteral("depth"), QStringLiteral("load")},
                   {0.0, 0.0, 0.0});
    QCOMPARE(d.columns[0].values[1], 0.5);
    QCOMPARE(d.columns[1].values[1], 0.0125 * 1e6); // mm -> nm
    QCOMPARE(d.columns[2].values[1], 12.5 * 1e6);   // N -> µN
    QCOMPARE(d.columns[2].values[2], 25.25 * 1e6);
    QCOMPARE(d.columns[1].originalUnit, QStringLiteral("mm"));
    for (const Diagnostic &diagnostic : imported->output.diagnostics)
        QVERIFY2(diagnostic.severity == Severity::Info, qPrintable(diagnostic.toString()));
}

void GenericImporterTest::methodsTable_data()
{
    test::addMethodsTableRows();
}

void GenericImporterTest::methodsTable()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, names);
    QFETCH(QStringList, units);
    QFETCH(QStringList, quantities);
    QFETCH(QList<double>, firstRow);
    QFETCH(int, rows);
    const Result<ImportedFile> imported = importText(bytes);
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    QCOMPARE(imported->formatId, kGeneric);
    QCOMPARE(imported->output.datasets.size(), std::size_t(1));
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.rowCount(), qsizetype(rows));
    compareColumns(d, names, units, quantities, firstRow);
    for (const Diagnostic &diagnostic : imported->output.diagnostics)
        QVERIFY2(diagnostic.severity == Severity::Info, qPrintable(diagnostic.toString()));
}

void GenericImporterTest::gapsKeepTheRow()
{
    // P14: "---", an empty cell, "nan" and an empty last cell are gaps; no row is dropped.
    const QByteArray text = "Time (s)\tLoad (mN)\tDepth (nm)\n"
                            "0\t10\t100\n"
                            "1\t---\t110\n"
                            "2\t\t120\n"
                            "3\tnan\t130\n"
                            "4\t50\t\n";
    const Result<ImportedFile> imported = importText(text);
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.rowCount(), qsizetype(5));
    QCOMPARE(d.columns.size(), std::size_t(3));
    const std::vector<double> &load = d.column(Quantity::Load)->values;
    const std::vector<double> &depth = d.column(Quantity::Depth)->values;
    QCOMPARE(load[0], 10.0 * 1e3);
    QVERIFY(std::isnan(load[1]));
    QVERIFY(std::isnan(load[2]));
    QVERIFY(std::isnan(load[3]));
    QCOMPARE(load[4], 50.0 * 1e3);
    QCOMPARE(depth[3], 130.0);
    QVERIFY(std::isnan(depth[4]));
    QCOMPARE(d.column(Quantity::Time)->values[4], 4.0);
    const Diagnostic *gaps = findDiagnostic(imported->output, QStringLiteral("gap_cells"));
    QVERIFY(gaps);
    QCOMPARE(gaps->count, qint64(4));
    QCOMPARE(gaps->line, qint64(3));
    QVERIFY(!findDiagnostic(imported->output, QStringLiteral("short_row")));
}

void GenericImporterTest::sniffsLayout_data()
{
    test::addLayoutRows();
}

void GenericImporterTest::sniffsLayout()
{
    QFETCH(QByteArray, text);
    QFETCH(int, delimiter);
    QFETCH(bool, quoted);
    QFETCH(char, decimal);
    QFETCH(int, fieldCount);
    QFETCH(qint64, namesLine);
    QFETCH(qint64, unitsLine);
    QFETCH(qint64, firstDataLine);
    std::vector<std::string_view> lines;
    LineReader reader(std::string_view(text.constData(), std::size_t(text.size())));
    std::string_view line;
    while (reader.next(line))
        lines.push_back(line);
    const Result<TableLayout> layout = sniffDelimitedTable(lines, {}, QStringLiteral("t.txt"));
    QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().toString()));
    QCOMPARE(int(layout->delimiter), delimiter);
    QCOMPARE(layout->quoted, quoted);
    QCOMPARE(layout->decimalMark, decimal);
    QVERIFY(!layout->decimalAmbiguous);
    QCOMPARE(layout->fieldCount, fieldCount);
    QCOMPARE(layout->namesLine, namesLine);
    QCOMPARE(layout->unitsLine, unitsLine);
    QCOMPARE(layout->firstDataLine, firstDataLine);
}

void GenericImporterTest::headerForms_data()
{
    test::addHeaderFormRows();
}

void GenericImporterTest::headerForms()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, names);
    QFETCH(QStringList, units);
    QFETCH(QStringList, quantities);
    QFETCH(QList<double>, firstRow);
    const Result<ImportedFile> imported = importText(bytes);
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    QCOMPARE(imported->formatId, kGeneric);
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.rowCount(), qsizetype(2));
    compareColumns(d, names, units, quantities, firstRow);
    for (const Diagnostic &diagnostic : imported->output.diagnostics)
        QVERIFY2(diagnostic.severity == Severity::Info, qPrintable(diagnostic.toString()));
}

void GenericImporterTest::options_data()
{
    test::addOptionRows();
}

void GenericImporterTest::options()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, options);
    QFETCH(QStringList, names);
    QFETCH(QStringList, units);
    QFETCH(QStringList, quantities);
    QFETCH(QList<double>, firstRow);
    QFETCH(int, rows);
    QFETCH(QString, warning);
    const Result<ImportedFile> imported = importText(bytes, options);
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.rowCount(), qsizetype(rows));
    QCOMPARE(qsizetype(d.columns.size()), names.size());
    for (qsizetype c = 0; c < names.size(); ++c) {
        const Column &column = d.columns[std::size_t(c)];
        QCOMPARE(column.name, names[c]);
        QCOMPARE(column.unit, units[c]);
        QCOMPARE(quantityId(column.quantity), quantities[c]);
        if (std::isnan(firstRow[c]))
            QVERIFY(std::isnan(column.values.front()));
        else
            QCOMPARE(column.values.front(), firstRow[c]);
    }
    if (warning.isEmpty()) {
        for (const Diagnostic &diagnostic : imported->output.diagnostics)
            QVERIFY2(diagnostic.severity == Severity::Info, qPrintable(diagnostic.toString()));
    } else {
        const Diagnostic *found = findDiagnostic(imported->output, warning);
        QVERIFY2(found, qPrintable(warning));
        QCOMPARE(found->severity, Severity::Warning);
    }
}

void GenericImporterTest::badOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("delimiter") << bars("delimiter=pipe");
    QTest::newRow("decimal") << bars("decimal=x");
    QTest::newRow("header_row negative") << bars("header_row=-1");
    QTest::newRow("header_row text") << bars("header_row=first");
    QTest::newRow("header_row past the end") << bars("header_row=99");
    QTest::newRow("units_row past the end") << bars("units_row=12");
    QTest::newRow("column 0") << bars("column.0.unit=s");
    QTest::newRow("unknown quantity") << bars("column.2.quantity=banana");
    QTest::newRow("delimiter that splits nothing") << bars("delimiter=comma");
}

void GenericImporterTest::badOptions()
{
    QFETCH(QStringList, options);
    const Result<ImportedFile> imported = importText("x;y\n1;2\n3;4\n", options);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().file, QStringLiteral("table.csv"));
    QVERIFY(imported.error().code == QLatin1String("bad_option") ||
            imported.error().code == QLatin1String("no_table"));
    QVERIFY(!imported.error().message.isEmpty());
}

void GenericImporterTest::ambiguousRoles()
{
    const QByteArray text = "Time (s)\tTemperature (\xC2\xB0"
                            "C)\tSample temperature (\xC2\xB0"
                            "C)\n0\t25\t26\n1\t30\t31\n";
    const Result<ImportedFile> guessed = importText(text);
    QVERIFY2(guessed.ok(), qPrintable(errorText(guessed)));
    const Dataset &d = *guessed->output.datasets.front();
    QCOMPARE(d.column(Quantity::Temperature)->name, QStringLiteral("Temperature"));
    QCOMPARE(d.columns[2].quantity, Quantity::Other);
    QCOMPARE(d.columns[2].unit, QStringLiteral("K")); // converted all the same
    const Diagnostic *ambiguous = findDiagnostic(guessed->output, QStringLiteral("ambiguous_role"));
    QVERIFY(ambiguous);
    QCOMPARE(ambiguous->severity, Severity::Warning);
    QCOMPARE(ambiguous->line, qint64(1));
    QVERIFY(ambiguous->message.contains(QStringLiteral("column.3.quantity")));

    // The user's choice settles it, silently.
    const Result<ImportedFile> chosen = importText(text, {QStringLiteral("column.3.quantity=temperature")});
    QVERIFY(chosen.ok());
    const Dataset &c = *chosen->output.datasets.front();
    QCOMPARE(c.column(Quantity::Temperature)->name, QStringLiteral("Sample temperature"));
    QCOMPARE(c.column(Quantity::Temperature)->values[1], 31.0 + 273.15);
    QCOMPARE(c.columns[1].quantity, Quantity::Other);
    QVERIFY(!findDiagnostic(chosen->output, QStringLiteral("ambiguous_role")));
}

void GenericImporterTest::metadataAboveHeader()
{
    const QByteArray text = "Instrument: Zwick Z100\r\n"
                            "Sample = PMMA-3\r\n"
                            "Sample mass: 5.2 mg\r\n"
                            "Number of Points = 3\r\n"
                            "\r\n"
                            "Time (s);Load (N)\r\n"
                            "0;1,5\r\n"
                            "1;2,5\r\n";
    const Result<ImportedFile> imported = importText(text);
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    const Dataset &d = *imported->output.datasets.front();
    QCOMPARE(d.rowCount(), qsizetype(2));
    QCOMPARE(d.metadata.headerValue(QStringLiteral("Instrument")), QStringLiteral("Zwick Z100"));
    QCOMPARE(d.metadata.sampleName, QStringLiteral("PMMA-3"));
    QVERIFY(d.metadata.massMg.has_value());
    QCOMPARE(*d.metadata.massMg, 5.2);
    QCOMPARE(d.column(Quantity::Load)->values[1], 2.5e6);
    const Diagnostic *mismatch = findDiagnostic(imported->output, QStringLiteral("row_count_mismatch"));
    QVERIFY(mismatch);
    QCOMPARE(mismatch->severity, Severity::Warning);
    QVERIFY(mismatch->message.contains(QStringLiteral("3")));
}

void GenericImporterTest::confidence_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("recognised");
    QTest::newRow("csv") << twelveRowTable() << true;
    QTest::newRow("single data row") << QByteArray("a\tb\n1\t2\n") << true;
    QTest::newRow("chinese") << chineseTestingMachineText() << true;
    QTest::newRow("prose") << QByteArray("Dear reader,\nthis file holds no table at all.\nRegards\n")
                           << false;
    QTest::newRow("one column") << QByteArray("1\n2\n3\n4\n") << false;
    QTest::newRow("header only") << QByteArray("Time,Load\n") << false;
    QTest::newRow("binary") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0", 16) << false;
}

void GenericImporterTest::confidence()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, recognised);
    const Importer *generic = ImporterRegistry::standard().find(kGeneric);
    QVERIFY(generic);
    const int confidence = generic->confidence(makeFileProbe(QStringLiteral("x.csv"), bytes));
    if (recognised) {
        // Low, so that every importer with a real signature wins.
        QVERIFY(confidence > 0);
        QVERIFY(confidence <= 20);
    } else {
        QCOMPARE(confidence, 0);
    }
}

void GenericImporterTest::badInput_data()
{
    test::addBadInputRows();
}

void GenericImporterTest::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isError);
    QFETCH(QString, code);
    QFETCH(qint64, line);
    QFETCH(int, rows);
    const QString name = QStringLiteral("bad.csv");
    const Result<ImportedFile> imported = ImporterRegistry::standard().importBytes(bytes, name, kGeneric);
    if (isError) {
        QVERIFY2(!imported.ok(), "expected an error");
        QCOMPARE(imported.error().code, code);
        QCOMPARE(imported.error().file, name);
        QCOMPARE(imported.error().line, line);
        QVERIFY(!imported.error().message.isEmpty());
        return;
    }
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    QCOMPARE(imported->formatId, kGeneric);
    const Diagnostic *finding = findDiagnostic(imported->output, code);
    QVERIFY2(finding, qPrintable(QStringLiteral("no %1 diagnostic").arg(code)));
    QCOMPARE(finding->file, name);
    QCOMPARE(finding->line, line);
    QCOMPARE(finding->severity, code == QLatin1String("blank_lines") ? Severity::Info : Severity::Warning);
    QCOMPARE(imported->output.datasets.front()->rowCount(), qsizetype(rows));
}

void GenericImporterTest::isTheLastResortWhenASureImporterFails()
{
    // The registry does not sniff with the generic importer while a specific one is sure, but
    // still reads the file with it when that importer fails.
    ImporterRegistry registry;
    registry.add(std::make_unique<SureButFailingImporter>());
    const std::vector<const Importer *> standard = ImporterRegistry::standard().importers();
    const auto generic = std::find_if(standard.begin(), standard.end(), [](const Importer *i) {
        return i->id() == QLatin1String("generic-delimited");
    });
    QVERIFY(generic != standard.end() && (*generic)->isFallback());
    registry.add(std::make_unique<GenericDelimitedImporter>());
    const Result<ImportedFile> read =
        registry.importBytes("t (s),load (uN)\n0,1.5\n1,2.5\n2,3.5\n", QStringLiteral("table.txt"));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
    QCOMPARE(read->formatId, QStringLiteral("generic-delimited"));
    QCOMPARE(read->output.datasets.front()->columns.back().values, (std::vector<double>{1.5, 2.5, 3.5}));
    // A file neither can read reports the sure importer's error.
    const Result<ImportedFile> neither = registry.importBytes("no table here\n", QStringLiteral("notes.txt"));
    QVERIFY(!neither.ok());
    QCOMPARE(neither.error().message, QStringLiteral("layout changed"));
    QCOMPARE(neither.error().line, qint64(3));
}

QTEST_GUILESS_MAIN(GenericImporterTest)
#include "tst_generic_importer.moc"
