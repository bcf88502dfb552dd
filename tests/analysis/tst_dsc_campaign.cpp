// The campaign level of the DSC analysis: reference pairing (interfaces.md §1), isothermal vs
// isochronal matching, Kissinger groups and the three result tables (interfaces.md §3), on a
// synthetic campaign whose peaks are known exactly.
#include "DscSynthetic.h"

#include "analysis/dsc/DscCampaignAnalysis.h"
#include "analysis/dsc/MatchedPairs.h"
#include "analysis/dsc/ReferencePairing.h"
#include "support/Progress.h"

#include <QtTest>

#include <cmath>

using namespace gb;
using namespace gb::test;

namespace {
constexpr double kR = 8.314462618;
constexpr double kE = 300000.0; // J/mol of the synthetic Kissinger series

/// Peak temperatures obeying Kissinger exactly with E = 300 kJ/mol and T_p(1000 K/s) = 400 K.
double kissingerPeak(double beta)
{
    const double c = std::log(1000.0 / (400.0 * 400.0)) + kE / (kR * 400.0); // ln(AR/E)
    double T = 400;
    for (int i = 0; i < 100; ++i) {
        const double f = std::log(beta / (T * T)) - c + kE / (kR * T);
        T -= f / (-2 / T - kE / (kR * T * T));
    }
    return T;
}

/// Height (mW) and width σ (K) of the synthetic relaxation peak after t_a seconds at T_a.
double peakHeight(double ta)
{
    return 1.0 + 0.5 * std::log10(ta);
}
double peakSigma(double ta)
{
    return 4.0 + 0.5 * std::log10(ta);
}

struct Row {
    QString file;
    QString segment;
    QString sample;
    ThermalPath path;
    double rate;
    std::optional<double> ta;
    std::optional<double> phi;
    double height = 0; ///< 0: no peak (a reference)
    double sigma = 5;
    double centre = 400;
    QString reference;
    bool loadFails = false;
};

LoadedCampaign makeCampaign(const std::vector<Row> &rows)
{
    LoadedCampaign c;
    c.campaign.manifest.path = QStringLiteral("/campaign/manifest.csv");
    qint64 line = 2;
    for (const Row &r : rows) {
        LoadedEntry e;
        e.entry.manifestLine = line++;
        e.entry.file = r.file;
        e.entry.resolvedPath = QStringLiteral("/campaign/") + r.file;
        e.entry.segment = r.segment;
        e.entry.sample = r.sample;
        e.entry.path = r.path;
        e.entry.heatingRateKPerS = r.rate;
        e.entry.agingTimeS = r.ta;
        e.entry.coolingRateKPerS = r.phi;
        if (r.path != ThermalPath::Reference)
            e.entry.agingTemperatureK = 380.0;
        e.entry.massNg = r.sample == QLatin1String("S") ? std::optional<double>(500.0) : std::nullopt;
        e.entry.reference = r.reference;
        e.datasetId = datasetIdFor(e.entry);
        if (r.loadFails) {
            e.loadError = makeError(QStringLiteral("read_error"), QStringLiteral("cannot open"));
        } else {
            SyntheticScan s;
            s.rateKPerS = r.rate;
            s.sign = HeatFlowSign::EndothermicDown;
            s.offsetK = r.path == ThermalPath::Reference ? 0.013 : 0.0;
            const double h = r.height, sigma = r.sigma, centre = r.centre;
            s.heatFlowMw = [=](double T) {
                return referenceSignal(T) + gaussian(T, centre, sigma, h) + 0.03;
            };
            auto d = std::const_pointer_cast<Dataset>(makeScan(s));
            d->segment = r.segment.isEmpty() ? 1 : r.segment.toInt();
            e.datasets = {d};
        }
        c.entries.push_back(std::move(e));
    }
    return c;
}

Row relaxedRow(const QString &file, const QString &segment, double rate, std::optional<double> ta,
               std::optional<double> phi, double height, double sigma, double centre = 400)
{
    return Row{file,
               segment,
               QStringLiteral("S"),
               ta ? ThermalPath::Isothermal : ThermalPath::Isochronal,
               rate,
               ta,
               phi,
               height,
               sigma,
               centre,
               {},
               false};
}

Row referenceRow(const QString &file, const QString &segment, double rate,
                 const QString &sample = QStringLiteral("S"))
{
    return Row{file, segment, sample, ThermalPath::Reference, rate, {}, {}, 0, 5, 400, {}, false};
}

std::vector<Row> standardCampaign()
{
    std::vector<Row> rows;
    rows.push_back(referenceRow(QStringLiteral("ref.txt"), QStringLiteral("1"), 1000));
    rows.push_back(referenceRow(QStringLiteral("ref.txt"), QStringLiteral("2"), 300));
    rows.push_back(referenceRow(QStringLiteral("ref.txt"), QStringLiteral("3"), 3000));
    for (double ta : {1.0, 10.0, 100.0, 1000.0})
        rows.push_back(relaxedRow(QStringLiteral("iso.txt"), QString::number(rows.size()), 1000, ta,
                                  std::nullopt, peakHeight(ta), peakSigma(ta)));
    // The Kissinger series: t_a = 100 s at three rates, T_p from the Kissinger law.
    rows.push_back(relaxedRow(QStringLiteral("kis.txt"), QStringLiteral("1"), 300, 100.0, std::nullopt, 2.0,
                              5.0, kissingerPeak(300)));
    rows.push_back(relaxedRow(QStringLiteral("kis.txt"), QStringLiteral("2"), 3000, 100.0, std::nullopt, 2.0,
                              5.0, kissingerPeak(3000)));
    // Isochronal scans: one inside the isothermal series' ΔH range, one above it.
    rows.push_back(
        relaxedRow(QStringLiteral("cool.txt"), QStringLiteral("1"), 1000, std::nullopt, 10.0, 1.7, 5.0));
    rows.push_back(
        relaxedRow(QStringLiteral("cool.txt"), QStringLiteral("2"), 1000, std::nullopt, 0.1, 5.0, 6.0));
    // Failures: a file that cannot be read, a sample without reference.
    Row unreadable = relaxedRow(QStringLiteral("bad.txt"), QString(), 1000, 5.0, std::nullopt, 1, 5);
    unreadable.loadFails = true;
    rows.push_back(unreadable);
    Row orphan = relaxedRow(QStringLiteral("other.txt"), QString(), 1000, 5.0, std::nullopt, 1, 5);
    orphan.sample = QStringLiteral("T");
    rows.push_back(orphan);
    return rows;
}

PairingRow pairing(const QString &file, const QString &segment, ThermalPath path, double rate,
                   const QString &reference = {}, const QString &sample = QStringLiteral("S"))
{
    PairingRow row;
    row.file = file;
    row.resolvedPath = QStringLiteral("/m/") + file;
    row.segment = segment;
    row.datasetSegment = segment.isEmpty() ? 1 : segment.toInt();
    row.curveName = QStringLiteral("Seg ") + (segment.isEmpty() ? QStringLiteral("1") : segment);
    row.sample = sample;
    row.path = path;
    row.heatingRateKPerS = rate;
    row.reference = reference;
    return row;
}
} // namespace

