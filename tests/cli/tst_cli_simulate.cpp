// `glassbench-cli simulate` (issue 4): usage errors, same seed same bytes, a manifest that says
// the data are simulated, and `analyze` run on what it wrote: its progress counted per technique,
// and the DSC peaks against the simulator's truth (issue 6 tolerances).
#include "io/text/FieldSplitter.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {
/// Rows of a CSV file (RFC 4180 quoting, no line breaks inside cells) as column → cell maps.
std::vector<QMap<QString, QString>> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::vector<QMap<QString, QString>> rows;
    QStringList header;
    std::vector<std::string> fields;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        gb::splitQuotedCsv(std::string_view(line.constData(), std::size_t(line.size())), ',', fields);
        QStringList cells;
        for (const std::string &field : fields)
            cells << QString::fromStdString(field);
        if (header.isEmpty()) {
            header = cells;
            continue;
        }
        QMap<QString, QString> row;
        for (qsizetype i = 0; i < header.size() && i < cells.size(); ++i)
            row.insert(header[i], cells[i]);
        rows.push_back(row);
    }
    return rows;
}

/// Every file below `dir` (relative path → bytes).
QMap<QString, QByteArray> tree(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return files;
}
} // namespace

class CliSimulateTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wrongUsageExitsOne_data();
    void wrongUsageExitsOne();
    void unwritableFolderExitsTwo();
    void sameSeedSameBytes();
    void manifestSaysSimulated();
    void analyzeReadsWhatSimulateWrote();

private:
    int run(const QStringList &arguments, QByteArray *errOut = nullptr);
    QTemporaryDir m_dir;
    QString m_campaign; // the small campaign with the default seed
};

int CliSimulateTest::run(const QStringList &arguments, QByteArray *errOut)
{
    QProcess process;
    process.start(QStringLiteral(GLASSBENCH_CLI), arguments);
    if (!process.waitForFinished(300000))
        return -1;
    if (errOut)
        *errOut = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void CliSimulateTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_campaign = m_dir.filePath(QStringLiteral("small"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("simulate"), QStringLiteral("--campaign"), QStringLiteral("small"),
                  QStringLiteral("--out"), m_campaign},
                 &err),
             0);
    QVERIFY2(err.contains("simulated data, seed 1"), err.constData());
}

void CliSimulateTest::wrongUsageExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString out = QStringLiteral("unused");
    QTest::newRow("no options") << QStringList{QStringLiteral("simulate")} << QByteArray("--campaign");
    QTest::newRow("no --out") << QStringList{QStringLiteral("simulate"), QStringLiteral("--campaign"),
                                             QStringLiteral("small")}
                              << QByteArray("--out");
    QTest::newRow("unknown size") << QStringList{QStringLiteral("simulate"), QStringLiteral("--campaign"),
                                                 QStringLiteral("huge"), QStringLiteral("--out"), out}
                                  << QByteArray("huge");
    QTest::newRow("seed not a number") << QStringList{QStringLiteral("simulate"),
                                                      QStringLiteral("--campaign"),
                                                      QStringLiteral("small"),
                                                      QStringLiteral("--out"),
                                                      out,
                                                      QStringLiteral("--seed"),
                                                      QStringLiteral("abc")}
                                       << QByteArray("--seed");
    QTest::newRow("negative seed") << QStringList{QStringLiteral("simulate"),
                                                  QStringLiteral("--campaign"),
                                                  QStringLiteral("small"),
                                                  QStringLiteral("--out"),
                                                  out,
                                                  QStringLiteral("--seed=-3")}
                                   << QByteArray("--seed");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("simulate"),   QStringLiteral("small"),
                                                   QStringLiteral("--campaign"), QStringLiteral("small"),
                                                   QStringLiteral("--out"),      out}
                                    << QByteArray("positional");
}

void CliSimulateTest::wrongUsageExitsOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QByteArray err;
    QCOMPARE(run(arguments, &err), 1);
    QVERIFY2(err.contains(message), err.constData());
    QVERIFY(!QFileInfo::exists(QStringLiteral("unused")));
}

void CliSimulateTest::unwritableFolderExitsTwo()
{
    // A folder below a regular file cannot be created.
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QByteArray err;
    QCOMPARE(run({QStringLiteral("simulate"), QStringLiteral("--campaign"), QStringLiteral("small"),
                  QStringLiteral("--out"), blocker + QStringLiteral("/campaign")},
                 &err),
             2);
    QVERIFY2(err.contains("error:"), err.constData());
}

void CliSimulateTest::sameSeedSameBytes()
{
    const QString again = m_dir.filePath(QStringLiteral("again"));
    const QString other = m_dir.filePath(QStringLiteral("other"));
    QCOMPARE(run({QStringLiteral("simulate"), QStringLiteral("--campaign"), QStringLiteral("small"),
                  QStringLiteral("--out"), again, QStringLiteral("--seed"), QStringLiteral("1"),
                  QStringLiteral("--quiet")}),
             0);
    QCOMPARE(run({QStringLiteral("simulate"), QStringLiteral("--campaign"), QStringLiteral("small"),
                  QStringLiteral("--out"), other, QStringLiteral("--seed"), QStringLiteral("2"),
                  QStringLiteral("--quiet")}),
             0);
    const QMap<QString, QByteArray> first = tree(m_campaign);
    const QMap<QString, QByteArray> second = tree(again);
    const QMap<QString, QByteArray> third = tree(other);
    QVERIFY(first.size() > 10);
    QCOMPARE(second.keys(), first.keys());
    QCOMPARE(third.keys(), first.keys());
    int differing = 0;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key()));
        if (third.value(it.key()) != it.value())
            ++differing;
        else if (it.key().startsWith(QLatin1String("dsc/AuMG_")))
            QFAIL(qPrintable(it.key() + QStringLiteral(" does not depend on the seed")));
    }
    QVERIFY(differing > first.size() / 2);
}

