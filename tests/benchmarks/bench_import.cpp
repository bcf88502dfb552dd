// Import throughput (MB/s, one thread) of a large Mettler STARe export and a large Hysitron
// array folder, both made here by the project's own writers, and of each format's files of the
// paper-sized synthetic campaign (STARe, TriboScan folders, Universal Analysis), file by file
// through the registry as loading a campaign does.
#include "SimulatedCampaign.h"

#include "io/ImporterRegistry.h"
#include "io/writers/HysitronTxtWriter.h"
#include "io/writers/StareExportWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>

using namespace gb;

namespace {
QByteArray makeStareExport(int curves, int rowsPerCurve)
{
    StareExport data;
    data.sampleName = QStringLiteral("AuMG");
    data.massMg = 0.000484;
    data.method = QStringLiteral("benchmark protocol");
    for (int c = 0; c < curves; ++c) {
        StareCurve curve;
        curve.name = QStringLiteral("Ta385 ta%1s  Seg %2").arg(c).arg(2 * c + 1);
        for (int i = 0; i < rowsPerCurve; ++i) {
            const double t = i * 1e-4;
            const double temperature = 300.0 + 1000.0 * t;
            curve.timeS.push_back(t);
            curve.sampleTemperatureK.push_back(temperature + 0.01 * std::sin(i));
            curve.programTemperatureK.push_back(temperature);
            curve.heatFlowMw.push_back(-0.01 -
                                       1e-3 * std::exp(-0.5 * std::pow((temperature - 380.0) / 8.0, 2)));
        }
        data.curves.push_back(std::move(curve));
    }
    return writeStareExport(data);
}

HysitronIndent makeIndent(int rows, int seed)
{
    HysitronIndent indent;
    indent.started = QDateTime(QDate(2026, 11, 24), QTime(10, 0));
    for (int i = 0; i < rows; ++i) {
        const double load = 3000.0 * i / rows;
        indent.loadUn.push_back(load + 0.05 * std::sin(i + seed));
        indent.depthNm.push_back(std::pow(load / 50.0, 2.0 / 3.0) * 10.0);
        indent.timeS.push_back(i * 0.005);
    }
    indent.segmentStarts = {0, std::size_t(rows / 2)};
    return indent;
}
} // namespace

static void BM_ImportStareExport(benchmark::State &state)
{
    const QByteArray bytes = makeStareExport(40, int(state.range(0)));
    for (auto _ : state) {
        const Result<ImportedFile> imported =
            ImporterRegistry::standard().importBytes(bytes, QStringLiteral("flash.txt"));
        if (!imported.ok() || imported->formatId != QLatin1String("mettler-stare")) {
            state.SkipWithError("the STARe export was not read as one");
            break;
        }
        benchmark::DoNotOptimize(imported->output.datasets.size());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
    state.counters["file_MB"] = double(bytes.size()) / 1e6;
}
BENCHMARK(BM_ImportStareExport)->Arg(25000)->Unit(benchmark::kMillisecond);

static void BM_ImportHysitronFolder(benchmark::State &state)
{
    QTemporaryDir dir;
    const int indents = int(state.range(0));
    qint64 totalBytes = 0;
    QStringList files;
    for (int k = 0; k < indents; ++k) {
        const QString path = dir.filePath(QStringLiteral("array_%1.txt").arg(k, 5, 10, QLatin1Char('0')));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        totalBytes += f.write(writeHysitronTxt(makeIndent(4000, k)));
        files << path;
    }
    for (auto _ : state) {
        for (const QString &path : files) {
            const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(path);
            if (!imported.ok()) {
                state.SkipWithError("an indent file was not read");
                return;
            }
            benchmark::DoNotOptimize(imported->output.datasets.front()->rowCount());
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * totalBytes);
    state.counters["folder_MB"] = double(totalBytes) / 1e6;
}
BENCHMARK(BM_ImportHysitronFolder)->Arg(200)->Unit(benchmark::kMillisecond);

/// Every file of one part of the synthetic paper campaign, read through the registry (probe,
/// pick the importer, read) on this thread.
static void importCampaignPart(benchmark::State &state, const QString &part, const char *formatId)
{
    const bench::SimulatedCampaign &campaign = bench::SimulatedCampaign::paper();
    const QStringList files = campaign.dataFiles(part);
    if (!campaign.ok() || files.isEmpty()) {
        state.SkipWithError("the synthetic campaign could not be written");
        return;
    }
    for (auto _ : state) {
        for (const QString &path : files) {
            const Result<ImportedFile> imported = ImporterRegistry::standard().importFile(path);
            if (!imported.ok() || imported->formatId != QLatin1String(formatId)) {
                state.SkipWithError("a campaign file was not read in its format");
                return;
            }
            benchmark::DoNotOptimize(imported->output.datasets.size());
        }
    }
    const qint64 bytes = campaign.dataBytes(part);
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
    state.counters["files"] = double(files.size());
    state.counters["data_MB"] = double(bytes) / 1e6;
}

static void BM_ImportCampaignStare(benchmark::State &state)
{
    importCampaignPart(state, QStringLiteral("dsc"), "mettler-stare");
}
BENCHMARK(BM_ImportCampaignStare)->Unit(benchmark::kMillisecond);

static void BM_ImportCampaignTriboScan(benchmark::State &state)
{
    importCampaignPart(state, QStringLiteral("nanoindentation"), "hysitron-triboscan-txt");
}
BENCHMARK(BM_ImportCampaignTriboScan)->Unit(benchmark::kMillisecond);

static void BM_ImportCampaignUniversalAnalysis(benchmark::State &state)
{
    importCampaignPart(state, QStringLiteral("stress_relaxation"), "ta-universal-analysis");
}
BENCHMARK(BM_ImportCampaignUniversalAnalysis)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
