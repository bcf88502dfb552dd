// The nanoindentation part of the synthetic campaigns (issue 4): Hysitron TriboScan arrays that
// the importers read back to the values written, reproducible bytes, the load function and array
// layout the issue asks for, the acceptance of issue 8 on the `small` part (ni_indents and
// ni_summary against the truth) and the detector's false-alarm rate on noise-only indents.
#include "tst_synthetic_srni_support.h"

#include "analysis/indentation/IndentationCampaign.h"
#include "io/indentation/HysitronArrayFolder.h"
#include "simulate/campaign/SyntheticIndentation.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace gb;
using namespace gb::test;

namespace {
constexpr std::uint64_t kSeed = 20240611;

const SyntheticPart &smallPart()
{
    static const SyntheticPart part = simulateIndentationPart(SyntheticCampaignSize::Small, kSeed);
    return part;
}

/// Row of the truth table of kind `kind` with the given file (and segment when not empty).
qsizetype truthRow(const ResultTable &truth, const QString &kind, const QString &file,
                   const QString &segment = {})
{
    for (qsizetype r = 0; r < truth.rowCount(); ++r)
        if (truth.text(r, QStringLiteral("row")) == kind && truth.text(r, QStringLiteral("file")) == file &&
            (segment.isEmpty() || truth.text(r, QStringLiteral("segment")) == segment))
            return r;
    return -1;
}
} // namespace

class SyntheticIndentationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layoutFollowsTheIssue();
    void paperHasTheSizeOfTheSeedStudy();
    void arraysAreRecognisedAsArrays();
    void filesReadBackThroughTheRegistry();
    void sameSeedSameBytes();
    void analysisAgreesWithTheTruth();
    void detectorFalseAlarmRate();
    void lowPopInsAreFound_data();
    void lowPopInsAreFound();
};

void SyntheticIndentationTest::layoutFollowsTheIssue()
{
    const SyntheticIndentationDesign design = indentationDesign(SyntheticCampaignSize::Small);
    QCOMPARE(design.indentsPerArray, 20);
    QCOMPARE(indentationDesign(SyntheticCampaignSize::Paper).indentsPerArray, 200);
    QCOMPARE(design.tipRadiusNm, 360.0);
    const std::vector<SyntheticIndentArray> arrays = simulateIndentArrays(design, kSeed);
    QCOMPARE(arrays.size(), design.agingTimesS.size());
    const SyntheticPart &part = smallPart();
    QCOMPARE(part.folder, QStringLiteral("nanoindentation"));
    QCOMPARE(part.manifestRows.size(), arrays.size());
    QCOMPARE(part.files.size(), arrays.size() * std::size_t(design.indentsPerArray));
    for (std::size_t a = 0; a < arrays.size(); ++a) {
        const ManifestRow &row = part.manifestRows[a];
        QCOMPARE(row.cells.value(QStringLiteral("file")), arrays[a].folder);
        QCOMPARE(row.cells.value(QStringLiteral("technique")), QStringLiteral("nanoindentation"));
        QCOMPARE(row.cells.value(QStringLiteral("path")), QStringLiteral("isothermal"));
        QCOMPARE(row.cells.value(QStringLiteral("tip_radius_nm")).toDouble(), 360.0);
        QCOMPARE(row.cells.value(QStringLiteral("t_a_s")).toDouble(), arrays[a].agingTimeS);
        QCOMPARE(row.cells.value(QStringLiteral("T_a_K")).toDouble(), design.agingTemperatureK);
        int withoutPopIn = 0;
        for (const SyntheticIndent &s : arrays[a].indents) {
            withoutPopIn += s.hasPopIn() ? 0 : 1;
            const HysitronIndent &indent = s.indent;
            // 600 µN/s to 3000 µN (5 s), 2 s hold, 5 s unload at 100 Hz: 1201 samples, three segments.
            QCOMPARE(indent.timeS.size(), std::size_t(1201));
            QCOMPARE(indent.segmentStarts, (std::vector<std::size_t>{0, 501, 701}));
            QCOMPARE(indent.timeS[500], 5.0);
            QVERIFY(std::abs(indent.loadUn[500] - 3000) < 5 * design.loadNoiseMicroNewton);
            QVERIFY(std::abs(indent.loadUn[100] - 600) <
                    5 * design.loadNoiseMicroNewton + (s.popInIndex == 99 ? 20 : 0));
            QVERIFY(std::abs(indent.loadUn[700] - 3000) < 5 * design.loadNoiseMicroNewton);
            QVERIFY(std::abs(indent.timeS[700] - 7.0) < 1e-12);
            QVERIFY(std::abs(indent.timeS.back() - 12.0) < 1e-12);
            QVERIFY(std::abs(indent.loadUn.back()) < 5 * design.loadNoiseMicroNewton);
            if (s.hasPopIn()) {
                // The burst starts right after the last sample below the critical load.
                QVERIFY(s.popInLoadMicroNewton < s.parameters.criticalLoadMicroNewton);
                QVERIFY(s.popInLoadMicroNewton + 6.0 + 1e-9 >= s.parameters.criticalLoadMicroNewton);
                const double jump =
                    indent.depthNm[std::size_t(s.popInIndex + 2)] - indent.depthNm[std::size_t(s.popInIndex)];
                QVERIFY(jump > 0.9 * s.parameters.burstNm);
            }
        }
        QCOMPARE(withoutPopIn, design.indentsWithoutPopInPerArray);
    }
}

