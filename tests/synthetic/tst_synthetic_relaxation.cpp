// The stress-relaxation part of the synthetic campaigns (issue 4): TA Universal Analysis files
// that the importers read back to the values written, reproducible bytes, the layout the issue
// asks for, and the acceptance of issue 7 on the `small` part: sr_kww, sr_aging and sr_arrhenius
// against the truth computed from the noise-free curves.
#include "tst_synthetic_srni_support.h"

#include "analysis/relaxation/RelaxationCampaign.h"
#include "simulate/campaign/SyntheticRelaxation.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace gb;
using namespace gb::test;

namespace {
constexpr std::uint64_t kSeed = 20240611;

const SyntheticPart &smallPart()
{
    static const SyntheticPart part = simulateRelaxationPart(SyntheticCampaignSize::Small, kSeed);
    return part;
}

/// Row of the truth table with `kind` matching (T_a, t_a) where given (NaN = any).
qsizetype truthRow(const ResultTable &truth, const QString &kind, double temperatureK, double agingTimeS,
                   const QString &file = {})
{
    for (qsizetype r = 0; r < truth.rowCount(); ++r) {
        if (truth.text(r, QStringLiteral("row")) != kind)
            continue;
        if (!file.isEmpty() && truth.text(r, QStringLiteral("file")) != file)
            continue;
        if (!std::isnan(temperatureK) && cellNumber(truth, r, QStringLiteral("T_a_K")) != temperatureK)
            continue;
        if (!std::isnan(agingTimeS) && cellNumber(truth, r, QStringLiteral("t_a_s")) != agingTimeS)
            continue;
        return r;
    }
    return -1;
}
} // namespace

class SyntheticRelaxationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layoutFollowsTheIssue();
    void paperHasMoreTemperaturesAndAgingTimes();
    void filesReadBackThroughTheRegistry();
    void sameSeedSameBytes();
    void truthIsWellDefined();
    void analysisAgreesWithTheTruth();
};

void SyntheticRelaxationTest::layoutFollowsTheIssue()
{
    const SyntheticRelaxationDesign design = relaxationDesign(SyntheticCampaignSize::Small);
    QVERIFY(design.temperaturesK.size() >= 3);
    QVERIFY(design.agingTimesS.size() >= 8);
    QCOMPARE(design.agingTimesS.front(), 1800.0);
    QCOMPARE(design.agingTimesS.back(), 77400.0);
    const SyntheticPart &part = smallPart();
    QCOMPARE(part.folder, QStringLiteral("stress_relaxation"));
    const std::size_t curves = design.temperaturesK.size() * design.agingTimesS.size();
    QCOMPARE(part.files.size(), curves);
    QCOMPARE(part.manifestRows.size(), curves);
    // One truth row per curve, per temperature (aging laws) and per aging time (Arrhenius).
    QCOMPARE(part.truth.rowCount(),
             qsizetype(curves + design.temperaturesK.size() + design.agingTimesS.size()));
    const std::vector<SyntheticRelaxationCurve> generated = simulateRelaxationCurves(design, kSeed);
    for (std::size_t i = 0; i < curves; ++i) {
        const ManifestRow &row = part.manifestRows[i];
        const SyntheticRelaxationCurve &c = generated[i];
        QCOMPARE(row.cells.value(QStringLiteral("file")), part.files[i].relativePath);
        QVERIFY(part.files[i].relativePath.startsWith(QStringLiteral("stress_relaxation/")));
        QCOMPARE(row.cells.value(QStringLiteral("technique")), QStringLiteral("stress_relaxation"));
        QCOMPARE(row.cells.value(QStringLiteral("path")), QStringLiteral("isothermal"));
        QCOMPARE(row.cells.value(QStringLiteral("T_a_K")).toDouble(), c.temperatureK);
        QCOMPARE(row.cells.value(QStringLiteral("T_test_K")).toDouble(), c.temperatureK);
        QCOMPARE(row.cells.value(QStringLiteral("t_a_s")).toDouble(), c.agingTimeS);
        QCOMPARE(row.cells.value(QStringLiteral("strain")).toDouble(), design.strain);
        QCOMPARE(row.cells.value(QStringLiteral("sample")), design.sample);
        // 3600–9000 s of relaxation after a ramp of design.rampS that starts 1 s into the file.
        const double rampEnd = 1.0 + design.rampS;
        const double length = c.run.timeS.back() - rampEnd;
        QVERIFY2(length >= 3600 - 1e-9 && length <= 9000 + 1e-9, qPrintable(QString::number(length)));
        int rampPoints = 0;
        for (std::size_t k = 0; k < c.run.timeS.size(); ++k)
            if (c.run.timeS[k] > 1.0 && c.run.timeS[k] < rampEnd)
                ++rampPoints;
        QVERIFY(rampPoints >= 5);
        QVERIFY(std::abs(c.run.strain.front()) < 1e-5 * design.strain + 5 * design.strainNoise);
        QVERIFY(std::abs(c.run.strain.back() - design.strain) < 5 * design.strainNoise);
    }
}

