// `glassbench-cli analyze` (interfaces.md §2): exit codes, tables, and a DSC campaign whose
// relaxation peak is known exactly.
#include "io/ManifestFile.h"
#include "io/writers/StareExportWriter.h"
#include "project/ProjectFile.h"
#include "project/ProjectLoader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {
constexpr double kHeatingRate = 1000.0; // K/s
constexpr double kPeakTemperature = 400.0;
constexpr double kPeakSigma = 8.0;
constexpr double kPeakHeight = 0.05; // mW

/// A heating scan from 300 to 480 K: a sloped baseline plus, when `relaxed`, a Gaussian
/// endotherm. STARe plots endothermic down, so the endotherm is written negative.
gb::StareCurve heatingScan(const QString &name, bool relaxed)
{
    gb::StareCurve curve;
    curve.name = name;
    for (double T = 300.0; T <= 480.0 + 1e-9; T += 0.05) {
        const double t = (T - 300.0) / kHeatingRate;
        const double baseline = -0.02 - 1e-4 * (T - 300.0);
        const double peak =
            relaxed ? kPeakHeight * std::exp(-0.5 * std::pow((T - kPeakTemperature) / kPeakSigma, 2)) : 0.0;
        curve.timeS.push_back(t);
        curve.sampleTemperatureK.push_back(T);
        curve.programTemperatureK.push_back(T);
        curve.heatFlowMw.push_back(baseline - peak);
    }
    return curve;
}

QMap<QString, QString> readCsvRow(const QString &path, int row)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (row + 1 >= lines.size())
        return {};
    const QStringList header = lines[0].split(u',');
    const QStringList cells = lines[row + 1].split(u',');
    QMap<QString, QString> map;
    for (qsizetype i = 0; i < header.size() && i < cells.size(); ++i)
        map.insert(header[i], cells[i]);
    return map;
}
} // namespace

class CliAnalyzeTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wrongUsageExitsOne();
    void unreadableManifestExitsTwo();
    void analysesDscCampaign();
    void missingFileRowFailsWithExitThree();
    void onlyReadsTheChosenTechniques();
    void projectGivesTheTablesOfItsManifest();
    void oneThreadGivesTheSameTables();

private:
    int run(const QStringList &arguments, QByteArray *errOut = nullptr);
    QString writeCampaign(const QByteArray &extraRow);
    QTemporaryDir m_dir;
};

void CliAnalyzeTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    gb::StareExport data;
    data.sampleName = QStringLiteral("AuMG");
    data.massMg = 0.000484;
    data.method = QStringLiteral("Ta385");
    data.curves = {heatingScan(QStringLiteral("reference  Seg 3"), false),
                   heatingScan(QStringLiteral("Ta385 ta10s  Seg 7"), true)};
    QFile f(m_dir.filePath(QStringLiteral("protocol.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(gb::writeStareExport(data));
}

int CliAnalyzeTest::run(const QStringList &arguments, QByteArray *errOut)
{
    QProcess process;
    process.start(QStringLiteral(GLASSBENCH_CLI), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (errOut)
        *errOut = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

QString CliAnalyzeTest::writeCampaign(const QByteArray &extraRow)
{
    const QString path = m_dir.filePath(QStringLiteral("campaign.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("file,segment,technique,sample,path,T_a_K,t_a_s,heating_rate_K_per_s,mass_ng\n"
            "protocol.txt,1,dsc,AuMG,reference,,,1000,484\n"
            "protocol.txt,2,dsc,AuMG,isothermal,385,10,1000,484\n" +
            extraRow);
    return path;
}

void CliAnalyzeTest::wrongUsageExitsOne()
{
    QCOMPARE(run({}), 1);
    QCOMPARE(run({QStringLiteral("analyze")}), 1);
    QCOMPARE(run({QStringLiteral("analyze"), QStringLiteral("x.csv"), QStringLiteral("--out"), m_dir.path(),
                  QStringLiteral("--only"), QStringLiteral("xrd")}),
             1);
    QCOMPARE(run({QStringLiteral("frobnicate")}), 1);
}

void CliAnalyzeTest::unreadableManifestExitsTwo()
{
    QByteArray err;
    QCOMPARE(run({QStringLiteral("analyze"), m_dir.filePath(QStringLiteral("absent.csv")),
                  QStringLiteral("--out"), m_dir.filePath(QStringLiteral("out"))},
                 &err),
             2);
    QVERIFY(err.contains("absent.csv"));
}

void CliAnalyzeTest::analysesDscCampaign()
{
    const QString manifest = writeCampaign({});
    const QString out = m_dir.filePath(QStringLiteral("tables"));
    QByteArray err;
    QCOMPARE(
        run({QStringLiteral("analyze"), manifest, QStringLiteral("--out"), out, QStringLiteral("--quiet")},
            &err),
        0);
    QVERIFY2(err.isEmpty(), err.constData());
    const QMap<QString, QString> peak = readCsvRow(QDir(out).filePath(QStringLiteral("dsc_peaks.csv")), 0);
    QCOMPARE(peak.value(QStringLiteral("status")), QStringLiteral("ok"));
    QCOMPARE(peak.value(QStringLiteral("sample")), QStringLiteral("AuMG"));
    QCOMPARE(peak.value(QStringLiteral("path")), QStringLiteral("isothermal"));
    // ΔH = ∫ΔΦ dT / β = h·σ·√(2π)/β, in µJ; J/g with 484 ng; FWHM = 2√(2 ln 2)·σ.
    const double dH = kPeakHeight * kPeakSigma * std::sqrt(2.0 * M_PI) / kHeatingRate * 1000.0;
    QVERIFY(std::abs(peak.value(QStringLiteral("dH_uJ")).toDouble() / dH - 1.0) < 0.02);
    QVERIFY(std::abs(peak.value(QStringLiteral("dH_J_per_g")).toDouble() / (dH * 1e-6 / 484e-9) - 1.0) <
            0.02);
    QVERIFY(std::abs(peak.value(QStringLiteral("Tp_K")).toDouble() - kPeakTemperature) < 0.5);
    QVERIFY(std::abs(peak.value(QStringLiteral("FWHM_K")).toDouble() /
                         (2.0 * std::sqrt(2.0 * std::log(2.0)) * kPeakSigma) -
                     1.0) < 0.03);
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("dsc_kissinger.csv"))));
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("dsc_matched.csv"))));
}

