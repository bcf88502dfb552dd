// Nanoindentation importers (issue 2): the real files of data/real/nanoindentation through the
// registry, every text variant an instrument may write, bad input, and the Hysitron array folder.
#include "io/ImporterRegistry.h"
#include "io/indentation/AgilentTestSheet.h"
#include "io/indentation/HysitronArrayFolder.h"

#include "support/SharedData.h"
#include "support/TextVariants.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace gb;
using gb::test::LineEnding;

namespace {

const QString kTxt = QStringLiteral("hysitron-triboscan-txt");
const QString kHld = QStringLiteral("hysitron-hld");
const QString kNanoTest = QStringLiteral("micromaterials-nanotest");
const QString kXls = QStringLiteral("agilent-g200-xls");

/// Three rows of exact values: the first, one in the middle, the last.
struct Triple {
    double first, middle, last;
};

// Synthetic files (LF, UTF-8) with exactly known content; the variants are made from them.
const QByteArray kTriboScanText = "Tue Nov 22 15:55:04 2022\n"
                                  "\n"
                                  "Number of Points = 4\n"
                                  "Depth (nm)\tLoad (\xC2\xB5N)\tTime (s)\tDepth (V)\tLoad (V)\n"
                                  "0.000000\t0.065452\t0.000000\t0.000029\t0.455756\n"
                                  "1.500000\t12.250000\t0.010000\t0.000100\t0.460000\n"
                                  "\n"
                                  "-0.019891\t0.005152\t0.009997\t0.000033\t0.455532\n"
                                  "25.125000\t1500.500000\t2.500000\t0.001000\t0.900000\n";

const QByteArray kHldText = "File Version: Hysitron TriboScan 9.2\n"
                            "Test Type: Indentation\n"
                            "Drift Rate: 0.05 nm/s\n"
                            "Number of Segments: 3\n"
                            "Sample Approach Data Points: 2\n"
                            "Time_s\tMotorDisp_mm\tPiezo Extension_nm\n"
                            "0.024\t-0.000002\t-8.191\n"
                            "0.067\t0.000000\t-9.311\n"
                            "Test Data Points: 3\n"
                            "Time_s\tDisp_nm\tForce_\xC2\xB5N\tLoadCell_nm\tDisp_V\n"
                            "0.000000\t5.800346\t204.644060\t-3889.146206\t-1.654960\n"
                            "0.005005\t4.746112\t206.414608\t-3889.183769\t-1.654986\n"
                            "0.010010\t150.250000\t25000.500000\t-3889.352115\t-1.654977\n";

const QByteArray kNanoTestText = "0.000000\t-367.982536\t-0.010298\n"
                                 "0.000000\t-4.406738\t-0.000854\n"
                                 "0.500000\t12.500000\t0.250000\n"
                                 "1.250000\t100.125000\t3.500000\n";

struct Synthetic {
    QByteArray text;
    QString fileName;
    std::vector<double> depth, load, time; ///< internal units: nm, µN, s
};

const Synthetic &synthetic(const QString &format)
{
    static const Synthetic triboScan{kTriboScanText,
                                     QStringLiteral("array_00003.txt"),
                                     {0.0, 1.5, -0.019891, 25.125},
                                     {0.065452, 12.25, 0.005152, 1500.5},
                                     {0.0, 0.01, 0.009997, 2.5}};
    static const Synthetic hld{kHldText,
                               QStringLiteral("Exp-50mN_0001.hld"),
                               {5.800346, 4.746112, 150.25},
                               {204.64406, 206.414608, 25000.5},
                               {0.0, 0.005005, 0.01001}};
    // NanoTest loads are in mN: × 1000 by hand.
    static const Synthetic nanoTest{kNanoTestText,
                                    QStringLiteral("1000nmXX 2 7000 -4600.txt"),
                                    {-367.982536, -4.406738, 12.5, 100.125},
                                    {-10.298, -0.854, 250.0, 3500.0},
                                    {0.0, 0.0, 0.5, 1.25}};
    if (format == kHld)
        return hld;
    if (format == kNanoTest)
        return nanoTest;
    return triboScan;
}

QByteArray readShared(const QString &relative)
{
    QFile file(gb::test::sharedPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Diagnostic *findDiagnostic(const ImportOutput &output, const QString &code)
{
    for (const Diagnostic &d : output.diagnostics)
        if (d.code == code)
            return &d;
    return nullptr;
}

QString describe(const ImportOutput &output)
{
    QStringList lines;
    for (const Diagnostic &d : output.diagnostics)
        lines << d.toString();
    return lines.join(QStringLiteral("; "));
}

qsizetype nanCount(const Column &column)
{
    return std::count_if(column.values.begin(), column.values.end(), [](double v) { return std::isnan(v); });
}

void compareColumn(const Dataset &dataset, Quantity quantity, const QString &unit,
                   const std::vector<double> &expected)
{
    const Column *column = dataset.column(quantity);
    QVERIFY2(column, qPrintable(quantityId(quantity)));
    QCOMPARE(column->unit, unit);
    QCOMPARE(column->values.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(column->values[i], expected[i]);
}

void compareTriple(const Dataset &dataset, Quantity quantity, const QString &unit, int middleIndex,
                   const Triple &expected)
{
    const Column *column = dataset.column(quantity);
    QVERIFY2(column, qPrintable(quantityId(quantity)));
    QCOMPARE(column->unit, unit);
    QCOMPARE(column->values.front(), expected.first);
    QCOMPARE(column->values[std::size_t(middleIndex)], expected.middle);
    QCOMPARE(column->values.back(), expected.last);
}

/// A sheet in memory. Rows are '|'-separated cells: "" is empty, "=1.5" a number, the rest text.
class MemorySheet final : public SheetCells {
public:
    explicit MemorySheet(const QStringList &rows)
    {
        for (const QString &row : rows)
            m_cells.append(row.split(u'|'));
        for (const QStringList &row : std::as_const(m_cells))
            m_columns = std::max(m_columns, unsigned(row.size()));
    }
    unsigned rowCount() const override { return unsigned(m_cells.size()); }
    unsigned columnCount() const override { return m_columns; }
    XlsCell cell(unsigned row, unsigned column) const override
    {
        XlsCell cell;
        if (row >= rowCount() || column >= unsigned(m_cells[row].size()) || m_cells[row][column].isEmpty())
            return cell;
        const QString &text = m_cells[row][column];
        if (text.startsWith(u'=')) {
            cell.kind = XlsCell::Kind::Number;
            cell.number = text.mid(1).toDouble();
        } else {
            cell.kind = XlsCell::Kind::Text;
            cell.text = text;
        }
        return cell;
    }

private:
    QList<QStringList> m_cells;
    unsigned m_columns = 0;
};

bool sameValues(const std::vector<double> &actual, const QList<double> &expected)
{
    if (actual.size() != std::size_t(expected.size()))
        return false;
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (!(std::isnan(expected[qsizetype(i)]) ? std::isnan(actual[i])
                                                 : actual[i] == expected[qsizetype(i)]))
            return false;
    return true;
}

} // namespace

Q_DECLARE_METATYPE(Triple)

class IndentationImportersTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realFiles_data();
    void realFiles();
    void realFileMetadata();
    void popinSheets_data();
    void popinSheets();
    void popinMarkersAndInvalidValues();
    void agilentSheet_data();
    void agilentSheet();
    void realTextVariants_data();
    void realTextVariants();
    void syntheticVariants_data();
    void syntheticVariants();
    void badInput_data();
    void badInput();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
    void confidenceRanking();
    void arrayFolder_data();
    void arrayFolder();
    void arrayFolderErrors();
};

// --- real files through the registry -----------------------------------------------------------

void IndentationImportersTest::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("curves");
    QTest::addColumn<int>("curve");
    QTest::addColumn<QString>("curveName");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("middle");
    QTest::addColumn<Triple>("depth");
    QTest::addColumn<Triple>("load");
    QTest::addColumn<Triple>("time");
    QTest::addColumn<QString>("loadUnitInFile");

    // Values read off the files (first data row, the row `middle` (0-based), the last row).
    QTest::newRow("TriboScan RobinSteel0000LC")
        << "data/real/nanoindentation/RobinSteel0000LC.txt" << kTxt << 1 << 0 << "RobinSteel0000LC" << 5304
        << 2305 << Triple{0.814723, 155.374644, 135.028188} << Triple{1.836146, 2999.9999, 2.138711}
        << Triple{0.0, 12.055232, 27.059622} << QStringLiteral("µN");
    QTest::newRow("hld Exp-50mN_0000")
        << "data/real/nanoindentation/Exp-50mN_0000.hld" << kHld << 1 << 0 << "Exp-50mN_0000" << 1068 << 500
        << Triple{5.800346, -62.142094, 181.340354} << Triple{204.64406, -51.642853, 194.563565}
        << Triple{0.0, 3.006592, 6.677978} << QStringLiteral("µN");
    // mN × 1000 by hand.
    QTest::newRow("NanoTest 1000nmXX")
        << "data/real/nanoindentation/1000nmXX 1 6958 -4555.txt" << kNanoTest << 1 << 0
        << "1000nmXX 1 6958 -4555" << 886 << 299 << Triple{-367.982536, 682.555629, 403.906387}
        << Triple{-10.298, 64726.36, 0.0} << Triple{0.0, 29.37966, 161.948327} << QStringLiteral("mN");
    QTest::newRow("G200 Popin Test 001")
        << "data/real/nanoindentation/Popin.xls" << kXls << 12 << 0 << "Test 001" << 380 << 190
        << Triple{3.1883000387210036, 106.51355073411506, 996.9236085339262}
        << Triple{2.9274255676090171, 1700.0999262470688, 95103.161562810214}
        << Triple{0.0, 73.600000000002808, 149.19999999999851} << QStringLiteral("mN");
    QTest::newRow("G200 Popin Test 012")
        << "data/real/nanoindentation/Popin.xls" << kXls << 12 << 11 << "Test 012" << 375 << 187
        << Triple{3.0160153696765186, 109.49542812592553, 996.71937541288924}
        << Triple{2.980259826350935, 1697.2607549992034, 90332.061531845085}
        << Triple{0.0, 72.199999999995612, 146.99999999999139} << QStringLiteral("mN");
}

void IndentationImportersTest::realFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, curves);
    QFETCH(int, curve);
    QFETCH(QString, curveName);
    QFETCH(int, rows);
    QFETCH(int, middle);
    QFETCH(Triple, depth);
    QFETCH(Triple, load);
    QFETCH(Triple, time);
    QFETCH(QString, loadUnitInFile);
    GB_REQUIRE_SHARED_FILE(file);

    const QString path = gb::test::sharedPath(file);
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->formatId, format);
    QCOMPARE(int(imported->output.datasets.size()), curves);
    const Dataset &dataset = *imported->output.datasets[std::size_t(curve)];
    QCOMPARE(dataset.formatId, format);
    QCOMPARE(dataset.sourceFile, path);
    QCOMPARE(dataset.curveName, curveName);
    QCOMPARE(dataset.segment, curve + 1);
    QCOMPARE(int(dataset.rowCount()), rows);
    for (const Column &column : dataset.columns)
        QCOMPARE(int(column.values.size()), rows);
    compareTriple(dataset, Quantity::Depth, QStringLiteral("nm"), middle, depth);
    compareTriple(dataset, Quantity::Load, QStringLiteral("µN"), middle, load);
    compareTriple(dataset, Quantity::Time, QStringLiteral("s"), middle, time);
    QCOMPARE(dataset.column(Quantity::Load)->originalUnit, loadUnitInFile);
    QCOMPARE(dataset.column(Quantity::Depth)->originalUnit, QStringLiteral("nm"));
    // One column per role: the raw voltages and calibration columns do not compete.
    for (Quantity q : {Quantity::Depth, Quantity::Load, Quantity::Time})
        QCOMPARE(int(std::count_if(dataset.columns.begin(), dataset.columns.end(),
                                   [q](const Column &c) { return c.quantity == q; })),
                 1);
    // A clean real file: nothing skipped, nothing unreadable.
    for (const char *code : {"short_row", "long_row", "not_a_number", "row_count_mismatch", "out_of_range"})
        QVERIFY2(!findDiagnostic(imported->output, QString::fromLatin1(code)),
                 qPrintable(describe(imported->output)));
}

