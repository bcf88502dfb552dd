// Loading a project's data: every row gets its curves, raw files are digested, files that
// moved or changed are reported, cancelling stops the work.
#include "XyTestImporter.h"
#include "io/ManifestFile.h"
#include "project/ProjectLoader.h"
#include "support/Progress.h"

#include "support/TestFiles.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gb;

class ProjectLoaderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void manifestBecomesProject();
    void loadsEveryRow();
    void reportsMovedAndChangedFiles();
    void keepsRowsWithBadMetadataReadable();
    void cancelStopsEarly();
    void loadedCampaignPairsEntriesWithData();

private:
    QString write(const QString &relative, const QByteArray &bytes) const;
    Project manifestProject();
    QTemporaryDir m_dir;
};

void ProjectLoaderTest::init()
{
    QVERIFY(m_dir.isValid());
    write(QStringLiteral("two.xy"), test::xyTestFile({QStringLiteral("Ta393_ta60s"), QStringLiteral("ref")}));
    write(QStringLiteral("one.xy"), test::xyTestFile({QString()}, 20));
}

QString ProjectLoaderTest::write(const QString &relative, const QByteArray &bytes) const
{
    return test::writeTestFile(m_dir.filePath(relative), bytes);
}

Project ProjectLoaderTest::manifestProject()
{
    const QString path =
        write(QStringLiteral("campaign.csv"), "# Simulated campaign for tests\n"
                                              "file,segment,technique,sample,path,T_a_K,t_a_s\n"
                                              "two.xy,1,dsc,Au,isothermal,393,60\n"
                                              "two.xy,2,dsc,Au,reference,,\n"
                                              "one.xy,,dsc,Pd,isothermal,400,10\n");
    Result<Manifest> manifest = readManifest(path);
    return manifest.ok() ? projectFromManifest(*manifest) : Project{};
}

void ProjectLoaderTest::manifestBecomesProject()
{
    const Project p = manifestProject();
    QCOMPARE(p.rows.size(), std::size_t(3));
    QCOMPARE(p.rows[0].id, QStringLiteral("two.xy#1"));
    QCOMPARE(p.rows[1].id, QStringLiteral("two.xy#2"));
    QCOMPARE(p.rows[2].id, QStringLiteral("one.xy#1"));
    QCOMPARE(p.rows[2].row.line, qint64(5));
    QCOMPARE(p.baseDir, m_dir.path());
    QVERIFY(p.simulated); // the comment says so

    Manifest twice;
    twice.path = m_dir.filePath(QStringLiteral("dup.csv"));
    twice.columns = {QStringLiteral("file")};
    twice.rows = {ManifestRow{2, {{QStringLiteral("file"), QStringLiteral("one.xy")}}},
                  ManifestRow{3, {{QStringLiteral("file"), QStringLiteral("one.xy")}}}};
    const Project dup = projectFromManifest(twice);
    QCOMPARE(dup.rows[1].id, QStringLiteral("one.xy#1~2"));
    QVERIFY(!dup.simulated);
}