Q_DECLARE_METATYPE(std::vector<gb::PairingRow>)
Q_DECLARE_METATYPE(std::vector<gb::IsothermalPoint>)

class DscCampaignTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void referencePairing_data();
    void referencePairing();
    void isothermalMatching_data();
    void isothermalMatching();
    void tablesHaveTheDocumentedColumns();
    void peaksTable();
    void kissingerTable();
    void matchedTable();
    void sameNumbersWithAnyThreadCount();
    void cancellation();
};

void DscCampaignTest::referencePairing_data()
{
    QTest::addColumn<std::vector<PairingRow>>("rows");
    QTest::addColumn<int>("expected"); // index of the reference of the last row; −1 = none
    const auto iso = ThermalPath::Isothermal, ref = ThermalPath::Reference;
    const QString a = QStringLiteral("a.txt"), b = QStringLiteral("b.txt"), c = QStringLiteral("c.txt");
    QTest::newRow("same file preferred")
        << std::vector<PairingRow>{pairing(a, "1", ref, 1000), pairing(b, "1", ref, 1000),
                                   pairing(b, "2", iso, 1000)}
        << 1;
    QTest::newRow("else the first listed")
        << std::vector<PairingRow>{pairing(a, "1", ref, 1000), pairing(b, "1", ref, 1000),
                                   pairing(c, "1", iso, 1000)}
        << 0;
    QTest::newRow("rate within 0.5 %")
        << std::vector<PairingRow>{pairing(a, "1", ref, 300), pairing(a, "2", ref, 1004),
                                   pairing(c, "1", iso, 1000)}
        << 1;
    QTest::newRow("rate 0.6 % off: none")
        << std::vector<PairingRow>{pairing(a, "1", ref, 1006), pairing(c, "1", iso, 1000)} << -1;
    QTest::newRow("other sample: none")
        << std::vector<PairingRow>{pairing(a, "1", ref, 1000, {}, QStringLiteral("X")),
                                   pairing(c, "1", iso, 1000)}
        << -1;
    QTest::newRow("only reference rows count")
        << std::vector<PairingRow>{pairing(a, "1", iso, 1000), pairing(c, "1", iso, 1000)} << -1;
    QTest::newRow("reference cell file#segment")
        << std::vector<PairingRow>{pairing(a, "1", ref, 1000), pairing(b, "1", ref, 1000),
                                   pairing(b, "2", ref, 300),
                                   pairing(c, "1", iso, 1000, QStringLiteral("b.txt#2"))}
        << 2;
    QTest::newRow("reference cell file: its first curve")
        << std::vector<PairingRow>{pairing(a, "1", ref, 1000), pairing(b, "2", ref, 1000),
                                   pairing(b, "1", ref, 1000),
                                   pairing(c, "1", iso, 1000, QStringLiteral("b.txt"))}
        << 2;
    QTest::newRow("reference cell by curve name")
        << std::vector<PairingRow>{pairing(a, "1", ref, 1000), pairing(a, "7", ref, 1000),
                                   pairing(c, "1", iso, 1000, QStringLiteral("a.txt#Seg 7"))}
        << 1;
    QTest::newRow("reference cell by absolute path")
        << std::vector<PairingRow>{pairing(a, "1", ref, 1000), pairing(b, "1", ref, 1000),
                                   pairing(c, "1", iso, 1000, QStringLiteral("/m/b.txt"))}
        << 1;
    QTest::newRow("reference cell naming no row")
        << std::vector<PairingRow>{pairing(a, "1", ref, 1000),
                                   pairing(c, "1", iso, 1000, QStringLiteral("z.txt#1"))}
        << -1;
}

