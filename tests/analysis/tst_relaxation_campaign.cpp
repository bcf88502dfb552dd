// The stress-relaxation campaign runner (issue 7, interfaces.md §3 "Stress relaxation") on a
// synthetic campaign whose KWW parameters, aging laws and activation energy are known exactly:
// sr_kww.csv, sr_aging.csv and sr_arrhenius.csv, read errors, determinism over thread counts.
#include "tst_relaxation_support.h"

#include "analysis/relaxation/RelaxationCampaign.h"
#include "support/Progress.h"

#include <QtTest>

#include <cmath>

using namespace gb;
using namespace gb::test;

namespace {
constexpr double kR = 8.314462618;
constexpr double kE = 300e3;     // J/mol
constexpr double kBreak = 500.0; // s
constexpr double kBetaPeak = 200.0;
const std::vector<double> kAgingTimes{10, 30, 100, 300, 1000, 3000, 10000};

double agingTau(double ta)
{
    return ta <= kBreak ? 3 * std::pow(ta, 0.3) : 3 * std::pow(kBreak, 0.3) * std::pow(ta / kBreak, 0.8);
}

double agingBeta(double ta)
{
    const double x = std::log(ta / kBetaPeak);
    return 0.5 - 0.01 * x * x;
}

LoadedEntry makeEntry(qint64 line, double ta, double temperature, double tau, double beta)
{
    LoadedEntry e;
    e.entry.manifestLine = line;
    e.entry.technique = Technique::StressRelaxation;
    e.entry.file = QStringLiteral("sr_%1.csv").arg(line);
    e.entry.sample = QStringLiteral("Zr-glass");
    e.entry.path = ThermalPath::Isothermal;
    e.entry.agingTemperatureK = temperature;
    e.entry.agingTimeS = ta;
    e.entry.strain = 0.01;
    e.entry.glassTransitionK = 450.0;
    e.datasetId = e.entry.file + QStringLiteral("#1");
    SyntheticRelaxation s;
    s.tau = tau;
    s.beta = beta;
    s.tMax = 1e6;
    e.datasets.push_back(makeRelaxationDataset(s));
    return e;
}

/// Seven aging times at 500 K (two-stage τ, β peaking at 200 s), t_a = 100 s also at 480 K and
/// 520 K (Arrhenius with E = 300 kJ/mol), one row whose file could not be read.
LoadedCampaign syntheticCampaign()
{
    LoadedCampaign c;
    qint64 line = 2;
    for (double ta : kAgingTimes)
        c.entries.push_back(makeEntry(line++, ta, 500.0, agingTau(ta), agingBeta(ta)));
    for (double t : {480.0, 520.0}) {
        const double tau = agingTau(100) * std::exp(kE / kR * (1 / t - 1 / 500.0));
        c.entries.push_back(makeEntry(line++, 100, t, tau, agingBeta(100)));
    }
    LoadedEntry broken;
    broken.entry.manifestLine = line;
    broken.entry.technique = Technique::StressRelaxation;
    broken.entry.file = QStringLiteral("missing.csv");
    broken.entry.sample = QStringLiteral("Zr-glass");
    broken.entry.agingTemperatureK = 500.0;
    broken.entry.agingTimeS = 50.0;
    broken.datasetId = QStringLiteral("missing.csv#1");
    broken.loadError = makeError(QStringLiteral("read_error"), QStringLiteral("missing.csv: no such file"));
    c.entries.push_back(broken);
    LoadedEntry dsc; // another technique: ignored
    dsc.entry.technique = Technique::Dsc;
    c.entries.push_back(dsc);
    return c;
}

const ResultTable &table(const AnalysisTables &tables, const QString &name)
{
    for (const auto &t : tables.tables)
        if (t.fileName == name)
            return t.table;
    qFatal("no table %s", qPrintable(name));
}

double number(const ResultTable &t, qsizetype row, const QString &column)
{
    const ResultTable::Cell &cell = t.cell(row, column);
    return std::holds_alternative<double>(cell) ? std::get<double>(cell) : std::nan("");
}
} // namespace

class RelaxationCampaignTest : public QObject {
    Q_OBJECT

private slots:
    void kwwTable();
    void agingTable();
    void arrheniusTable();
    void deterministicOverThreads();
    void cancelled();
};

void RelaxationCampaignTest::kwwTable()
{
    Progress progress;
    const AnalysisTables tables = analyzeRelaxationCampaign(syntheticCampaign(), {}, progress);
    QCOMPARE(tables.tables.size(), std::size_t(3));
    QVERIFY(tables.someRowsFailed); // the read error
    const ResultTable &kww = table(tables, QStringLiteral("sr_kww.csv"));
    const QStringList documented{"sample",   "file",  "T_a_K",     "t_a_s", "T_test_K", "beta",
                                 "beta_err", "tau_s", "tau_err_s", "r2",    "status",   "message"};
    QCOMPARE(kww.columns().mid(0, documented.size()), documented);
    QCOMPARE(kww.rowCount(), qsizetype(10));
    QCOMPARE(progress.done(), qint64(9));
    for (qsizetype row = 0; row < 9; ++row) {
        const double ta = number(kww, row, QStringLiteral("t_a_s"));
        const double temperature = number(kww, row, QStringLiteral("T_test_K"));
        const double tau = agingTau(ta) * std::exp(kE / kR * (1 / temperature - 1 / 500.0));
        QCOMPARE(kww.text(row, QStringLiteral("status")), QStringLiteral("ok"));
        QVERIFY(std::abs(number(kww, row, QStringLiteral("tau_s")) / tau - 1) < 1e-6);
        QVERIFY(std::abs(number(kww, row, QStringLiteral("beta")) - agingBeta(ta)) < 1e-7);
        QVERIFY(number(kww, row, QStringLiteral("r2")) > 1 - 1e-12);
        QVERIFY(!kww.text(row, QStringLiteral("tau_err_s")).isEmpty());
    }
    QCOMPARE(kww.text(9, QStringLiteral("status")), QStringLiteral("read_error"));
    QCOMPARE(kww.text(9, QStringLiteral("message")), QStringLiteral("missing.csv: no such file"));
    QCOMPARE(kww.text(9, QStringLiteral("file")), QStringLiteral("missing.csv"));
    QCOMPARE(kww.text(9, QStringLiteral("T_test_K")), QStringLiteral("500")); // defaults to T_a_K
    for (const char *empty : {"beta", "beta_err", "tau_s", "tau_err_s", "r2"})
        QCOMPARE(kww.text(9, QLatin1String(empty)), QString());
    QVERIFY(!kww.toCsv().contains("nan"));
    QCOMPARE(tables.diagnostics.size(), std::size_t(1));
    QCOMPARE(tables.diagnostics.front().line, qint64(11));
}

