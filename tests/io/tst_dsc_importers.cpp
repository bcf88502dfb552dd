// DSC-family importers (formats.md "DSC"): Mettler Toledo STARe, TA Universal Analysis, NETZSCH
// Proteus, Setaram Calisto and PerkinElmer Pyris. Real files are read through the registry with
// values checked against numbers read off the files by hand; every format also has a file made here,
// read in every line ending, byte order mark, encoding and decimal mark it may come in; bad input
// gives an Error or a counted warning naming the file and the line.
#include "io/ImportSupport.h"
#include "io/ImporterRegistry.h"

#include "support/SharedData.h"
#include "support/TextVariants.h"

#include <QElapsedTimer>
#include <QtTest>

#include <cmath>

using namespace gb;
using namespace gb::test;

namespace {

/// One value to check: curve (0-based), column role, row (0-based; negative counts from the end).
struct ValueCheck {
    int curve = 0;
    Quantity quantity = Quantity::Other;
    qsizetype row = 0;
    double expected = 0.0;
};

/// One column to check in every curve: its role, internal unit and the unit the file gave.
struct ColumnCheck {
    QString name;
    Quantity quantity = Quantity::Other;
    QString unit;
    QString originalUnit;
};

/// One finding a bad input must give (an Error when `isError`, else a diagnostic with `count`).
struct Finding {
    bool isError = false;
    QString code;
    qint64 line = 0;
    qint64 count = 1;
};

} // namespace

Q_DECLARE_METATYPE(QList<ValueCheck>)
Q_DECLARE_METATYPE(QList<ColumnCheck>)
Q_DECLARE_METATYPE(QList<qsizetype>)
Q_DECLARE_METATYPE(Finding)

namespace {

constexpr double kC = 273.15; // °C → K offset, as the importer adds it

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

// ---- Files made by the test ---------------------------------------------------------------------

/// STARe, time abscissa: three curves, a segment number that repeats, the Index restarting.
QByteArray stareTimeFile()
{
    return utf8("Curve Name:\n"
                "  Ta385 ta0.3s  Seg 7\n"
                "Curve Values:\n"
                "   Index             t            Ts            Tr         Value\n"
                "                   [s]          [\xC2\xB0"
                "C]          [\xC2\xB0"
                "C]          [mW]\n"
                "       0    0.00000000    403.00000    403.00000   -0.01234567\n"
                "       1    0.00010000    403.09998    403.10000   -0.01234012\n"
                "       2    0.00020000    403.19995    403.20000   -0.01233500\n"
                "\n"
                "Sample:\n"
                "  AuMG 0.000484 mg\n"
                "Method:\n"
                "  Ta385 ta0.3s\n"
                "dTs(T):0.0\n"
                "Sample Holder:\n"
                "  UFS1\n"
                "\n"
                "Curve Name:\n"
                "  Ta385 ta0.3s  Seg 7\n"
                "Curve Values:\n"
                "   Index             t            Ts            Tr         Value\n"
                "                   [s]          [\xC2\xB0"
                "C]          [\xC2\xB0"
                "C]          [mW]\n"
                "       0    0.30000000    385.00000    385.00000    0.00012000\n"
                "       1    0.30010000    385.00010    385.00000    0.00011000\n"
                "       2    0.30020000    385.00020    385.00000    0.00010000\n"
                "       3    0.30030000    385.00030    385.00000    0.00009000\n"
                "\n"
                "Sample:\n"
                "  AuMG 0.000484 mg\n"
                "\n"
                "Curve Name:\n"
                "  Ref  Seg 9\n"
                "Curve Values:\n"
                "   Index             t            Ts            Tr         Value\n"
                "                   [s]          [\xC2\xB0"
                "C]          [\xC2\xB0"
                "C]          [mW]\n"
                "       0    1.00000000    -90.0000    -90.0000   +1.5E-02\n"
                "       1    1.00010000    -89.0000    -89.0000   -2.5e-03\n"
                "\n"
                "Sample:\n"
                "  AuMG 0.000484 mg\n");
}

/// STARe, temperature abscissa: tables end at "Results:", "User:" closes each curve.
QByteArray stareTemperatureFile()
{
    return utf8("Curve Name:\n"
                "  Seg 3 heating 1000K/s\n"
                "Curve Values:\n"
                "   Index             T            Ts            Tr         Value\n"
                "                  [\xC2\xB0"
                "C]          [\xC2\xB0"
                "C]          [\xC2\xB0"
                "C]          [mW]\n"
                "       0    30.000000    30.10000    30.00000   -0.01234567\n"
                "       1    31.000000    31.10000    31.00000   -0.01234012\n"
                "Results:\n"
                "  Integral    -1.234 mJ\n"
                "User:\n"
                "  glassbench\n"
                "Curve Name:\n"
                "  Seg 5 heating 1000K/s\n"
                "Curve Values:\n"
                "   Index             T            Ts            Tr         Value\n"
                "                  [\xC2\xB0"
                "C]          [\xC2\xB0"
                "C]          [\xC2\xB0"
                "C]          [mW]\n"
                "       0    40.000000    40.20000    40.00000    0.50000000\n"
                "       1    41.000000    41.20000    41.00000    0.25000000\n"
                "       2    42.000000    42.20000    42.00000    0.12500000\n"
                "Results:\n"
                "User:\n"
                "  glassbench\n");
}

/// STARe 14 evaluation export: fixed-width columns, heat flow normalised to W/g (made UTF-16LE).
QByteArray stareNormalisedFile()
{
    return utf8("Curve Name:\n"
                "  Seg 2\n"
                "Curve Values:\n"
                "       Index           t          Ts          Tr       Value\n"
                "                     [s]        [\xC2\xB0"
                "C]        [\xC2\xB0"
                "C]       [W/g]\n"
                "           0  0.00000000  25.0000000  25.0000000  0.12345000\n"
                "           1  0.00100000  26.0000000  26.0000000 -0.12345000\n"
                "\n"
                "Sample:\n"
                "  PS 120 ng\n");
}

/// TA Universal Analysis, DSC: byte F8 as the degree sign, time -1 segment breaks.
QByteArray taDscFile()
{
    return QByteArray("CLOSED\n"
                      "Version\t0.4\n"
                      "Instrument\t2920 MDSC      V2.6A\n"
                      "Sample\tPS\n"
                      "Size\t5.50000\tmg\n"
                      "Exotherm\tDown\n"
                      "Nsig\t3\n"
                      "Sig1\tTime (min)\n"
                      "Sig2\tTemperature (\xF8"
                      "C)\n"
                      "Sig3\tHeat Flow (mW)\n"
                      "StartOfData\n"
                      "-1.000000\t20.00000\t0.0000000\n"
                      "1.000000\t20.50000\t-1.250000\n"
                      "1.500000\t25.50000\t-1.500000\n"
                      "2.000000\t30.50000\t-1.750000\n"
                      "-1.000000\t30.00000\t0.0000000\n"
                      "3.000000\t30.00000\t-1.000000\n"
                      "3.500000\t25.00000\t-0.500000\n");
}

/// TA Universal Analysis, DMA Q800 stress relaxation.
QByteArray taDmaFile()
{
    return QByteArray("CLOSED\n"
                      "Instrument\tDMA Q800 V20.22 Build 41\n"
                      "Sample\tPMMA bar\n"
                      "Nsig\t5\n"
                      "Sig1\tTime (min)\n"
                      "Sig2\tTemperature (\xF8"
                      "C)\n"
                      "Sig3\tStress (MPa)\n"
                      "Sig4\tStrain (%)\n"
                      "Sig5\tRelaxation Modulus (MPa)\n"
                      "StartOfData\n"
                      "0.000000\t100.0000\t20.00000\t1.000000\t2000.000\n"
                      "0.500000\t100.0100\t18.00000\t1.000000\t1800.000\n"
                      "1.000000\t99.99000\t17.00000\t1.000000\t1700.000\n");
}

/// NETZSCH Proteus: two segments, ° written as in a Windows-1252 export.
QByteArray netzschFile()
{
    return utf8("#EXPORTTYPE:DATA ALL\n"
                "#FORMAT:NETZSCH5\n"
                "#FTYPE:ANSI\n"
                "#DECIMAL:POINT\n"
                "#SEPARATOR:SEMICOLON\n"
                "#INSTRUMENT:NETZSCH DSC 214 Polyma\n"
                "#SAMPLE:PET flake\n"
                "#SAMPLE MASS /mg:10.5\n"
                "#EXO:1\n"
                "#SEGMENT:S1-2/2\n"
                "#SEG. 1:25\xC2\xB0"
                "C/10.0(K/min)/300\xC2\xB0"
                "C\n"
                "#SEG. 2:300\xC2\xB0"
                "C/-10.0(K/min)/25\xC2\xB0"
                "C\n"
                "\n"
                "##Temp./\xC2\xB0"
                "C;Time/min;DSC/(mW/mg);Sensit./(\xC2\xB5V/mW);Segment\n"
                " 25.00000; 0.00000;-9.661650e-004;2.76076;1\n"
                " 25.16700; 0.01667;  0.01250;2.76080;1\n"
                "299.90000;27.49000; -0.50000;2.90000;1\n"
                "299.80000;27.50667; -0.25000;2.90010;2\n"
                " 30.00000;54.99000;  0.12500;2.77000;2\n");
}

/// NETZSCH file whose ° and µ arrived as U+FFFD (as the copy in data/real did).
QByteArray netzschReplacementFile()
{
    return utf8("#FORMAT:NETZSCH5\n"
                "#DECIMAL:POINT\n"
                "#SEPARATOR:SEMICOLON\n"
                "#SEG. 1:25\xEF\xBF\xBD"
                "C/7.0(K/min)/50\xEF\xBF\xBD"
                "C\n"
                "\n"
                "##Temp./\xEF\xBF\xBD"
                "C;Time/min;DSC/(mW/mg);Sensit./(\xEF\xBF\xBDV/mW);Segment\n"
                " 24.96900; 0.00000;-9.661650e-004;2.76076;1\n"
                " 24.96800; 0.03333;-9.519220e-004;2.76076;1\n");
}

/// Setaram Calisto, blank-aligned flavour without units.
QByteArray setaramPlainFile()
{
    return utf8(
        "Glass A 12.5mg\n"
        "Creation Date : 26/07/2024 06:03:05 p.m.\n"
        "User : admin\n"
        "\n"
        "TG :\n"
        " Initial Mass : 12.50 mg\n"
        " Molar Mass : N/A\n"
        "\n"
        "HeatFlow :\n"
        " Initial Mass : 12.40 mg\n"
        " Molar Mass : N/A\n"
        "\n"
        "Index Time       Furnace                  Sample                  TG         HeatFlow\n"
        "1     0          50.06274                 53.444034               12.500000  -11.195387   \n"
        "2     0.3        50.061466                53.444034               12.499000  -11.199047   \n"
        "3     0.6        50.057755                53.441793               12.498000  -11.202308   \n");
}

/// Setaram Calisto, semicolon flavour with units.
QByteArray setaramSemicolonFile()
{
    return utf8("Glass B\n"
                "HeatFlow :\n"
                " Initial Mass : 8.25 mg\n"
                "\n"
                "Index;Time (s);Furnace Temperature (\xC2\xB0"
                "C);Sample Temperature (\xC2\xB0"
                "C);TG (mg);HeatFlow (mW)\n"
                "1;0;100.5;99.25;8.25;-1.5\n"
                "2;0.5;101.5;100.25;8.2;-1.75\n");
}

/// PerkinElmer Pyris: two method steps, a units line, -1.#IND00 gaps and a footer.
QByteArray pyrisFile()
{
    return utf8("Filename:\tC:\\Data\\PS_10K.dsc\n"
                "Operator ID:\tlab\n"
                "Sample ID:\tPS film\n"
                "Sample Weight:\t5.120 mg\n"
                "Comment:\t\n"
                "\n"
                "1)\tHold for 1.0 min at 30.00\xC2\xB0"
                "C\n"
                "2)\tHeat from 30.00\xC2\xB0"
                "C to 180.00\xC2\xB0"
                "C at 10.00\xC2\xB0"
                "C/min\n"
                "\n"
                "1) DSC 8500 Temperature Scan \n"
                "\tTime\tUnsubtracted Heat Flow\tBaseline Heat Flow\tProgram Temperature\tSample "
                "Temperature\n"
                "\t[min]\t[mW]\t[mW]\t[\xC2\xB0"
                "C]\t[\xC2\xB0"
                "C]\n"
                "\t0.000\t-1.#IND00\t0.000\t30.000\t30.012\n"
                "\t0.500\t12.500\t0.000\t30.000\t30.010\n"
                "2) DSC 8500 Temperature Scan \n"
                "\t1.000\t12.750\t0.125\t30.000\t30.011\n"
                "\t1.500\t13.000\t0.250\t35.000\t34.950\n"
                "\t2.000\t13.250\t0.375\t40.000\t39.925\n"
                "\n"
                "\n"
                "\tDSC8500 MANUAL TUNE CALIBRATION VALUES: \n"
                "\tOnset:\t156.60\n");
}

/// Pyris without a units line: the units are in brackets in the names.
QByteArray pyrisBracketFile()
{
    return utf8("Sample ID:\tPS\n"
                "1) DSC 8000 Temperature Scan\n"
                "\tTime [min]\tUnsubtracted Heat Flow [mW]\tProgram Temperature [\xC2\xB0"
                "C]\tSample Temperature [\xC2\xB0"
                "C]\n"
                "\t0.100\t1.500\t50.000\t49.500\n"
                "\t0.200\t1.250\t51.000\t50.500\n");
}

/// Result of importing through the registry; fails the test on an error.
ImportedFile importOrFail(const QByteArray &bytes, const QString &fileName, const QString &forced = {})
{
    Result<ImportedFile> result = ImporterRegistry::standard().importBytes(bytes, fileName, forced);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error().toString()));
    return result.ok() ? std::move(result).value() : ImportedFile{};
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

