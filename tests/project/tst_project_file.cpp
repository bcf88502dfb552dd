// Project files (.gbproj): JSON round trip with every bit of the numbers, relative paths,
// tolerant reading with clear errors, raw-file digests and the per-dataset settings store.
#include "project/ProjectCampaign.h"
#include "project/ProjectFile.h"

#include "support/TestFiles.h"
#include <QCryptographicHash>
#include <QJsonDocument>

#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace gb;

class ProjectFileTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTripKeepsEverything();
    void numbersKeepEveryBit_data();
    void numbersKeepEveryBit();
    void pathsAreRelativeToTheProject();
    void formatIsDeterministic();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void toleratesUnknownAndMissingParts();
    void writeIsAtomicAndReadable();
    void digestsFilesAndFolders();
    void checksRawFiles();
    void settingsAreTyped();
    void campaignOfProjectFollowsRelocatedFiles();

private:
    Project sampleProject() const;
    QString write(const QString &relative, const QByteArray &bytes) const;
    QTemporaryDir m_dir;
};

void ProjectFileTest::init()
{
    QVERIFY(m_dir.isValid());
}

QString ProjectFileTest::write(const QString &relative, const QByteArray &bytes) const
{
    return test::writeTestFile(m_dir.filePath(relative), bytes);
}

Project ProjectFileTest::sampleProject() const
{
    Project p;
    p.baseDir = m_dir.filePath(QStringLiteral("data"));
    p.manifestPath = m_dir.filePath(QStringLiteral("data/campaign.csv"));
    p.simulated = true;
    p.leadingComments = {QStringLiteral("# simulated campaign")};
    p.columns = {QStringLiteral("file"), QStringLiteral("technique"), QStringLiteral("sample"),
                 QStringLiteral("T_a_K"), QStringLiteral("operator")};
    p.rows.push_back(ProjectRow{QStringLiteral("a.txt#1"),
                                ManifestRow{3,
                                            {{QStringLiteral("file"), QStringLiteral("a.txt")},
                                             {QStringLiteral("technique"), QStringLiteral("dsc")},
                                             {QStringLiteral("sample"), QStringLiteral("Au")},
                                             {QStringLiteral("T_a_K"), QStringLiteral("393")},
                                             {QStringLiteral("operator"), QStringLiteral("李")}}}});
    p.rows.push_back(ProjectRow{QStringLiteral("b.txt#2"),
                                ManifestRow{4,
                                            {{QStringLiteral("file"), QStringLiteral("b.txt")},
                                             {QStringLiteral("technique"), QStringLiteral("dsc")}}}});
    p.rawFiles.push_back(RawFileRecord{QStringLiteral("a.txt"),
                                       m_dir.filePath(QStringLiteral("data/a.txt")),
                                       QStringLiteral("ab12"),
                                       42,
                                       QStringLiteral("mettler-stare"),
                                       false,
                                       {}});
    p.rawFiles.push_back(RawFileRecord{QStringLiteral("b.txt"),
                                       m_dir.filePath(QStringLiteral("moved/b.txt")),
                                       QStringLiteral("cd34"),
                                       7,
                                       QStringLiteral("generic-delimited"),
                                       true,
                                       {{QStringLiteral("column.2.quantity"), QStringLiteral("heat_flow")}}});
    p.settings.set(QStringLiteral("a.txt#1"), settings::kIntegrationLimitsK, ValueRange{380.125, 431.0});
    p.settings.set(QStringLiteral("a.txt#1"), settings::kSignFlip, true);
    p.settings.set(QStringLiteral("b.txt#2"), settings::kRejectedCurves, QList<int>{3, 17});
    p.plotStyles.insert(QStringLiteral("curves"), QJsonObject{{QStringLiteral("log_x"), true}});
    return p;
}

