#pragma once

// Synthetic Hertzian loading curves for the indentation tests (methods.md §4.5): exact
// P = a(h − h₀)^{3/2} with displacement bursts, optional seeded noise, load or displacement control.

#include "data/Dataset.h"
#include "fit/HertzModel.h"

#include <cmath>
#include <memory>
#include <random>
#include <vector>

namespace gb::test {

struct SyntheticIndent {
    double reducedModulusGpa = 100.0;
    double radiusNm = 1000.0;
    double offsetNm = 5.0;
    double maxLoad = 600.0;         ///< µN (load control)
    int points = 300;               ///< loading samples
    std::vector<double> burstLoads; ///< µN: a burst starts at the first sample with P ≥ this
    double burstNm = 5.0;
    double loadNoise = 0.0;  ///< σ_P, µN
    double depthNoise = 0.0; ///< σ_h, nm
    unsigned seed = 1;
    int unloadingPoints = 20; ///< samples after the maximum load
};

/// Loading (then unloading) samples of a load-controlled test; h and P with noise, t = 0.1 s per sample.
struct IndentCurve {
    std::vector<double> depth;
    std::vector<double> load;
    std::vector<double> time;
    std::vector<int> burstSamples; ///< first sample of each burst
};

inline IndentCurve makeLoadControlledIndent(const SyntheticIndent &s)
{
    const double a = (4.0 / 3.0) * s.reducedModulusGpa / 1000.0 * std::sqrt(s.radiusNm);
    std::mt19937_64 rng(s.seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    IndentCurve c;
    double plastic = 0.0;
    std::size_t nextBurst = 0;
    for (int i = 0; i < s.points; ++i) {
        const double p = s.maxLoad * double(i) / double(s.points - 1);
        if (nextBurst < s.burstLoads.size() && p >= s.burstLoads[nextBurst]) {
            plastic += s.burstNm;
            c.burstSamples.push_back(i);
            ++nextBurst;
        }
        const double h = s.offsetNm + std::pow(p / a, 2.0 / 3.0) + plastic;
        c.depth.push_back(h + s.depthNoise * noise(rng));
        c.load.push_back(p + s.loadNoise * noise(rng));
        c.time.push_back(0.1 * i);
    }
    const double hMax = c.depth.back();
    for (int i = 1; i <= s.unloadingPoints; ++i) {
        const double f = 1.0 - double(i) / s.unloadingPoints;
        c.load.push_back(s.maxLoad * f);
        c.depth.push_back(hMax - 2.0 * (1.0 - f));
        c.time.push_back(0.1 * (s.points + i));
    }
    return c;
}

inline DatasetPtr makeIndentDataset(const IndentCurve &c, const QString &name = QStringLiteral("indent"))
{
    auto d = std::make_shared<Dataset>();
    d->sourceFile = name + QStringLiteral(".txt");
    d->formatId = QStringLiteral("synthetic");
    d->curveName = name;
    d->columns.push_back(Column{QStringLiteral("Depth"), Quantity::Depth, QStringLiteral("nm"),
                                QStringLiteral("nm"), c.depth});
    d->columns.push_back(
        Column{QStringLiteral("Load"), Quantity::Load, QStringLiteral("µN"), QStringLiteral("µN"), c.load});
    d->columns.push_back(
        Column{QStringLiteral("Time"), Quantity::Time, QStringLiteral("s"), QStringLiteral("s"), c.time});
    return d;
}

} // namespace gb::test