const Column *columnOf(const Dataset &dataset, Quantity quantity)
{
    return dataset.column(quantity);
}

} // namespace

class DscImportersTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realFiles_data();
    void realFiles();
    void realFileMetadata();
    void madeFiles_data();
    void madeFiles();
    void madeFileMetadata();
    void variants_data();
    void variants();
    void badInput_data();
    void badInput();
    void researcherCsvIsNotClaimed();
    void markersAreFoundOnEitherSideOfATable();
    void stareThroughput();

private:
    void addMadeFiles();
};

// ---- Real files -----------------------------------------------------------------------------------

void DscImportersTest::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QList<qsizetype>>("rows");
    QTest::addColumn<QList<ColumnCheck>>("columns");
    QTest::addColumn<QList<ValueCheck>>("values");

    const QString degC = QStringLiteral("\u00B0C");
    // 19,004 rows after StartOfData: 4 with time -1 (lines 32, 33, 9534, 19035) and two segments of
    // 9,500 rows (lines 34-9533 heating, 9535-19034 cooling).
    QTest::newRow("TA Universal Analysis")
        << QStringLiteral("data/real/dsc/sample_dsc_tainstruments.txt")
        << QStringLiteral("ta-universal-analysis") << QList<qsizetype>{9500, 9500}
        << QList<ColumnCheck>{{QStringLiteral("Time"), Quantity::Time, QStringLiteral("s"),
                               QStringLiteral("min")},
                              {QStringLiteral("Temperature"), Quantity::Temperature, QStringLiteral("K"),
                               degC},
                              {QStringLiteral("Heat Flow"), Quantity::HeatFlow, QStringLiteral("mW"),
                               QStringLiteral("mW")}}
        << QList<ValueCheck>{
               {0, Quantity::Time, 0, 187.9960 * 60.0}, // line 34
               {0, Quantity::Temperature, 0, -21.18184 + kC},
               {0, Quantity::HeatFlow, 0, -10.46185},
               {0, Quantity::Time, -1, 277.9862 * 60.0}, // line 9533
               {0, Quantity::Temperature, -1, 69.22051 + kC},
               {0, Quantity::HeatFlow, -1, -10.62798},
               {1, Quantity::Time, 0, 280.9961 * 60.0}, // line 9535
               {1, Quantity::Temperature, 0, 69.64201 + kC},
               {1, Quantity::Time, 465, 285.3994 * 60.0}, // line 10000
               {1, Quantity::Temperature, 465, 65.63169 + kC},
               {1, Quantity::HeatFlow, 465, -9.964556},
               {1, Quantity::Time, -1, 370.9860 * 60.0}, // line 19034
               {1, Quantity::Temperature, -1, -20.73705 + kC},
               {1, Quantity::HeatFlow, -1, -10.24684},
           };
    // 6,001 rows on lines 39-6039; the Segment column runs 1 (lines 39-254), 2 (255-1154),
    // 3 (1155-2954), 4 (2955-4754), 5 (4755-6039).
    QTest::newRow("NETZSCH Proteus")
        << QStringLiteral("data/real/dsc/A_1.txt") << QStringLiteral("netzsch-proteus")
        << QList<qsizetype>{216, 900, 1800, 1800, 1285}
        << QList<ColumnCheck>{{QStringLiteral("Temp."), Quantity::Temperature, QStringLiteral("K"),
                               QStringLiteral("C")},
                              {QStringLiteral("Time"), Quantity::Time, QStringLiteral("s"),
                               QStringLiteral("min")},
                              {QStringLiteral("DSC"), Quantity::SpecificHeatFlow, QStringLiteral("mW/mg"),
                               QStringLiteral("mW/mg")},
                              {QStringLiteral("Gas Flow(purge2)"), Quantity::Other, QStringLiteral("ml/min"),
                               QStringLiteral("ml/min")},
                              {QStringLiteral("Gas Flow(protective)"), Quantity::Other,
                               QStringLiteral("ml/min"), QStringLiteral("ml/min")},
                              {QStringLiteral("Sensit."), Quantity::Other, QStringLiteral("uV/mW"),
                               QStringLiteral("uV/mW")}}
        << QList<ValueCheck>{
               {0, Quantity::Temperature, 0, 24.969 + kC}, // line 39
               {0, Quantity::Time, 0, 0.0},
               {0, Quantity::SpecificHeatFlow, 0, -9.661650e-004},
               {0, Quantity::Temperature, -1, 44.52 + kC}, // line 254
               {0, Quantity::Time, -1, 3.57083 * 60.0},
               {0, Quantity::SpecificHeatFlow, -1, 0.564},
               {2, Quantity::Temperature, 0, 50.436 + kC}, // line 1155
               {2, Quantity::Time, 0, 18.58917 * 60.0},
               {2, Quantity::SpecificHeatFlow, 0, -2.756680e-003},
               {3, Quantity::Temperature, 1, 196.519 + kC}, // line 2956
               {3, Quantity::Time, 1, 48.6075 * 60.0},
               {3, Quantity::SpecificHeatFlow, 1, 0.43279},
               {4, Quantity::Temperature, 1, 200.02699 + kC}, // line 4756
               {4, Quantity::SpecificHeatFlow, 1, -1.046016e-002},
               {4, Quantity::Temperature, -1, 125.271 + kC}, // line 6039
               {4, Quantity::Time, -1, 99.9925 * 60.0},
               {4, Quantity::SpecificHeatFlow, -1, -0.20365},
           };
    // 13,002 rows on lines 14-13015 (UTF-16LE); columns s, °C, °C, mg, mW without units in the file.
    QTest::newRow("Setaram Calisto")
        << QStringLiteral("data/real/dsc/sample_dsc_setaram.txt") << QStringLiteral("setaram-calisto")
        << QList<qsizetype>{13002}
        << QList<ColumnCheck>{{QStringLiteral("Index"), Quantity::Index, QStringLiteral("1"), QString()},
                              {QStringLiteral("Time"), Quantity::Time, QStringLiteral("s"),
                               QStringLiteral("s")},
                              {QStringLiteral("Furnace"), Quantity::ProgramTemperature, QStringLiteral("K"),
                               degC},
                              {QStringLiteral("Sample"), Quantity::Temperature, QStringLiteral("K"), degC},
                              {QStringLiteral("TG"), Quantity::Mass, QStringLiteral("mg"),
                               QStringLiteral("mg")},
                              {QStringLiteral("HeatFlow"), Quantity::HeatFlow, QStringLiteral("mW"),
                               QStringLiteral("mW")}}
        << QList<ValueCheck>{
               {0, Quantity::Index, 0, 1.0}, // line 14
               {0, Quantity::Time, 0, 0.0},
               {0, Quantity::ProgramTemperature, 0, 50.06274 + kC},
               {0, Quantity::Temperature, 0, 53.444034 + kC},
               {0, Quantity::Mass, 0, 240.908142},
               {0, Quantity::HeatFlow, 0, -11.195387},
               {0, Quantity::Time, 4986, 1495.8}, // line 5000
               {0, Quantity::ProgramTemperature, 4986, 444.087891 + kC},
               {0, Quantity::Temperature, 4986, 427.40664 + kC},
               {0, Quantity::HeatFlow, 4986, -30.354114},
               {0, Quantity::Index, -1, 13002.0}, // line 13015
               {0, Quantity::Time, -1, 3900.3},
               {0, Quantity::Temperature, -1, 202.007788 + kC},
               {0, Quantity::HeatFlow, -1, 7.076239},
           };
}