void ProjectFileTest::roundTripKeepsEverything()
{
    const QString path = m_dir.filePath(QStringLiteral("study.gbproj"));
    const Project original = sampleProject();
    const Result<Project> read = parseProject(formatProject(original, path), path);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read->path, path);
    QCOMPARE(read->baseDir, original.baseDir);
    QCOMPARE(read->manifestPath, original.manifestPath);
    QCOMPARE(read->simulated, true);
    QCOMPARE(read->leadingComments, original.leadingComments);
    QCOMPARE(read->columns, original.columns);
    QVERIFY(read->rows == original.rows);
    QVERIFY(read->rawFiles == original.rawFiles);
    QVERIFY(read->settings == original.settings);
    QCOMPARE(read->plotStyles, original.plotStyles);
    QCOMPARE(read->settings.get(QStringLiteral("a.txt#1"), settings::kIntegrationLimitsK)->low, 380.125);
    QCOMPARE(read->settings.get(QStringLiteral("b.txt#2"), settings::kRejectedCurves), QList<int>({3, 17}));
}

void ProjectFileTest::numbersKeepEveryBit_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("0.1+0.2") << 0.1 + 0.2;
    QTest::newRow("1/3") << 1.0 / 3.0;
    QTest::newRow("tiny") << 4.9406564584124654e-324;
    QTest::newRow("huge") << 1.7976931348623157e308;
    QTest::newRow("negative") << -273.15000000000003;
    QTest::newRow("pi") << 3.141592653589793;
}

void ProjectFileTest::numbersKeepEveryBit()
{
    QFETCH(double, value);
    Project p = sampleProject();
    p.settings.set(QStringLiteral("a.txt#1"), settings::kFitWindowS, ValueRange{value, -value});
    const QString path = m_dir.filePath(QStringLiteral("bits.gbproj"));
    const Result<Project> read = parseProject(formatProject(p, path), path);
    QVERIFY(read.ok());
    const ValueRange range = *read->settings.get(QStringLiteral("a.txt#1"), settings::kFitWindowS);
    QCOMPARE(std::memcmp(&range.low, &value, sizeof value), 0);
    const double negated = -value;
    QCOMPARE(std::memcmp(&range.high, &negated, sizeof value), 0);
}

void ProjectFileTest::pathsAreRelativeToTheProject()
{
    const QString path = m_dir.filePath(QStringLiteral("study.gbproj"));
    const QJsonObject root = QJsonDocument::fromJson(formatProject(sampleProject(), path)).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("glassbench-project"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("campaign")).toObject().value(QStringLiteral("base")).toString(),
             QStringLiteral("data"));
    const QJsonArray raw = root.value(QStringLiteral("raw_files")).toArray();
    QCOMPARE(raw.at(0).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("data/a.txt"));
    QCOMPARE(raw.at(1).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("moved/b.txt"));
    QCOMPARE(raw.at(1).toObject().value(QStringLiteral("sha256")).toString(), QStringLiteral("cd34"));
    QCOMPARE(raw.at(1).toObject().value(QStringLiteral("importer")).toString(),
             QStringLiteral("generic-delimited"));

    // The same project saved one folder deeper reads its files from the same places.
    const QString deeper = m_dir.filePath(QStringLiteral("sub/dir/study.gbproj"));
    const Result<Project> read = parseProject(formatProject(sampleProject(), deeper), deeper);
    QVERIFY(read.ok());
    QCOMPARE(read->rawFiles[1].absolutePath, m_dir.filePath(QStringLiteral("moved/b.txt")));
    QCOMPARE(read->resolvedPath(QStringLiteral("b.txt")), m_dir.filePath(QStringLiteral("moved/b.txt")));
    QCOMPARE(read->resolvedPath(QStringLiteral("c.txt")), m_dir.filePath(QStringLiteral("data/c.txt")));
}

void ProjectFileTest::formatIsDeterministic()
{
    const QString path = m_dir.filePath(QStringLiteral("study.gbproj"));
    const QByteArray first = formatProject(sampleProject(), path);
    const Result<Project> read = parseProject(first, path);
    QVERIFY(read.ok());
    QCOMPARE(formatProject(*read, path), first);
}