void SyntheticRelaxationTest::paperHasMoreTemperaturesAndAgingTimes()
{
    const SyntheticRelaxationDesign design = relaxationDesign(SyntheticCampaignSize::Paper);
    QCOMPARE(design.temperaturesK.size(), std::size_t(5));
    QCOMPARE(design.agingTimesS.size(), std::size_t(12));
    const SyntheticPart part = simulateRelaxationPart(SyntheticCampaignSize::Paper, kSeed);
    QCOMPARE(part.files.size(), std::size_t(60));
    // Every noise-free curve is fitted (status ok) and every temperature shows a supported break.
    int curves = 0, breaks = 0;
    for (qsizetype r = 0; r < part.truth.rowCount(); ++r) {
        const QString kind = part.truth.text(r, QStringLiteral("row"));
        if (kind == QLatin1String("curve")) {
            ++curves;
            QCOMPARE(part.truth.text(r, QStringLiteral("status")), QStringLiteral("ok"));
        } else if (kind == QLatin1String("aging") &&
                   !part.truth.text(r, QStringLiteral("t_break_s")).isEmpty()) {
            ++breaks;
        }
    }
    QCOMPARE(curves, 60);
    QCOMPARE(breaks, 5);
}

void SyntheticRelaxationTest::filesReadBackThroughTheRegistry()
{
    const SyntheticRelaxationDesign design = relaxationDesign(SyntheticCampaignSize::Small);
    const std::vector<SyntheticRelaxationCurve> generated = simulateRelaxationCurves(design, kSeed);
    const SyntheticPart &part = smallPart();
    for (std::size_t i = 0; i < part.files.size(); ++i) {
        const SyntheticFile &file = part.files[i];
        const UniversalAnalysisRun &run = generated[i].run;
        const Result<ImportedFile> imported =
            ImporterRegistry::standard().importBytes(file.bytes, QFileInfo(file.relativePath).fileName());
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        QCOMPARE(imported->formatId, QStringLiteral("ta-universal-analysis"));
        QCOMPARE(imported->output.datasets.size(), std::size_t(1));
        const Dataset &d = *imported->output.datasets.front();
        QCOMPARE(d.metadata.sampleName, design.sample);
        const Column *time = d.column(Quantity::Time);
        const Column *temperature = d.column(Quantity::Temperature);
        const Column *stress = d.column(Quantity::Stress);
        const Column *strain = d.column(Quantity::Strain);
        QVERIFY(time && temperature && stress && strain);
        // Half a unit of the last written decimal (min with 6, °C with 4, MPa with 6, % with 6),
        // plus the round-off of the unit conversion.
        QVERIFY(largestDifference(time->values, run.timeS) <= 0.5e-6 * 60 * (1 + 1e-9) + 1e-9);
        QVERIFY(largestDifference(temperature->values, run.temperatureK) <= 0.5e-4 + 1e-9);
        QVERIFY(largestDifference(stress->values, run.stressMpa) <= 0.5e-6 + 1e-12);
        QVERIFY(largestDifference(strain->values, run.strain) <= 0.5e-8 + 1e-14);
    }
}

