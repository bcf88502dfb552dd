// Pop-in statistics and the nanoindentation campaign runner (issue 8; methods.md §4.4–4.5 N8,
// N9; interfaces.md §3 ni_indents.csv / ni_summary.csv), plus the real instrument files.

#include "analysis/campaign/LoadedCampaign.h"
#include "analysis/indentation/IndentationCampaign.h"
#include "analysis/indentation/PopInStatistics.h"
#include "io/ImporterRegistry.h"
#include "support/Progress.h"
#include "support/SharedData.h"
#include "tst_indentation_support.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace gb;
using namespace gb::test;

namespace {
const ResultTable &table(const AnalysisTables &t, const char *name)
{
    for (const auto &named : t.tables)
        if (named.fileName == QLatin1String(name))
            return named.table;
    qFatal("missing table %s", name);
}

LoadedEntry indentArray(qint64 line, const QString &sample, double ta, std::vector<double> burstLoads,
                        unsigned seed)
{
    LoadedEntry e;
    e.entry.manifestLine = line;
    e.entry.technique = Technique::Nanoindentation;
    e.entry.file = QStringLiteral("array%1").arg(line);
    e.entry.sample = sample;
    e.entry.agingTemperatureK = 500.0;
    e.entry.agingTimeS = ta;
    e.entry.tipRadiusNm = 1000.0;
    e.datasetId = e.entry.file + QStringLiteral("#1");
    for (std::size_t i = 0; i < burstLoads.size(); ++i) {
        SyntheticIndent s;
        s.burstLoads = {burstLoads[i]};
        s.loadNoise = 0.5;
        s.depthNoise = 0.1;
        s.seed = seed + unsigned(i);
        e.datasets.push_back(
            makeIndentDataset(makeLoadControlledIndent(s), QStringLiteral("Test %1").arg(i + 1)));
    }
    return e;
}
} // namespace

class TestIndentationCampaign : public QObject {
    Q_OBJECT
private slots:
    void weibullOfPopIns();
    void gaussianFwhm();
    void syntheticCampaign();
    void realFiles_data();
    void realFiles();
    void g200PopIns();
};

void TestIndentationCampaign::weibullOfPopIns()
{
    // N8: Weibull(λ = 300, m = 8), n = 2000, seeded: ML m = 8 ± 0.45, λ = 300 ± 3.
    std::mt19937_64 rng(8);
    std::weibull_distribution<double> w(8.0, 300.0);
    std::vector<double> x(2000);
    for (double &v : x)
        v = w(rng);
    const PopInStatistics s = popInStatistics(x);
    QCOMPARE(s.popIns, 2000);
    QVERIFY(s.weibull.ok());
    QVERIFY(std::abs(s.weibull.shape - 8.0) < 0.45);
    QVERIFY(std::abs(s.weibull.scale - 300.0) < 3.0);
    QCOMPARE(int(s.cumulative.size()), 2000);
    QVERIFY(std::abs(s.cumulative.front() - 0.7 / 2000.4) < 1e-12);
    QVERIFY(std::is_sorted(s.normalized.begin(), s.normalized.end()));
}

void TestIndentationCampaign::gaussianFwhm()
{
    // N9: σ = 12 → FWHM 28.2578; the ML fit of τc/mean on a two-point sample {1 − d, 1 + d}
    // has σ = d exactly.
    QVERIFY(std::abs(kGaussianFwhmPerSigma * 12.0 - 28.2578) < 5e-5);
    const PopInStatistics s = popInStatistics({0.88, 1.12});
    QVERIFY(s.normalizedMaximumLikelihood.ok());
    QVERIFY(std::abs(s.normalizedMaximumLikelihood.fwhm - kGaussianFwhmPerSigma * 0.12) < 1e-12);
    QVERIFY(std::abs(s.tauSdGpa - 0.12 * std::sqrt(2.0)) < 1e-12);
    // Normal sample: ML and histogram fit both near the truth σ/mean = 0.1.
    std::mt19937_64 rng(9);
    std::normal_distribution<double> g(2.0, 0.2);
    std::vector<double> tau(1000);
    for (double &v : tau)
        v = g(rng);
    const PopInStatistics n = popInStatistics(tau);
    QVERIFY(std::abs(n.normalizedMaximumLikelihood.fwhm / kGaussianFwhmPerSigma - 0.1) < 0.01);
    QVERIFY(n.histogramFit.ok());
    QVERIFY(std::abs(n.histogramFit.fwhm / kGaussianFwhmPerSigma - 0.1) < 0.015);
}

