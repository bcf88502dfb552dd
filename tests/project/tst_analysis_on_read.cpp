// Analysing curves as they are read (how `glassbench-cli analyze` runs) gives the same tables
// and findings, bit for bit, as reading the whole campaign first (how the window runs), with the
// project's settings; the curves analysed on reading keep only their names and metadata; DSC
// scans, files named by several rows and rows with a person's choice for one of their indents are
// left to the analysis after reading.
#include "io/ImporterRegistry.h"
#include "project/ProjectAnalysis.h"
#include "project/ProjectCampaign.h"
#include "simulate/campaign/SyntheticCampaign.h"
#include "support/Progress.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace gb;

namespace {
const QString kIndentRow = QStringLiteral("nanoindentation/ZrMG_Ta563K_ta18000s#1");

struct Run {
    LoadedCampaign loaded;
    AnalysisTables tables;
};

QByteArray everything(const Run &run)
{
    QByteArray all;
    for (const auto &[name, table] : run.tables.tables)
        all += "== " + name.toUtf8() + '\n' + table.toCsv();
    for (const std::vector<Diagnostic> *list : {&run.loaded.diagnostics, &run.tables.diagnostics})
        for (const Diagnostic &d : *list)
            all += d.toString().toUtf8() + '\n';
    return all;
}

QByteArray tableText(const Run &run, const char *fileName)
{
    for (const auto &[name, table] : run.tables.tables)
        if (name == QLatin1String(fileName))
            return table.toCsv();
    return {};
}

const LoadedEntry &rowOf(const Run &run, const QString &datasetId)
{
    for (const LoadedEntry &row : run.loaded.entries)
        if (row.datasetId == datasetId)
            return row;
    qFatal("no row %s", qPrintable(datasetId));
}
} // namespace

class AnalysisOnReadTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameTablesAsAnalysingAfterReading();
    void projectSettingsReachTheAnalysisOnRead();
    void keepsOnlyTheNamesOfCurvesAnalysedOnRead();
    void leavesRowsWithIndentChoicesToTheAnalysisAfterReading();
    void leavesFilesSharedByRowsToTheAnalysisAfterReading();
    void handlesOnlyTheWantedTechniques();

private:
    Run analyse(bool onRead, const std::function<void(Project &)> &configure = {}) const;
    Run analyse(const QString &manifest, bool onRead,
                const std::function<void(Project &)> &configure = {}) const;
    QTemporaryDir m_dir;
    QString m_manifest;
};

void AnalysisOnReadTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeSyntheticCampaign(simulateCampaign(SyntheticCampaignSize::Small, 7), m_dir.path()).ok());
    m_manifest = m_dir.filePath(QStringLiteral("campaign.csv"));
}

Run AnalysisOnReadTest::analyse(bool onRead, const std::function<void(Project &)> &configure) const
{
    return analyse(m_manifest, onRead, configure);
}

Run AnalysisOnReadTest::analyse(const QString &manifest, bool onRead,
                                const std::function<void(Project &)> &configure) const
{
    Result<ProjectCampaign> source = readCampaignOrProject(manifest);
    if (!source.ok())
        qFatal("%s", qPrintable(source.error().toString()));
    if (configure)
        configure(source->project);
    const AnalysisOnRead analysisOnRead = analysisOnReadOf(source->project);
    LoadOptions options = source->options;
    if (onRead)
        options.analysisOnRead = &analysisOnRead;
    Run run;
    Progress reading;
    run.loaded = loadCampaign(source->campaign, ImporterRegistry::standard(), reading, options);
    Progress analysing;
    run.tables = analyzeProject(run.loaded, source->project, analysing);
    return run;
}

void AnalysisOnReadTest::sameTablesAsAnalysingAfterReading()
{
    const Run after = analyse(false);
    const Run onRead = analyse(true);
    QCOMPARE(onRead.tables.tables.size(), after.tables.tables.size());
    QCOMPARE(everything(onRead), everything(after));
    // Not vacuous: the tables hold fitted indents and relaxation curves.
    const QByteArray all = everything(after);
    QVERIFY(all.contains("== ni_indents.csv"));
    QVERIFY(all.contains("== sr_kww.csv"));
    QVERIFY(all.count(",ok,") > 100);
}

void AnalysisOnReadTest::projectSettingsReachTheAnalysisOnRead()
{
    // A stricter pop-in threshold for the indents, a fit window for one relaxation curve: each
    // changes its table, and the analysis on reading follows both.
    const auto configure = [](Project &project) {
        IndentationSettings indentation;
        indentation.detector.k = 3.0;
        project.analysis.insert(QStringLiteral("indentation"), indentation.toJson());
        project.settings.set(QStringLiteral("stress_relaxation/ZrMG_Ta553K_ta1800s.txt#1"),
                             settings::kFitWindowS, ValueRange{1.0, 300.0});
    };
    const Run onRead = analyse(true, configure);
    QCOMPARE(everything(onRead), everything(analyse(false, configure)));
    const Run defaults = analyse(true);
    for (const char *table : {"ni_indents.csv", "sr_kww.csv"})
        QVERIFY2(tableText(onRead, table) != tableText(defaults, table), table);
}