void IndentationImportersTest::realFileMetadata()
{
    GB_REQUIRE_SHARED_FILE("data/real/nanoindentation/RobinSteel0000LC.txt");
    GB_REQUIRE_SHARED_FILE("data/real/nanoindentation/Exp-50mN_0000.hld");
    const auto &registry = ImporterRegistry::standard();

    const auto txt =
        registry.importFile(gb::test::sharedPath("data/real/nanoindentation/RobinSteel0000LC.txt"));
    QVERIFY(txt.ok());
    const Dataset &indent = *txt->output.datasets.front();
    QCOMPARE(indent.metadata.headerValue(QStringLiteral("Date")), QStringLiteral("Mon Apr 29 10:41:06 2019"));
    QCOMPARE(indent.metadata.headerValue(QStringLiteral("Number of Points")), QStringLiteral("5304"));
    // Blank lines at lines 206, 311, 2312 and 3313 start the load segments.
    QCOMPARE(indent.metadata.headerValue(QStringLiteral("Load segment starts")),
             QStringLiteral("0, 201, 305, 2305, 3305"));
    QCOMPARE(indent.columns.size(), std::size_t(5));
    QCOMPARE(indent.columns[3].quantity, Quantity::Voltage);
    QCOMPARE(indent.columns[3].values.back(), -0.026559);
    QCOMPARE(indent.columns[4].values.front(), 0.481918);

    const auto hld = registry.importFile(gb::test::sharedPath("data/real/nanoindentation/Exp-50mN_0000.hld"));
    QVERIFY(hld.ok());
    const Dataset &raw = *hld->output.datasets.front();
    QCOMPARE(raw.metadata.headerValue(QStringLiteral("File Version")),
             QStringLiteral("Hysitron HighLoad FBControls 6.1 Release"));
    QCOMPARE(raw.metadata.headerValue(QStringLiteral("Drift Rate")), QStringLiteral("0.03648 nm/s"));
    QCOMPARE(raw.metadata.headerValue(QStringLiteral("Contact Threshold")), QStringLiteral("250 µN"));
    QCOMPARE(raw.metadata.headerValue(QStringLiteral("Test Data Points")), QStringLiteral("1068"));
    QCOMPARE(raw.metadata.instrument, QStringLiteral("Hysitron HighLoad System"));
    QStringList names;
    for (const Column &c : raw.columns)
        names << c.name + u'[' + c.unit + u']';
    QCOMPARE(names.join(u' '), QStringLiteral("Time[s] Depth[nm] Load[µN] LoadCell[nm] PiezoDisp[nm] Disp[V] "
                                              "Force[V] Piezo_LowV[1]"));
    QCOMPARE(raw.columnNamed(QStringLiteral("LoadCell"))->quantity, Quantity::Other);
    QCOMPARE(raw.columnNamed(QStringLiteral("LoadCell"))->values.front(), -3889.146206);
    const Diagnostic *skipped = findDiagnostic(hld->output, QStringLiteral("table_skipped"));
    QVERIFY(skipped);
    QVERIFY(skipped->message.contains(QStringLiteral("Sample Approach (312 rows)")));
    QVERIFY(skipped->message.contains(QStringLiteral("Drift Measurement (913 rows)")));
}