void SyntheticIndentationTest::paperHasTheSizeOfTheSeedStudy()
{
    // 200 indents per aging time, ~1000 in all, a few without a pop-in in every array.
    const SyntheticIndentationDesign design = indentationDesign(SyntheticCampaignSize::Paper);
    const SyntheticPart part = simulateIndentationPart(SyntheticCampaignSize::Paper, kSeed);
    QCOMPARE(part.manifestRows.size(), std::size_t(5));
    QCOMPARE(part.files.size(), std::size_t(1000));
    QCOMPARE(part.truth.rowCount(), qsizetype(1000 + 5));
    for (qsizetype r = 0; r < part.truth.rowCount(); ++r)
        if (part.truth.text(r, QStringLiteral("row")) == QLatin1String("aging_time")) {
            QCOMPARE(cellNumber(part.truth, r, QStringLiteral("n_indents")), 200.0);
            QCOMPARE(cellNumber(part.truth, r, QStringLiteral("n_popin")),
                     double(200 - design.indentsWithoutPopInPerArray));
        }
}

void SyntheticIndentationTest::arraysAreRecognisedAsArrays()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SyntheticPart &part = smallPart();
    QVERIFY(writePartFiles(part, dir.path()));
    for (const ManifestRow &row : part.manifestRows) {
        const QString folder = QDir(dir.path()).filePath(row.cells.value(QStringLiteral("file")));
        const Result<std::vector<IndentArrayGroup>> groups = findIndentArrays(folder);
        QVERIFY(groups.ok());
        QCOMPARE(groups->size(), std::size_t(1));
        const QString name = QFileInfo(folder).fileName();
        QCOMPARE(groups->front().pattern, name + QStringLiteral("_#.txt"));
        QCOMPARE(groups->front().files.size(), qsizetype(20));
        QCOMPARE(QFileInfo(groups->front().files.front()).fileName(), name + QStringLiteral("_00000.txt"));
        QCOMPARE(QFileInfo(groups->front().files.back()).fileName(), name + QStringLiteral("_00019.txt"));
    }
}

void SyntheticIndentationTest::filesReadBackThroughTheRegistry()
{
    const std::vector<SyntheticIndentArray> arrays =
        simulateIndentArrays(indentationDesign(SyntheticCampaignSize::Small), kSeed);
    const SyntheticPart &part = smallPart();
    std::size_t f = 0;
    for (const SyntheticIndentArray &array : arrays)
        for (const SyntheticIndent &s : array.indents) {
            const SyntheticFile &file = part.files[f++];
            QCOMPARE(file.relativePath, array.folder + QLatin1Char('/') + s.fileName);
            const Result<ImportedFile> imported =
                ImporterRegistry::standard().importBytes(file.bytes, s.fileName);
            QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
            QCOMPARE(imported->formatId, QStringLiteral("hysitron-triboscan-txt"));
            QCOMPARE(imported->output.datasets.size(), std::size_t(1));
            const Dataset &d = *imported->output.datasets.front();
            const Column *depth = d.column(Quantity::Depth);
            const Column *load = d.column(Quantity::Load);
            const Column *time = d.column(Quantity::Time);
            QVERIFY(depth && load && time);
            // Six decimals are written for every column.
            QVERIFY(largestDifference(depth->values, s.indent.depthNm) <= 0.5e-6 + 1e-12);
            QVERIFY(largestDifference(load->values, s.indent.loadUn) <= 0.5e-6 + 1e-12);
            QVERIFY(largestDifference(time->values, s.indent.timeS) <= 0.5e-6 + 1e-12);
            QCOMPARE(d.metadata.headerValue(QStringLiteral("Load segment starts")),
                     QStringLiteral("0, 501, 701"));
        }
    QCOMPARE(f, part.files.size());
}