void DscCampaignTest::referencePairing()
{
    QFETCH(std::vector<PairingRow>, rows);
    QFETCH(int, expected);
    const std::vector<ReferenceChoice> choices = pairReferences(rows, 0.005, QStringLiteral("/m"));
    QCOMPARE(choices.size(), rows.size());
    const ReferenceChoice &last = choices.back();
    if (expected < 0) {
        QVERIFY(!last.index);
        QVERIFY(!last.message.isEmpty());
    } else {
        QVERIFY2(last.index, qPrintable(last.message));
        QCOMPARE(int(*last.index), expected);
    }
    QCOMPARE(last.fromReferenceCell, !rows.back().reference.isEmpty());
    for (std::size_t i = 0; i + 1 < rows.size(); ++i)
        if (rows[i].path == ThermalPath::Reference)
            QVERIFY(!choices[i].index); // references are not paired
}

void DscCampaignTest::isothermalMatching_data()
{
    QTest::addColumn<std::vector<IsothermalPoint>>("series");
    QTest::addColumn<double>("dH");
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("ta");
    QTest::addColumn<double>("fwhm");
    QTest::addColumn<double>("tp");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<IsothermalPoint> series{{1, 1, 10, 400}, {10, 2, 12, 402}, {100, 3, 14, 404}};
    // Linear in (log t_a, ΔH): ΔH = 2.5 is half-way between t_a = 10 and 100 → 10^1.5 s.
    QTest::newRow("between points") << series << 2.5 << "ok" << std::pow(10, 1.5) << 13.0 << 403.0;
    QTest::newRow("on a point") << series << 2.0 << "ok" << 10.0 << 12.0 << 402.0;
    QTest::newRow("at the end") << series << 3.0 << "ok" << 100.0 << 14.0 << 404.0;
    QTest::newRow("above the series") << series << 3.5 << "out_of_range" << nan << nan << nan;
    QTest::newRow("below the series") << series << 0.5 << "out_of_range" << nan << nan << nan;
    std::vector<IsothermalPoint> repeated = series;
    repeated.push_back({10, 2.2, 12.4, 402.4}); // averaged with t_a = 10: ΔH 2.1, FWHM 12.2, T_p 402.2
    QTest::newRow("repeats averaged") << repeated << 2.1 << "ok" << 10.0 << 12.2 << 402.2;
    std::vector<IsothermalPoint> unsorted{series[2], series[0], series[1]};
    QTest::newRow("any order") << unsorted << 1.5 << "ok" << std::pow(10, 0.5) << 11.0 << 401.0;
    QTest::newRow("one aging time") << std::vector<IsothermalPoint>{{10, 2, 12, 402}} << 2.0
                                    << "too_few_points" << nan << nan << nan;
    std::vector<IsothermalPoint> zeroTime{{0, 0.5, 9, 399}, {10, 2, 12, 402}};
    QTest::newRow("t_a = 0 left out") << zeroTime << 1.0 << "too_few_points" << nan << nan << nan;
}