void DscImportersTest::realFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QList<qsizetype>, rows);
    QFETCH(QList<ColumnCheck>, columns);
    QFETCH(QList<ValueCheck>, values);
    GB_REQUIRE_SHARED_FILE(file);

    const Result<ImportedFile> result = ImporterRegistry::standard().importFile(sharedPath(file));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    const ImportedFile &imported = result.value();
    QCOMPARE(imported.formatId, format);
    QVERIFY(imported.confidence >= 90);
    QCOMPARE(qsizetype(imported.output.datasets.size()), rows.size());
    for (qsizetype c = 0; c < rows.size(); ++c) {
        const Dataset &d = *imported.output.datasets[std::size_t(c)];
        QCOMPARE(d.formatId, format);
        QCOMPARE(d.segment, int(c + 1));
        QCOMPARE(d.rowCount(), rows[c]);
        QCOMPARE(qsizetype(d.columns.size()), columns.size());
        for (qsizetype k = 0; k < columns.size(); ++k) {
            const Column &col = d.columns[std::size_t(k)];
            QCOMPARE(col.name, columns[k].name);
            QCOMPARE(quantityId(col.quantity), quantityId(columns[k].quantity));
            QCOMPARE(col.unit, columns[k].unit);
            QCOMPARE(col.originalUnit, columns[k].originalUnit);
            QCOMPARE(qsizetype(col.values.size()), rows[c]);
        }
    }
    for (const ValueCheck &v : values) {
        const Dataset &d = *imported.output.datasets[std::size_t(v.curve)];
        const Column *col = columnOf(d, v.quantity);
        QVERIFY(col);
        const qsizetype row = v.row < 0 ? d.rowCount() + v.row : v.row;
        QCOMPARE(col->values[std::size_t(row)], v.expected);
    }
    // Only expected findings: nothing was skipped.
    for (const Diagnostic &diagnostic : imported.output.diagnostics)
        QVERIFY2(diagnostic.severity == Severity::Info, qPrintable(diagnostic.toString()));
}

