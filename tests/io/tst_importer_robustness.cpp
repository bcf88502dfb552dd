// Bad input through every registered importer (issue 2): empty, garbage, foreign formats,
// truncation mid-row, missing files and folders. Each case must end in an Error that names
// the file, or in data with a counted warning; never a crash, a hang or a silent loss.
#include "io/ImporterRegistry.h"
#include "support/SharedData.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace gb;

namespace {
QStringList realFiles()
{
    QStringList files;
    QDirIterator it(test::sharedPath(QStringLiteral("data/real")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String("SOURCES.md")))
            files << path;
    }
    files.sort();
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Cuts `bytes` in the middle of a line about 60 % into the file, just after a field
/// delimiter, so the last row has fewer fields than the others.
QByteArray truncatedMidRow(const QByteArray &bytes)
{
    const qsizetype start = bytes.size() * 6 / 10;
    const qsizetype lineStart = bytes.indexOf('\n', start) + 1;
    if (lineStart <= 0)
        return bytes.left(bytes.size() / 2);
    for (qsizetype i = lineStart; i < bytes.size() && bytes[i] != '\n' && bytes[i] != '\r'; ++i) {
        const char c = bytes[i];
        if ((c == '\t' || c == ';' || c == ',' || c == ' ') && i > lineStart && bytes[i - 1] != ' ')
            return bytes.left(i + 1);
    }
    return bytes.left(lineStart + 3);
}

/// True when the outcome is one the rules allow: an Error that names the file, or data whose
/// diagnostics include a warning or an error.
bool failsCleanly(const Result<ImportedFile> &result, const QString &fileName, QString &why)
{
    if (!result.ok()) {
        why = result.error().toString();
        return result.error().file == fileName && !result.error().message.isEmpty();
    }
    for (const Diagnostic &d : result->output.diagnostics)
        if (d.severity != Severity::Info && d.file == fileName) {
            why = d.toString();
            return true;
        }
    why = QStringLiteral("read without any warning");
    return false;
}
} // namespace

class ImporterRobustnessTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyImporterIsRegisteredOnce();
    void badBytes_data();
    void badBytes();
    void foreignFormatForced_data();
    void foreignFormatForced();
    void truncatedRealFile_data();
    void truncatedRealFile();
    void missingFileAndFolder();
    void fileOfAnySizeReadsAsItsBytes_data();
    void fileOfAnySizeReadsAsItsBytes();
};

void ImporterRobustnessTest::everyImporterIsRegisteredOnce()
{
    QStringList ids;
    for (const Importer *importer : ImporterRegistry::standard().importers()) {
        QVERIFY2(!ids.contains(importer->id()), qPrintable(importer->id()));
        ids << importer->id();
        QVERIFY(!importer->displayName().isEmpty());
        QVERIFY(!importer->filePatterns().isEmpty());
    }
    QVERIFY(ids.size() >= 1);
}

void ImporterRobustnessTest::badBytes_data()
{
    QTest::addColumn<QString>("importerId");
    QTest::addColumn<QByteArray>("bytes");
    std::mt19937 rng(7);
    QByteArray garbage(64 * 1024, '\0');
    for (char &c : garbage)
        c = char(rng() & 0xFF);
    for (const Importer *importer : ImporterRegistry::standard().importers()) {
        const QByteArray id = importer->id().toUtf8();
        QTest::newRow(id + " empty") << importer->id() << QByteArray();
        QTest::newRow(id + " binary garbage") << importer->id() << garbage;
        QTest::newRow(id + " one word") << importer->id() << QByteArray("hello");
        QTest::newRow(id + " zeros") << importer->id() << QByteArray(4096, '\0');
    }
}

void ImporterRobustnessTest::badBytes()
{
    QFETCH(QString, importerId);
    QFETCH(QByteArray, bytes);
    const QString name = QStringLiteral("bad-input.dat");
    const Result<ImportedFile> result = ImporterRegistry::standard().importBytes(bytes, name, importerId);
    QString why;
    QVERIFY2(failsCleanly(result, name, why), qPrintable(why));
}

void ImporterRobustnessTest::foreignFormatForced_data()
{
    QTest::addColumn<QString>("importerId");
    QTest::addColumn<QString>("path");
    const QStringList files = realFiles();
    if (files.isEmpty())
        QSKIP("shared reference data not found (set GLASSBENCH_SHARED_DIR to the folder holding data/)");
    for (const QString &path : files) {
        const Result<ImportedFile> own = ImporterRegistry::standard().importFile(path);
        const QString ownId = own.ok() ? own->formatId : QString();
        for (const Importer *importer : ImporterRegistry::standard().importers()) {
            // The generic importer reads any delimited table by design; it is not "foreign".
            if (importer->id() == ownId || importer->id() == QLatin1String("generic-delimited"))
                continue;
            QTest::newRow(qPrintable(importer->id() + QStringLiteral(" <- ") + QFileInfo(path).fileName()))
                << importer->id() << path;
        }
    }
}

