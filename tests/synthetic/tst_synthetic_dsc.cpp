// The synthetic Flash DSC campaign (issue 4) and the DSC analysis against its truth (issue 6):
// every STARe file reads back through the importer registry with the values written (to the
// written precision), the same seed gives the same bytes, and the analysis of the `small`
// campaign agrees with the simulator's noise-free truth (ΔH within 2 %, T_p within 0.5 K, FWHM
// within 3 %, the Kissinger E of the exact peaks inside the reported 95 % interval).
#include "analysis/campaign/LoadedCampaign.h"
#include "analysis/dsc/DscCampaignAnalysis.h"
#include "io/ImporterRegistry.h"
#include "io/ManifestFile.h"
#include "simulate/campaign/SyntheticDsc.h"
#include "support/Progress.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace gb;

namespace {
constexpr std::uint64_t kSeed = 1; // the default seed of glassbench-cli simulate

/// Largest |read − written| over a column, NaN when the lengths differ.
double largestDifference(const std::vector<double> &read, const std::vector<double> &written)
{
    if (read.size() != written.size())
        return std::numeric_limits<double>::quiet_NaN();
    double worst = 0;
    for (std::size_t i = 0; i < read.size(); ++i)
        worst = std::max(worst, std::abs(read[i] - written[i]));
    return worst;
}

/// The truth row of (file, segment).
qsizetype truthRow(const ResultTable &truth, const QString &file, const QString &segment)
{
    for (qsizetype r = 0; r < truth.rowCount(); ++r)
        if (truth.text(r, QStringLiteral("file")) == file &&
            truth.text(r, QStringLiteral("segment")) == segment)
            return r;
    return -1;
}

double number(const ResultTable &table, qsizetype row, const char *column)
{
    bool ok = false;
    const double v = table.text(row, QString::fromLatin1(column)).toDouble(&ok);
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}
} // namespace

class SyntheticDscTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void planCoversTheIssue();
    void filesReadBackThroughTheRegistry();
    void manifestAndTruthAgree();
    void sameSeedSameBytes();
    void truthIsSelfConsistent();
    void analysisAgreesWithTruth_data();
    void analysisAgreesWithTruth();
    void kissingerTruthInsideInterval();
    void isochronalScansMatchIsothermalSeries();

private:
    QTemporaryDir m_dir;
    SyntheticDscCampaign m_campaign;
    SyntheticPart m_part;
    DscCampaignResult m_result;
    AnalysisTables m_tables;
};

void SyntheticDscTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_campaign = simulateDscCampaign(SyntheticCampaignSize::Small, kSeed);
    m_part = simulateDscPart(SyntheticCampaignSize::Small, kSeed);
    QCOMPARE(m_part.folder, QStringLiteral("dsc"));
    for (const SyntheticFile &f : m_part.files) {
        const QString path = m_dir.filePath(f.relativePath);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(f.bytes), f.bytes.size());
    }
    Manifest manifest;
    manifest.columns = manifestColumns();
    manifest.rows = m_part.manifestRows;
    const QString manifestPath = m_dir.filePath(QStringLiteral("campaign.csv"));
    QVERIFY(writeManifest(manifest, manifestPath).ok());

    const Result<Manifest> parsed = readManifest(manifestPath);
    QVERIFY(parsed.ok());
    Progress progress;
    const LoadedCampaign loaded =
        loadCampaign(buildCampaign(parsed.value()), ImporterRegistry::standard(), progress);
    QVERIFY(loaded.campaign.diagnostics.empty());
    for (const LoadedEntry &e : loaded.entries)
        QVERIFY2(e.ok(), qPrintable(e.loadError ? e.loadError->toString() : QString()));
    m_result = runDscCampaign(loaded, DscSettings{}, progress);
    m_tables = dscResultTables(m_result, manifestPath);
    QCOMPARE(m_tables.tables.size(), std::size_t(3));
}