void DscImportersTest::realFileMetadata()
{
    GB_REQUIRE_SHARED_FILE("data/real/dsc/sample_dsc_tainstruments.txt");
    GB_REQUIRE_SHARED_FILE("data/real/dsc/A_1.txt");
    GB_REQUIRE_SHARED_FILE("data/real/dsc/sample_dsc_setaram.txt");
    const auto &registry = ImporterRegistry::standard();

    const Result<ImportedFile> ta =
        registry.importFile(sharedPath("data/real/dsc/sample_dsc_tainstruments.txt"));
    QVERIFY(ta.ok());
    const DatasetMetadata &taMeta = ta.value().output.datasets.front()->metadata;
    QCOMPARE(taMeta.sampleName, QStringLiteral("Eicosane"));
    QCOMPARE(taMeta.massMg.value_or(-1.0), 9.0);
    QCOMPARE(taMeta.instrument, QStringLiteral("2920 MDSC V2.6A"));
    QCOMPARE(heatFlowSignId(taMeta.heatFlowSign),
             heatFlowSignId(HeatFlowSign::EndothermicDown)); // Exotherm Up
    QCOMPARE(taMeta.headerValue(QStringLiteral("Sig2")), QStringLiteral("Temperature (\u00B0C)"));
    QCOMPARE(ta.value().output.datasets[1]->curveName, QStringLiteral("Segment 2"));
    const auto marker =
        std::find_if(ta.value().output.diagnostics.begin(), ta.value().output.diagnostics.end(),
                     [](const Diagnostic &d) { return d.code == QLatin1String("segment_break"); });
    QVERIFY(marker != ta.value().output.diagnostics.end());
    QCOMPARE(marker->count, qint64(4));
    QCOMPARE(marker->line, qint64(32));

    const Result<ImportedFile> netzsch = registry.importFile(sharedPath("data/real/dsc/A_1.txt"));
    QVERIFY(netzsch.ok());
    const Dataset &segment3 = *netzsch.value().output.datasets[2];
    QCOMPARE(segment3.curveName, QStringLiteral("Segment 3: 50\u00B0C/5.0(K/min)/200\u00B0C"));
    QCOMPARE(segment3.metadata.massMg.value_or(-1.0), 77.8);
    QCOMPARE(segment3.metadata.instrument, QStringLiteral("NETZSCH DSC 200F3"));
    QCOMPARE(heatFlowSignId(segment3.metadata.heatFlowSign),
             heatFlowSignId(HeatFlowSign::EndothermicUp)); // EXO:-1
    QCOMPARE(segment3.metadata.headerValue(QStringLiteral("FORMAT")), QStringLiteral("NETZSCH5"));

    const Result<ImportedFile> setaram =
        registry.importFile(sharedPath("data/real/dsc/sample_dsc_setaram.txt"));
    QVERIFY(setaram.ok());
    const DatasetMetadata &sMeta = setaram.value().output.datasets.front()->metadata;
    QCOMPARE(sMeta.sampleName, QStringLiteral("Duran - MAC250-MS20"));
    QCOMPARE(sMeta.massMg.value_or(-1.0), 34.04);
    QCOMPARE(sMeta.headerValue(QStringLiteral("Creation Date")), QStringLiteral("26/07/2024 06:03:05 p.m."));
    QCOMPARE(heatFlowSignId(sMeta.heatFlowSign), heatFlowSignId(HeatFlowSign::Unknown));
}

// ---- Files made here ------------------------------------------------------------------------------

void DscImportersTest::addMadeFiles()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QList<qsizetype>>("rows");
    QTest::addColumn<QList<ValueCheck>>("values");

    QTest::newRow("STARe time abscissa")
        << stareTimeFile() << QStringLiteral("mettler-stare") << QList<qsizetype>{3, 4, 2}
        << QList<ValueCheck>{{0, Quantity::Index, 0, 0.0},
                             {0, Quantity::Time, 1, 0.0001},
                             {0, Quantity::Temperature, 1, 403.09998 + kC},
                             {0, Quantity::ProgramTemperature, 1, 403.1 + kC},
                             {0, Quantity::HeatFlow, 1, -0.01234012},
                             {0, Quantity::HeatFlow, -1, -0.012335},
                             {1, Quantity::Index, 0, 0.0},
                             {1, Quantity::Index, -1, 3.0},
                             {1, Quantity::Temperature, 2, 385.0002 + kC},
                             {1, Quantity::HeatFlow, -1, 0.00009},
                             {2, Quantity::HeatFlow, 0, 0.015},
                             {2, Quantity::HeatFlow, 1, -0.0025},
                             {2, Quantity::Temperature, 0, -90.0 + kC}};
    QTest::newRow("STARe temperature abscissa")
        << stareTemperatureFile() << QStringLiteral("mettler-stare") << QList<qsizetype>{2, 3}
        << QList<ValueCheck>{{0, Quantity::Temperature, 0, 30.1 + kC},
                             {0, Quantity::ProgramTemperature, 0, 30.0 + kC},
                             {0, Quantity::HeatFlow, 1, -0.01234012},
                             {1, Quantity::Temperature, -1, 42.2 + kC},
                             {1, Quantity::HeatFlow, -1, 0.125}};
    QTest::newRow("STARe UTF-16LE W/g") << toUtf16LE(withLineEnding(stareNormalisedFile(), LineEnding::CRLF))
                                        << QStringLiteral("mettler-stare") << QList<qsizetype>{2}
                                        << QList<ValueCheck>{{0, Quantity::Time, 1, 0.001},
                                                             {0, Quantity::Temperature, 1, 26.0 + kC},
                                                             {0, Quantity::SpecificHeatFlow, 0, 0.12345},
                                                             {0, Quantity::SpecificHeatFlow, 1, -0.12345}};
    QTest::newRow("TA Universal Analysis DSC")
        << taDscFile() << QStringLiteral("ta-universal-analysis") << QList<qsizetype>{3, 2}
        << QList<ValueCheck>{{0, Quantity::Time, 0, 60.0},
                             {0, Quantity::Temperature, 0, 20.5 + kC},
                             {0, Quantity::HeatFlow, -1, -1.75},
                             {1, Quantity::Time, 0, 180.0},
                             {1, Quantity::Temperature, -1, 25.0 + kC},
                             {1, Quantity::HeatFlow, -1, -0.5}};
    QTest::newRow("TA Universal Analysis DMA Q800")
        << taDmaFile() << QStringLiteral("ta-universal-analysis") << QList<qsizetype>{3}
        << QList<ValueCheck>{{0, Quantity::Time, 1, 30.0},
                             {0, Quantity::Temperature, 2, 99.99 + kC},
                             {0, Quantity::Stress, 1, 18.0},
                             {0, Quantity::Strain, 0, 0.01},
                             {0, Quantity::Modulus, 2, 1700.0}};
    QTest::newRow("NETZSCH Proteus") << netzschFile() << QStringLiteral("netzsch-proteus")
                                     << QList<qsizetype>{3, 2}
                                     << QList<ValueCheck>{{0, Quantity::Temperature, 0, 25.0 + kC},
                                                          {0, Quantity::SpecificHeatFlow, 0, -9.661650e-004},
                                                          {0, Quantity::Time, 1, 0.01667 * 60.0},
                                                          {1, Quantity::Temperature, 0, 299.8 + kC},
                                                          {1, Quantity::Time, -1, 54.99 * 60.0},
                                                          {1, Quantity::SpecificHeatFlow, -1, 0.125}};
    QTest::newRow("NETZSCH with U+FFFD for degree and micro")
        << netzschReplacementFile() << QStringLiteral("netzsch-proteus") << QList<qsizetype>{2}
        << QList<ValueCheck>{{0, Quantity::Temperature, 0, 24.969 + kC},
                             {0, Quantity::Temperature, 1, 24.968 + kC},
                             {0, Quantity::Time, 1, 0.03333 * 60.0}};
    QTest::newRow("Setaram blank-aligned")
        << setaramPlainFile() << QStringLiteral("setaram-calisto") << QList<qsizetype>{3}
        << QList<ValueCheck>{{0, Quantity::Index, 2, 3.0},
                             {0, Quantity::Time, 1, 0.3},
                             {0, Quantity::ProgramTemperature, 0, 50.06274 + kC},
                             {0, Quantity::Temperature, 2, 53.441793 + kC},
                             {0, Quantity::Mass, 1, 12.499},
                             {0, Quantity::HeatFlow, 2, -11.202308}};
    QTest::newRow("Setaram semicolon")
        << setaramSemicolonFile() << QStringLiteral("setaram-calisto") << QList<qsizetype>{2}
        << QList<ValueCheck>{{0, Quantity::Time, 1, 0.5},
                             {0, Quantity::ProgramTemperature, 0, 100.5 + kC},
                             {0, Quantity::Temperature, 1, 100.25 + kC},
                             {0, Quantity::Mass, 1, 8.2},
                             {0, Quantity::HeatFlow, 1, -1.75}};
    QTest::newRow("Pyris units line")
        << pyrisFile() << QStringLiteral("perkinelmer-pyris") << QList<qsizetype>{2, 3}
        << QList<ValueCheck>{{0, Quantity::Time, 1, 30.0},
                             {0, Quantity::HeatFlow, 1, 12.5},
                             {0, Quantity::ProgramTemperature, 0, 30.0 + kC},
                             {0, Quantity::Temperature, 0, 30.012 + kC},
                             {1, Quantity::Time, 0, 60.0},
                             {1, Quantity::HeatFlow, -1, 13.25},
                             {1, Quantity::Temperature, -1, 39.925 + kC}};
    QTest::newRow("Pyris bracketed units")
        << pyrisBracketFile() << QStringLiteral("perkinelmer-pyris") << QList<qsizetype>{2}
        << QList<ValueCheck>{{0, Quantity::Time, 0, 6.0},
                             {0, Quantity::HeatFlow, 1, 1.25},
                             {0, Quantity::ProgramTemperature, 1, 51.0 + kC},
                             {0, Quantity::Temperature, 1, 50.5 + kC}};
}

