// Analysing a project: its per-dataset settings reach the technique analyses, rejected rows are
// left out, and a campaign gives the same tables whether it is analysed from its manifest the
// way `glassbench-cli analyze` reads it, from the window's loaded project, or from the saved
// .gbproj read back — bit for bit.
#include "TnmTestCampaign.h"
#include "io/ImporterRegistry.h"
#include "io/ManifestFile.h"
#include "project/ProjectAnalysis.h"
#include "project/ProjectCampaign.h"
#include "project/ProjectLoader.h"
#include "support/Progress.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gb;

class ProjectAnalysisTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mapsDatasetSettings();
    void readsStoredTechniqueSettings();
    void rejectsUnreadableStoredSettings();
    void leavesRejectedRowsOut();
    void sameTablesFromManifestProjectAndSavedProject();
    void settingsSavedInTheProjectChangeTheTables();

private:
    static QByteArray allTables(const AnalysisTables &tables);
    AnalysisTables analyzeFile(const QString &path);
    QTemporaryDir m_dir;
    QString m_manifest;
};

void ProjectAnalysisTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_manifest = test::writeTnmDscCampaign(m_dir.filePath(QStringLiteral("data")));
    QVERIFY(!m_manifest.isEmpty());
}

QByteArray ProjectAnalysisTest::allTables(const AnalysisTables &tables)
{
    QByteArray all;
    for (const auto &[name, table] : tables.tables)
        all += "== " + name.toUtf8() + '\n' + table.toCsv();
    return all;
}

AnalysisTables ProjectAnalysisTest::analyzeFile(const QString &path)
{
    // What the command line does with a manifest or a .gbproj.
    Result<ProjectCampaign> pc = readCampaignOrProject(path);
    if (!pc.ok())
        return {};
    Progress progress;
    const LoadedCampaign loaded =
        loadCampaign(pc->campaign, ImporterRegistry::standard(), progress, pc->options);
    Progress analysis;
    return analyzeProject(loaded, pc->project, analysis);
}

void ProjectAnalysisTest::mapsDatasetSettings()
{
    Project p;
    p.settings.set(QStringLiteral("a.txt#2"), settings::kSignFlip, true);
    p.settings.set(QStringLiteral("a.txt#2"), settings::kIntegrationLimitsK, ValueRange{390.5, 440.0});
    p.settings.set(QStringLiteral("sr.txt#1"), settings::kFitWindowS, ValueRange{0.5, 3000.0});
    p.settings.set(QStringLiteral("array#1"), settings::kRejectedCurves, QList<int>{1, 7});
    const Result<AnalysisSettings> s = analysisSettingsOf(p);
    QVERIFY(s.ok());
    const DscScanOverrides dsc = s->dsc.overrides.value(QStringLiteral("a.txt#2"));
    QVERIFY(dsc.flipSign);
    QCOMPARE(*dsc.lowerLimitK, 390.5);
    QCOMPARE(*dsc.upperLimitK, 440.0);
    QVERIFY(s->dsc.forDataset(QStringLiteral("a.txt#2")).flipSign);
    QVERIFY(!s->dsc.forDataset(QStringLiteral("a.txt#1")).flipSign);
    const TimeWindow window = *s->relaxation.overrides.value(QStringLiteral("sr.txt#1")).window;
    QCOMPARE(window.lowS, 0.5);
    QCOMPARE(window.highS, 3000.0);
    // Rejected indents are 1-based in the project, 0-based in the indentation analysis.
    QVERIFY(s->indentation.overrideFor(QStringLiteral("array#1"), 0).rejected);
    QVERIFY(s->indentation.overrideFor(QStringLiteral("array#1"), 6).rejected);
    QVERIFY(!s->indentation.overrideFor(QStringLiteral("array#1"), 1).rejected);
}

void ProjectAnalysisTest::readsStoredTechniqueSettings()
{
    AnalysisSettings custom;
    custom.dsc.defaults.smoothingWindowK = 3.5;
    custom.relaxation.minimumAgingTimes = 6;
    custom.indentation.defaultTipRadiusNm = 250.0;
    Project p;
    p.analysis.insert(QStringLiteral("dsc"), custom.dsc.toJson());
    p.analysis.insert(QStringLiteral("relaxation"), custom.relaxation.toJson());
    p.analysis.insert(QStringLiteral("indentation"), custom.indentation.toJson());
    p.settings.set(QStringLiteral("a.txt#1"), settings::kSignFlip, true);
    // Through the project file and back.
    const QString path = m_dir.filePath(QStringLiteral("stored.gbproj"));
    const Result<Project> read = parseProject(formatProject(p, path), path);
    QVERIFY(read.ok());
    const Result<AnalysisSettings> s = analysisSettingsOf(*read);
    QVERIFY(s.ok());
    QCOMPARE(s->dsc.defaults.smoothingWindowK, 3.5);
    QCOMPARE(s->relaxation.minimumAgingTimes, 6);
    QCOMPARE(s->indentation.defaultTipRadiusNm, 250.0);
    QVERIFY(s->dsc.overrides.value(QStringLiteral("a.txt#1")).flipSign);
    // Nothing stored: the defaults.
    const Result<AnalysisSettings> defaults = analysisSettingsOf(Project{});
    QVERIFY(defaults.ok());
    QCOMPARE(defaults->dsc.defaults.smoothingWindowK, AnalysisSettings{}.dsc.defaults.smoothingWindowK);
}