void TestIndentationCampaign::syntheticCampaign()
{
    LoadedCampaign c;
    c.entries.push_back(indentArray(2, QStringLiteral("A"), 100.0, {200, 250, 300, 350, 400}, 100));
    c.entries.push_back(indentArray(3, QStringLiteral("A"), 100.0, {280}, 200));
    c.entries.push_back(indentArray(4, QStringLiteral("B"), 10.0, {320, 330}, 300));
    LoadedEntry broken;
    broken.entry.manifestLine = 5;
    broken.entry.technique = Technique::Nanoindentation;
    broken.entry.file = QStringLiteral("missing.txt");
    broken.entry.sample = QStringLiteral("B");
    broken.entry.agingTimeS = 10.0;
    broken.entry.agingTemperatureK = 500.0;
    broken.loadError = makeError(QStringLiteral("io"), QStringLiteral("cannot open missing.txt"));
    c.entries.push_back(broken);
    LoadedEntry other;
    other.entry.technique = Technique::Dsc;
    c.entries.push_back(other);

    IndentationSettings settings;
    settings.jobs = 2;
    settings.overrides.insert(IndentationSettings::overrideKey(QStringLiteral("array2#1"), 4),
                              IndentOverride{true, {}, {}});
    Progress progress;
    const IndentationCampaignResult result = runIndentationCampaign(c, settings, progress);
    QCOMPARE(int(result.records.size()), 9);
    QCOMPARE(progress.done(), qint64(8));
    const AnalysisTables t = indentationResultTables(result);
    QVERIFY(t.someRowsFailed);
    const ResultTable &ind = table(t, "ni_indents.csv");
    const QStringList required = {"sample",     "file",   "T_a_K",      "t_a_s",      "Er_GPa",
                                  "Er_err_GPa", "h0_nm",  "P_popin_uN", "h_popin_nm", "dh_popin_nm",
                                  "tau_c_GPa",  "status", "message"};
    for (const QString &col : required)
        QVERIFY(ind.columns().contains(col));
    QCOMPARE(ind.rowCount(), qsizetype(9));
    const double truth[] = {200, 250, 300, 350, 400, 280, 320, 330};
    for (int i = 0; i < 8; ++i) {
        const QString status = ind.text(i, QStringLiteral("status"));
        QCOMPARE(status, i == 4 ? QStringLiteral("rejected") : QStringLiteral("ok"));
        const double p = ind.text(i, QStringLiteral("P_popin_uN")).toDouble();
        QVERIFY2(std::abs(p - truth[i]) < 0.02 * truth[i], qPrintable(QString::number(p)));
        const double er = ind.text(i, QStringLiteral("Er_GPa")).toDouble();
        QVERIFY2(std::abs(er - 100.0) < 3.0, qPrintable(QString::number(er)));
    }
    QCOMPARE(ind.text(0, QStringLiteral("file")), QStringLiteral("array2#Test 1"));
    QCOMPARE(ind.text(8, QStringLiteral("status")), QStringLiteral("read_error"));
    QCOMPARE(ind.text(8, QStringLiteral("Er_GPa")), QString());
    QCOMPARE(ind.text(8, QStringLiteral("message")), QStringLiteral("cannot open missing.txt"));
    QCOMPARE(ind.text(4, QStringLiteral("tau_c_GPa")), QString()); // rejected: no τc

    const ResultTable &sum = table(t, "ni_summary.csv");
    QCOMPARE(sum.rowCount(), qsizetype(2));
    QCOMPARE(sum.text(0, QStringLiteral("sample")), QStringLiteral("A"));
    QCOMPARE(sum.text(0, QStringLiteral("n_indents")), QStringLiteral("5"));
    QCOMPARE(sum.text(0, QStringLiteral("n_popin")), QStringLiteral("5"));
    QCOMPARE(sum.text(0, QStringLiteral("n_rejected")), QStringLiteral("1"));
    QCOMPARE(sum.text(0, QStringLiteral("status")), QStringLiteral("ok"));
    // τc mean from the indents' own values (rejected one left out).
    double mean = 0.0;
    for (int i : {0, 1, 2, 3, 5})
        mean += ind.text(i, QStringLiteral("tau_c_GPa")).toDouble() / 5.0;
    QVERIFY(std::abs(sum.text(0, QStringLiteral("tau_c_mean_GPa")).toDouble() - mean) < 1e-9);
    QVERIFY(!sum.text(0, QStringLiteral("tau_c_norm_fwhm")).isEmpty());
    QCOMPARE(sum.text(1, QStringLiteral("n_indents")), QStringLiteral("3")); // read_error row counts
    QCOMPARE(sum.text(1, QStringLiteral("n_popin")), QStringLiteral("2"));
}