void DscImportersTest::madeFiles_data()
{
    addMadeFiles();
}

void DscImportersTest::madeFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QList<qsizetype>, rows);
    QFETCH(QList<ValueCheck>, values);

    const Result<ImportedFile> result =
        ImporterRegistry::standard().importBytes(bytes, QStringLiteral("made.txt"));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result.value().formatId, format);
    const auto &datasets = result.value().output.datasets;
    QCOMPARE(qsizetype(datasets.size()), rows.size());
    for (qsizetype c = 0; c < rows.size(); ++c) {
        QCOMPARE(datasets[std::size_t(c)]->rowCount(), rows[c]);
        QCOMPARE(datasets[std::size_t(c)]->segment, int(c + 1));
    }
    for (const ValueCheck &v : values) {
        const Dataset &d = *datasets[std::size_t(v.curve)];
        const Column *col = columnOf(d, v.quantity);
        QVERIFY2(col, qPrintable(quantityId(v.quantity)));
        const qsizetype row = v.row < 0 ? d.rowCount() + v.row : v.row;
        QCOMPARE(col->values[std::size_t(row)], v.expected);
    }
    for (const Diagnostic &diagnostic : result.value().output.diagnostics)
        QVERIFY2(diagnostic.severity == Severity::Info, qPrintable(diagnostic.toString()));
}

void DscImportersTest::madeFileMetadata()
{
    const auto &registry = ImporterRegistry::standard();
    const ImportedFile stare = importOrFail(stareTimeFile(), QStringLiteral("stare.txt"));
    QCOMPARE(stare.output.datasets.size(), std::size_t(3));
    const Dataset &first = *stare.output.datasets[0];
    QCOMPARE(first.curveName, QStringLiteral("Ta385 ta0.3s  Seg 7"));
    QCOMPARE(stare.output.datasets[1]->curveName, QStringLiteral("Ta385 ta0.3s  Seg 7"));
    QCOMPARE(stare.output.datasets[2]->curveName, QStringLiteral("Ref  Seg 9"));
    QCOMPARE(first.metadata.sampleName, QStringLiteral("AuMG"));
    QCOMPARE(first.metadata.massMg.value_or(-1.0), 0.000484);
    QCOMPARE(heatFlowSignId(first.metadata.heatFlowSign), heatFlowSignId(HeatFlowSign::EndothermicDown));
    QCOMPARE(first.metadata.headerValue(QStringLiteral("Sample Holder")), QStringLiteral("UFS1"));
    QCOMPARE(first.metadata.headerValue(QStringLiteral("dTs(T)")), QStringLiteral("0.0"));
    QCOMPARE(first.columnNamed(QStringLiteral("Ts"))->originalUnit, QStringLiteral("\u00B0C"));
    QCOMPARE(quantityId(first.columnNamed(QStringLiteral("Tr"))->quantity),
             quantityId(Quantity::ProgramTemperature));

    const ImportedFile temperature = importOrFail(stareTemperatureFile(), QStringLiteral("stare-T.txt"));
    QCOMPARE(temperature.output.datasets.size(), std::size_t(2));
    const Dataset &heating = *temperature.output.datasets[0];
    QCOMPARE(heating.curveName, QStringLiteral("Seg 3 heating 1000K/s"));
    QCOMPARE(heating.metadata.headerValue(QStringLiteral("User")), QStringLiteral("glassbench"));
    QCOMPARE(heating.metadata.headerValue(QStringLiteral("Results")),
             QStringLiteral("Integral    -1.234 mJ"));
    QCOMPARE(heating.column(Quantity::Temperature)->name, QStringLiteral("Ts")); // Ts is the axis, T is not

    const ImportedFile normalised = importOrFail(toUtf16LE(stareNormalisedFile()), QStringLiteral("n.txt"));
    QCOMPARE(normalised.output.datasets.size(), std::size_t(1));
    QCOMPARE(normalised.output.datasets[0]->metadata.sampleName, QStringLiteral("PS"));
    QVERIFY(std::abs(normalised.output.datasets[0]->metadata.massMg.value_or(-1.0) - 120e-6) < 1e-18);
    QCOMPARE(normalised.output.datasets[0]->column(Quantity::SpecificHeatFlow)->unit,
             QStringLiteral("mW/mg"));

    const ImportedFile ta = importOrFail(taDscFile(), QStringLiteral("ta.txt"));
    QCOMPARE(ta.output.datasets.size(), std::size_t(2));
    QCOMPARE(ta.output.datasets[0]->metadata.massMg.value_or(-1.0), 5.5);
    QCOMPARE(heatFlowSignId(ta.output.datasets[0]->metadata.heatFlowSign),
             heatFlowSignId(HeatFlowSign::EndothermicUp)); // Exotherm Down
    QCOMPARE(ta.output.datasets[0]->column(Quantity::Temperature)->originalUnit, QStringLiteral("\u00B0C"));
    // Header values: code page 437 ("\xF8" is '°') when the header is not UTF-8, else UTF-8.
    QByteArray taMethod = taDscFile();
    taMethod.replace("Exotherm\tDown\n", "Exotherm\tDown\nMethod\tRamp 10.00 \xF8"
                                         "C/min\n");
    QCOMPARE(importOrFail(taMethod, QStringLiteral("m.txt"))
                 .output.datasets[0]
                 ->metadata.headerValue(QStringLiteral("Method")),
             QStringLiteral("Ramp 10.00 \u00B0C/min"));
    QByteArray taUtf8 = taMethod;
    taUtf8.replace("\xF8", "\xC2\xB5"); // every byte of the header valid UTF-8: 'µ'
    QCOMPARE(importOrFail(taUtf8, QStringLiteral("u.txt"))
                 .output.datasets[0]
                 ->metadata.headerValue(QStringLiteral("Method")),
             QStringLiteral("Ramp 10.00 \u00B5C/min"));

    const ImportedFile dma = importOrFail(taDmaFile(), QStringLiteral("dma.txt"));
    QCOMPARE(dma.output.datasets.size(), std::size_t(1));
    QCOMPARE(dma.output.datasets[0]->curveName, QStringLiteral("PMMA bar"));
    QCOMPARE(heatFlowSignId(dma.output.datasets[0]->metadata.heatFlowSign),
             heatFlowSignId(HeatFlowSign::Unknown));

    const ImportedFile netzsch = importOrFail(netzschFile(), QStringLiteral("n.txt"));
    QCOMPARE(netzsch.output.datasets.size(), std::size_t(2));
    QCOMPARE(netzsch.output.datasets[1]->curveName,
             QStringLiteral("Segment 2: 300\u00B0C/-10.0(K/min)/25\u00B0C"));
    QCOMPARE(netzsch.output.datasets[0]->metadata.sampleName, QStringLiteral("PET flake"));
    QCOMPARE(netzsch.output.datasets[0]->metadata.massMg.value_or(-1.0), 10.5);
    QCOMPARE(heatFlowSignId(netzsch.output.datasets[0]->metadata.heatFlowSign),
             heatFlowSignId(HeatFlowSign::EndothermicDown)); // EXO:1
    QVERIFY(!netzsch.output.datasets[0]->columnNamed(QStringLiteral("Segment")));
    QCOMPARE(netzsch.output.datasets[0]->columnNamed(QStringLiteral("Sensit."))->unit,
             QStringLiteral("\u00B5V/mW"));

    const ImportedFile repaired = importOrFail(netzschReplacementFile(), QStringLiteral("r.txt"));
    QCOMPARE(repaired.output.datasets.size(), std::size_t(1));
    QCOMPARE(repaired.output.datasets[0]->column(Quantity::Temperature)->originalUnit,
             QStringLiteral("\u00B0C"));
    QCOMPARE(repaired.output.datasets[0]->columnNamed(QStringLiteral("Sensit."))->unit,
             QStringLiteral("\u00B5V/mW"));
    QCOMPARE(repaired.output.datasets[0]->curveName,
             QStringLiteral("Segment 1: 25\u00B0C/7.0(K/min)/50\u00B0C"));

    const ImportedFile setaram = importOrFail(setaramPlainFile(), QStringLiteral("s.txt"));
    QCOMPARE(setaram.output.datasets.size(), std::size_t(1));
    QCOMPARE(setaram.output.datasets[0]->metadata.sampleName, QStringLiteral("Glass A"));
    QCOMPARE(setaram.output.datasets[0]->metadata.massMg.value_or(-1.0), 12.4); // the HeatFlow block's
    QCOMPARE(setaram.output.datasets[0]->metadata.headerValue(QStringLiteral("TG / Initial Mass")),
             QStringLiteral("12.50 mg"));

    const ImportedFile pyris = importOrFail(pyrisFile(), QStringLiteral("p.txt"));
    QCOMPARE(pyris.output.datasets.size(), std::size_t(2));
    const Dataset &hold = *pyris.output.datasets[0];
    QCOMPARE(hold.curveName, QStringLiteral("1) Hold for 1.0 min at 30.00\u00B0C"));
    QCOMPARE(pyris.output.datasets[1]->curveName,
             QStringLiteral("2) Heat from 30.00\u00B0C to 180.00\u00B0C at 10.00\u00B0C/min"));
    QVERIFY(std::isnan(hold.column(Quantity::HeatFlow)->values[0])); // -1.#IND00 is a gap; row kept
    QCOMPARE(hold.columnNamed(QStringLiteral("Baseline Heat Flow"))->values[0], 0.0);
    QCOMPARE(hold.metadata.sampleName, QStringLiteral("PS film"));
    QCOMPARE(hold.metadata.massMg.value_or(-1.0), 5.12);
    QCOMPARE(heatFlowSignId(hold.metadata.heatFlowSign), heatFlowSignId(HeatFlowSign::EndothermicUp));
    QCOMPARE(hold.metadata.headerValue(QStringLiteral("Onset")), QStringLiteral("156.60"));
    (void)registry;
}