void SyntheticRelaxationTest::sameSeedSameBytes()
{
    const SyntheticPart again = simulateRelaxationPart(SyntheticCampaignSize::Small, kSeed);
    const SyntheticPart &part = smallPart();
    QCOMPARE(again.files.size(), part.files.size());
    for (std::size_t i = 0; i < part.files.size(); ++i) {
        QCOMPARE(again.files[i].relativePath, part.files[i].relativePath);
        QVERIFY(again.files[i].bytes == part.files[i].bytes);
    }
    QVERIFY(again.truth.toCsv() == part.truth.toCsv());
    const SyntheticPart other = simulateRelaxationPart(SyntheticCampaignSize::Small, kSeed + 1);
    QVERIFY(other.files.front().bytes != part.files.front().bytes);
    QVERIFY(other.truth.toCsv() == part.truth.toCsv()); // the truth does not depend on the noise
}

void SyntheticRelaxationTest::truthIsWellDefined()
{
    const SyntheticRelaxationDesign design = relaxationDesign(SyntheticCampaignSize::Small);
    const ResultTable &truth = smallPart().truth;
    const double nan = std::nan("");
    for (double temperature : design.temperaturesK) {
        const qsizetype r = truthRow(truth, QStringLiteral("aging"), temperature, nan);
        QVERIFY(r >= 0);
        QCOMPARE(truth.text(r, QStringLiteral("status")), QStringLiteral("ok"));
        const double breakTime = cellNumber(truth, r, QStringLiteral("t_break_s"));
        const double mu1 = cellNumber(truth, r, QStringLiteral("mu1"));
        const double mu2 = cellNumber(truth, r, QStringLiteral("mu2"));
        const double betaPeak = cellNumber(truth, r, QStringLiteral("beta_peak_t_a_s"));
        qInfo("T = %g K: mu %.4f, t_break %.0f s, mu1 %.4f, mu2 %.4f, beta peak %.0f s", temperature,
              cellNumber(truth, r, QStringLiteral("mu")), breakTime, mu1, mu2, betaPeak);
        // A clear break inside the aging times, slopes that differ, β peaking inside the series.
        QVERIFY(breakTime > design.agingTimesS.front() && breakTime < design.agingTimesS.back());
        QVERIFY(mu2 - mu1 > 0.2);
        QVERIFY(betaPeak > design.agingTimesS.front() && betaPeak < design.agingTimesS.back());
    }
    for (double agingTime : design.agingTimesS) {
        const qsizetype r = truthRow(truth, QStringLiteral("arrhenius"), nan, agingTime);
        QVERIFY(r >= 0);
        const double ea = cellNumber(truth, r, QStringLiteral("Ea_kJ_per_mol"));
        // τ_KWW follows the Arrhenius law of the model's relaxation times to within 10 % (the fit
        // window is 3600–9000 s whatever τ, so the KWW description shifts a little with T).
        QVERIFY2(std::abs(ea / (design.activationEnergy / 1000) - 1) < 0.1, qPrintable(QString::number(ea)));
    }
    for (qsizetype r = 0; r < truth.rowCount(); ++r)
        if (truth.text(r, QStringLiteral("row")) == QLatin1String("curve"))
            QCOMPARE(truth.text(r, QStringLiteral("status")), QStringLiteral("ok"));
}

