// Killing the process in the middle of saving a project (issue 9): a helper process saves a
// large project over and over with writeProject (QSaveFile); the test kills it with SIGKILL at
// seeded random moments, several times, and each time the project file on disk must be the
// complete last save (or the one just committed before the kill), readable with every row.
#include "project/ProjectFile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace gb;

namespace {
constexpr int kRows = 6000; // as project_save_helper.cpp writes
constexpr int kKills = 8;

/// The generation number of a project the helper wrote ("# generation <n>"), or -1.
long long generationOf(const Project &project)
{
    if (project.leadingComments.size() != 1)
        return -1;
    const QString comment = project.leadingComments.first();
    const QString prefix = QStringLiteral("# generation ");
    bool ok = false;
    const long long n = comment.startsWith(prefix) ? comment.mid(prefix.size()).toLongLong(&ok) : -1;
    return ok ? n : -1;
}

/// What the helper reported so far: the last completed save, and whether one was under way.
struct HelperState {
    long long saved = -1;
    bool saving = false;
};

void readReports(QProcess &process, HelperState &state)
{
    while (process.canReadLine()) {
        const QByteArray line = process.readLine().trimmed();
        if (line.startsWith("saved ")) {
            state.saved = line.mid(6).toLongLong();
            state.saving = false;
        } else if (line.startsWith("saving ")) {
            state.saving = true;
        }
    }
}
} // namespace

class ProjectKillSaveTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killDuringSaveKeepsThePreviousProject();
};

void ProjectKillSaveTest::killDuringSaveKeepsThePreviousProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("project.gbproj"));
    std::mt19937 rng(4242);
    long long generation = 1;
    int killedMidSave = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(GB_PROJECT_SAVE_HELPER), {path, QString::number(generation)});
        QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));
        // Let it complete at least one save, then kill it somewhere in a later one.
        HelperState state;
        while (state.saved < generation) {
            QVERIFY2(helper.state() == QProcess::Running || helper.bytesAvailable() > 0,
                     "the save helper stopped by itself");
            helper.waitForReadyRead(1000);
            readReports(helper, state);
        }
        QTest::qWait(int(rng() % 400));
        helper.kill(); // SIGKILL
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        readReports(helper, state); // everything it printed before it died
        const long long reported = state.saved;

        const Result<Project> project = readProject(path);
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error().toString()));
        QCOMPARE(qsizetype(project->rows.size()), qsizetype(kRows));
        QCOMPARE(project->rows.back().row.cells.value(QStringLiteral("note")),
                 QStringLiteral("aged in the furnace, run %1").arg(kRows - 1));
        const long long onDisk = generationOf(*project);
        // The last save it reported, or the next one if it committed just before the kill.
        QVERIFY2(
            onDisk == reported || onDisk == reported + 1,
            qPrintable(QStringLiteral("on disk: generation %1, last reported %2").arg(onDisk).arg(reported)));
        if (state.saving)
            ++killedMidSave;
        generation = onDisk + 1;
    }
    qInfo("%d of %d kills interrupted a save in progress", killedMidSave, kKills);
    QVERIFY2(killedMidSave > 0, "no kill landed inside a save: the test proved nothing");
}

QTEST_GUILESS_MAIN(ProjectKillSaveTest)
#include "tst_project_kill_save.moc"