void DscCampaignTest::isothermalMatching()
{
    QFETCH(std::vector<IsothermalPoint>, series);
    QFETCH(double, dH);
    QFETCH(QString, status);
    QFETCH(double, ta);
    QFETCH(double, fwhm);
    QFETCH(double, tp);
    const IsothermalMatch m = matchIsothermalSeries(dH, series);
    QCOMPARE(m.status, status);
    QVERIFY(!m.message.isEmpty());
    if (status != QLatin1String("ok")) {
        QVERIFY(std::isnan(m.equivalentAgingTimeS));
        return;
    }
    QVERIFY2(std::abs(m.equivalentAgingTimeS / ta - 1) < 1e-12,
             qPrintable(QString::number(m.equivalentAgingTimeS)));
    QVERIFY(std::abs(m.fwhmK - fwhm) < 1e-12);
    QVERIFY(std::abs(m.peakTemperatureK - tp) < 1e-12);
}

void DscCampaignTest::tablesHaveTheDocumentedColumns()
{
    Progress progress;
    const AnalysisTables tables =
        analyzeDscCampaign(makeCampaign(standardCampaign()), DscSettings{}, progress);
    QCOMPARE(tables.tables.size(), std::size_t(3));
    const QStringList peaks =
        QString::fromLatin1("sample,file,segment,path,T_a_K,t_a_s,phi_K_per_s,heating_rate_K_per_s,"
                            "dH_uJ,dH_J_per_g,Tp_K,FWHM_K,status,message")
            .split(u',');
    const QStringList kissinger =
        QString::fromLatin1(
            "sample,path,T_a_K,t_a_s,phi_K_per_s,n_rates,E_kJ_per_mol,E_err_kJ_per_mol,r2,status")
            .split(u',');
    const QStringList matched =
        QString::fromLatin1("sample,T_a_K,heating_rate_K_per_s,phi_K_per_s,dH_uJ,t_a_equiv_s,"
                            "FWHM_isochronal_K,FWHM_isothermal_K,Tp_isochronal_K,Tp_isothermal_K,"
                            "status")
            .split(u',');
    const std::pair<QString, QStringList> expected[] = {{QStringLiteral("dsc_peaks.csv"), peaks},
                                                        {QStringLiteral("dsc_kissinger.csv"), kissinger},
                                                        {QStringLiteral("dsc_matched.csv"), matched}};
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(tables.tables[i].fileName, expected[i].first);
        QCOMPARE(tables.tables[i].table.columns().mid(0, expected[i].second.size()), expected[i].second);
    }
    QVERIFY(tables.someRowsFailed);
}