void RelaxationCampaignTest::agingTable()
{
    Progress progress;
    const AnalysisTables tables = analyzeRelaxationCampaign(syntheticCampaign(), {}, progress);
    const ResultTable &aging = table(tables, QStringLiteral("sr_aging.csv"));
    const QStringList documented{"sample", "T_a_K",     "n",   "mu",  "mu_err",
                                 "A_s",    "t_break_s", "mu1", "mu2", "beta_peak_t_a_s",
                                 "status"};
    QCOMPARE(aging.columns().mid(0, documented.size()), documented);
    QCOMPARE(aging.rowCount(), qsizetype(1)); // 480 K and 520 K have one aging time each
    QCOMPARE(aging.text(0, QStringLiteral("T_a_K")), QStringLiteral("500"));
    QCOMPARE(aging.text(0, QStringLiteral("status")), QStringLiteral("ok"));
    QCOMPARE(number(aging, 0, QStringLiteral("n")), 7.0); // the unreadable row adds no point
    QCOMPARE(aging.text(0, QStringLiteral("break_supported")), QStringLiteral("yes"));
    QVERIFY(std::abs(number(aging, 0, QStringLiteral("t_break_s")) / kBreak - 1) < 1e-5);
    QVERIFY(std::abs(number(aging, 0, QStringLiteral("mu1")) - 0.3) < 1e-6);
    QVERIFY(std::abs(number(aging, 0, QStringLiteral("mu2")) - 0.8) < 1e-6);
    QVERIFY(std::abs(number(aging, 0, QStringLiteral("beta_peak_t_a_s")) / kBetaPeak - 1) < 1e-5);
    const double mu = number(aging, 0, QStringLiteral("mu"));
    QVERIFY(mu > 0.3 && mu < 0.8);
    QVERIFY(number(aging, 0, QStringLiteral("mu_err")) > 0);
}

void RelaxationCampaignTest::arrheniusTable()
{
    Progress progress;
    const AnalysisTables tables = analyzeRelaxationCampaign(syntheticCampaign(), {}, progress);
    const ResultTable &arr = table(tables, QStringLiteral("sr_arrhenius.csv"));
    const QStringList documented{"sample",      "t_a_s", "n_temps", "Ea_kJ_per_mol", "Ea_err_kJ_per_mol",
                                 "Ea_over_RTg", "status"};
    QCOMPARE(arr.columns().mid(0, documented.size()), documented);
    QCOMPARE(arr.rowCount(), qsizetype(1)); // only t_a = 100 s was measured at several temperatures
    QCOMPARE(arr.text(0, QStringLiteral("t_a_s")), QStringLiteral("100"));
    QCOMPARE(number(arr, 0, QStringLiteral("n_temps")), 3.0);
    QCOMPARE(arr.text(0, QStringLiteral("status")), QStringLiteral("ok"));
    QVERIFY(std::abs(number(arr, 0, QStringLiteral("Ea_kJ_per_mol")) - 300.0) < 1e-4);
    QVERIFY(std::abs(number(arr, 0, QStringLiteral("Ea_over_RTg")) - kE / (kR * 450)) < 1e-5);
}

void RelaxationCampaignTest::deterministicOverThreads()
{
    RelaxationSettings one;
    one.jobs = 1;
    RelaxationSettings two;
    two.jobs = 2;
    Progress p1;
    Progress p2;
    const AnalysisTables a = analyzeRelaxationCampaign(syntheticCampaign(), one, p1);
    const AnalysisTables b = analyzeRelaxationCampaign(syntheticCampaign(), two, p2);
    for (std::size_t i = 0; i < a.tables.size(); ++i)
        QCOMPARE(a.tables[i].table.toCsv(), b.tables[i].table.toCsv());
}

void RelaxationCampaignTest::cancelled()
{
    Progress progress;
    progress.cancel();
    const RelaxationCampaignResult r = runRelaxationCampaign(syntheticCampaign(), {}, progress);
    QVERIFY(r.cancelled);
    QCOMPARE(r.records.size(), std::size_t(10));
    QCOMPARE(r.records.front().result.status, QStringLiteral("cancelled"));
    QCOMPARE(r.records.back().result.status, QStringLiteral("read_error"));
}

QTEST_GUILESS_MAIN(RelaxationCampaignTest)
#include "tst_relaxation_campaign.moc"