void SyntheticRelaxationTest::analysisAgreesWithTheTruth()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SyntheticPart &part = smallPart();
    QVERIFY(writePartFiles(part, dir.path()));
    const LoadedCampaign campaign = loadPart(part, dir.path());
    QCOMPARE(campaign.entries.size(), part.manifestRows.size());
    RelaxationSettings settings;
    Progress progress;
    const RelaxationCampaignResult result = runRelaxationCampaign(campaign, settings, progress);
    const AnalysisTables tables = relaxationResultTables(result);
    const ResultTable *kww = findTable(tables, QStringLiteral("sr_kww.csv"));
    const ResultTable *aging = findTable(tables, QStringLiteral("sr_aging.csv"));
    const ResultTable *arrhenius = findTable(tables, QStringLiteral("sr_arrhenius.csv"));
    QVERIFY(kww && aging && arrhenius);
    const ResultTable &truth = part.truth;
    const double nan = std::nan("");

    QCOMPARE(kww->rowCount(), qsizetype(part.files.size()));
    // The step is found where the ramp ends (1 s into the file, after a ramp of design.rampS).
    const double rampEnd = 1.0 + relaxationDesign(SyntheticCampaignSize::Small).rampS;
    for (const RelaxationRecord &record : result.records)
        QVERIFY2(std::abs(record.result.curve.originS - rampEnd) < 1e-4, qPrintable(record.entry.file));
    double worstBeta = 0, worstTau = 0;
    for (qsizetype r = 0; r < kww->rowCount(); ++r) {
        const QString file = kww->text(r, QStringLiteral("file"));
        const qsizetype t = truthRow(truth, QStringLiteral("curve"), nan, nan, file);
        QVERIFY2(t >= 0, qPrintable(file));
        QCOMPARE(kww->text(r, QStringLiteral("status")), QStringLiteral("ok"));
        const double beta = cellNumber(*kww, r, QStringLiteral("beta"));
        const double tau = cellNumber(*kww, r, QStringLiteral("tau_s"));
        const double betaTrue = cellNumber(truth, t, QStringLiteral("beta"));
        const double tauTrue = cellNumber(truth, t, QStringLiteral("tau_s"));
        worstBeta = std::max(worstBeta, std::abs(beta - betaTrue));
        worstTau = std::max(worstTau, std::abs(tau / tauTrue - 1));
        QVERIFY2(std::abs(beta - betaTrue) < 0.01, qPrintable(file));
        QVERIFY2(std::abs(tau / tauTrue - 1) < 0.03, qPrintable(file));
    }
    qInfo("sr_kww: largest |Δβ| %.5f, largest |Δτ|/τ %.5f", worstBeta, worstTau);

    const SyntheticRelaxationDesign design = relaxationDesign(SyntheticCampaignSize::Small);
    QCOMPARE(aging->rowCount(), qsizetype(design.temperaturesK.size()));
    for (qsizetype r = 0; r < aging->rowCount(); ++r) {
        const double temperature = cellNumber(*aging, r, QStringLiteral("T_a_K"));
        const qsizetype t = truthRow(truth, QStringLiteral("aging"), temperature, nan);
        QVERIFY(t >= 0);
        QCOMPARE(aging->text(r, QStringLiteral("status")), QStringLiteral("ok"));
        for (const char *column : {"mu", "mu1", "mu2"}) {
            const double found = cellNumber(*aging, r, QLatin1String(column));
            const double expected = cellNumber(truth, t, QLatin1String(column));
            qInfo("T = %g K %s: %.4f (truth %.4f)", temperature, column, found, expected);
            QVERIFY2(std::abs(found - expected) < 0.03, column);
        }
        const double breakTime = cellNumber(*aging, r, QStringLiteral("t_break_s"));
        const double breakTrue = cellNumber(truth, t, QStringLiteral("t_break_s"));
        qInfo("T = %g K t_break: %.0f s (truth %.0f s)", temperature, breakTime, breakTrue);
        QVERIFY(breakTime / breakTrue < 1.3 && breakTrue / breakTime < 1.3);
    }

    QCOMPARE(arrhenius->rowCount(), qsizetype(design.agingTimesS.size()));
    for (const RelaxationArrheniusGroup &group : result.arrhenius) {
        QVERIFY(group.agingTimeS.has_value());
        const qsizetype t = truthRow(truth, QStringLiteral("arrhenius"), nan, *group.agingTimeS);
        QVERIFY(t >= 0);
        QVERIFY(group.fit.ok());
        const double ea = group.fit.activationEnergy / 1000;
        const double halfWidth = group.fit.fit.activationEnergyHalfWidth / 1000;
        const double expected = cellNumber(truth, t, QStringLiteral("Ea_kJ_per_mol"));
        qInfo("t_a = %g s: Ea %.3f ± %.3f kJ/mol (truth %.3f)", *group.agingTimeS, ea, halfWidth, expected);
        QVERIFY(std::abs(ea - expected) <= halfWidth);
    }
}

QTEST_GUILESS_MAIN(SyntheticRelaxationTest)
#include "tst_synthetic_relaxation.moc"
