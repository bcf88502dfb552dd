// Flash DSC analysis throughput: one relaxed scan against its reference (noise-free and noisy,
// 20 000 samples each) and a campaign of 64 relaxed scans on 1 and 2 threads.
#include "analysis/DscSynthetic.h"

#include "analysis/dsc/DscCampaignAnalysis.h"
#include "analysis/dsc/DscScanAnalysis.h"
#include "support/Progress.h"

#include <benchmark/benchmark.h>

using namespace gb;
using namespace gb::test;

namespace {
SyntheticScan scan(bool relaxed, double noise, unsigned seed)
{
    SyntheticScan s;
    s.stepK = 0.01; // 20 000 samples over 200 K
    s.noiseMw = noise;
    s.seed = seed;
    s.sign = HeatFlowSign::EndothermicDown;
    s.offsetK = relaxed ? 0.0 : 0.013;
    s.heatFlowMw = [relaxed](double T) {
        return referenceSignal(T) + (relaxed ? gaussian(T, 400, 5, 2) + 0.05 + 0.001 * (T - 300) : 0.0);
    };
    return s;
}

void BM_DscScan(benchmark::State &state)
{
    const double noise = state.range(0) ? 0.004 : 0.0;
    const DatasetPtr relaxed = makeScan(scan(true, noise, 1));
    const DatasetPtr reference = makeScan(scan(false, noise, 2));
    const DscScanRequest request{1000.0, 484.0};
    for (auto _ : state) {
        DscScanResult r = analyzeDscScan(*relaxed, *reference, request, {}, {});
        benchmark::DoNotOptimize(r.peak.enthalpyUj);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DscScan)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

LoadedCampaign campaignOf(int scans)
{
    LoadedCampaign c;
    auto add = [&c](const QString &file, ThermalPath path, std::optional<double> ta, DatasetPtr data) {
        LoadedEntry e;
        e.entry.file = file;
        e.entry.sample = QStringLiteral("S");
        e.entry.path = path;
        e.entry.heatingRateKPerS = 1000.0;
        e.entry.agingTimeS = ta;
        e.entry.agingTemperatureK = 380.0;
        e.datasetId = datasetIdFor(e.entry);
        e.datasets = {std::move(data)};
        c.entries.push_back(std::move(e));
    };
    add(QStringLiteral("ref.txt"), ThermalPath::Reference, std::nullopt, makeScan(scan(false, 0.004, 1)));
    for (int i = 0; i < scans; ++i)
        add(QStringLiteral("scan%1.txt").arg(i), ThermalPath::Isothermal, 1.0 + i,
            makeScan(scan(true, 0.004, unsigned(i + 2))));
    return c;
}

void BM_DscCampaign(benchmark::State &state)
{
    const LoadedCampaign campaign = campaignOf(64);
    DscSettings settings;
    settings.jobs = int(state.range(0));
    for (auto _ : state) {
        Progress progress;
        AnalysisTables tables = analyzeDscCampaign(campaign, settings, progress);
        benchmark::DoNotOptimize(tables.someRowsFailed);
    }
    state.SetItemsProcessed(64 * state.iterations());
}
BENCHMARK(BM_DscCampaign)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
} // namespace

BENCHMARK_MAIN();