void TestIndentationCampaign::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::newRow("Hysitron txt") << QStringLiteral("data/real/nanoindentation/RobinSteel0000LC.txt")
                                  << QString();
    QTest::newRow("Hysitron hld") << QStringLiteral("data/real/nanoindentation/Exp-50mN_0000.hld")
                                  << QString();
    QTest::newRow("Micro Materials") << QStringLiteral("data/real/nanoindentation/1000nmXX 1 6958 -4555.txt")
                                     << QString();
}

void TestIndentationCampaign::realFiles()
{
    QFETCH(QString, file);
    GB_REQUIRE_SHARED_FILE(file);
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(sharedPath(file));
    QVERIFY(imported.ok());
    QVERIFY(!imported.value().output.datasets.empty());
    for (const DatasetPtr &d : imported.value().output.datasets) {
        const IndentResult r = analyzeIndent(*d, 1000.0, IndentationSettings{});
        qInfo("%s: status %s, Er %g GPa, pop-ins %d, P1 %g uN, %s", qPrintable(file), qPrintable(r.status),
              r.hertz.reducedModulus, int(r.popIns.size()),
              r.hasPopIn() ? r.firstPopIn()->loadMicroNewton : 0.0, qPrintable(r.message));
        QVERIFY2(r.status == QLatin1String("ok") || r.status == QLatin1String("no_popin"),
                 qPrintable(r.message));
        QVERIFY(r.hertz.reducedModulus > 0.0);
    }
}

void TestIndentationCampaign::g200PopIns()
{
    GB_REQUIRE_SHARED_FILE(QStringLiteral("data/real/nanoindentation/Popin.xls"));
    const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(
        sharedPath(QStringLiteral("data/real/nanoindentation/Popin.xls")));
    QVERIFY(imported.ok());
    int withPopIn = 0;
    int analysed = 0;
    for (const DatasetPtr &d : imported.value().output.datasets) {
        if (!d->column(Quantity::Depth) || !d->column(Quantity::Load))
            continue;
        ++analysed;
        const IndentResult r = analyzeIndent(*d, 1000.0, IndentationSettings{});
        qInfo("%s: status %s, Er %g GPa, pop-ins %d, P1 %g uN, dh %g nm", qPrintable(d->curveName),
              qPrintable(r.status), r.hertz.reducedModulus, int(r.popIns.size()),
              r.hasPopIn() ? r.firstPopIn()->loadMicroNewton : 0.0,
              r.hasPopIn() ? r.firstPopIn()->burstNm : 0.0);
        // Constant-strain-rate tests are load-controlled: the depth bursts, the load goes on.
        QCOMPARE(r.controlMode, IndentControlMode::Load);
        if (r.status == QLatin1String("ok") && r.firstPopIn()->burstNm > 5.0)
            ++withPopIn;
        if (d->curveName == QLatin1String("Test 001")) {
            // Read off the sheet: the depth jumps from 26.96 nm (row 145, 507.27 µN) to
            // 56.33 nm at the next sample.
            QCOMPARE(r.firstPopIn()->startIndex, 144);
            QVERIFY(std::abs(r.firstPopIn()->burstNm - (56.3333 - 26.9582)) < 1e-3);
        }
    }
    // Every sheet's first pop-in is a displacement burst of 7-33 nm at 0.13-0.54 mN.
    QCOMPARE(analysed, 12);
    QCOMPARE(withPopIn, 12);
}

QTEST_GUILESS_MAIN(TestIndentationCampaign)
#include "tst_indentation_campaign.moc"