void CliAnalyzeTest::missingFileRowFailsWithExitThree()
{
    const QString manifest = writeCampaign("gone.txt,1,dsc,AuMG,isothermal,385,100,1000,484\n");
    const QString out = m_dir.filePath(QStringLiteral("tables-missing"));
    QByteArray err;
    QCOMPARE(
        run({QStringLiteral("analyze"), manifest, QStringLiteral("--out"), out, QStringLiteral("--quiet")},
            &err),
        3);
    QVERIFY(err.contains("campaign.csv:4"));
    const QMap<QString, QString> good = readCsvRow(QDir(out).filePath(QStringLiteral("dsc_peaks.csv")), 0);
    QCOMPARE(good.value(QStringLiteral("status")), QStringLiteral("ok"));
}

void CliAnalyzeTest::onlyReadsTheChosenTechniques()
{
    // A stress-relaxation row whose file is no export: it fails the whole campaign, and is not
    // even read when only the DSC rows are analysed.
    QFile junk(m_dir.filePath(QStringLiteral("junk.txt")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("no instrument wrote this\n");
    junk.close();
    const QString manifest = writeCampaign("junk.txt,1,stress_relaxation,ZrMG,isothermal,553,1800,,\n");
    const QString out = m_dir.filePath(QStringLiteral("tables-only"));
    QByteArray err;
    QCOMPARE(
        run({QStringLiteral("analyze"), manifest, QStringLiteral("--out"), out, QStringLiteral("--quiet")},
            &err),
        3);
    QVERIFY2(err.contains("junk.txt"), err.constData());
    QCOMPARE(run({QStringLiteral("analyze"), manifest, QStringLiteral("--out"), out, QStringLiteral("--only"),
                  QStringLiteral("dsc"), QStringLiteral("--quiet")},
                 &err),
             0);
    QVERIFY2(!err.contains("junk.txt"), err.constData());
    const QMap<QString, QString> peak = readCsvRow(QDir(out).filePath(QStringLiteral("dsc_peaks.csv")), 0);
    QCOMPARE(peak.value(QStringLiteral("status")), QStringLiteral("ok"));
}

void CliAnalyzeTest::projectGivesTheTablesOfItsManifest()
{
    // A .gbproj made from the manifest (as the window saves it) is analysed to the same bytes.
    const QString manifest = writeCampaign({});
    gb::Result<gb::Manifest> read = gb::readManifest(manifest);
    QVERIFY(read.ok());
    const QString project = m_dir.filePath(QStringLiteral("study.gbproj"));
    QVERIFY(gb::writeProject(gb::projectFromManifest(read.value()), project).ok());
    const QString fromManifest = m_dir.filePath(QStringLiteral("tables-manifest"));
    const QString fromProject = m_dir.filePath(QStringLiteral("tables-project"));
    QCOMPARE(run({QStringLiteral("analyze"), manifest, QStringLiteral("--out"), fromManifest,
                  QStringLiteral("--quiet")}),
             0);
    QByteArray err;
    QCOMPARE(run({QStringLiteral("analyze"), project, QStringLiteral("--out"), fromProject,
                  QStringLiteral("--quiet")},
                 &err),
             0);
    QVERIFY2(err.isEmpty(), err.constData());
    for (const char *table : {"dsc_peaks.csv", "dsc_kissinger.csv", "dsc_matched.csv"}) {
        QFile a(QDir(fromManifest).filePath(QLatin1String(table)));
        QFile b(QDir(fromProject).filePath(QLatin1String(table)));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }
}

void CliAnalyzeTest::oneThreadGivesTheSameTables()
{
    const QString manifest = writeCampaign({});
    const QString parallel = m_dir.filePath(QStringLiteral("tables-parallel"));
    const QString serial = m_dir.filePath(QStringLiteral("tables-serial"));
    QCOMPARE(run({QStringLiteral("analyze"), manifest, QStringLiteral("--out"), parallel,
                  QStringLiteral("--jobs"), QStringLiteral("4"), QStringLiteral("--quiet")}),
             0);
    QCOMPARE(run({QStringLiteral("analyze"), manifest, QStringLiteral("--out"), serial,
                  QStringLiteral("--jobs"), QStringLiteral("1"), QStringLiteral("--quiet")}),
             0);
    for (const char *table : {"dsc_peaks.csv", "dsc_kissinger.csv", "dsc_matched.csv"}) {
        QFile a(QDir(parallel).filePath(QLatin1String(table)));
        QFile b(QDir(serial).filePath(QLatin1String(table)));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }
    const QMap<QString, QString> peak = readCsvRow(QDir(serial).filePath(QStringLiteral("dsc_peaks.csv")), 0);
    QCOMPARE(peak.value(QStringLiteral("status")), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(CliAnalyzeTest)
#include "tst_cli_analyze.moc"