// --- the G200 workbook ------------------------------------------------------------------------

void IndentationImportersTest::popinSheets_data()
{
    QTest::addColumn<int>("curve");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("invalidHardness");
    QTest::addColumn<int>("invalidModulus");
    // Rows with numbers (sheet rows 3 to the row before "END"); cells holding 1.797e308.
    const int rows[] = {380, 395, 375, 390, 377, 381, 375, 376, 379, 376, 384, 375};
    const int hardness[] = {16, 13, 13, 16, 19, 4, 13, 16, 17, 17, 16, 14};
    const int modulus[] = {1, 1, 1, 1, 1, 1, 1, 1, 2, 7, 1, 1};
    for (int i = 0; i < 12; ++i) {
        const QString sheet = QStringLiteral("Test %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        QTest::newRow(qPrintable(sheet)) << i << sheet << rows[i] << hardness[i] << modulus[i];
    }
}

void IndentationImportersTest::popinSheets()
{
    QFETCH(int, curve);
    QFETCH(QString, sheet);
    QFETCH(int, rows);
    QFETCH(int, invalidHardness);
    QFETCH(int, invalidModulus);
    GB_REQUIRE_SHARED_FILE("data/real/nanoindentation/Popin.xls");
    static const Result<ImportedFile> imported =
        ImporterRegistry::standard().importFile(gb::test::sharedPath("data/real/nanoindentation/Popin.xls"));
    QVERIFY(imported.ok());
    QCOMPARE(imported->output.datasets.size(), std::size_t(12));
    const Dataset &dataset = *imported->output.datasets[std::size_t(curve)];
    QCOMPARE(dataset.curveName, sheet); // sorted by test number, though the workbook has 012 first
    QCOMPARE(int(dataset.rowCount()), rows);
    QCOMPARE(dataset.metadata.headerValue(QStringLiteral("Required Inputs: Poissons Ratio")),
             QStringLiteral("0.3"));
    QCOMPARE(dataset.metadata.headerValue(QStringLiteral("Results: Tip Name")), QStringLiteral("S1_1_JD"));
    QCOMPARE(int(nanCount(*dataset.columnNamed(QStringLiteral("Hardness")))), invalidHardness);
    QCOMPARE(int(nanCount(*dataset.columnNamed(QStringLiteral("Modulus")))), invalidModulus);
    for (Quantity q : {Quantity::Depth, Quantity::Load, Quantity::Time})
        QCOMPARE(int(nanCount(*dataset.column(q))), 0);
    QVERIFY(!dataset.columnNamed(QStringLiteral("Segment"))); // markers are metadata, not a column
}

void IndentationImportersTest::popinMarkersAndInvalidValues()
{
    GB_REQUIRE_SHARED_FILE("data/real/nanoindentation/Popin.xls");
    const auto imported =
        ImporterRegistry::standard().importFile(gb::test::sharedPath("data/real/nanoindentation/Popin.xls"));
    QVERIFY(imported.ok());
    const Dataset &first = *imported->output.datasets.front();
    QStringList markers;
    for (const auto &[key, value] : first.metadata.header)
        if (key == QLatin1String("Marker"))
            markers << value;
    // "Surface Marker" on the first data row; "END" and "Unloading Marker" after the last one.
    QCOMPARE(markers, QStringList({"0: Surface Marker", "380: END", "380: Unloading Marker"}));
    QCOMPARE(first.metadata.headerValue(QStringLiteral("Results: Avg Modulus [100-200 nm] (GPa)")),
             QStringLiteral("330.9"));
    QCOMPARE(first.metadata.headerValue(QStringLiteral("Results: Time")), QStringLiteral("00:29:08"));
    // GPa → MPa; N/m has no internal unit and stays as written.
    QCOMPARE(first.columnNamed(QStringLiteral("Modulus"))->unit, QStringLiteral("MPa"));
    QCOMPARE(first.columnNamed(QStringLiteral("Modulus"))->values.back(), 441245.82434167434);
    QCOMPARE(first.columnNamed(QStringLiteral("Harmonic Contact Stiffness"))->unit, QStringLiteral("N/m"));
    QCOMPARE(first.columnNamed(QStringLiteral("Harmonic Contact Stiffness"))->values.front(),
             151.18371534757296);

    // Invalid cells are counted over all sheets: 174 in Hardness, 19 in Modulus; 36 markers.
    qint64 hardness = 0, modulus = 0;
    for (const Diagnostic &d : imported->output.diagnostics) {
        if (d.code != QLatin1String("invalid_value"))
            continue;
        QCOMPARE(d.file, gb::test::sharedPath("data/real/nanoindentation/Popin.xls"));
        if (d.message.contains(QLatin1String("\"Hardness\"")))
            hardness += d.count;
        else if (d.message.contains(QLatin1String("\"Modulus\"")))
            modulus += d.count;
    }
    QCOMPARE(hardness, qint64(174));
    QCOMPARE(modulus, qint64(19));
    const Diagnostic *markerNote = findDiagnostic(imported->output, QStringLiteral("markers"));
    QVERIFY(markerNote);
    QCOMPARE(markerNote->count, qint64(36));
}

void IndentationImportersTest::agilentSheet_data()
{
    QTest::addColumn<QStringList>("sheet");
    QTest::addColumn<QString>("code");        ///< the finding (or error) expected; empty: none but markers
    QTest::addColumn<int>("line");            ///< its sheet row (1-based)
    QTest::addColumn<QList<double>>("depth"); ///< nm; NaN where a gap is expected
    QTest::addColumn<QList<double>>("load");  ///< µN
    QTest::addColumn<QStringList>("markers");
    const double nan = std::nan("");
    const QString names = QStringLiteral("Segment|Displacement Into Surface|Load On Sample|Time On Sample");
    const QString units = QStringLiteral("|nm|mN|s");

    QTest::newRow("clean") << QStringList{names, units, "Surface Marker|=1.5|=0.002|=0", "|=2.5|=0.004|=0.1",
                                          "END|||"}
                           << QString() << 0 << QList<double>{1.5, 2.5} << QList<double>{2.0, 4.0}
                           << QStringList{"0: Surface Marker", "2: END"};
    QTest::newRow("text cell") << QStringList{names, units, "|=1.5|=0.002|=0", "|=2.5|abc|=0.1"}
                               << "not_a_number" << 4 << QList<double>{1.5, 2.5} << QList<double>{2.0, nan}
                               << QStringList{};
    QTest::newRow("empty cell") << QStringList{names, units, "|=1.5|=0.002|=0", "||=0.004|=0.1"}
                                << "empty_cell" << 4 << QList<double>{1.5, nan} << QList<double>{2.0, 4.0}
                                << QStringList{};
    QTest::newRow("invalid value") << QStringList{names, units, "|=1.7976931348623157e308|=0.002|=0",
                                                  "|=2.5|=0.004|=0.1"}
                                   << "invalid_value" << 3 << QList<double>{nan, 2.5}
                                   << QList<double>{2.0, 4.0} << QStringList{};
    QTest::newRow("blank row between")
        << QStringList{names, units, "|=1.5|=0.002|=0", "|||", "|=2.5|=0.004|=0.1"} << "blank_row" << 4
        << QList<double>{1.5, 2.5} << QList<double>{2.0, 4.0} << QStringList{};
    // µm × 1000 and N × 10⁶ by hand.
    QTest::newRow("micrometre and newton")
        << QStringList{names, "|µm|N|s", "|=0.0015|=0.000002|=0"} << QString() << 0 << QList<double>{1.5}
        << QList<double>{2.0} << QStringList{};
    // XP exports carry raw channels too: the named ones take the roles.
    QTest::newRow("raw channels first")
        << QStringList{"Segment|Raw Displacement|Raw Load|Displacement Into Surface|Load On Sample|Time On "
                       "Sample",
                       "|nm|mN|nm|mN|s", "|=100|=1|=1.5|=0.002|=0"}
        << QString() << 0 << QList<double>{1.5} << QList<double>{2.0} << QStringList{};
    QTest::newRow("no depth column") << QStringList{"Segment|Foo|Load On Sample|Time On Sample", "||mN|s",
                                                    "|=1|=2|=3"}
                                     << "missing_columns" << 1 << QList<double>{} << QList<double>{}
                                     << QStringList{};
    QTest::newRow("no data rows") << QStringList{names, units, "END|||"} << "no_data" << 3 << QList<double>{}
                                  << QList<double>{} << QStringList{};
    QTest::newRow("names row only") << QStringList{names} << "no_data" << 0 << QList<double>{}
                                    << QList<double>{} << QStringList{};
}

void IndentationImportersTest::agilentSheet()
{
    QFETCH(QStringList, sheet);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QList<double>, depth);
    QFETCH(QList<double>, load);
    QFETCH(QStringList, markers);
    const QString file = QStringLiteral("memory.xls");
    FindingTally findings;
    const auto dataset = readAgilentTestSheet(MemorySheet(sheet), QStringLiteral("Test 007"), file, findings);
    if (depth.isEmpty()) {
        QVERIFY(!dataset.ok());
        QCOMPARE(dataset.error().code, code);
        QCOMPARE(dataset.error().file, file);
        QCOMPARE(int(dataset.error().line), line);
        QVERIFY(dataset.error().message.contains(QLatin1String("Test 007")));
        return;
    }
    QVERIFY2(dataset.ok(), qPrintable(dataset.ok() ? QString() : dataset.error().toString()));
    std::vector<Diagnostic> diagnostics;
    findings.appendTo(diagnostics);
    QStringList found;
    for (const Diagnostic &d : diagnostics) {
        if (d.code == QLatin1String("markers"))
            continue;
        found << d.code;
        QCOMPARE(d.file, file);
        QCOMPARE(int(d.line), line);
        QCOMPARE(d.count, qint64(1));
        QVERIFY(d.message.contains(QLatin1String("Test 007")));
    }
    QCOMPARE(found, code.isEmpty() ? QStringList() : QStringList{code});
    QVERIFY(sameValues(dataset.value()->column(Quantity::Depth)->values, depth));
    QVERIFY(sameValues(dataset.value()->column(Quantity::Load)->values, load));
    QCOMPARE(dataset.value()->column(Quantity::Depth)->unit, QStringLiteral("nm"));
    QCOMPARE(dataset.value()->column(Quantity::Load)->unit, QStringLiteral("µN"));
    QStringList keptMarkers;
    for (const auto &[key, value] : dataset.value()->metadata.header)
        if (key == QLatin1String("Marker"))
            keptMarkers << value;
    QCOMPARE(keptMarkers, markers);
    for (const Column &column : dataset.value()->columns) // the raw channels give up their roles
        if (column.name.startsWith(QLatin1String("Raw")))
            QCOMPARE(column.quantity, Quantity::Other);
}