void SyntheticDscTest::planCoversTheIssue()
{
    const SyntheticDscPlan paper = syntheticDscPlan(SyntheticCampaignSize::Paper);
    QCOMPARE(paper.heatingRates, (std::vector<double>{100, 200, 500, 1000}));
    QCOMPARE(paper.massNg, 484.0);
    QCOMPARE(paper.isochronalStartK, 403.0);
    double tMin = 1e9, tMax = 0, phiMin = 1e9, phiMax = 0, taMin = 1e9, taMax = 0;
    int relaxedScans = 0;
    for (const SyntheticDscHistory &h : paper.histories) {
        taMin = std::min(taMin, h.annealTemperatureK);
        taMax = std::max(taMax, h.annealTemperatureK);
        if (h.path == ThermalPath::Isothermal) {
            tMin = std::min(tMin, h.annealTimeS);
            tMax = std::max(tMax, h.annealTimeS);
        } else {
            phiMin = std::min(phiMin, h.coolingRateKPerS);
            phiMax = std::max(phiMax, h.coolingRateKPerS);
        }
        relaxedScans += int(paper.heatingRates.size());
    }
    QCOMPARE(taMin, 373.0);
    QCOMPARE(taMax, 397.0);
    QCOMPARE(tMin, 0.1);
    QCOMPARE(tMax, 1000.0);
    QCOMPARE(phiMin, 1.0);
    QCOMPARE(phiMax, 100.0);
    QCOMPARE(relaxedScans, 192); // 3 T_a × (9 t_a + 7 φ) × 4 rates, each with its reference: 384 scans
    // The small campaign: one T_a, 4 isothermal and 3 isochronal histories, 56 scans in 7 files.
    QCOMPARE(m_campaign.files.size(), std::size_t(7));
    QCOMPARE(m_campaign.manifestRows.size(), std::size_t(56));
    QCOMPARE(m_part.files.size(), std::size_t(8)); // and the README
}

void SyntheticDscTest::filesReadBackThroughTheRegistry()
{
    QCOMPARE(m_part.files.size(), m_campaign.files.size() + 1);
    for (std::size_t f = 0; f < m_campaign.files.size(); ++f) {
        const SyntheticDscFile &written = m_campaign.files[f];
        QCOMPARE(m_part.files[f].relativePath, written.relativePath);
        const Result<ImportedFile> imported =
            ImporterRegistry::standard().importBytes(m_part.files[f].bytes, written.relativePath);
        QVERIFY2(imported.ok(), qPrintable(written.relativePath));
        QCOMPARE(imported->formatId, QStringLiteral("mettler-stare"));
        const std::vector<DatasetPtr> &datasets = imported->output.datasets;
        QCOMPARE(datasets.size(), written.data.curves.size());
        for (std::size_t c = 0; c < datasets.size(); ++c) {
            const Dataset &d = *datasets[c];
            const StareCurve &curve = written.data.curves[c];
            QCOMPARE(d.curveName, curve.name);
            QCOMPARE(d.metadata.sampleName, written.data.sampleName);
            QCOMPARE(d.metadata.massMg, 0.000484);
            QCOMPARE(d.metadata.heatFlowSign, HeatFlowSign::EndothermicDown);
            const Column *t = d.column(Quantity::Time);
            const Column *ts = d.column(Quantity::Temperature);
            const Column *tr = d.column(Quantity::ProgramTemperature);
            const Column *hf = d.column(Quantity::HeatFlow);
            QVERIFY(t && ts && tr && hf);
            QCOMPARE(hf->unit, QStringLiteral("mW"));
            QCOMPARE(ts->unit, QStringLiteral("K"));
            // Written with 8, 5, 5 and 8 decimals: read back within half a unit of the last digit.
            QVERIFY(largestDifference(t->values, curve.timeS) <= 0.5e-8 + 1e-12);
            QVERIFY(largestDifference(ts->values, curve.sampleTemperatureK) <= 0.5e-5 + 1e-9);
            QVERIFY(largestDifference(tr->values, curve.programTemperatureK) <= 0.5e-5 + 1e-9);
            QVERIFY(largestDifference(hf->values, curve.heatFlowMw) <= 0.5e-8 + 1e-12);
        }
    }
}

