// Malformed-input corpus (issue 9), made by the test itself and fed to every importer (each one
// forced, and automatic detection) and to the project reader: truncations at every tenth byte of
// real files, seeded random byte flips, huge numbers and NaN/inf cells, 10^6 columns on one line,
// a 100 MB line without a newline, 20 MB of CR-only lines, UTF-16 of odd length, deeply nested
// JSON. Each input must end in a clean Error that names the file, or in consistent data whose
// problems are counted warnings; never a crash (the sanitizer build checks memory and undefined behaviour
// too). No timing asserts: the sizes are chosen so that anything quadratic would not finish.
#include "io/ImporterRegistry.h"
#include "io/text/NumberParsing.h"
#include "project/ProjectFile.h"
#include "support/SharedData.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <cmath>
#include <random>

using namespace gb;

namespace {
/// A few real files per importer family (DSC, stress relaxation, indentation, reference).
const char *const kSamples[] = {
    "data/real/dsc/A_1.txt",
    "data/real/dsc/NIST_DSC_N2_10K_1.csv",
    "data/real/dsc/sample_dsc_tainstruments.txt",
    "data/real/stress-relaxation/creep_experiment.txt",
    "data/real/stress-relaxation/stressrelaxation_ps130_data.csv",
    "data/real/nanoindentation/1000nmXX 1 6958 -4555.txt",
    "data/real/nanoindentation/Exp-50mN_0000.hld",
    "data/real/nanoindentation/Popin.xls",
    "data/nist-strd/Gauss1.dat",
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList everyImporterId()
{
    QStringList ids;
    for (const Importer *importer : ImporterRegistry::standard().importers())
        ids << importer->id();
    return ids;
}

/// Empty when the outcome is clean: an Error naming the file, with a code and a message; or at
/// least one dataset whose columns all have the same length, no more rows than input bytes, and
/// diagnostics that name the file and count at least one occurrence. Otherwise, why not.
QString uncleanReason(const Result<ImportedFile> &result, const QString &fileName, qsizetype inputSize)
{
    if (!result.ok()) {
        const Error &e = result.error();
        if (e.file != fileName || e.code.isEmpty() || e.message.isEmpty())
            return QStringLiteral("unclean error: ") + e.toString();
        return {};
    }
    if (result->output.datasets.empty())
        return QStringLiteral("success without a dataset");
    for (const DatasetPtr &dataset : result->output.datasets) {
        if (!dataset)
            return QStringLiteral("null dataset");
        for (const Column &column : dataset->columns)
            if (qsizetype(column.values.size()) != dataset->rowCount())
                return QStringLiteral("column %1 has %2 values, the curve %3 rows")
                    .arg(column.name)
                    .arg(column.values.size())
                    .arg(dataset->rowCount());
        if (dataset->rowCount() > inputSize)
            return QStringLiteral("%1 rows from %2 bytes").arg(dataset->rowCount()).arg(inputSize);
    }
    for (const Diagnostic &d : result->output.diagnostics)
        if (d.file != fileName || d.count < 1)
            return QStringLiteral("diagnostic without file or count: ") + d.toString();
    return {};
}

bool warns(const Result<ImportedFile> &result)
{
    if (!result.ok())
        return true;
    for (const Diagnostic &d : result->output.diagnostics)
        if (d.severity != Severity::Info)
            return true;
    return false;
}

qsizetype nonFiniteValues(const Result<ImportedFile> &result)
{
    qsizetype n = 0;
    if (result.ok())
        for (const DatasetPtr &dataset : result->output.datasets)
            for (const Column &column : dataset->columns)
                for (double v : column.values)
                    n += std::isfinite(v) ? 0 : 1;
    return n;
}

/// Replaces the first number of the line found about halfway into `bytes` by `token`.
QByteArray withCellReplaced(const QByteArray &bytes, const QByteArray &token)
{
    qsizetype lineStart = bytes.indexOf('\n', bytes.size() / 2) + 1;
    for (; lineStart > 0 && lineStart < bytes.size(); lineStart = bytes.indexOf('\n', lineStart) + 1) {
        qsizetype i = lineStart;
        while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t'))
            ++i;
        if (i < bytes.size() && (std::isdigit(static_cast<unsigned char>(bytes[i])) || bytes[i] == '-')) {
            qsizetype end = i + 1;
            while (end < bytes.size() && !QByteArray(" \t;,\r\n").contains(bytes[end]))
                ++end;
            return bytes.left(i) + token + bytes.mid(end);
        }
    }
    return {};
}

const QString kProjectPath = QStringLiteral("/nonexistent-folder/malformed.gbproj");

Project sampleProject()
{
    Project p;
    p.baseDir = QStringLiteral("/nonexistent-folder/data");
    p.columns = {QStringLiteral("file"), QStringLiteral("technique"), QStringLiteral("T_a_K")};
    for (int i = 0; i < 20; ++i)
        p.rows.push_back(ProjectRow{QStringLiteral("r%1").arg(i),
                                    ManifestRow{i + 2,
                                                {{QStringLiteral("file"), QStringLiteral("f%1.txt").arg(i)},
                                                 {QStringLiteral("technique"), QStringLiteral("dsc")},
                                                 {QStringLiteral("T_a_K"), QString::number(380 + i)}}}});
    p.rawFiles.push_back(RawFileRecord{QStringLiteral("f0.txt"),
                                       QStringLiteral("/nonexistent-folder/data/f0.txt"),
                                       QStringLiteral("ab12"),
                                       42,
                                       QStringLiteral("mettler-stare"),
                                       true,
                                       {{QStringLiteral("decimal"), QStringLiteral(",")}}});
    p.settings.setValue(QStringLiteral("r1"), QStringLiteral("t_range"), QJsonArray{1.5, 2.5});
    return p;
}

/// Empty when parseProject's outcome is clean: an Error naming the project, or a project.
QString uncleanProject(const Result<Project> &result)
{
    if (result.ok() || (result.error().file == kProjectPath && !result.error().message.isEmpty()))
        return {};
    return QStringLiteral("unclean error: ") + result.error().toString();
}
} // namespace

class MalformedInputsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void truncations_data() { realFiles(); }
    void truncations();
    void byteFlips_data() { realFiles(); }
    void byteFlips();
    void hugeAndNonFiniteCells_data();
    void hugeAndNonFiniteCells();
    void syntheticMonsters_data();
    void syntheticMonsters();
    void projectTruncationsAndFlips();
    void projectOddValues_data();
    void projectOddValues();

private:
    void realFiles();
};