// --- text variants -----------------------------------------------------------------------------

namespace {

/// Every variant the three text formats may come in: line endings, BOMs, UTF-16, decimal comma.
void addTextVariants(const QString &format, const QByteArray &utf8, const QString &fileName)
{
    using namespace gb::test;
    const QByteArray lf = withLineEnding(utf8, LineEnding::LF);
    const QByteArray crlf = withLineEnding(utf8, LineEnding::CRLF);
    auto add = [&](const char *variant, const QByteArray &bytes) {
        QTest::newRow(qPrintable(format + u' ' + QLatin1String(variant))) << format << fileName << bytes;
    };
    add("LF", lf);
    add("CRLF", crlf);
    add("CR", withLineEnding(utf8, LineEnding::CR));
    add("Latin-1 CRLF", toLatin1(crlf));
    add("UTF-8 BOM", withUtf8Bom(crlf));
    add("UTF-16LE BOM", toUtf16LE(crlf, true));
    add("UTF-16LE no BOM", toUtf16LE(lf, false));
    add("decimal comma CRLF", withDecimalComma(crlf));
    add("decimal comma Latin-1 CR", toLatin1(withDecimalComma(withLineEnding(utf8, LineEnding::CR))));
}

} // namespace

void IndentationImportersTest::realTextVariants_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    if (gb::test::sharedDir().isEmpty())
        return;
    struct Real {
        QString format;
        const char *file;
    };
    for (const Real &real : {Real{kTxt, "RobinSteel0000LC.txt"}, Real{kHld, "Exp-50mN_0000.hld"},
                             Real{kNanoTest, "1000nmXX 1 6958 -4555.txt"}}) {
        const QByteArray raw =
            readShared(QStringLiteral("data/real/nanoindentation/") + QLatin1String(real.file));
        if (!raw.isEmpty())
            addTextVariants(real.format, QString::fromLatin1(raw).toUtf8(), QString::fromLatin1(real.file));
    }
}