// ---- Variants of the made files -------------------------------------------------------------------

void DscImportersTest::variants_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("variant");
    QTest::addColumn<QString>("format");

    struct Base {
        const char *name;
        QByteArray bytes;
        const char *format;
        bool bom;          // the instrument may write a UTF-8 byte order mark
        bool utf16;        // ... UTF-16LE
        bool latin1;       // ... Latin-1 / Windows-1252
        bool decimalComma; // ... a decimal comma (NETZSCH says so in #DECIMAL)
    };
    const std::vector<Base> bases = {
        {"STARe time", stareTimeFile(), "mettler-stare", true, true, true, true},
        {"STARe temperature", stareTemperatureFile(), "mettler-stare", true, true, true, true},
        // TA files are code page 437 bytes already (F8 for °): no re-encoding to make.
        {"TA DSC", taDscFile(), "ta-universal-analysis", false, false, false, false},
        {"TA DMA", taDmaFile(), "ta-universal-analysis", false, false, false, false},
        {"NETZSCH", netzschFile(), "netzsch-proteus", true, false, true, true},
        {"Setaram plain", setaramPlainFile(), "setaram-calisto", true, true, true, true},
        {"Setaram semicolon", setaramSemicolonFile(), "setaram-calisto", true, true, true, true},
        {"Pyris", pyrisFile(), "perkinelmer-pyris", true, false, true, true},
    };
    for (const Base &base : bases) {
        const QString name = QString::fromLatin1(base.name);
        for (LineEnding ending : {LineEnding::LF, LineEnding::CRLF, LineEnding::CR}) {
            const QByteArray text = withLineEnding(base.bytes, ending);
            const QString tag = name + u' ' + QLatin1String(lineEndingName(ending));
            QTest::newRow(qPrintable(tag)) << base.bytes << text << QString::fromLatin1(base.format);
            if (base.bom)
                QTest::newRow(qPrintable(tag + QStringLiteral(" UTF-8 BOM")))
                    << base.bytes << withUtf8Bom(text) << QString::fromLatin1(base.format);
            if (base.utf16) {
                QTest::newRow(qPrintable(tag + QStringLiteral(" UTF-16LE BOM")))
                    << base.bytes << toUtf16LE(text) << QString::fromLatin1(base.format);
                QTest::newRow(qPrintable(tag + QStringLiteral(" UTF-16LE no BOM")))
                    << base.bytes << toUtf16LE(text, false) << QString::fromLatin1(base.format);
            }
            if (base.latin1)
                QTest::newRow(qPrintable(tag + QStringLiteral(" Latin-1")))
                    << base.bytes << toLatin1(text) << QString::fromLatin1(base.format);
            if (base.decimalComma) {
                QByteArray comma = withDecimalComma(text);
                comma.replace("#DECIMAL:POINT", "#DECIMAL:COMMA");
                QTest::newRow(qPrintable(tag + QStringLiteral(" decimal comma")))
                    << base.bytes << comma << QString::fromLatin1(base.format);
            }
        }
    }
}

void DscImportersTest::variants()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, variant);
    QFETCH(QString, format);

    const ImportedFile expected = importOrFail(original, QStringLiteral("original.txt"));
    const Result<ImportedFile> result =
        ImporterRegistry::standard().importBytes(variant, QStringLiteral("variant.txt"));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result.value().formatId, format);
    const auto &got = result.value().output.datasets;
    QCOMPARE(got.size(), expected.output.datasets.size());
    for (std::size_t c = 0; c < got.size(); ++c) {
        const Dataset &a = *got[c];
        const Dataset &b = *expected.output.datasets[c];
        QCOMPARE(a.segment, b.segment);
        QCOMPARE(a.metadata.sampleName, b.metadata.sampleName);
        QCOMPARE(a.columns.size(), b.columns.size());
        for (std::size_t k = 0; k < a.columns.size(); ++k) {
            QCOMPARE(a.columns[k].name, b.columns[k].name);
            QCOMPARE(quantityId(a.columns[k].quantity), quantityId(b.columns[k].quantity));
            QCOMPARE(a.columns[k].unit, b.columns[k].unit);
            QCOMPARE(a.columns[k].originalUnit, b.columns[k].originalUnit);
            QCOMPARE(a.columns[k].values.size(), b.columns[k].values.size());
            for (std::size_t r = 0; r < a.columns[k].values.size(); ++r)
                QVERIFY2(sameValue(a.columns[k].values[r], b.columns[k].values[r]),
                         qPrintable(QStringLiteral("%1 row %2: %3 vs %4")
                                        .arg(a.columns[k].name)
                                        .arg(r)
                                        .arg(a.columns[k].values[r])
                                        .arg(b.columns[k].values[r])));
        }
    }
    for (const Diagnostic &diagnostic : result.value().output.diagnostics)
        QVERIFY2(diagnostic.severity == Severity::Info, qPrintable(diagnostic.toString()));
}