void ImporterRobustnessTest::foreignFormatForced()
{
    QFETCH(QString, importerId);
    QFETCH(QString, path);
    const Result<ImportedFile> result = ImporterRegistry::standard().importFile(path, importerId);
    QString why;
    QVERIFY2(failsCleanly(result, path, why), qPrintable(why));
}

void ImporterRobustnessTest::truncatedRealFile_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = realFiles();
    if (files.isEmpty())
        QSKIP("shared reference data not found (set GLASSBENCH_SHARED_DIR to the folder holding data/)");
    for (const QString &path : files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void ImporterRobustnessTest::truncatedRealFile()
{
    QFETCH(QString, path);
    const QByteArray whole = readFile(path);
    const QByteArray cut = truncatedMidRow(whole);
    QVERIFY(cut.size() < whole.size());
    const QString name = QFileInfo(path).fileName();
    const Result<ImportedFile> result = ImporterRegistry::standard().importBytes(cut, name);
    QString why;
    QVERIFY2(failsCleanly(result, name, why), qPrintable(why));
    if (result.ok()) {
        bool namesALine = false;
        for (const Diagnostic &d : result->output.diagnostics)
            namesALine = namesALine || (d.severity != Severity::Info && d.line > 0);
        QVERIFY2(namesALine, "the warning about the cut row must name its line");
    }
}

void ImporterRobustnessTest::missingFileAndFolder()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("absent.txt"));
    const Result<ImportedFile> absent = ImporterRegistry::standard().importFile(missing);
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error().file, missing);
    QCOMPARE(absent.error().code, QStringLiteral("read_error"));
    QCOMPARE(absent.error().message, QStringLiteral("file not found"));
    const Result<ImportedFile> folder = ImporterRegistry::standard().importFile(dir.path());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().file, dir.path());
    QCOMPARE(folder.error().message, QStringLiteral("is a folder, not a file"));
    for (const Importer *importer : ImporterRegistry::standard().importers()) {
        const Result<ImportedFile> forced =
            ImporterRegistry::standard().importFile(dir.path(), importer->id());
        QVERIFY(!forced.ok());
    }
}

void ImporterRobustnessTest::fileOfAnySizeReadsAsItsBytes_data()
{
    QTest::addColumn<qsizetype>("blanksBeforeTheTable");
    QTest::newRow("a few kB: read whole, then probed") << qsizetype(0);
    QTest::newRow("65 MiB: probed by its head, then read") << qsizetype(65) * 1024 * 1024;
}

// A file is read whole before it is probed up to a size, and probed by its head first above
// it; both ways must import exactly what its bytes give. The table of the large file lies
// past the probe: only a read of the whole file finds it.
void ImporterRobustnessTest::fileOfAnySizeReadsAsItsBytes()
{
    QFETCH(qsizetype, blanksBeforeTheTable);
    QByteArray bytes = "Nsig\t2\r\nSig1\tTime (min)\r\nSig2\tStress (MPa)\r\n";
    bytes += QByteArray(blanksBeforeTheTable, ' ') + "\r\nStartOfData\r\n";
    constexpr int kRows = 1000;
    for (int i = 0; i < kRows; ++i)
        bytes += QByteArray::number(i) + '\t' + QByteArray::number(100.0 - i * 0.05, 'f', 2) + "\r\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relaxation.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();

    const Result<ImportedFile> fromFile = ImporterRegistry::standard().importFile(path);
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.ok() ? QString() : fromFile.error().toString()));
    QCOMPARE(fromFile->formatId, QStringLiteral("ta-universal-analysis"));
    QCOMPARE(fromFile->output.datasets.size(), std::size_t(1));
    const std::vector<Column> &columns = fromFile->output.datasets.front()->columns;
    QCOMPARE(columns.size(), std::size_t(2));
    QCOMPARE(columns[0].values.size(), std::size_t(kRows));
    QCOMPARE(columns[0].values.back(), (kRows - 1) * 60.0); // minutes to seconds
    QCOMPARE(columns[1].values.back(), 100.0 - (kRows - 1) * 0.05);

    const Result<ImportedFile> fromBytes = ImporterRegistry::standard().importBytes(bytes, path);
    QVERIFY(fromBytes.ok());
    const std::vector<Column> &same = fromBytes->output.datasets.front()->columns;
    for (std::size_t c = 0; c < columns.size(); ++c)
        QVERIFY(columns[c].values == same[c].values);
    QCOMPARE(fromFile->output.diagnostics.size(), fromBytes->output.diagnostics.size());
}

QTEST_GUILESS_MAIN(ImporterRobustnessTest)
#include "tst_importer_robustness.moc"