void MalformedInputsTest::realFiles()
{
    QTest::addColumn<QString>("relative");
    for (const char *relative : kSamples)
        QTest::newRow(relative) << QString::fromUtf8(relative);
}

// Every tenth byte: of the whole file when it is small, else of its first 4 KiB (the header,
// where the layouts are told apart), through the file's own importer and automatic detection;
// and at every tenth of the file through every importer.
void MalformedInputsTest::truncations()
{
    QFETCH(QString, relative);
    GB_REQUIRE_SHARED_FILE(relative);
    const QByteArray whole = readAll(test::sharedPath(relative));
    const Result<ImportedFile> own = ImporterRegistry::standard().importFile(test::sharedPath(relative));
    QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().toString()));
    const QString name = QFileInfo(relative).fileName();
    const qsizetype limit = whole.size() <= 32 * 1024 ? whole.size() : 4096;
    for (qsizetype at = 0; at < limit; at += 10)
        for (const QString &id : {own->formatId, QString()}) {
            const QByteArray cut = whole.left(at);
            const QString why =
                uncleanReason(ImporterRegistry::standard().importBytes(cut, name, id), name, at);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("cut at %1 (%2): %3").arg(at).arg(id, why)));
        }
    for (int tenth = 1; tenth < 10; ++tenth)
        for (const QString &id : everyImporterId()) {
            const QByteArray cut = whole.left(whole.size() * tenth / 10);
            const QString why =
                uncleanReason(ImporterRegistry::standard().importBytes(cut, name, id), name, cut.size());
            QVERIFY2(why.isEmpty(),
                     qPrintable(QStringLiteral("cut at %1/10 (%2): %3").arg(tenth).arg(id, why)));
        }
}

// 20 seeded variants of each file (its first 128 KiB) with one byte in a thousand replaced.
void MalformedInputsTest::byteFlips()
{
    QFETCH(QString, relative);
    GB_REQUIRE_SHARED_FILE(relative);
    const QByteArray original = readAll(test::sharedPath(relative)).left(128 * 1024);
    const QString name = QFileInfo(relative).fileName();
    std::mt19937 rng(20260901u + quint32(original.size()));
    const QStringList ids = everyImporterId();
    for (int variant = 0; variant < 20; ++variant) {
        QByteArray bytes = original;
        const qsizetype flips = 1 + bytes.size() / 1000;
        for (qsizetype k = 0; k < flips; ++k)
            bytes[qsizetype(rng() % quint32(bytes.size()))] ^= char(1 + rng() % 255);
        QVERIFY(bytes != original);
        const QString forced = ids[variant % ids.size()];
        for (const QString &id : {forced, QString()}) {
            const QString why =
                uncleanReason(ImporterRegistry::standard().importBytes(bytes, name, id), name, bytes.size());
            QVERIFY2(why.isEmpty(),
                     qPrintable(QStringLiteral("variant %1 (%2): %3").arg(variant).arg(id, why)));
        }
    }
}