// ---- Bad input ------------------------------------------------------------------------------------

void DscImportersTest::badInput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Finding>("finding");
    QTest::addColumn<qsizetype>("rowsKept"); // over all curves; -1 when the import fails

    const Finding emptyFile{true, QStringLiteral("empty_file"), 1, 1};
    const QString stare = QStringLiteral("mettler-stare"), ta = QStringLiteral("ta-universal-analysis"),
                  netzsch = QStringLiteral("netzsch-proteus"), setaram = QStringLiteral("setaram-calisto"),
                  pyris = QStringLiteral("perkinelmer-pyris");
    const QByteArray garbage("\x00\x01\x02\xFF\xFE\x7F garbage \x00\x00\x9F", 18);

    // STARe: rows of the first curve are lines 6-8; 9 rows in all.
    QTest::newRow("STARe empty") << stare << QByteArray() << emptyFile << qsizetype(-1);
    QTest::newRow("STARe blank lines") << stare << QByteArray("\n\r\n  \n") << emptyFile << qsizetype(-1);
    QTest::newRow("STARe truncated mid-row")
        << stare << truncatedInLine(stareTimeFile(), 7) << Finding{false, QStringLiteral("short_row"), 7, 1}
        << qsizetype(1);
    QTest::newRow("STARe text cell") << stare
                                     << withLineReplaced(
                                            stareTimeFile(), 7,
                                            "       1    0.00010000    FRT    403.10000   -0.01234012")
                                     << Finding{false, QStringLiteral("not_a_number"), 7, 1} << qsizetype(9);
    QTest::newRow("STARe too few fields")
        << stare << withLineReplaced(stareTimeFile(), 8, "       2    0.00020000    403.19995")
        << Finding{false, QStringLiteral("short_row"), 8, 1} << qsizetype(8);
    QTest::newRow("STARe numbers outside a table")
        << stare << stareTimeFile() + "  5  1.0  2.0\n  6  1.0  2.0\n"
        << Finding{false, QStringLiteral("stray_rows"), 41, 2} << qsizetype(9);
    QTest::newRow("STARe curve without rows")
        << stare << QByteArray("Curve Name:\n  empty\nCurve Values:\n   Index t\n   [s]\n\n")
        << Finding{true, QStringLiteral("no_data"), 1, 1} << qsizetype(-1);
    QTest::newRow("STARe forced on NETZSCH")
        << stare << netzschFile() << Finding{true, QStringLiteral("wrong_format"), 19, 1} << qsizetype(-1);
    QTest::newRow("STARe forced on garbage")
        << stare << garbage << Finding{true, QStringLiteral("wrong_format"), 1, 1} << qsizetype(-1);

    // TA: rows on lines 12-18, two of them markers.
    QTest::newRow("TA empty") << ta << QByteArray() << emptyFile << qsizetype(-1);
    QTest::newRow("TA truncated mid-row")
        << ta << truncatedInLine(taDscFile(), 17) << Finding{false, QStringLiteral("short_row"), 17, 1}
        << qsizetype(3);
    QTest::newRow("TA text cell") << ta << withLineReplaced(taDscFile(), 14, "1.500000\tn/a?\t-1.500000")
                                  << Finding{false, QStringLiteral("not_a_number"), 14, 1} << qsizetype(5);
    QTest::newRow("TA too few fields") << ta << withLineReplaced(taDscFile(), 13, "1.000000\t20.50000")
                                       << Finding{false, QStringLiteral("short_row"), 13, 1} << qsizetype(4);
    QTest::newRow("TA too many fields") << ta << withLineReplaced(taDscFile(), 13, "1.0\t20.5\t-1.25\t7")
                                        << Finding{false, QStringLiteral("long_row"), 13, 1} << qsizetype(4);
    QTest::newRow("TA bad Nsig") << ta << withLineReplaced(taDscFile(), 7, "Nsig\tthree")
                                 << Finding{true, QStringLiteral("bad_header"), 7, 1} << qsizetype(-1);
    QTest::newRow("TA forced on STARe")
        << ta << stareTimeFile() << Finding{true, QStringLiteral("wrong_format"), 40, 1} << qsizetype(-1);

    // NETZSCH: rows on lines 15-19.
    QTest::newRow("NETZSCH empty") << netzsch << QByteArray() << emptyFile << qsizetype(-1);
    QTest::newRow("NETZSCH truncated mid-row")
        << netzsch << truncatedInLine(netzschFile(), 19) << Finding{false, QStringLiteral("short_row"), 19, 1}
        << qsizetype(4);
    QTest::newRow("NETZSCH text cell")
        << netzsch << withLineReplaced(netzschFile(), 16, " 25.16700; 0.01667;  abc;2.76080;1")
        << Finding{false, QStringLiteral("not_a_number"), 16, 1} << qsizetype(5);
    QTest::newRow("NETZSCH too few fields")
        << netzsch << withLineReplaced(netzschFile(), 17, "299.9;27.49")
        << Finding{false, QStringLiteral("short_row"), 17, 1} << qsizetype(4);
    QTest::newRow("NETZSCH decimal comma with comma separator")
        << netzsch
        << withLineReplaced(withLineReplaced(netzschFile(), 4, "#DECIMAL:COMMA"), 5, "#SEPARATOR:COMMA")
        << Finding{true, QStringLiteral("bad_header"), 4, 1} << qsizetype(-1);
    QTest::newRow("NETZSCH unknown separator")
        << netzsch << withLineReplaced(netzschFile(), 5, "#SEPARATOR:PIPE")
        << Finding{true, QStringLiteral("bad_header"), 5, 1} << qsizetype(-1);
    QTest::newRow("NETZSCH point numbers in a comma file")
        << netzsch << withLineReplaced(netzschFile(), 4, "#DECIMAL:COMMA")
        << Finding{true, QStringLiteral("bad_header"), 4, 1} << qsizetype(-1);
    QTest::newRow("NETZSCH forced on TA")
        << netzsch << taDscFile() << Finding{true, QStringLiteral("wrong_format"), 1, 1} << qsizetype(-1);

    // Setaram: rows on lines 14-16.
    QTest::newRow("Setaram empty") << setaram << QByteArray() << emptyFile << qsizetype(-1);
    QTest::newRow("Setaram truncated mid-row")
        << setaram << truncatedInLine(setaramPlainFile(), 16)
        << Finding{false, QStringLiteral("short_row"), 16, 1} << qsizetype(2);
    QTest::newRow("Setaram text cell")
        << setaram << withLineReplaced(setaramPlainFile(), 15, "2 0.3 50.061466 hot 12.499 -11.199047")
        << Finding{false, QStringLiteral("not_a_number"), 15, 1} << qsizetype(3);
    QTest::newRow("Setaram too few fields")
        << setaram << withLineReplaced(setaramPlainFile(), 14, "1 0 50.06274")
        << Finding{false, QStringLiteral("short_row"), 14, 1} << qsizetype(2);
    QTest::newRow("Setaram forced on Pyris")
        << setaram << pyrisFile() << Finding{true, QStringLiteral("wrong_format"), 22, 1} << qsizetype(-1);

    // Pyris: rows on lines 13-14 and 16-18.
    QTest::newRow("Pyris empty") << pyris << QByteArray() << emptyFile << qsizetype(-1);
    QTest::newRow("Pyris truncated mid-row")
        << pyris << truncatedInLine(pyrisFile(), 18) << Finding{false, QStringLiteral("short_row"), 18, 1}
        << qsizetype(4);
    QTest::newRow("Pyris text cell") << pyris
                                     << withLineReplaced(pyrisFile(), 16, "\t1.000\tx\t0.125\t30.000\t30.011")
                                     << Finding{false, QStringLiteral("not_a_number"), 16, 1} << qsizetype(5);
    QTest::newRow("Pyris too few fields")
        << pyris << withLineReplaced(pyrisFile(), 17, "\t1.500\t13.000")
        << Finding{false, QStringLiteral("short_row"), 17, 1} << qsizetype(4);
    QTest::newRow("Pyris rows after the footer")
        << pyris << pyrisFile() + "\t3.0\t1.0\t1.0\t1.0\t1.0\n"
        << Finding{false, QStringLiteral("rows_after_footer"), 23, 1} << qsizetype(5);
    QTest::newRow("Pyris forced on Setaram")
        << pyris << setaramPlainFile() << Finding{true, QStringLiteral("wrong_format"), 1, 1}
        << qsizetype(-1);
}

