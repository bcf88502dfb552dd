// Helper for tst_project_kill_save: builds a large project (rows × cells, raw-file records,
// settings) and saves it with writeProject over and over, as the GUI does, until killed.
// Each save's generation number is in the project's leading comment; after each completed
// save starts it prints "saving <generation>", after it completes "saved <generation>".
// Usage: project_save_helper PROJECT_PATH FIRST_GENERATION
#include "project/ProjectFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

using namespace gb;

namespace {
constexpr int kRows = 6000;

Project largeProject(const QString &folder)
{
    Project p;
    p.baseDir = folder + QStringLiteral("/data");
    p.columns = {QStringLiteral("file"),   QStringLiteral("segment"), QStringLiteral("technique"),
                 QStringLiteral("sample"), QStringLiteral("path"),    QStringLiteral("T_a_K"),
                 QStringLiteral("t_a_s"),  QStringLiteral("note")};
    for (int i = 0; i < kRows; ++i) {
        const QString file = QStringLiteral("scans/scan_%1.txt").arg(i / 10);
        ManifestRow row{i + 2,
                        {{QStringLiteral("file"), file},
                         {QStringLiteral("segment"), QString::number(i % 10 + 1)},
                         {QStringLiteral("technique"), QStringLiteral("dsc")},
                         {QStringLiteral("sample"), QStringLiteral("glass-%1").arg(i % 7)},
                         {QStringLiteral("path"), QStringLiteral("isothermal")},
                         {QStringLiteral("T_a_K"), QString::number(380.0 + i * 0.01, 'g', 17)},
                         {QStringLiteral("t_a_s"), QString::number(10.0 * (i + 1))},
                         {QStringLiteral("note"), QStringLiteral("aged in the furnace, run %1").arg(i)}}};
        p.rows.push_back(ProjectRow{QStringLiteral("%1#%2").arg(file).arg(i % 10 + 1), row});
        p.settings.setValue(p.rows.back().id, QStringLiteral("t_range"), QJsonArray{0.1 * i, 0.1 * i + 5.0});
        if (i % 10 == 0)
            p.rawFiles.push_back(RawFileRecord{file,
                                               p.baseDir + u'/' + file,
                                               QString(64, u'a'),
                                               123456 + i,
                                               QStringLiteral("mettler-stare"),
                                               false,
                                               {}});
    }
    return p;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: project_save_helper PROJECT_PATH FIRST_GENERATION\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    Project project = largeProject(QFileInfo(path).absolutePath());
    for (long long generation = QByteArray(argv[2]).toLongLong();; ++generation) {
        project.leadingComments = {QStringLiteral("# generation %1").arg(generation)};
        std::printf("saving %lld\n", generation);
        std::fflush(stdout);
        const Status saved = writeProject(project, path);
        if (!saved.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        std::printf("saved %lld\n", generation);
        std::fflush(stdout);
    }
}