void IndentationImportersTest::realTextVariants()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    // The variant must read exactly like the original file.
    const auto original = ImporterRegistry::standard().importFile(
        gb::test::sharedPath(QStringLiteral("data/real/nanoindentation/") + fileName));
    QVERIFY(original.ok());
    const auto variant = ImporterRegistry::standard().importBytes(bytes, fileName);
    QVERIFY2(variant.ok(), qPrintable(variant.ok() ? QString() : variant.error().toString()));
    QCOMPARE(variant->formatId, format);
    QVERIFY2(variant->output.diagnostics.size() == original->output.diagnostics.size(),
             qPrintable(describe(variant->output)));
    const Dataset &a = *original->output.datasets.front();
    const Dataset &b = *variant->output.datasets.front();
    QCOMPARE(b.rowCount(), a.rowCount());
    QCOMPARE(b.columns.size(), a.columns.size());
    for (std::size_t c = 0; c < a.columns.size(); ++c) {
        QCOMPARE(b.columns[c].name, a.columns[c].name);
        QCOMPARE(b.columns[c].unit, a.columns[c].unit);
        QCOMPARE(b.columns[c].quantity, a.columns[c].quantity);
        QVERIFY(b.columns[c].values == a.columns[c].values); // bit for bit
    }
}

void IndentationImportersTest::syntheticVariants_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    for (const QString &format : {kTxt, kHld, kNanoTest})
        addTextVariants(format, synthetic(format).text, synthetic(format).fileName);
}