void SyntheticDscTest::manifestAndTruthAgree()
{
    const ResultTable &truth = m_campaign.truth;
    QCOMPARE(truth.rowCount(), qsizetype(m_campaign.manifestRows.size()));
    int references = 0;
    for (const ManifestRow &row : m_campaign.manifestRows) {
        const qsizetype r = truthRow(truth, row.cells.value(QStringLiteral("file")),
                                     row.cells.value(QStringLiteral("segment")));
        QVERIFY(r >= 0);
        QCOMPARE(row.cells.value(QStringLiteral("technique")), QStringLiteral("dsc"));
        QCOMPARE(row.cells.value(QStringLiteral("mass_ng")), QStringLiteral("484"));
        const QString path = row.cells.value(QStringLiteral("path"));
        QCOMPARE(truth.text(r, QStringLiteral("path")), path);
        for (const char *column : {"T_a_K", "t_a_s", "phi_K_per_s", "T_s_K", "heating_rate_K_per_s"})
            QCOMPARE(truth.text(r, QString::fromLatin1(column)),
                     row.cells.value(QString::fromLatin1(column)));
        if (path == QLatin1String("reference")) {
            ++references;
            QVERIFY(truth.text(r, QStringLiteral("dH_uJ")).isEmpty());
        } else {
            QVERIFY(number(truth, r, "dH_uJ") > 0);
            QVERIFY(number(truth, r, "E_kJ_per_mol") > 0);
        }
    }
    QCOMPARE(references, 28); // every relaxed scan has its reference in its own file
}

void SyntheticDscTest::sameSeedSameBytes()
{
    const SyntheticPart again = simulateDscPart(SyntheticCampaignSize::Small, kSeed);
    const SyntheticPart other = simulateDscPart(SyntheticCampaignSize::Small, kSeed + 1);
    QCOMPARE(again.files.size(), m_part.files.size());
    QCOMPARE(other.files.size(), m_part.files.size());
    for (std::size_t f = 0; f < m_part.files.size(); ++f) {
        QCOMPARE(again.files[f].relativePath, m_part.files[f].relativePath);
        QVERIFY(again.files[f].bytes == m_part.files[f].bytes);
        if (m_part.files[f].relativePath.endsWith(QLatin1String(".txt")))
            QVERIFY(other.files[f].bytes != m_part.files[f].bytes);
    }
    QVERIFY(again.truth.toCsv() == m_part.truth.toCsv());
    QVERIFY(other.truth.toCsv() != m_part.truth.toCsv());
    // Only noise and drift depend on the seed: the truth of the peaks does not.
    for (qsizetype r = 0; r < m_part.truth.rowCount(); ++r)
        QCOMPARE(other.truth.text(r, QStringLiteral("dH_uJ")), m_part.truth.text(r, QStringLiteral("dH_uJ")));
}

void SyntheticDscTest::truthIsSelfConsistent()
{
    // ΔH = m·Δc_p·(T_f,ref − T_f,aged) for a constant Δc_p (methods.md §1.5 and A6: with
    // midpoint c_pN the trapezoid makes the identity exact to rounding).
    const ResultTable &truth = m_campaign.truth;
    const HeatCapacityModel &cp = m_campaign.plan.heatCapacity;
    int checked = 0;
    for (qsizetype r = 0; r < truth.rowCount(); ++r) {
        if (truth.text(r, QStringLiteral("path")) == QLatin1String("reference"))
            continue;
        const double dTf = number(truth, r, "dTf_K");
        QCOMPARE(cp.stepCpSlope, 0.0);
        const double jPerG = cp.stepCp * dTf;
        QVERIFY2(std::abs(number(truth, r, "dH_J_per_g") / jPerG - 1) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(number(truth, r, "dH_J_per_g")).arg(jPerG)));
        QVERIFY(number(truth, r, "FWHM_K") > 2 && number(truth, r, "FWHM_K") < 40);
        QVERIFY(number(truth, r, "Tp_K") > 400 && number(truth, r, "Tp_K") < 480);
        ++checked;
    }
    QCOMPARE(checked, 28);
}

void SyntheticDscTest::analysisAgreesWithTruth_data()
{
    QTest::addColumn<int>("row");
    const ResultTable &peaks = m_tables.tables[0].table;
    for (qsizetype r = 0; r < peaks.rowCount(); ++r)
        QTest::newRow(qPrintable(peaks.text(r, QStringLiteral("file")) + u'#' +
                                 peaks.text(r, QStringLiteral("segment"))))
            << int(r);
}