void DscCampaignTest::peaksTable()
{
    Progress progress;
    const DscCampaignResult result =
        runDscCampaign(makeCampaign(standardCampaign()), DscSettings{}, progress);
    const AnalysisTables tables = dscResultTables(result);
    const ResultTable &t = tables.tables[0].table;
    QCOMPARE(t.rowCount(), 10); // every relaxed row, none of the references
    QCOMPARE(progress.total(), qint64(8));
    QCOMPARE(progress.done(), qint64(8));
    for (qsizetype row = 0; row < 4; ++row) { // the isothermal series at 1000 K/s
        const double ta = std::pow(10.0, double(row));
        QCOMPARE(t.text(row, QStringLiteral("status")), QStringLiteral("ok"));
        QCOMPARE(t.text(row, QStringLiteral("path")), QStringLiteral("isothermal"));
        QCOMPARE(t.text(row, QStringLiteral("reference")), QStringLiteral("ref.txt#1"));
        const double area = peakHeight(ta) * peakSigma(ta) * std::sqrt(2 * M_PI); // mW·K → µJ at 1000 K/s
        const double dH = t.text(row, QStringLiteral("dH_uJ")).toDouble();
        QVERIFY2(std::abs(dH / area - 1) < 1e-3, qPrintable(QStringLiteral("%1 vs %2").arg(dH).arg(area)));
        QVERIFY(std::abs(t.text(row, QStringLiteral("dH_J_per_g")).toDouble() - 1000 * dH / 500) < 1e-9);
        QVERIFY(std::abs(t.text(row, QStringLiteral("Tp_K")).toDouble() - 400) < 0.01);
        QVERIFY(
            std::abs(t.text(row, QStringLiteral("FWHM_K")).toDouble() / (2.3548200450309493 * peakSigma(ta)) -
                     1) < 1e-3);
        QCOMPARE(t.text(row, QStringLiteral("t_a_s")).toDouble(), ta);
        QCOMPARE(t.text(row, QStringLiteral("T_a_K")), QStringLiteral("380"));
        QCOMPARE(t.text(row, QStringLiteral("phi_K_per_s")), QString()); // not given: empty
    }
    // The Kissinger scans at 300 and 3000 K/s found their own references (ref.txt#2, #3).
    QCOMPARE(t.text(4, QStringLiteral("reference")), QStringLiteral("ref.txt#2"));
    QCOMPARE(t.text(5, QStringLiteral("reference")), QStringLiteral("ref.txt#3"));
    QVERIFY(std::abs(t.text(5, QStringLiteral("Tp_K")).toDouble() - kissingerPeak(3000)) < 0.01);
    // ΔH = area/β: the same Gaussian gives 10/3 the µJ at 300 K/s as at 1000 K/s.
    QVERIFY(std::abs(t.text(4, QStringLiteral("dH_uJ")).toDouble() / (2.0 * 5.0 * std::sqrt(2 * M_PI) / 0.3) -
                     1) < 1e-3);
    // Failures keep their row, with a reason and empty numbers.
    QCOMPARE(t.text(8, QStringLiteral("status")), QStringLiteral("read_error"));
    QCOMPARE(t.text(9, QStringLiteral("status")), QStringLiteral("no_reference"));
    for (qsizetype row : {8, 9}) {
        QVERIFY(!t.text(row, QStringLiteral("message")).isEmpty());
        for (const char *column : {"dH_uJ", "dH_J_per_g", "Tp_K", "FWHM_K"})
            QCOMPARE(t.text(row, QString::fromLatin1(column)), QString());
    }
    QCOMPARE(t.text(9, QStringLiteral("sample")), QStringLiteral("T"));
    // The missing reference is a diagnostic naming the manifest line; the unreadable file was
    // reported by the loader and is not repeated.
    int noReference = 0;
    for (const Diagnostic &d : tables.diagnostics) {
        QVERIFY(d.code != QLatin1String("read_error"));
        if (d.code == QLatin1String("no_reference")) {
            ++noReference;
            QCOMPARE(d.line, qint64(14)); // the 13th row, after the header line
            QCOMPARE(d.file, QStringLiteral("/campaign/manifest.csv"));
        }
    }
    QCOMPARE(noReference, 1);
    // Sample "T" has no mass: its J/g cell would be empty; curves are kept for the panels.
    const DscScanRecord &first = result.scans.front();
    QVERIFY(first.analysis);
    QCOMPARE(first.analysis->aligned.differenceMw.size(), first.analysis->baseline.valuesMw.size());
    QVERIFY(!result.series.empty());
}

