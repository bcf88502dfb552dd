// Least-squares engine timings: a KWW fit of 10,000 points (4 parameters, σ∞ free) and a Hertz
// fit of 2,000 points (linearised start, variable projection over h₀, then LM on (a, h₀)).

#include "fit/HertzFit.h"
#include "fit/HertzModel.h"
#include "fit/KwwFit.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

namespace {

void kwwFit(benchmark::State &state)
{
    const int n = int(state.range(0));
    std::vector<double> t;
    std::vector<double> sigma;
    std::mt19937_64 generator(1);
    std::normal_distribution<double> noise(0.0, 0.002);
    for (int i = 0; i < n; ++i) {
        const double time = 1e-2 * std::pow(1e7, double(i) / double(n - 1));
        t.push_back(time);
        sigma.push_back(0.2 + 0.8 * std::exp(-std::pow(time / 37.0, 0.42)) + noise(generator));
    }
    gb::KwwFitOptions options;
    options.fitPlateau = true;
    int iterations = 0;
    for (auto _ : state) {
        const gb::KwwFitResult fit = gb::fitKww(t, sigma, options);
        if (!fit.ok())
            state.SkipWithError("KWW fit failed");
        iterations = fit.fit.totalIterations;
        benchmark::DoNotOptimize(fit.beta);
    }
    state.counters["solver_iterations"] = iterations;
    state.SetItemsProcessed(state.iterations() * n);
}

void hertzFit(benchmark::State &state)
{
    const int n = int(state.range(0));
    std::vector<double> h;
    std::vector<double> P;
    std::mt19937_64 generator(2);
    std::normal_distribution<double> load(0.0, 1.0);
    for (int i = 0; i < n; ++i) {
        const double depth = 2.0 + 28.0 * double(i) / double(n - 1);
        h.push_back(depth);
        P.push_back(gb::hertz::load(100.0, 1000.0, depth - 5.0) + load(generator));
    }
    gb::HertzFitOptions options;
    options.tipRadiusNm = 1000.0;
    for (auto _ : state) {
        const gb::HertzFitResult fit = gb::fitHertz(h, P, options);
        if (!fit.ok())
            state.SkipWithError("Hertz fit failed");
        benchmark::DoNotOptimize(fit.reducedModulus);
    }
    state.SetItemsProcessed(state.iterations() * n);
}

} // namespace

BENCHMARK(kwwFit)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(hertzFit)->Arg(100)->Arg(2000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