void MalformedInputsTest::hugeAndNonFiniteCells_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("mustWarn"); // out of range: never silently clamped
    const QList<QPair<QByteArray, bool>> tokens = {
        {"1e999", true},
        {"-1e999", true},
        {"1e-999", true},
        {"nan", false},
        {"NaN", false},
        {"inf", false},
        {"-inf", false},
        {"Infinity", false},
        {"1e308", false},
        {"1.7976931348623159e308", true},
        {"123456789012345678901234567890", false},
    };
    for (const char *relative : kSamples) {
        if (QByteArray(relative).endsWith(".xls"))
            continue; // binary: cells are doubles already
        for (const auto &[token, mustWarn] : tokens)
            QTest::newRow(QByteArray(relative) + " " + token)
                << QString::fromUtf8(relative) << token << mustWarn;
    }
}

// A number in the middle of the data replaced by a huge, tiny or non-finite one, through the
// file's own importer: either the importer warns, or the cell is there as a non-finite value
// (a gap or an infinity) or as the finite number it is; rows are never silently dropped.
void MalformedInputsTest::hugeAndNonFiniteCells()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, token);
    QFETCH(bool, mustWarn);
    GB_REQUIRE_SHARED_FILE(relative);
    const QByteArray original = readAll(test::sharedPath(relative));
    const QByteArray bytes = withCellReplaced(original, token);
    QVERIFY(!bytes.isEmpty());
    const QString name = QFileInfo(relative).fileName();
    const Result<ImportedFile> before = ImporterRegistry::standard().importBytes(original, name);
    QVERIFY(before.ok());
    const Result<ImportedFile> after =
        ImporterRegistry::standard().importBytes(bytes, name, before->formatId);
    const QString why = uncleanReason(after, name, bytes.size());
    QVERIFY2(why.isEmpty(), qPrintable(why));
    if (mustWarn) {
        QVERIFY2(warns(after), "an out-of-range number must be reported");
        return;
    }
    if (warns(after))
        return;
    qsizetype rowsBefore = 0, rowsAfter = 0;
    for (const DatasetPtr &d : before->output.datasets)
        rowsBefore += d->rowCount();
    for (const DatasetPtr &d : after->output.datasets)
        rowsAfter += d->rowCount();
    QCOMPARE(rowsAfter, rowsBefore);
    if (!std::isfinite(parseNumber(token.constData()).value)) // "nan", "inf": kept as such
        QVERIFY(nonFiniteValues(after) > nonFiniteValues(before));
}

void MalformedInputsTest::syntheticMonsters_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("mustFailOrWarn");

    QByteArray wide;
    wide.reserve(8'000'100);
    for (int row = 0; row < 2; ++row) {
        for (int c = 0; c < 1'000'000; ++c)
            wide += row == 0 ? "1.5\t" : "2.5\t";
        wide += '\n';
    }
    QTest::newRow("10^6 columns, tab") << QStringLiteral("wide.txt") << wide << false;
    QByteArray wideComma = wide;
    wideComma.replace('\t', ',');
    QTest::newRow("10^6 columns, comma") << QStringLiteral("wide.csv") << wideComma << false;

    QByteArray longLine("Time (s)\tValue\n");
    longLine.reserve(100'000'100);
    while (longLine.size() < 100'000'000)
        longLine += "1234567890";
    QTest::newRow("100 MB line without newline") << QStringLiteral("long.txt") << longLine << true;

    // Lone-CR line ends (classic Mac OS): a reader that looks for the next LF on every line is
    // quadratic here.
    const QByteArray crOnly =
        QByteArray("Time (s)\tValue (mW)\r") + QByteArray("1.5\t2.5\r").repeated(2'500'000);
    QTest::newRow("20 MB of CR-terminated lines") << QStringLiteral("mac.txt") << crOnly << false;

    const QString text =
        QStringLiteral("Time (s)\tHeat flow (mW)\n") + QStringLiteral("0.5\t1.25\n").repeated(2000);
    QByteArray utf16le("\xff\xfe");
    utf16le += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QTest::newRow("UTF-16LE, odd length") << QStringLiteral("odd16.txt") << utf16le.chopped(1) << false;
    QByteArray utf16be("\xfe\xff");
    for (QChar ch : text)
        utf16be += char(ch.unicode() >> 8), utf16be += char(ch.unicode() & 0xff);
    QTest::newRow("UTF-16BE, odd length") << QStringLiteral("odd16be.txt") << utf16be.chopped(1) << false;
    QTest::newRow("UTF-16LE BOM and one byte")
        << QStringLiteral("bom.txt") << QByteArray("\xff\xfe\x41") << true;
}

