// TNM simulation speed (issue 4): a full Flash DSC protocol — equilibrate at 480 K, cool at
// 6000 K/s to 370 K, anneal 100 s, cool at 6000 K/s to 300 K, heat at 1000 K/s to 480 K — with
// the default Prony series of the P0 parameter set (β = ½, 52 modes) and ΔT = 0.1 K.
#include "simulate/AgingDistribution.h"
#include "simulate/RelaxationSpectrum.h"
#include "simulate/TnmSimulator.h"

#include <benchmark/benchmark.h>

using namespace gb;

namespace {

const TnmParameters kP0 = TnmParameters::fromReferenceTime(50000, 0.5, 0.5, 400, 100);

ThermalProtocol flashDscProtocol()
{
    return annealingProtocol({480, 6000, 370, 100, 300, 1000, 480});
}

void BM_FlashDscProtocolProny(benchmark::State &state)
{
    const PronySeries series = kwwPronySeries(0.5).value();
    const ThermalProtocol protocol = flashDscProtocol();
    TnmSimulationOptions options;
    options.heatCapacity = {0.0005, 0.4, 1e-3, 0.2, 0};
    for (auto _ : state) {
        Result<TnmTrace> trace = simulateTnm(protocol, kP0, series, options);
        benchmark::DoNotOptimize(trace);
    }
    state.counters["modes"] = double(series.size());
}
BENCHMARK(BM_FlashDscProtocolProny)->Unit(benchmark::kMillisecond);

// The same protocol including the construction of the Prony series (what simulateTnm(protocol,
// parameters) costs when called once).
void BM_FlashDscProtocolWithSeries(benchmark::State &state)
{
    const ThermalProtocol protocol = flashDscProtocol();
    for (auto _ : state) {
        Result<TnmTrace> trace = simulateTnm(protocol, kP0);
        benchmark::DoNotOptimize(trace);
    }
}
BENCHMARK(BM_FlashDscProtocolWithSeries)->Unit(benchmark::kMillisecond);

// Reference-grade settings: 261 modes (§2.3) and ΔT = 0.05 K.
void BM_FlashDscProtocolFine(benchmark::State &state)
{
    PronyOptions fine;
    fine.modesPerDecade = 20;
    fine.lambdaMin = 1e-9;
    fine.lambdaMax = 1e4;
    const PronySeries series = kwwPronySeries(0.5, fine).value();
    const ThermalProtocol protocol = flashDscProtocol();
    TnmSimulationOptions options;
    options.discretisation.rampStep = 0.05;
    for (auto _ : state) {
        Result<TnmTrace> trace = simulateTnm(protocol, kP0, series, options);
        benchmark::DoNotOptimize(trace);
    }
}
BENCHMARK(BM_FlashDscProtocolFine)->Unit(benchmark::kMillisecond);

void BM_KwwPronySeries(benchmark::State &state)
{
    const double beta = double(state.range(0)) / 100;
    for (auto _ : state) {
        Result<PronySeries> series = kwwPronySeries(beta);
        benchmark::DoNotOptimize(series);
    }
}
BENCHMARK(BM_KwwPronySeries)->Arg(30)->Arg(50)->Arg(70)->Unit(benchmark::kMillisecond);

void BM_AgedSpectrumRelaxationCurve(benchmark::State &state)
{
    AgingDistributionModel model;
    model.initialLnTauMedian = 2.3;
    model.initialWidth = 2;
    model.shiftAmplitude = 5;
    model.broadeningRate = 0.3;
    model.broadeningTime = 100;
    for (auto _ : state) {
        const RelaxationSpectrum spectrum = agedSpectrum(model, 1e3).value();
        std::vector<double> phi = relaxationCurve(spectrum, kwwFitTimes(spectrum));
        benchmark::DoNotOptimize(phi);
    }
}
BENCHMARK(BM_AgedSpectrumRelaxationCurve)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