void ProjectAnalysisTest::rejectsUnreadableStoredSettings()
{
    Project p;
    p.path = m_dir.filePath(QStringLiteral("bad.gbproj"));
    QJsonObject dsc = AnalysisSettings{}.dsc.toJson();
    dsc.insert(QStringLiteral("rateTolerance"), QStringLiteral("small"));
    p.analysis.insert(QStringLiteral("dsc"), dsc);
    const Result<AnalysisSettings> s = analysisSettingsOf(p);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().file, p.path);
    QVERIFY2(s.error().message.contains(QLatin1String("dsc settings")), qPrintable(s.error().message));
}

void ProjectAnalysisTest::leavesRejectedRowsOut()
{
    LoadedCampaign campaign;
    for (const char *id : {"a#1", "a#2", "b#1"}) {
        LoadedEntry entry;
        entry.datasetId = QString::fromLatin1(id);
        campaign.entries.push_back(entry);
    }
    DatasetSettings s;
    s.set(QStringLiteral("a#2"), settings::kRejected, true);
    const LoadedCampaign kept = withoutRejectedRows(campaign, s);
    QCOMPARE(kept.entries.size(), std::size_t(2));
    QCOMPARE(kept.entries[0].datasetId, QStringLiteral("a#1"));
    QCOMPARE(kept.entries[1].datasetId, QStringLiteral("b#1"));
}

void ProjectAnalysisTest::sameTablesFromManifestProjectAndSavedProject()
{
    // 1. The manifest, read as the command line reads it.
    const AnalysisTables fromManifest = analyzeFile(m_manifest);
    QVERIFY(!fromManifest.tables.empty());
    const auto peaks =
        std::find_if(fromManifest.tables.begin(), fromManifest.tables.end(),
                     [](const auto &t) { return t.fileName == QLatin1String("dsc_peaks.csv"); });
    QVERIFY(peaks != fromManifest.tables.end());
    QCOMPARE(peaks->table.rowCount(), qsizetype(3)); // three isothermal scans
    for (qsizetype row = 0; row < 3; ++row) {
        QCOMPARE(peaks->table.text(row, QStringLiteral("status")), QStringLiteral("ok"));
        QVERIFY(peaks->table.text(row, QStringLiteral("dH_uJ")).toDouble() > 0.0);
    }
    // Longer annealing, more enthalpy recovered.
    QVERIFY(peaks->table.text(2, QStringLiteral("dH_uJ")).toDouble() >
            peaks->table.text(0, QStringLiteral("dH_uJ")).toDouble());

    // 2. The window's way: the project the manifest makes, loaded, then analysed.
    Result<Manifest> manifest = readManifest(m_manifest);
    QVERIFY(manifest.ok());
    Progress progress;
    const LoadedProject loaded =
        loadProject(projectFromManifest(*manifest), ImporterRegistry::standard(), progress);
    Progress analysis;
    const AnalysisTables inWindow =
        analyzeProject(loadedCampaignOf(loaded.project, loaded.rows), loaded.project, analysis);
    QCOMPARE(allTables(inWindow), allTables(fromManifest));

    // 3. Saved as a project in another folder, read back as the command line would.
    const QString projectPath = m_dir.filePath(QStringLiteral("elsewhere/study.gbproj"));
    QDir().mkpath(QFileInfo(projectPath).absolutePath());
    QVERIFY(writeProject(loaded.project, projectPath).ok());
    QCOMPARE(allTables(analyzeFile(projectPath)), allTables(fromManifest));
}

void ProjectAnalysisTest::settingsSavedInTheProjectChangeTheTables()
{
    Result<Manifest> manifest = readManifest(m_manifest);
    QVERIFY(manifest.ok());
    Progress progress;
    LoadedProject loaded =
        loadProject(projectFromManifest(*manifest), ImporterRegistry::standard(), progress);
    loaded.project.settings.set(QStringLiteral("tnm.txt#4"), settings::kRejected, true);
    const QString projectPath = m_dir.filePath(QStringLiteral("rejected.gbproj"));
    QVERIFY(writeProject(loaded.project, projectPath).ok());
    const AnalysisTables fromFile = analyzeFile(projectPath);
    Progress analysis;
    const AnalysisTables inMemory =
        analyzeProject(loadedCampaignOf(loaded.project, loaded.rows), loaded.project, analysis);
    QCOMPARE(allTables(fromFile), allTables(inMemory));
    const auto peaks = std::find_if(fromFile.tables.begin(), fromFile.tables.end(), [](const auto &t) {
        return t.fileName == QLatin1String("dsc_peaks.csv");
    });
    QVERIFY(peaks != fromFile.tables.end());
    QCOMPARE(peaks->table.rowCount(), qsizetype(2)); // the rejected scan is left out
    QVERIFY(allTables(fromFile) != allTables(analyzeFile(m_manifest)));
}

QTEST_GUILESS_MAIN(ProjectAnalysisTest)
#include "tst_project_analysis.moc"