void DscCampaignTest::kissingerTable()
{
    Progress progress;
    const DscCampaignResult result =
        runDscCampaign(makeCampaign(standardCampaign()), DscSettings{}, progress);
    const AnalysisTables tables = dscResultTables(result);
    const ResultTable &t = tables.tables[1].table;
    QCOMPARE(t.rowCount(), 1); // only (S, isothermal, 380 K, 100 s) was measured at 3 rates
    QCOMPARE(t.text(0, QStringLiteral("status")), QStringLiteral("ok"));
    QCOMPARE(t.text(0, QStringLiteral("t_a_s")), QStringLiteral("100"));
    QCOMPARE(t.text(0, QStringLiteral("phi_K_per_s")), QString());
    QCOMPARE(t.text(0, QStringLiteral("n_rates")), QStringLiteral("3"));
    const double E = t.text(0, QStringLiteral("E_kJ_per_mol")).toDouble();
    QVERIFY2(std::abs(E - 300.0) < 0.3, qPrintable(QString::number(E)));
    QVERIFY(t.text(0, QStringLiteral("r2")).toDouble() > 0.99999);
    QVERIFY(!t.text(0, QStringLiteral("E_err_kJ_per_mol")).isEmpty());
    // E vs ΔH series point for the group.
    bool found = false;
    for (const DscSeries &s : result.series)
        if (s.kind == DscSeriesKind::EnergyVsEnthalpy) {
            QCOMPARE(s.points.size(), std::size_t(1));
            QVERIFY(std::abs(s.points.front().y - E) < 1e-9);
            found = true;
        }
    QVERIFY(found);
}

void DscCampaignTest::matchedTable()
{
    Progress progress;
    const DscCampaignResult result =
        runDscCampaign(makeCampaign(standardCampaign()), DscSettings{}, progress);
    const AnalysisTables tables = dscResultTables(result);
    const ResultTable &t = tables.tables[2].table;
    QCOMPARE(t.rowCount(), 2);
    // Expected from the isothermal rows' own ΔH, FWHM and T_p, linear in (log t_a, ΔH).
    std::vector<double> dH, fwhm;
    for (std::size_t i = 0; i < 4; ++i) {
        dH.push_back(result.scans[i].enthalpyUj());
        fwhm.push_back(result.scans[i].fwhmK());
    }
    const double isoH = result.scans[6].enthalpyUj();
    QVERIFY(isoH > dH[1] && isoH < dH[2]);
    const double f = (isoH - dH[1]) / (dH[2] - dH[1]);
    QCOMPARE(t.text(0, QStringLiteral("status")), QStringLiteral("ok"));
    QVERIFY(std::abs(t.text(0, QStringLiteral("t_a_equiv_s")).toDouble() / std::pow(10.0, 1 + f) - 1) < 1e-9);
    QVERIFY(std::abs(t.text(0, QStringLiteral("FWHM_isothermal_K")).toDouble() -
                     (fwhm[1] + f * (fwhm[2] - fwhm[1]))) < 1e-9);
    QVERIFY(std::abs(t.text(0, QStringLiteral("Tp_isothermal_K")).toDouble() - 400) < 0.01);
    QVERIFY(std::abs(t.text(0, QStringLiteral("FWHM_isochronal_K")).toDouble() / (5 * 2.3548200450309493) -
                     1) < 1e-3);
    QCOMPARE(t.text(0, QStringLiteral("phi_K_per_s")), QStringLiteral("10"));
    QCOMPARE(t.text(0, QStringLiteral("n_isothermal")), QStringLiteral("4"));
    // The second isochronal scan has more ΔH than any isothermal scan.
    QCOMPARE(t.text(1, QStringLiteral("status")), QStringLiteral("out_of_range"));
    QCOMPARE(t.text(1, QStringLiteral("t_a_equiv_s")), QString());
    QVERIFY(!t.text(1, QStringLiteral("dH_uJ")).isEmpty());
}

void DscCampaignTest::sameNumbersWithAnyThreadCount()
{
    const LoadedCampaign campaign = makeCampaign(standardCampaign());
    DscSettings one, two;
    one.jobs = 1;
    two.jobs = 2;
    Progress p1, p2;
    const AnalysisTables a = analyzeDscCampaign(campaign, one, p1);
    const AnalysisTables b = analyzeDscCampaign(campaign, two, p2);
    for (std::size_t i = 0; i < 3; ++i)
        QCOMPARE(a.tables[i].table.toCsv(), b.tables[i].table.toCsv());
    QCOMPARE(a.diagnostics.size(), b.diagnostics.size());
}

void DscCampaignTest::cancellation()
{
    Progress progress;
    progress.cancel();
    const DscCampaignResult result =
        runDscCampaign(makeCampaign(standardCampaign()), DscSettings{}, progress);
    QVERIFY(result.cancelled);
    QCOMPARE(result.scans.front().status, QStringLiteral("cancelled"));
    QCOMPARE(result.scans[8].status, QStringLiteral("read_error")); // decided before any work
}

QTEST_GUILESS_MAIN(DscCampaignTest)
#include "tst_dsc_campaign.moc"