void SyntheticIndentationTest::sameSeedSameBytes()
{
    const SyntheticPart again = simulateIndentationPart(SyntheticCampaignSize::Small, kSeed);
    const SyntheticPart &part = smallPart();
    QCOMPARE(again.files.size(), part.files.size());
    for (std::size_t i = 0; i < part.files.size(); ++i) {
        QCOMPARE(again.files[i].relativePath, part.files[i].relativePath);
        QVERIFY(again.files[i].bytes == part.files[i].bytes);
    }
    QVERIFY(again.truth.toCsv() == part.truth.toCsv());
    const SyntheticPart other = simulateIndentationPart(SyntheticCampaignSize::Small, kSeed + 1);
    QVERIFY(other.files.front().bytes != part.files.front().bytes);
    QVERIFY(other.truth.toCsv() != part.truth.toCsv());
}

void SyntheticIndentationTest::analysisAgreesWithTheTruth()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SyntheticPart &part = smallPart();
    QVERIFY(writePartFiles(part, dir.path()));
    const LoadedCampaign campaign = loadPart(part, dir.path());
    QCOMPARE(campaign.entries.size(), part.manifestRows.size());
    Progress progress;
    const IndentationCampaignResult result =
        runIndentationCampaign(campaign, IndentationSettings{}, progress);
    const AnalysisTables tables = indentationResultTables(result);
    const ResultTable *indents = findTable(tables, QStringLiteral("ni_indents.csv"));
    const ResultTable *summary = findTable(tables, QStringLiteral("ni_summary.csv"));
    QVERIFY(indents && summary);
    const ResultTable &truth = part.truth;
    QCOMPARE(indents->rowCount(), qsizetype(part.files.size()));

    int popIns = 0, loadWithin = 0;
    double worstLoad = 0, worstEr = 0, worstTau = 0;
    for (qsizetype r = 0; r < indents->rowCount(); ++r) {
        const QString file = indents->text(r, QStringLiteral("file")); // "<folder>#<indent file>"
        const qsizetype hash = file.indexOf(QLatin1Char('#'));
        QVERIFY(hash > 0);
        const qsizetype t = truthRow(truth, QStringLiteral("indent"), file.left(hash), file.mid(hash + 1));
        QVERIFY2(t >= 0, qPrintable(file));
        QCOMPARE(indents->text(r, QStringLiteral("status")), truth.text(t, QStringLiteral("status")));
        const double er = cellNumber(*indents, r, QStringLiteral("Er_GPa"));
        const double erTrue = cellNumber(truth, t, QStringLiteral("Er_GPa"));
        worstEr = std::max(worstEr, std::abs(er / erTrue - 1));
        QVERIFY2(std::abs(er / erTrue - 1) < 0.03, qPrintable(file));
        if (truth.text(t, QStringLiteral("status")) != QLatin1String("ok"))
            continue;
        ++popIns;
        const double load = cellNumber(*indents, r, QStringLiteral("P_popin_uN"));
        const double loadTrue = cellNumber(truth, t, QStringLiteral("P_popin_uN"));
        worstLoad = std::max(worstLoad, std::abs(load / loadTrue - 1));
        loadWithin += std::abs(load / loadTrue - 1) < 0.02 ? 1 : 0;
        const double tau = cellNumber(*indents, r, QStringLiteral("tau_c_GPa"));
        const double tauTrue = cellNumber(truth, t, QStringLiteral("tau_c_GPa"));
        worstTau = std::max(worstTau, std::abs(tau / tauTrue - 1));
        QVERIFY2(std::abs(tau / tauTrue - 1) < 0.03, qPrintable(file));
    }
    qInfo(
        "ni_indents: %d pop-ins, %d with the load within 2 %%; largest relative errors: load %.4f, Er %.4f, "
        "tau_c %.4f",
        popIns, loadWithin, worstLoad, worstEr, worstTau);
    QVERIFY(popIns > 0);
    QVERIFY(loadWithin >= 0.95 * popIns);

    QCOMPARE(summary->rowCount(), qsizetype(part.manifestRows.size()));
    for (qsizetype r = 0; r < summary->rowCount(); ++r) {
        const double agingTime = cellNumber(*summary, r, QStringLiteral("t_a_s"));
        QString folder;
        for (const ManifestRow &row : part.manifestRows)
            if (row.cells.value(QStringLiteral("t_a_s")).toDouble() == agingTime)
                folder = row.cells.value(QStringLiteral("file"));
        const qsizetype t = truthRow(truth, QStringLiteral("aging_time"), folder);
        QVERIFY(t >= 0);
        QCOMPARE(summary->text(r, QStringLiteral("status")), QStringLiteral("ok"));
        QCOMPARE(cellNumber(*summary, r, QStringLiteral("n_popin")),
                 cellNumber(truth, t, QStringLiteral("n_popin")));
        const double mean = cellNumber(*summary, r, QStringLiteral("tau_c_mean_GPa"));
        const double meanTrue = cellNumber(truth, t, QStringLiteral("tau_c_mean_GPa"));
        const double fwhm = cellNumber(*summary, r, QStringLiteral("tau_c_norm_fwhm"));
        const double fwhmTrue = cellNumber(truth, t, QStringLiteral("tau_c_norm_fwhm"));
        qInfo("t_a = %g s: tau_c mean %.4f GPa (truth %.4f, model %.4f), normalised FWHM %.4f (truth %.4f, "
              "model "
              "%.4f)",
              agingTime, mean, meanTrue, cellNumber(truth, t, QStringLiteral("model_tau_c_mean_GPa")), fwhm,
              fwhmTrue, cellNumber(truth, t, QStringLiteral("model_tau_c_norm_fwhm")));
        QVERIFY(std::abs(mean / meanTrue - 1) < 0.03);
        QVERIFY(std::abs(fwhm / fwhmTrue - 1) < 0.15);
        QVERIFY(std::abs(cellNumber(*summary, r, QStringLiteral("Er_mean_GPa")) /
                             cellNumber(truth, t, QStringLiteral("Er_mean_GPa")) -
                         1) < 0.03);
    }
}