void AnalysisOnReadTest::keepsOnlyTheNamesOfCurvesAnalysedOnRead()
{
    const Run after = analyse(false);
    const Run onRead = analyse(true);
    QCOMPARE(onRead.loaded.entries.size(), after.loaded.entries.size());
    int indents = 0;
    for (std::size_t i = 0; i < onRead.loaded.entries.size(); ++i) {
        const LoadedEntry &row = onRead.loaded.entries[i];
        const LoadedEntry &full = after.loaded.entries[i];
        QVERIFY(full.analysesOnRead.empty());
        QCOMPARE(row.datasets.size(), full.datasets.size());
        const bool analysed = row.entry.technique != Technique::Dsc;
        QCOMPARE(row.analysesOnRead.size(), analysed ? row.datasets.size() : std::size_t(0));
        for (std::size_t k = 0; k < row.datasets.size(); ++k) {
            QCOMPARE(row.datasets[k]->columns.empty(), analysed);
            QVERIFY(!full.datasets[k]->columns.empty());
            QCOMPARE(row.datasets[k]->curveName, full.datasets[k]->curveName);
            QCOMPARE(row.datasets[k]->sourceFile, full.datasets[k]->sourceFile);
        }
        if (row.entry.technique == Technique::Nanoindentation) {
            QVERIFY(row.analysisOnRead<IndentResult>(0));
            QVERIFY(!row.analysisOnRead<RelaxationCurveResult>(0));
            indents += int(row.datasets.size());
        }
        if (row.entry.technique == Technique::StressRelaxation)
            QVERIFY(row.analysisOnRead<RelaxationCurveResult>(0));
    }
    QVERIFY(indents > 50);
}

void AnalysisOnReadTest::leavesRowsWithIndentChoicesToTheAnalysisAfterReading()
{
    // Indent 3 of one array left out by a person: that row keeps its curves and is analysed
    // after reading, where the indent's position is known.
    const auto configure = [](Project &project) {
        project.settings.set(kIndentRow, settings::kRejectedCurves, QList<int>{3});
    };
    const Run onRead = analyse(true, configure);
    const LoadedEntry &row = rowOf(onRead, kIndentRow);
    QVERIFY(row.analysesOnRead.empty());
    QVERIFY(!row.datasets.front()->columns.empty());
    QVERIFY(!rowOf(onRead, QStringLiteral("nanoindentation/ZrMG_Ta563K_ta1800s#1")).analysesOnRead.empty());

    QCOMPARE(everything(onRead), everything(analyse(false, configure)));
    const QByteArray all = everything(onRead);
    QCOMPARE(all.count(",rejected,"), qsizetype(1));
}

void AnalysisOnReadTest::leavesFilesSharedByRowsToTheAnalysisAfterReading()
{
    // A second row (another sample name) on the same relaxation file: the file is read once for
    // both, so neither row's curve is analysed on reading; the other files still are.
    QFile original(m_manifest);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    const QByteArray row = "stress_relaxation/ZrMG_Ta553K_ta1800s.txt,,stress_relaxation,ZrMG,";
    const qsizetype at = text.indexOf(row);
    QVERIFY(at >= 0);
    const QByteArray line = text.mid(at, text.indexOf('\n', at) - at + 1);
    text += QByteArray(line).replace(",ZrMG,", ",ZrMG-B,");
    const QString shared = m_dir.filePath(QStringLiteral("shared.csv"));
    QFile copy(shared);
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(text) == text.size());
    copy.close();

    const Run onRead = analyse(shared, true);
    int sharing = 0;
    for (const LoadedEntry &entry : onRead.loaded.entries)
        if (entry.entry.file == QLatin1String("stress_relaxation/ZrMG_Ta553K_ta1800s.txt")) {
            ++sharing;
            QVERIFY(entry.analysesOnRead.empty());
            QVERIFY(!entry.datasets.front()->columns.empty());
        }
    QCOMPARE(sharing, 2);
    QVERIFY(
        !rowOf(onRead, QStringLiteral("stress_relaxation/ZrMG_Ta553K_ta3600s.txt#1")).analysesOnRead.empty());
    QCOMPARE(everything(onRead), everything(analyse(shared, false)));
}

void AnalysisOnReadTest::handlesOnlyTheWantedTechniques()
{
    CampaignEntry indents;
    indents.technique = Technique::Nanoindentation;
    indents.file = QStringLiteral("a");
    CampaignEntry curve;
    curve.technique = Technique::StressRelaxation;
    curve.file = QStringLiteral("b.txt");
    CampaignEntry scan;
    scan.technique = Technique::Dsc;
    scan.file = QStringLiteral("c.txt");

    AnalysisSettings settings;
    QVERIFY(AnalysisOnRead(settings, {}).handles(indents));
    QVERIFY(AnalysisOnRead(settings, {}).handles(curve));
    QVERIFY(!AnalysisOnRead(settings, {}).handles(scan));
    QVERIFY(!AnalysisOnRead(settings, {Technique::StressRelaxation}).handles(indents));
    QVERIFY(AnalysisOnRead(settings, {Technique::StressRelaxation}).handles(curve));

    // A choice for an indent of row "a#10" is not one for row "a#1".
    settings.indentation.overrides.insert(IndentationSettings::overrideKey(QStringLiteral("a#10"), 0), {});
    QVERIFY(AnalysisOnRead(settings, {}).handles(indents));
    settings.indentation.overrides.insert(IndentationSettings::overrideKey(QStringLiteral("a#1"), 4), {});
    QVERIFY(!AnalysisOnRead(settings, {}).handles(indents));
}

QTEST_GUILESS_MAIN(AnalysisOnReadTest)

#include "tst_analysis_on_read.moc"