void ProjectFileTest::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not json") << QByteArray("{\n  \"format\": \"glassbench-project\",\n  oops\n}")
                              << "bad_project" << qint64(3) << "not a valid project file";
    QTest::newRow("other json") << QByteArray("{\"format\": \"something-else\", \"version\": 1}")
                                << "bad_project" << qint64(0) << "not a Glassbench project";
    QTest::newRow("array") << QByteArray("[1, 2]") << "bad_project" << qint64(0)
                           << "not a Glassbench project";
    QTest::newRow("no version") << QByteArray("{\"format\": \"glassbench-project\"}") << "bad_project"
                                << qint64(0) << "no valid version";
    QTest::newRow("newer") << QByteArray("{\"format\": \"glassbench-project\", \"version\": 7}")
                           << "newer_project" << qint64(0) << "format version 7";
    QTest::newRow("row without id") << QByteArray(
                                           "{\"format\": \"glassbench-project\", \"version\": 1, "
                                           "\"campaign\": {\"rows\": [{\"id\": \"a#1\"}, {\"cells\": {}}]}}")
                                    << "bad_project" << qint64(0) << "row 2 has no dataset id";
}

void ProjectFileTest::rejectsBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(qint64, line);
    QFETCH(QString, messagePart);
    const QString path = m_dir.filePath(QStringLiteral("bad.gbproj"));
    const Result<Project> read = parseProject(bytes, path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, code);
    QCOMPARE(read.error().file, path);
    QCOMPARE(read.error().line, line);
    QVERIFY2(read.error().message.contains(messagePart), qPrintable(read.error().message));
}

void ProjectFileTest::toleratesUnknownAndMissingParts()
{
    const QString path = m_dir.filePath(QStringLiteral("min.gbproj"));
    const Result<Project> read =
        parseProject("{\"format\": \"glassbench-project\", \"version\": 1, \"future_key\": [1,2],"
                     " \"campaign\": {\"rows\": [{\"id\": \"x.txt#1\", \"cells\": {\"file\": \"x.txt\", "
                     "\"extra\": \"e\"}}]},"
                     " \"settings\": {\"x.txt#1\": {\"sign_flip\": \"yes\"}, \"bad\": 3}}",
                     path);
    QVERIFY(read.ok());
    QCOMPARE(read->baseDir, m_dir.path());
    QCOMPARE(read->rows.size(), std::size_t(1));
    QCOMPARE(read->columns, QStringList({QStringLiteral("extra"), QStringLiteral("file")}));
    QVERIFY(read->rawFiles.empty());
    // A value of the wrong type reads as "not set", not as a wrong value.
    QVERIFY(!read->settings.get(QStringLiteral("x.txt#1"), settings::kSignFlip).has_value());
    QCOMPARE(read->settings.datasetIds(), QStringList{QStringLiteral("x.txt#1")});
}

void ProjectFileTest::writeIsAtomicAndReadable()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.gbproj"));
    QVERIFY(writeProject(sampleProject(), path).ok());
    const Result<Project> read = readProject(path);
    QVERIFY(read.ok());
    QVERIFY(read->rows == sampleProject().rows);
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("saved.gbproj")});

    const QString impossible = m_dir.filePath(QStringLiteral("no/such/folder/x.gbproj"));
    const Status failed = writeProject(sampleProject(), impossible);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().file, impossible);
    QVERIFY(!readProject(impossible).ok());
    QCOMPARE(readProject(impossible).error().code, QStringLiteral("read_error"));
}