void IndentationImportersTest::syntheticVariants()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    const Synthetic &truth = synthetic(format);
    const auto imported = ImporterRegistry::standard().importBytes(bytes, fileName);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->formatId, format);
    QCOMPARE(imported->output.datasets.size(), std::size_t(1));
    const Dataset &dataset = *imported->output.datasets.front();
    compareColumn(dataset, Quantity::Depth, QStringLiteral("nm"), truth.depth);
    compareColumn(dataset, Quantity::Load, QStringLiteral("µN"), truth.load);
    compareColumn(dataset, Quantity::Time, QStringLiteral("s"), truth.time);
    for (const Diagnostic &d : imported->output.diagnostics)
        QVERIFY2(d.severity == Severity::Info, qPrintable(d.toString()));
    if (format == kTxt)
        QCOMPARE(dataset.metadata.headerValue(QStringLiteral("Load segment starts")), QStringLiteral("0, 2"));
}

// --- bad input ---------------------------------------------------------------------------------

void IndentationImportersTest::badInput_data()
{
    using gb::test::truncatedInLine;
    using gb::test::withLineReplaced;
    QTest::addColumn<QString>("importer");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("fails");   ///< Error expected; otherwise a warning
    QTest::addColumn<QString>("code"); ///< the warning's (or error's) code
    QTest::addColumn<int>("line");     ///< line the error or warning names (-1: not checked)
    QTest::addColumn<int>("count");    ///< count of the warning
    QTest::addColumn<int>("rows");     ///< rows still read (warnings only)

    const QByteArray txt = kTriboScanText, hld = kHldText, nano = kNanoTestText;
    const QString txtName = QStringLiteral("bad_00001.txt"), hldName = QStringLiteral("bad.hld"),
                  nanoName = QStringLiteral("bad 1 2 -3.txt"), xlsName = QStringLiteral("bad.xls");

    // TriboScan: lines 5, 6, 8, 9 are data; line 3 announces 4 rows.
    QTest::newRow("txt empty") << kTxt << QByteArray() << txtName << true << "missing_header" << 0 << 0 << 0;
    QTest::newRow("txt truncated mid-row")
        << kTxt << truncatedInLine(txt, 9) << txtName << false << "short_row" << 9 << 1 << 3;
    QTest::newRow("txt truncated: count mismatch")
        << kTxt << truncatedInLine(txt, 9) << txtName << false << "row_count_mismatch" << 3 << 1 << 3;
    QTest::newRow("txt text cell") << kTxt
                                   << withLineReplaced(txt, 6, "1.500000\tabc\t0.010000\t0.000100\t0.460000")
                                   << txtName << false << "not_a_number" << 6 << 1 << 4;
    QTest::newRow("txt text cell, UTF-16LE")
        << kTxt
        << gb::test::toUtf16LE(withLineReplaced(txt, 6, "1.500000\tabc\t0.010000\t0.000100\t0.460000"))
        << txtName << false << "not_a_number" << 6 << 1 << 4;
    QTest::newRow("txt too few fields") << kTxt << withLineReplaced(txt, 6, "1.500000\t12.250000\t0.010000")
                                        << txtName << false << "short_row" << 6 << 1 << 3;
    QTest::newRow("txt too many fields") << kTxt << withLineReplaced(txt, 8, "1\t2\t3\t4\t5\t6") << txtName
                                         << false << "long_row" << 8 << 1 << 3;
    QTest::newRow("txt header only") << kTxt << txt.left(txt.indexOf("0.000000")) << txtName << true
                                     << "no_data" << 4 << 0 << 0;
    QTest::newRow("txt forced on NanoTest")
        << kTxt << nano << nanoName << true << "missing_header" << 1 << 0 << 0;
    QTest::newRow("txt forced on hld") << kTxt << hld << hldName << true << "missing_columns" << 6 << 0 << 0;

    // hld: the Test table is announced on line 9, named on line 10, rows on lines 11 to 13.
    QTest::newRow("hld empty") << kHld << QByteArray() << hldName << true << "missing_table" << 0 << 0 << 0;
    QTest::newRow("hld truncated mid-row")
        << kHld << truncatedInLine(hld, 13) << hldName << false << "short_row" << 13 << 1 << 2;
    QTest::newRow("hld truncated: count mismatch")
        << kHld << truncatedInLine(hld, 13) << hldName << false << "row_count_mismatch" << 9 << 1 << 2;
    QTest::newRow("hld text cell") << kHld
                                   << withLineReplaced(hld, 12,
                                                       "0.005005\t4.746112\tFRT\t-3889.183769\t-1.654986")
                                   << hldName << false << "not_a_number" << 12 << 1 << 3;
    QTest::newRow("hld too few fields") << kHld << withLineReplaced(hld, 11, "0.000000\t5.800346") << hldName
                                        << false << "short_row" << 11 << 1 << 2;
    QTest::newRow("hld no Test table")
        << kHld << hld.left(hld.indexOf("Test Data")) << hldName << true << "missing_table" << 8 << 0 << 0;
    QTest::newRow("hld forced on TriboScan")
        << kHld << txt << txtName << true << "missing_table" << 9 << 0 << 0;
    QTest::newRow("hld forced on NanoTest")
        << kHld << nano << nanoName << true << "missing_table" << 4 << 0 << 0;

    // NanoTest: four rows on lines 1 to 4.
    QTest::newRow("nanotest empty") << kNanoTest << QByteArray() << nanoName << true << "no_data" << 0 << 0
                                    << 0;
    QTest::newRow("nanotest truncated mid-row")
        << kNanoTest << truncatedInLine(nano, 4) << nanoName << false << "short_row" << 4 << 1 << 3;
    QTest::newRow("nanotest text cell") << kNanoTest << withLineReplaced(nano, 3, "0.500000\t12,5x\t0.250000")
                                        << nanoName << false << "not_a_number" << 3 << 1 << 4;
    QTest::newRow("nanotest too few fields") << kNanoTest << withLineReplaced(nano, 2, "0.000000\t-4.406738")
                                             << nanoName << false << "short_row" << 2 << 1 << 3;
    QTest::newRow("nanotest forced on TriboScan")
        << kNanoTest << txt << txtName << true << "no_data" << 9 << 0 << 0;
    QTest::newRow("nanotest forced on hld")
        << kNanoTest << hld << hldName << true << "bad_layout" << 1 << 0 << 0;

    // The workbook importer: anything libfreexl refuses is an Error naming the file.
    std::mt19937 random(20240229);
    QByteArray noise(8192, '\0');
    for (char &c : noise)
        c = char(random() & 0xFF);
    QTest::newRow("xls empty") << kXls << QByteArray() << xlsName << true << "read_error" << 0 << 0 << 0;
    QTest::newRow("xls garbage") << kXls << noise << xlsName << true << "read_error" << 0 << 0 << 0;
    QTest::newRow("xls OLE signature then garbage")
        << kXls << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + noise << xlsName << true
        << "read_error" << 0 << 0 << 0;
    QTest::newRow("xls forced on TriboScan") << kXls << txt << txtName << true << "read_error" << 0 << 0 << 0;
    const QByteArray popin = readShared(QStringLiteral("data/real/nanoindentation/Popin.xls"));
    if (!popin.isEmpty()) {
        QTest::newRow("xls truncated at 64 KiB")
            << kXls << popin.left(65536) << xlsName << true << "read_error" << 0 << 0 << 0;
        QTest::newRow("xls truncated at half")
            << kXls << popin.left(popin.size() / 2) << xlsName << true << "read_error" << 0 << 0 << 0;
        QTest::newRow("txt forced on xls") << kTxt << popin << xlsName << true << QString() << -1 << 0 << 0;
        QTest::newRow("hld forced on xls")
            << kHld << popin << xlsName << true << "missing_table" << -1 << 0 << 0;
        QTest::newRow("nanotest forced on xls")
            << kNanoTest << popin << xlsName << true << QString() << -1 << 0 << 0;
    }
}