void SyntheticDscTest::analysisAgreesWithTruth()
{
    QFETCH(int, row);
    const ResultTable &peaks = m_tables.tables[0].table;
    QCOMPARE(peaks.rowCount(), 28);
    QCOMPARE(peaks.text(row, QStringLiteral("status")), QStringLiteral("ok"));
    const qsizetype t = truthRow(m_campaign.truth, peaks.text(row, QStringLiteral("file")),
                                 peaks.text(row, QStringLiteral("segment")));
    QVERIFY(t >= 0);
    const ResultTable &truth = m_campaign.truth;
    const auto report = [&](const char *column) {
        return QStringLiteral("%1: %2 vs truth %3")
            .arg(QString::fromLatin1(column), peaks.text(row, QString::fromLatin1(column)),
                 truth.text(t, QString::fromLatin1(column)));
    };
    QVERIFY2(std::abs(number(peaks, row, "dH_uJ") / number(truth, t, "dH_uJ") - 1) < 0.02,
             qPrintable(report("dH_uJ")));
    QVERIFY2(std::abs(number(peaks, row, "dH_J_per_g") / number(truth, t, "dH_J_per_g") - 1) < 0.02,
             qPrintable(report("dH_J_per_g")));
    QVERIFY2(std::abs(number(peaks, row, "Tp_K") - number(truth, t, "Tp_K")) < 0.5,
             qPrintable(report("Tp_K")));
    QVERIFY2(std::abs(number(peaks, row, "FWHM_K") / number(truth, t, "FWHM_K") - 1) < 0.03,
             qPrintable(report("FWHM_K")));
}

void SyntheticDscTest::kissingerTruthInsideInterval()
{
    const ResultTable &kissinger = m_tables.tables[1].table;
    QCOMPARE(kissinger.rowCount(), 7); // one per history
    const ResultTable &truth = m_campaign.truth;
    for (qsizetype k = 0; k < kissinger.rowCount(); ++k) {
        QCOMPARE(kissinger.text(k, QStringLiteral("status")), QStringLiteral("ok"));
        QCOMPARE(kissinger.text(k, QStringLiteral("n_rates")), QStringLiteral("4"));
        // The truth row of the same history.
        double energy = std::numeric_limits<double>::quiet_NaN();
        for (qsizetype r = 0; r < truth.rowCount(); ++r)
            if (truth.text(r, QStringLiteral("path")) == kissinger.text(k, QStringLiteral("path")) &&
                truth.text(r, QStringLiteral("t_a_s")) == kissinger.text(k, QStringLiteral("t_a_s")) &&
                truth.text(r, QStringLiteral("phi_K_per_s")) ==
                    kissinger.text(k, QStringLiteral("phi_K_per_s")) &&
                truth.text(r, QStringLiteral("T_a_K")) == kissinger.text(k, QStringLiteral("T_a_K")))
                energy = number(truth, r, "E_kJ_per_mol");
        QVERIFY(std::isfinite(energy));
        const double low = number(kissinger, k, "E_ci95_low_kJ_per_mol");
        const double high = number(kissinger, k, "E_ci95_high_kJ_per_mol");
        QVERIFY2(energy >= low && energy <= high,
                 qPrintable(QStringLiteral("%1 %2 %3: E = %4 [%5, %6], truth %7")
                                .arg(kissinger.text(k, QStringLiteral("path")),
                                     kissinger.text(k, QStringLiteral("t_a_s")),
                                     kissinger.text(k, QStringLiteral("phi_K_per_s")),
                                     kissinger.text(k, QStringLiteral("E_kJ_per_mol")))
                                .arg(low)
                                .arg(high)
                                .arg(energy)));
    }
}

void SyntheticDscTest::isochronalScansMatchIsothermalSeries()
{
    // φ = 1, 3, 10 K/s from 403 K recover less enthalpy than 1000 s at 385 K and more than 3 s
    // (truth ΔH), so each of the 12 isochronal scans lies inside its isothermal series.
    const ResultTable &matched = m_tables.tables[2].table;
    QCOMPARE(matched.rowCount(), 12);
    for (qsizetype r = 0; r < matched.rowCount(); ++r) {
        QCOMPARE(matched.text(r, QStringLiteral("status")), QStringLiteral("ok"));
        const double equivalent = number(matched, r, "t_a_equiv_s");
        QVERIFY2(equivalent > 3 && equivalent < 1000, qPrintable(QString::number(equivalent)));
    }
}

QTEST_GUILESS_MAIN(SyntheticDscTest)
#include "tst_synthetic_dsc.moc"
