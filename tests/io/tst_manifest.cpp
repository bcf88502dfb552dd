// Campaign manifest (interfaces.md §1): reading, bad rows with file and line, round trip.
#include "io/ManifestFile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gb;

class ManifestTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void readsRowsInAnyColumnOrder();
    void roundTripKeepsCommentsAndUnknownColumns();
    void reportsBadRowsWithLine_data();
    void reportsBadRowsWithLine();
    void quotedCellsMaySpanLines();
    void rejectsManifestWithoutHeader();

private:
    QString writeManifestText(const QByteArray &text);
    QTemporaryDir m_dir;
};

void ManifestTest::init()
{
    QVERIFY(m_dir.isValid());
    for (const char *name : {"scan.txt", "curve.txt"}) {
        QFile f(m_dir.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x\n");
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("array"));
}

QString ManifestTest::writeManifestText(const QByteArray &text)
{
    const QString path = m_dir.filePath(QStringLiteral("campaign.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text);
    return path;
}

void ManifestTest::readsRowsInAnyColumnOrder()
{
    const QString path = writeManifestText(
        "# study: AuMG relaxation\n"
        "sample,technique,file,segment,path,T_a_K,t_a_s,heating_rate_K_per_s,mass_ng,operator\n"
        "AuMG,dsc,scan.txt,7,isothermal,385,0.3,1000,484,Li\n"
        "AuMG,dsc,scan.txt,Seg 2,reference,,,1000,484,Li\n"
        "PS,stress_relaxation,curve.txt,,isothermal,373,1800,,,\n"
        "Zr,nanoindentation,array,,isothermal,573,3600,,,\n");
    const Result<Manifest> manifest = readManifest(path);
    QVERIFY(manifest.ok());
    QCOMPARE(manifest->leadingComments, QStringList{QStringLiteral("# study: AuMG relaxation")});
    const Campaign campaign = buildCampaign(*manifest);
    for (const Diagnostic &d : campaign.diagnostics)
        qWarning() << d.toString();
    QVERIFY(campaign.diagnostics.empty());
    QCOMPARE(campaign.entries.size(), std::size_t(4));
    const CampaignEntry &scan = campaign.entries[0];
    QCOMPARE(scan.manifestLine, qint64(3));
    QCOMPARE(scan.technique, Technique::Dsc);
    QCOMPARE(scan.path, ThermalPath::Isothermal);
    QCOMPARE(scan.segment, QStringLiteral("7"));
    QCOMPARE(*scan.agingTemperatureK, 385.0);
    QCOMPARE(*scan.agingTimeS, 0.3);
    QCOMPARE(*scan.heatingRateKPerS, 1000.0);
    QCOMPARE(*scan.massNg, 484.0);
    QCOMPARE(*scan.testTemperatureK, 385.0); // defaults to T_a_K
    QVERIFY(!scan.coolingRateKPerS);
    QCOMPARE(scan.extra.value(QStringLiteral("operator")), QStringLiteral("Li"));
    QCOMPARE(scan.resolvedPath, QDir::cleanPath(m_dir.filePath(QStringLiteral("scan.txt"))));
    QCOMPARE(campaign.entries[1].path, ThermalPath::Reference);
    QCOMPARE(campaign.entries[2].technique, Technique::StressRelaxation);
    QCOMPARE(campaign.entries[3].technique, Technique::Nanoindentation); // a folder is an indent array
}

void ManifestTest::roundTripKeepsCommentsAndUnknownColumns()
{
    const QByteArray text = "# comment one\n"
                            "#comment, with comma\n"
                            "file,technique,sample,note,T_a_K\n"
                            "scan.txt,dsc,A,\"quoted, \"\"note\"\"\",385\n"
                            "curve.txt,stress_relaxation,B,,\n";
    const QString path = writeManifestText(text);
    const Result<Manifest> manifest = readManifest(path);
    QVERIFY(manifest.ok());
    QCOMPARE(formatManifest(*manifest), text);
    const QString copy = m_dir.filePath(QStringLiteral("copy.csv"));
    QVERIFY(writeManifest(*manifest, copy).ok());
    const Result<Manifest> again = readManifest(copy);
    QVERIFY(again.ok());
    QCOMPARE(again->columns, manifest->columns);
    QCOMPARE(again->rows.size(), std::size_t(2));
    QCOMPARE(again->rows[0].cells, manifest->rows[0].cells);
    QCOMPARE(again->rows[0].cells.value(QStringLiteral("note")), QStringLiteral("quoted, \"note\""));
}

void ManifestTest::reportsBadRowsWithLine_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing file") << QByteArray("nothere.txt,dsc,A,isothermal,385")
                                  << QStringLiteral("missing_file");
    QTest::newRow("unknown technique")
        << QByteArray("scan.txt,xrd,A,isothermal,385") << QStringLiteral("bad_technique");
    QTest::newRow("unknown path") << QByteArray("scan.txt,dsc,A,quenched,385") << QStringLiteral("bad_path");
    QTest::newRow("reference outside DSC")
        << QByteArray("curve.txt,stress_relaxation,A,reference,385") << QStringLiteral("bad_path");
    QTest::newRow("not a number") << QByteArray("scan.txt,dsc,A,isothermal,38S")
                                  << QStringLiteral("bad_number");
    QTest::newRow("decimal comma") << QByteArray("scan.txt,dsc,A,isothermal,\"385,5\"")
                                   << QStringLiteral("bad_number");
    QTest::newRow("empty file cell") << QByteArray(",dsc,A,isothermal,385") << QStringLiteral("missing_file");
}

void ManifestTest::reportsBadRowsWithLine()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, code);
    const QString path = writeManifestText("file,technique,sample,path,T_a_K\n"
                                           "scan.txt,dsc,A,isothermal,385\n" +
                                           row + "\ncurve.txt,stress_relaxation,B,isothermal,373\n");
    const Result<Manifest> manifest = readManifest(path);
    QVERIFY(manifest.ok());
    const Campaign campaign = buildCampaign(*manifest);
    QCOMPARE(campaign.entries.size(), std::size_t(2)); // the other rows are still there
    QCOMPARE(campaign.diagnostics.size(), std::size_t(1));
    const Diagnostic &d = campaign.diagnostics.front();
    QCOMPARE(d.code, code);
    QCOMPARE(d.file, path);
    QCOMPARE(d.line, qint64(3));
}

void ManifestTest::quotedCellsMaySpanLines()
{
    const QString path = writeManifestText("file,technique,sample,note\n"
                                           "scan.txt,dsc,A,\"two\nlines\"\n"
                                           "curve.txt,stress_relaxation,B,x\n");
    const Result<Manifest> manifest = readManifest(path);
    QVERIFY(manifest.ok());
    QCOMPARE(manifest->rows.size(), std::size_t(2));
    QCOMPARE(manifest->rows[0].cells.value(QStringLiteral("note")), QStringLiteral("two\nlines"));
    QCOMPARE(manifest->rows[1].line, qint64(4));
}

void ManifestTest::rejectsManifestWithoutHeader()
{
    const Result<Manifest> empty = parseManifest("# only a comment\n\n", QStringLiteral("empty.csv"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().file, QStringLiteral("empty.csv"));
    const Result<Manifest> missing = readManifest(m_dir.filePath(QStringLiteral("absent.csv")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("read_error"));
}

QTEST_GUILESS_MAIN(ManifestTest)
#include "tst_manifest.moc"
