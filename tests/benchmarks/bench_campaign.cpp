// End-to-end analysis of the paper-sized synthetic campaign, as `glassbench-cli analyze` runs it
// (manifest, parallel reading with the indents and relaxation curves analysed as they are read,
// then the rest of the analyses), in MB of data files per second of wall time, with the two
// stages' times as counters. Uses every core.
#include "SimulatedCampaign.h"

#include "analysis/campaign/CampaignAnalysis.h"
#include "io/ImporterRegistry.h"
#include "project/ProjectAnalysis.h"
#include "project/ProjectCampaign.h"
#include "support/Progress.h"

#include <QElapsedTimer>

#include <benchmark/benchmark.h>

using namespace gb;

static void BM_AnalyzePaperCampaign(benchmark::State &state)
{
    const bench::SimulatedCampaign &campaign = bench::SimulatedCampaign::paper();
    if (!campaign.ok()) {
        state.SkipWithError("the synthetic campaign could not be written");
        return;
    }
    const qint64 bytes = campaign.dataBytes();
    double readSeconds = 0.0;
    double analyseSeconds = 0.0;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        Result<ProjectCampaign> source = readCampaignOrProject(campaign.manifest());
        if (!source.ok()) {
            state.SkipWithError("the manifest was not read");
            return;
        }
        const AnalysisOnRead analysisOnRead = analysisOnReadOf(source->project);
        LoadOptions options = source->options;
        options.analysisOnRead = &analysisOnRead;
        Progress progress;
        const LoadedCampaign loaded =
            loadCampaign(source->campaign, ImporterRegistry::standard(), progress, options);
        const qint64 readNs = clock.nsecsElapsed();
        const AnalysisTables tables = analyzeProject(loaded, source->project, progress);
        readSeconds += double(readNs) * 1e-9;
        analyseSeconds += double(clock.nsecsElapsed() - readNs) * 1e-9;
        benchmark::DoNotOptimize(tables.tables.size());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
    state.counters["data_MB"] = double(bytes) / 1e6;
    state.counters["read_s"] = benchmark::Counter(readSeconds, benchmark::Counter::kAvgIterations);
    state.counters["analyse_s"] = benchmark::Counter(analyseSeconds, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_AnalyzePaperCampaign)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