// Each monster through every importer (forced) and automatic detection.
void MalformedInputsTest::syntheticMonsters()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, mustFailOrWarn);
    QStringList ids = everyImporterId();
    ids << QString();
    for (const QString &id : ids) {
        QElapsedTimer timer;
        timer.start();
        const Result<ImportedFile> result = ImporterRegistry::standard().importBytes(bytes, fileName, id);
        const QString why = uncleanReason(result, fileName, bytes.size());
        QVERIFY2(why.isEmpty(), qPrintable(id + QStringLiteral(": ") + why));
        if (mustFailOrWarn)
            QVERIFY2(warns(result), qPrintable(id));
        qInfo("%s: %s in %lld ms", qPrintable(id.isEmpty() ? QStringLiteral("(detected)") : id),
              qPrintable(result.ok() ? QStringLiteral("data") : result.error().code), timer.elapsed());
    }
}

// Every tenth byte of a project file, and 50 seeded single-byte flips.
void MalformedInputsTest::projectTruncationsAndFlips()
{
    const QByteArray whole = formatProject(sampleProject(), kProjectPath);
    QVERIFY(parseProject(whole, kProjectPath).ok());
    for (qsizetype at = 0; at < whole.size(); at += 10) {
        const Result<Project> result = parseProject(whole.left(at), kProjectPath);
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("cut at %1 read as a project").arg(at)));
        QVERIFY2(uncleanProject(result).isEmpty(), qPrintable(uncleanProject(result)));
    }
    std::mt19937 rng(99);
    for (int variant = 0; variant < 50; ++variant) {
        QByteArray bytes = whole;
        bytes[qsizetype(rng() % quint32(bytes.size()))] ^= char(1 + rng() % 255);
        const Result<Project> result = parseProject(bytes, kProjectPath);
        QVERIFY2(uncleanProject(result).isEmpty(), qPrintable(uncleanProject(result)));
    }
}

void MalformedInputsTest::projectOddValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("readable");
    const QByteArray head = "{\"format\":\"glassbench-project\",\"version\":1,";
    const QByteArray row = "\"campaign\":{\"rows\":[{\"id\":\"a\",\"manifest_line\":";
    QTest::newRow("nested 100000 deep")
        << head + "\"analysis\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}" << false;
    QTest::newRow("nested 500 deep") << head + "\"plot_styles\":{\"p\":" + QByteArray(500, '[') +
                                            QByteArray(500, ']') + "}}"
                                     << true;
    QTest::newRow("nested settings") << head + "\"settings\":{\"a\":{\"x\":" + QByteArray(500, '[') +
                                            QByteArray(500, ']') + "}}}"
                                     << true;
    QTest::newRow("huge line number") << head + row + "1e300}]}}" << true;
    QTest::newRow("negative line number") << head + row + "-1e300}]}}" << true;
    QTest::newRow("huge raw-file size")
        << head + "\"raw_files\":[{\"file\":\"a\",\"path\":\"a\",\"size\":1e300}]}" << true;
    QTest::newRow("huge version") << QByteArray("{\"format\":\"glassbench-project\",\"version\":1e300}")
                                  << false;
    QTest::newRow("NaN version") << QByteArray("{\"format\":\"glassbench-project\",\"version\":NaN}")
                                 << false;
    QTest::newRow("number too big for JSON") << head + row + "1e999}]}}" << false;
    QTest::newRow("10^5 rows") << head + row + "1}" + QByteArray(",{\"id\":\"b\"}").repeated(100000) + "]}}"
                               << true;
}

void MalformedInputsTest::projectOddValues()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, readable);
    const Result<Project> result = parseProject(json, kProjectPath);
    QVERIFY2(uncleanProject(result).isEmpty(), qPrintable(uncleanProject(result)));
    QCOMPARE(result.ok(), readable);
    if (result.ok())
        for (const ProjectRow &row : result->rows)
            QVERIFY(row.row.line >= 0);
}

QTEST_GUILESS_MAIN(MalformedInputsTest)
#include "tst_malformed_inputs.moc"