void IndentationImportersTest::badInput()
{
    QFETCH(QString, importer);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(bool, fails);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, count);
    QFETCH(int, rows);
    const auto imported = ImporterRegistry::standard().importBytes(bytes, fileName, importer);
    if (fails) {
        QVERIFY2(!imported.ok(), "expected an error");
        const Error &error = imported.error();
        QCOMPARE(error.file, fileName);
        QVERIFY(!error.message.isEmpty());
        if (!code.isEmpty())
            QCOMPARE(error.code, code);
        if (line >= 0)
            QCOMPARE(int(error.line), line);
        return;
    }
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported->formatId, importer);
    const Diagnostic *warning = findDiagnostic(imported->output, code);
    QVERIFY2(warning, qPrintable(describe(imported->output)));
    QCOMPARE(warning->severity, Severity::Warning);
    QCOMPARE(warning->file, fileName);
    QCOMPARE(int(warning->line), line);
    QCOMPARE(int(warning->count), count);
    QCOMPARE(int(imported->output.datasets.front()->rowCount()), rows);
    if (code == QLatin1String("not_a_number")) // the bad cell is a gap, the row is kept
        QCOMPARE(int(std::count_if(imported->output.datasets.front()->columns.begin(),
                                   imported->output.datasets.front()->columns.end(),
                                   [](const Column &c) { return nanCount(c) > 0; })),
                 1);
}

void IndentationImportersTest::garbageNeverCrashes_data()
{
    QTest::addColumn<QString>("importer");
    for (const QString &id : {kTxt, kHld, kNanoTest, kXls})
        QTest::newRow(qPrintable(id)) << id;
}

void IndentationImportersTest::garbageNeverCrashes()
{
    QFETCH(QString, importer);
    // Cut-offs of every length of the synthetic files and random bytes: an error or a dataset
    // whose columns are all of one length, never a crash or a hang.
    std::mt19937 random(7);
    QList<QByteArray> inputs;
    for (const QByteArray &text : {kTriboScanText, kHldText, kNanoTestText})
        for (qsizetype n = 0; n <= text.size(); n += 7)
            inputs << text.left(n);
    for (int i = 0; i < 20; ++i) {
        QByteArray noise(int(random() % 3000), '\0');
        for (char &c : noise)
            c = char(random() % 4 == 0 ? '\t' : random() % 4 == 1 ? '\n' : random() & 0xFF);
        inputs << noise;
    }
    for (const QByteArray &input : inputs) {
        const auto imported =
            ImporterRegistry::standard().importBytes(input, QStringLiteral("g.txt"), importer);
        if (!imported.ok()) {
            QCOMPARE(imported.error().file, QStringLiteral("g.txt"));
            continue;
        }
        for (const DatasetPtr &dataset : imported->output.datasets)
            for (const Column &column : dataset->columns)
                QCOMPARE(column.values.size(), std::size_t(dataset->rowCount()));
    }
}