void CliSimulateTest::manifestSaysSimulated()
{
    QFile f(QDir(m_campaign).filePath(QStringLiteral("campaign.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.size() > 3);
    QVERIFY(lines[0].startsWith("# Simulated data"));
    QVERIFY(lines[1].contains("campaign: small, seed: 1"));
    // Header: the interfaces.md columns in their documented order.
    qsizetype header = 0;
    while (lines[header].startsWith('#'))
        ++header;
    QVERIFY(lines[header].startsWith("file,segment,technique,sample,path,T_a_K,t_a_s,phi_K_per_s,T_s_K,"
                                     "heating_rate_K_per_s,mass_ng"));
    const auto rows = readCsv(f.fileName());
    QMap<QString, int> perTechnique;
    for (const auto &row : rows)
        ++perTechnique[row.value(QStringLiteral("technique"))];
    QCOMPARE(perTechnique.value(QStringLiteral("dsc")), 56);
    QVERIFY(perTechnique.value(QStringLiteral("stress_relaxation")) > 0);
    QVERIFY(perTechnique.value(QStringLiteral("nanoindentation")) > 0);
    for (const char *folder : {"dsc", "stress_relaxation", "nanoindentation"})
        QVERIFY(QFileInfo::exists(QDir(m_campaign).filePath(QString::fromLatin1(folder) + "/truth.csv")));
    QCOMPARE(readCsv(QDir(m_campaign).filePath(QStringLiteral("dsc/truth.csv"))).size(), std::size_t(56));
}

void CliSimulateTest::analyzeReadsWhatSimulateWrote()
{
    const QString out = m_dir.filePath(QStringLiteral("tables"));
    QByteArray err;
    const int status =
        run({QStringLiteral("analyze"), QDir(m_campaign).filePath(QStringLiteral("campaign.csv")),
             QStringLiteral("--out"), out},
            &err);
    QVERIFY2(status == 0 || status == 3, qPrintable(QString::number(status)));
    // Progress on stderr, each stage counted from 1 to its total: reading, one step per data
    // file (every indent of an array is a file), with the indents and relaxation curves analysed
    // as they are read; then the DSC stage, one step per relaxed scan ("[k/n] analysed ...").
    const QRegularExpression progressLine(QStringLiteral(R"(^\[(\d+)/(\d+)\] (analysed )?)"));
    QList<int> stageTotals;
    int expected = 1;
    for (const QByteArray &line : err.split('\n')) {
        const QRegularExpressionMatch m = progressLine.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        const int done = m.captured(1).toInt(), total = m.captured(2).toInt();
        if (done == 1) {
            QCOMPARE(expected, stageTotals.isEmpty() ? 1 : stageTotals.last() + 1);
            QCOMPARE(m.hasCaptured(3), !stageTotals.isEmpty()); // reading first
            stageTotals << total;
            expected = 1;
        }
        QVERIFY2(!stageTotals.isEmpty() && total == stageTotals.last(), line.constData());
        QCOMPARE(done, expected++);
    }
    const auto filesIn = [&](const QString &folder) {
        return int(
            QDir(QDir(m_campaign).filePath(folder)).entryList({QStringLiteral("*.txt")}, QDir::Files).size());
    };
    int dataFiles = filesIn(QStringLiteral("dsc")) + filesIn(QStringLiteral("stress_relaxation"));
    for (const QString &array : QDir(QDir(m_campaign).filePath(QStringLiteral("nanoindentation")))
                                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        dataFiles += filesIn(QStringLiteral("nanoindentation/") + array);
    QCOMPARE(stageTotals.size(), 2);
    QCOMPARE(stageTotals.first(), dataFiles);
    QCOMPARE(stageTotals.last(), 28); // the relaxed DSC scans
    QCOMPARE(expected, stageTotals.last() + 1);
    for (const char *table : {"dsc_peaks.csv", "dsc_kissinger.csv", "dsc_matched.csv", "sr_kww.csv",
                              "sr_aging.csv", "sr_arrhenius.csv", "ni_indents.csv", "ni_summary.csv"})
        QVERIFY2(QFileInfo::exists(QDir(out).filePath(QString::fromLatin1(table))), table);

    // The DSC peaks against the truth the simulator wrote beside the data.
    const auto peaks = readCsv(QDir(out).filePath(QStringLiteral("dsc_peaks.csv")));
    const auto truth = readCsv(QDir(m_campaign).filePath(QStringLiteral("dsc/truth.csv")));
    QCOMPARE(peaks.size(), std::size_t(28));
    for (const auto &peak : peaks) {
        QCOMPARE(peak.value(QStringLiteral("status")), QStringLiteral("ok"));
        const QMap<QString, QString> *match = nullptr;
        for (const auto &row : truth)
            if (row.value(QStringLiteral("file")) == peak.value(QStringLiteral("file")) &&
                row.value(QStringLiteral("segment")) == peak.value(QStringLiteral("segment")))
                match = &row;
        QVERIFY(match);
        const auto value = [](const QMap<QString, QString> &row, const char *column) {
            return row.value(QString::fromLatin1(column)).toDouble();
        };
        QVERIFY(std::abs(value(peak, "dH_uJ") / value(*match, "dH_uJ") - 1) < 0.02);
        QVERIFY(std::abs(value(peak, "Tp_K") - value(*match, "Tp_K")) < 0.5);
        QVERIFY(std::abs(value(peak, "FWHM_K") / value(*match, "FWHM_K") - 1) < 0.03);
    }
}

QTEST_GUILESS_MAIN(CliSimulateTest)
#include "tst_cli_simulate.moc"