void ProjectLoaderTest::loadsEveryRow()
{
    Progress progress;
    const LoadedProject loaded = loadProject(manifestProject(), test::xyTestRegistry(), progress);
    QVERIFY(!loaded.cancelled);
    QCOMPARE(progress.total(), qint64(4)); // two distinct files, digest + read each
    QCOMPARE(progress.done(), qint64(4));
    QCOMPARE(loaded.rows.size(), std::size_t(3));
    for (const Issue &issue : loaded.issues)
        qWarning() << issue.diagnostic.toString();
    QVERIFY(loaded.issues.empty());
    QVERIFY(loaded.metadataIssues.empty());
    QCOMPARE(loaded.rows[0].datasets.size(), std::size_t(1));
    QCOMPARE(loaded.rows[0].datasets[0]->curveName, QStringLiteral("Ta393_ta60s"));
    QCOMPARE(loaded.rows[1].datasets[0]->curveName, QStringLiteral("ref"));
    QCOMPARE(loaded.rows[2].datasets[0]->rowCount(), qsizetype(20));
    QCOMPARE(loaded.rows[2].formatId, QStringLiteral("xy-test"));
    // Records: one per file, with the digest of the bytes on disk.
    QCOMPARE(loaded.project.rawFiles.size(), std::size_t(2));
    const RawFileRecord *one = loaded.project.rawFile(QStringLiteral("one.xy"));
    QVERIFY(one);
    QCOMPARE(
        one->sha256,
        QString::fromLatin1(
            QCryptographicHash::hash(test::xyTestFile({QString()}, 20), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(one->importerId, QStringLiteral("xy-test"));
    QCOMPARE(one->absolutePath, m_dir.filePath(QStringLiteral("one.xy")));
}

void ProjectLoaderTest::reportsMovedAndChangedFiles()
{
    Progress first;
    LoadedProject loaded = loadProject(manifestProject(), test::xyTestRegistry(), first);
    Project saved = loaded.project;
    saved.path = m_dir.filePath(QStringLiteral("study.gbproj"));
    write(QStringLiteral("one.xy"), test::xyTestFile({QString()}, 21)); // changed
    QVERIFY(QDir(m_dir.path()).rename(QStringLiteral("two.xy"), QStringLiteral("two-moved.xy")));

    Progress second;
    const LoadedProject reopened = loadProject(saved, test::xyTestRegistry(), second);
    QCOMPARE(reopened.problems.size(), std::size_t(2));
    QCOMPARE(reopened.problems[0].file, QStringLiteral("two.xy"));
    QCOMPARE(reopened.problems[0].state, RawFileState::Missing);
    QCOMPARE(reopened.problems[1].file, QStringLiteral("one.xy"));
    QCOMPARE(reopened.problems[1].state, RawFileState::Changed);
    QVERIFY(reopened.rows[0].loadError.has_value());
    QCOMPARE(reopened.rows[2].datasets[0]->rowCount(), qsizetype(21));
    int missingIssues = 0;
    for (const Issue &issue : reopened.issues)
        if (issue.diagnostic.code == QLatin1String("raw_file_missing")) {
            ++missingIssues;
            QCOMPARE(issue.rowId, QStringLiteral("two.xy#1"));
        }
    QCOMPARE(missingIssues, 1);

    // Relocating the record is enough to read it again, under the same ids.
    saved.rawFile(QStringLiteral("two.xy"))->absolutePath = m_dir.filePath(QStringLiteral("two-moved.xy"));
    Progress third;
    const LoadedProject relocated = loadProject(saved, test::xyTestRegistry(), third);
    QCOMPARE(relocated.problems.size(), std::size_t(1)); // one.xy still changed
    QCOMPARE(relocated.rows[1].datasets[0]->curveName, QStringLiteral("ref"));
    QCOMPARE(relocated.project.rows[1].id, QStringLiteral("two.xy#2"));
}

void ProjectLoaderTest::keepsRowsWithBadMetadataReadable()
{
    Project p = manifestProject();
    p.rows[2].row.cells.insert(QStringLiteral("technique"), QStringLiteral("dcs"));
    p.rows[2].row.cells.insert(QStringLiteral("T_a_K"), QStringLiteral("four hundred"));
    Progress progress;
    const LoadedProject loaded = loadProject(p, test::xyTestRegistry(), progress);
    QCOMPARE(loaded.rows[2].datasets.size(), std::size_t(1)); // still plotted
    QVERIFY(loaded.issues.empty());                           // reading went fine
    QCOMPARE(loaded.metadataIssues.size(), std::size_t(1));
    const Issue &issue = loaded.metadataIssues[0];
    QCOMPARE(issue.rowId, QStringLiteral("one.xy#1"));
    QCOMPARE(issue.diagnostic.code, QStringLiteral("bad_technique"));
    QCOMPARE(issue.diagnostic.file, m_dir.filePath(QStringLiteral("campaign.csv")));
    QCOMPARE(issue.diagnostic.line, qint64(5)); // the manifest's line
}

void ProjectLoaderTest::cancelStopsEarly()
{
    Progress progress;
    progress.cancel();
    const LoadedProject loaded = loadProject(manifestProject(), test::xyTestRegistry(), progress);
    QVERIFY(loaded.cancelled);
    QVERIFY(loaded.rows.empty());
    QCOMPARE(progress.done(), qint64(0));
}

void ProjectLoaderTest::loadedCampaignPairsEntriesWithData()
{
    Progress progress;
    const LoadedProject loaded = loadProject(manifestProject(), test::xyTestRegistry(), progress);
    const LoadedCampaign campaign = loadedCampaignOf(loaded.project, loaded.rows);
    QCOMPARE(campaign.entries.size(), std::size_t(3));
    QCOMPARE(campaign.entries[1].datasetId, QStringLiteral("two.xy#2"));
    QCOMPARE(campaign.entries[1].entry.path, ThermalPath::Reference);
    QVERIFY(campaign.entries[1].datasets[0] == loaded.rows[1].datasets[0]); // shared, not copied
    QCOMPARE(campaign.entriesOf(Technique::Dsc).size(), std::size_t(3));
}

QTEST_GUILESS_MAIN(ProjectLoaderTest)
#include "tst_project_loader.moc"