void IndentationImportersTest::confidenceRanking()
{
    const auto &registry = ImporterRegistry::standard();
    auto confidenceOf = [&](const QString &id, const QByteArray &bytes, const QString &name) {
        return registry.find(id)->confidence(makeFileProbe(name, bytes));
    };
    // The NanoTest importer judges by the shape of the data only: it recognises its own files,
    // stays below every format with a signature, and refuses theirs.
    const int nano = confidenceOf(kNanoTest, kNanoTestText, QStringLiteral("a 1 2 -3.txt"));
    QVERIFY(nano > 0);
    QVERIFY(nano < confidenceOf(kTxt, kTriboScanText, QStringLiteral("a_00001.txt")));
    QVERIFY(nano < confidenceOf(kHld, kHldText, QStringLiteral("a.hld")));
    QCOMPARE(confidenceOf(kNanoTest, kTriboScanText, QStringLiteral("a.txt")), 0);
    QCOMPARE(confidenceOf(kNanoTest, kHldText, QStringLiteral("a.txt")), 0);
    // Time must start at 0 and never decrease; exactly three numeric columns.
    QCOMPARE(confidenceOf(kNanoTest, "1.0\t2.0\t3.0\n", QStringLiteral("a.txt")), 0);
    QCOMPARE(confidenceOf(kNanoTest, "0.0\t2.0\t3.0\n0.5\t2.0\n", QStringLiteral("a.txt")), 0);
    QCOMPARE(
        confidenceOf(kNanoTest, "0.0\t2.0\t3.0\n1.0\t2.0\t3.0\n0.5\t2.0\t3.0\n", QStringLiteral("a.txt")), 0);
    QCOMPARE(confidenceOf(kXls, kTriboScanText, QStringLiteral("a.xls")), 0);
    QCOMPARE(confidenceOf(kTxt, kNanoTestText, QStringLiteral("a.txt")), 0);
    QCOMPARE(confidenceOf(kHld, kNanoTestText, QStringLiteral("a.hld")), 0);
    if (const QByteArray popin = readShared(QStringLiteral("data/real/nanoindentation/Popin.xls"));
        !popin.isEmpty()) {
        QCOMPARE(confidenceOf(kXls, popin.left(65536), QStringLiteral("Popin.xls")), 90);
        QVERIFY(confidenceOf(kXls, popin.left(65536), QStringLiteral("Popin.bin")) < 90);
        QCOMPARE(confidenceOf(kNanoTest, popin.left(65536), QStringLiteral("Popin.xls")), 0);
    }
}

// --- Hysitron array folders --------------------------------------------------------------------

void IndentationImportersTest::arrayFolder_data()
{
    QTest::addColumn<QStringList>("files");    ///< created in an empty folder ('/' at the end: a folder)
    QTest::addColumn<QStringList>("expected"); ///< the listing, in order
    QTest::addColumn<QStringList>("patterns");
    QTest::newRow("zero padded") << QStringList{"name_00010.txt", "name_00002.txt", "name_00000.txt",
                                                "name_00001.txt"}
                                 << QStringList{"name_00000.txt", "name_00001.txt", "name_00002.txt",
                                                "name_00010.txt"}
                                 << QStringList{"name_#.txt"};
    QTest::newRow("not padded") << QStringList{"name_10.txt", "name_2.txt", "name_1.txt"}
                                << QStringList{"name_1.txt", "name_2.txt", "name_10.txt"}
                                << QStringList{"name_#.txt"};
    QTest::newRow("Test Mapping Output")
        << QStringList{"Test Mapping Output.txt_0001.txt", "Test Mapping Output.txt", "notes.md",
                       "Test Mapping Output.txt_0000.txt", "Test Mapping Output.txt_0002.txt"}
        << QStringList{"Test Mapping Output.txt_0000.txt", "Test Mapping Output.txt_0001.txt",
                       "Test Mapping Output.txt_0002.txt"}
        << QStringList{"Test Mapping Output.txt_#.txt"};
    QTest::newRow("two arrays and a folder")
        << QStringList{"b_0000.txt", "a_0001.txt", "a_0000.txt", "a_0002.txt/", "C_0007.TXT"}
        << QStringList{"a_0000.txt", "a_0001.txt", "b_0000.txt", "C_0007.TXT"}
        << QStringList{"a_#.txt", "b_#.txt", "C_#.TXT"};
    QTest::newRow("hld and LC names") << QStringList{"Exp-50mN_0001.hld", "Exp-50mN_0000.hld",
                                                     "RobinSteel0001LC.txt", "RobinSteel0000LC.txt"}
                                      << QStringList{"Exp-50mN_0000.hld", "Exp-50mN_0001.hld",
                                                     "RobinSteel0000LC.txt", "RobinSteel0001LC.txt"}
                                      << QStringList{"Exp-50mN_#.hld", "RobinSteel#LC.txt"};
}

void IndentationImportersTest::arrayFolder()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, patterns);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const QString &name : files) {
        if (name.endsWith(u'/')) {
            QVERIFY(QDir(folder.path()).mkdir(name.chopped(1)));
            continue;
        }
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kTriboScanText);
    }
    const Result<QStringList> listed = listHysitronArrayFiles(folder.path());
    QVERIFY(listed.ok());
    QStringList names;
    for (const QString &path : listed.value()) {
        QVERIFY(QFileInfo(path).isAbsolute());
        names << QFileInfo(path).fileName();
    }
    QCOMPARE(names, expected);
    const auto groups = findIndentArrays(folder.path());
    QVERIFY(groups.ok());
    QStringList found;
    for (const IndentArrayGroup &group : groups.value())
        found << group.pattern;
    QCOMPARE(found, patterns);
}

void IndentationImportersTest::arrayFolderErrors()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString missing = folder.filePath(QStringLiteral("no such folder"));
    const auto listed = listHysitronArrayFiles(missing);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().file, missing);
    const auto empty = listHysitronArrayFiles(folder.path());
    QVERIFY(empty.ok());
    QVERIFY(empty.value().isEmpty());
    QCOMPARE(naturalCompare(QStringLiteral("x_9.txt"), QStringLiteral("x_10.txt")), -1);
    QCOMPARE(naturalCompare(QStringLiteral("x_010.txt"), QStringLiteral("x_9.txt")), 1);
    QCOMPARE(naturalCompare(QStringLiteral("A_1.txt"), QStringLiteral("a_2.txt")), -1);
}

QTEST_GUILESS_MAIN(IndentationImportersTest)
#include "tst_indentation_importers.moc"