void ProjectFileTest::digestsFilesAndFolders()
{
    const QString abc = write(QStringLiteral("abc.txt"), "abc");
    const Result<PathDigest> digest = sha256OfPath(abc);
    QVERIFY(digest.ok());
    QCOMPARE(digest->sha256,
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(digest->size, qint64(3));

    write(QStringLiteral("array/indent_00010.txt"), "ten");
    write(QStringLiteral("array/indent_00002.txt"), "two");
    const Result<PathDigest> folder = sha256OfPath(m_dir.filePath(QStringLiteral("array")));
    QVERIFY2(folder.ok(), qPrintable(folder.ok() ? QString() : folder.error().toString()));
    QCryptographicHash expected(QCryptographicHash::Sha256);
    for (const auto &[name, content] :
         {std::pair{"indent_00002.txt", "two"}, std::pair{"indent_00010.txt", "ten"}}) {
        expected.addData(QByteArray(name) + '\0' +
                         QCryptographicHash::hash(QByteArray(content), QCryptographicHash::Sha256).toHex() +
                         '\n');
    }
    QCOMPARE(folder->sha256, QString::fromLatin1(expected.result().toHex()));
    QCOMPARE(folder->size, qint64(6));

    const Result<PathDigest> missing = sha256OfPath(m_dir.filePath(QStringLiteral("nothing.txt")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("missing_file"));
}

void ProjectFileTest::checksRawFiles()
{
    const QString file = write(QStringLiteral("raw.txt"), "first");
    RawFileRecord record{QStringLiteral("raw.txt"), file, sha256OfPath(file)->sha256, 5, {}, false, {}};
    QCOMPARE(checkRawFile(record), RawFileState::Unchanged);
    write(QStringLiteral("raw.txt"), "second");
    QCOMPARE(checkRawFile(record), RawFileState::Changed);
    QFile::remove(file);
    QCOMPARE(checkRawFile(record), RawFileState::Missing);
}

void ProjectFileTest::settingsAreTyped()
{
    DatasetSettings s;
    const QString id = QStringLiteral("f.txt#2");
    QVERIFY(!s.get(id, settings::kSignFlip).has_value());
    QCOMPARE(s.get(id, settings::kSignFlip, false), false);
    s.set(id, settings::kSignFlip, true);
    s.set(id, settings::kIntegrationLimitsK, ValueRange{400.5, 450.25});
    QCOMPARE(s.get(id, settings::kSignFlip, false), true);
    QVERIFY((*s.get(id, settings::kIntegrationLimitsK) == ValueRange{400.5, 450.25}));
    // A key of another type does not read a value of the wrong shape.
    QVERIFY(!s.get(id, SettingKey<double>{"sign_flip"}).has_value());
    s.setValue(id, QStringLiteral("sign_flip"), QJsonValue(QJsonValue::Null));
    QVERIFY(!s.get(id, settings::kSignFlip).has_value());
    s.setValue(id, QStringLiteral("integration_limits_K"), QJsonValue());
    QVERIFY(s.isEmpty());
    QCOMPARE(DatasetSettings::fromJson(s.toJson()), s);
}

void ProjectFileTest::campaignOfProjectFollowsRelocatedFiles()
{
    write(QStringLiteral("data/a.txt"), "a");
    write(QStringLiteral("moved/b.txt"), "b");
    Project p = sampleProject();
    p.path = m_dir.filePath(QStringLiteral("study.gbproj"));
    const ProjectCampaign pc = projectCampaign(p);
    QVERIFY(pc.campaign.diagnostics.empty());
    QCOMPARE(pc.campaign.entries.size(), std::size_t(2));
    QCOMPARE(pc.campaign.entries[1].file, QStringLiteral("b.txt")); // the id stays
    QCOMPARE(pc.campaign.entries[1].resolvedPath, m_dir.filePath(QStringLiteral("moved/b.txt")));
    QCOMPARE(pc.campaign.entries[1].manifestLine, qint64(2));
    QCOMPARE(datasetIdFor(pc.campaign.entries[0]), QStringLiteral("a.txt#1"));
    QCOMPARE(pc.options.forcedFormats.value(QStringLiteral("b.txt")), QStringLiteral("generic-delimited"));
    QVERIFY(!pc.options.forcedFormats.contains(QStringLiteral("a.txt"))); // detected, not forced
    QCOMPARE(
        pc.options.importOptions.value(QStringLiteral("b.txt")).value(QStringLiteral("column.2.quantity")),
        QStringLiteral("heat_flow"));

    QFile::remove(m_dir.filePath(QStringLiteral("moved/b.txt")));
    const ProjectCampaign missing = projectCampaign(p);
    QCOMPARE(missing.campaign.entries.size(), std::size_t(1));
    QCOMPARE(missing.campaign.diagnostics.size(), std::size_t(1));
    QCOMPARE(missing.campaign.diagnostics[0].file, p.path);
    QCOMPARE(missing.campaign.diagnostics[0].line, qint64(2));
    QCOMPARE(missing.campaign.diagnostics[0].code, QStringLiteral("missing_file"));
}

QTEST_GUILESS_MAIN(ProjectFileTest)
#include "tst_project_file.moc"