void SyntheticIndentationTest::detectorFalseAlarmRate()
{
    // Noise-only curves: the same load function, noise and drift, no pop-in (elastic to 3000 µN).
    const SyntheticIndentationDesign design = indentationDesign(SyntheticCampaignSize::Small);
    SeededRandom random(kSeed, 77);
    const int curves = 1000;
    int falseAlarms = 0;
    int fitted = 0;
    for (int i = 0; i < curves; ++i) {
        SyntheticIndentParameters p;
        p.reducedModulusGpa = random.normal(design.reducedModulusGpa, design.reducedModulusSdGpa);
        p.contactOffsetNm = random.uniform(-1.0, 1.0);
        p.driftNmPerS = random.normal(0.0, design.driftSdNmPerS);
        const SyntheticIndent s = simulateIndent(design, p, random);
        QVERIFY(!s.hasPopIn());
        const IndentResult r = analyzeIndent(s.indent.depthNm, s.indent.loadUn, s.indent.timeS,
                                             design.tipRadiusNm, IndentationSettings{});
        falseAlarms += r.hasPopIn() ? 1 : 0;
        fitted += r.hertz.ok() && std::abs(r.hertz.reducedModulus / p.reducedModulusGpa - 1) < 0.03 ? 1 : 0;
    }
    qInfo("noise-only indents: %d false pop-ins in %d curves", falseAlarms, curves);
    QVERIFY(falseAlarms * 100 < curves);
    QCOMPARE(fitted, curves);
}

void SyntheticIndentationTest::lowPopInsAreFound_data()
{
    QTest::addColumn<double>("criticalLoad");
    // Below 5 % of the 3000 µN maximum, where the increment test used not to look.
    QTest::newRow("100 uN") << 100.0;
    QTest::newRow("130 uN") << 130.0;
    QTest::newRow("400 uN") << 400.0;
}

void SyntheticIndentationTest::lowPopInsAreFound()
{
    QFETCH(double, criticalLoad);
    const SyntheticIndentationDesign design = indentationDesign(SyntheticCampaignSize::Small);
    SeededRandom random(kSeed, 78);
    const int curves = 100;
    int found = 0;
    int loadWithin = 0;
    for (int i = 0; i < curves; ++i) {
        SyntheticIndentParameters p;
        p.reducedModulusGpa = random.normal(design.reducedModulusGpa, design.reducedModulusSdGpa);
        p.contactOffsetNm = random.uniform(-1.0, 1.0);
        p.driftNmPerS = random.normal(0.0, design.driftSdNmPerS);
        p.criticalLoadMicroNewton = criticalLoad;
        p.burstNm = 5.0;
        const SyntheticIndent s = simulateIndent(design, p, random);
        QVERIFY(s.hasPopIn());
        const IndentResult r = analyzeIndent(s.indent.depthNm, s.indent.loadUn, s.indent.timeS,
                                             design.tipRadiusNm, IndentationSettings{});
        if (r.status != QLatin1String("ok"))
            continue;
        ++found;
        loadWithin += std::abs(r.firstPopIn()->loadMicroNewton / s.popInLoadMicroNewton - 1) < 0.02 ? 1 : 0;
    }
    QCOMPARE(found, curves);
    QVERIFY(loadWithin >= 0.95 * curves);
}

QTEST_GUILESS_MAIN(SyntheticIndentationTest)
#include "tst_synthetic_indentation.moc"