void DscImportersTest::badInput()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(Finding, finding);
    QFETCH(qsizetype, rowsKept);

    const QString fileName = QStringLiteral("bad.txt");
    const Result<ImportedFile> result = ImporterRegistry::standard().importBytes(bytes, fileName, format);
    if (finding.isError) {
        QVERIFY2(!result.ok(), "the import should fail");
        QCOMPARE(result.error().code, finding.code);
        QCOMPARE(result.error().file, fileName);
        QCOMPARE(result.error().line, finding.line);
        QVERIFY(!result.error().message.isEmpty());
        return;
    }
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    qsizetype rows = 0;
    for (const DatasetPtr &d : result.value().output.datasets)
        rows += d->rowCount();
    QCOMPARE(rows, rowsKept);
    const auto &diagnostics = result.value().output.diagnostics;
    const auto found = std::find_if(diagnostics.begin(), diagnostics.end(),
                                    [&](const Diagnostic &d) { return d.code == finding.code; });
    QVERIFY2(found != diagnostics.end(), qPrintable(finding.code));
    QCOMPARE(int(found->severity), int(Severity::Warning));
    QCOMPARE(found->file, fileName);
    QCOMPARE(found->line, finding.line);
    QCOMPARE(found->count, finding.count);
}

// ---- Detection and speed --------------------------------------------------------------------------

void DscImportersTest::researcherCsvIsNotClaimed()
{
    // The researcher CSV belongs to the generic importer: no DSC importer may claim it.
    GB_REQUIRE_SHARED_FILE("data/real/dsc/NIST_DSC_N2_10K_1.csv");
    QFile file(sharedPath("data/real/dsc/NIST_DSC_N2_10K_1.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const FileProbe probe = makeFileProbe(file.fileName(), file.read(64 * 1024));
    for (const char *id : {"mettler-stare", "ta-universal-analysis", "netzsch-proteus", "setaram-calisto",
                           "perkinelmer-pyris"}) {
        const Importer *importer = ImporterRegistry::standard().find(QString::fromLatin1(id));
        QVERIFY(importer);
        QCOMPARE(importer->confidence(probe), 0);
    }
}

void DscImportersTest::markersAreFoundOnEitherSideOfATable()
{
    // Markers are looked for only up to where the probe's letters end (bytes from 'A' up); a
    // table of numbers after them is not searched, but nothing before it may be missed.
    QByteArray numbers;
    for (int i = 0; i < 3000; ++i)
        numbers += QByteArray::number(i) + "\t-0." + QByteArray::number(7 * i) + "\t+1,5\r\n";
    const FileProbe header = makeFileProbe(QStringLiteral("a.txt"), "Curve Name:\n" + numbers);
    QCOMPARE(header.letterEnd, 10); // after the last "e" of "Curve Name"; ':' is below 'A'
    QCOMPARE(markerRegion(header, "Curve Values:").size(), std::size_t(23));
    QVERIFY(probeContains(header, "Curve Name:"));
    QVERIFY(!probeContains(header, "Curve Values:"));
    const Importer *stare = ImporterRegistry::standard().find(QStringLiteral("mettler-stare"));
    QVERIFY(stare);
    QCOMPARE(stare->confidence(header), 40);
    // A marker after the table, one that ends in bytes below 'A', and one that starts with one.
    const FileProbe after =
        makeFileProbe(QStringLiteral("a.txt"),
                      "Curve Name:\n" + numbers + "Curve Values:\nNsig\t2\n#FORMAT:NETZSCH\n" + numbers);
    QCOMPARE(after.letterEnd, 13 + numbers.size() + 35);
    QCOMPARE(stare->confidence(after), 95);
    QVERIFY(probeContains(after, "Nsig\t2\n"));
    QVERIFY(probeContains(after, "#FORMAT:NETZSCH\n"));
    QVERIFY(probeContains(after, "#FORMAT:NETZSCH\n0\t-0.0\t+1,5")); // ends past letterEnd
    const FileProbe none = makeFileProbe(QStringLiteral("a.txt"), numbers);
    QCOMPARE(none.letterEnd, 0);
    QVERIFY(!probeContains(none, "Curve Name:"));
    // Headers in other encodings: where the letters (here the closing ']') of the UTF-8 text end.
    const QByteArray latin1 = "Ts [\xB0"
                              "C]\r\n";                            // ° is 2 bytes in UTF-8
    const QByteArray utf8Bom = "\xEF\xBB\xBFLoad [\xC2\xB5N]\r\n"; // the mark is dropped
    const QString wide = QStringLiteral("Load [\u00B5N]\r\n") + QString::fromLatin1(numbers.left(60));
    const QByteArray utf16(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2);
    QCOMPARE(makeFileProbe(QStringLiteral("a.txt"), latin1 + numbers).letterEnd, 8);
    QCOMPARE(makeFileProbe(QStringLiteral("a.txt"), utf8Bom + numbers).letterEnd, 10);
    QCOMPARE(makeFileProbe(QStringLiteral("a.txt"), "\xFF\xFE" + utf16).letterEnd, 10);
}

void DscImportersTest::stareThroughput()
{
    // A Flash DSC protocol of 20 curves × 25,000 rows (~32 MB), Latin-1 with ° in the units line. The
    // figure is printed; bench_import measures it properly.
    QByteArray text;
    text.reserve(40 * 1024 * 1024);
    const int curves = 20, rows = 25000;
    for (int c = 0; c < curves; ++c) {
        text += "Curve Name:\n  Ta385 ta0.3s  Seg " + QByteArray::number(c % 7 + 1) +
                "\nCurve Values:\n   Index             t            Ts            Tr         Value\n"
                "                   [s]          [\xB0"
                "C]          [\xB0"
                "C]          [mW]\n";
        char line[128];
        for (int i = 0; i < rows; ++i) {
            const int n = std::snprintf(line, sizeof line, "%8d %13.8f %12.5f %12.5f %13.8f\n", i, i * 1e-4,
                                        30.0 + i * 0.01, 30.0 + i * 0.01, -0.0123 + i * 1e-7);
            text.append(line, n);
        }
        text += "\nSample:\n  AuMG 0.000484 mg\n";
    }
    QElapsedTimer timer;
    timer.start();
    const Result<ImportedFile> result =
        ImporterRegistry::standard().importBytes(text, QStringLiteral("big.txt"));
    const double seconds = double(timer.nsecsElapsed()) * 1e-9;
    QVERIFY(result.ok());
    QCOMPARE(result.value().output.datasets.size(), std::size_t(curves));
    QCOMPARE(result.value().output.datasets.back()->rowCount(), qsizetype(rows));
    QCOMPARE(result.value().output.datasets.back()->column(Quantity::Temperature)->values[100], 31.0 + kC);
    qInfo("STARe import: %.1f MB in %.3f s = %.0f MB/s", double(text.size()) / 1e6, seconds,
          double(text.size()) / 1e6 / seconds);
}

QTEST_GUILESS_MAIN(DscImportersTest)
#include "tst_dsc_importers.moc"
