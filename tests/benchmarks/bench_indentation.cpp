// Nanoindentation campaign benchmark (issue 8): 1000 noisy synthetic indents of 300 loading
// samples each, one pop-in per indent, analysed by the campaign runner on 1 and 2 threads.

#include "analysis/campaign/LoadedCampaign.h"
#include "analysis/indentation/IndentationCampaign.h"
#include "analysis/tst_indentation_support.h"
#include "support/Progress.h"

#include <benchmark/benchmark.h>

namespace {
gb::LoadedCampaign thousandIndents()
{
    gb::LoadedCampaign c;
    for (int row = 0; row < 10; ++row) {
        gb::LoadedEntry e;
        e.entry.technique = gb::Technique::Nanoindentation;
        e.entry.sample = QStringLiteral("S%1").arg(row % 2);
        e.entry.file = QStringLiteral("array%1").arg(row);
        e.entry.agingTimeS = 10.0 * (row / 2 + 1);
        e.entry.tipRadiusNm = 1000.0;
        e.datasetId = e.entry.file + QStringLiteral("#1");
        for (int i = 0; i < 100; ++i) {
            gb::test::SyntheticIndent s;
            s.burstLoads = {250.0 + i};
            s.loadNoise = 1.0;
            s.depthNoise = 0.2;
            s.seed = unsigned(row * 100 + i);
            e.datasets.push_back(gb::test::makeIndentDataset(gb::test::makeLoadControlledIndent(s)));
        }
        c.entries.push_back(std::move(e));
    }
    return c;
}

void BM_IndentationCampaign(benchmark::State &state)
{
    const gb::LoadedCampaign campaign = thousandIndents();
    gb::IndentationSettings settings;
    settings.jobs = int(state.range(0));
    for (auto _ : state) {
        gb::Progress progress;
        gb::AnalysisTables tables = gb::analyzeIndentationCampaign(campaign, settings, progress);
        benchmark::DoNotOptimize(tables);
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_IndentationCampaign)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
} // namespace

BENCHMARK_MAIN();
