#pragma once

// Synthetic Flash DSC heating scans with exactly known content, for the DSC analysis tests:
// a time, sample-temperature and heat-flow column like a STARe export, any sign convention,
// grids shifted at will and an optional start-up transient of the heating rate.

#include "data/Dataset.h"

#include <cmath>
#include <functional>
#include <memory>
#include <random>

namespace gb::test {

struct SyntheticScan {
    double startK = 300;      ///< first sample (before any offset)
    double endK = 500;        ///< last sample
    double rateKPerS = 1000;  ///< heating rate
    double stepK = 0.1;       ///< temperature step between samples at the full rate
    double offsetK = 0;       ///< shifts every sample temperature (a grid offset)
    double transientTauS = 0; ///< > 0: the rate approaches β as 1 − exp(−t/τ) (start-up transient)
    double noiseMw = 0;       ///< Gaussian noise on the heat flow, fixed seed
    unsigned seed = 1;
    HeatFlowSign sign = HeatFlowSign::EndothermicUp;
    bool specificHeatFlow = false; ///< write mW/mg with this file mass
    double fileMassMg = 0;
    std::function<double(double)> heatFlowMw; ///< true signal, endothermic positive
};

inline double gaussian(double x, double centre, double sigma, double height)
{
    const double u = (x - centre) / sigma;
    return height * std::exp(-0.5 * u * u);
}

/// A smooth as-cooled reference: sloped c_p with a sigmoid glass-transition step.
inline double referenceSignal(double T)
{
    return 0.3 + 0.002 * (T - 300) + 0.5 / (1 + std::exp(-(T - 420) / 4));
}

inline DatasetPtr makeScan(const SyntheticScan &s)
{
    auto d = std::make_shared<Dataset>();
    d->formatId = QStringLiteral("synthetic");
    d->curveName = QStringLiteral("synthetic scan");
    d->metadata.heatFlowSign = s.sign;
    if (s.fileMassMg > 0)
        d->metadata.massMg = s.fileMassMg;
    Column t{QStringLiteral("t"), Quantity::Time, QStringLiteral("s"), QStringLiteral("s"), {}};
    Column T{QStringLiteral("Ts"), Quantity::Temperature, QStringLiteral("K"), QStringLiteral("°C"), {}};
    Column phi{QStringLiteral("Value"),
               s.specificHeatFlow ? Quantity::SpecificHeatFlow : Quantity::HeatFlow,
               s.specificHeatFlow ? QStringLiteral("mW/mg") : QStringLiteral("mW"),
               QStringLiteral("mW"),
               {}};
    std::mt19937 rng(s.seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    const double dt = s.stepK / s.rateKPerS;
    for (long k = 0;; ++k) {
        const double time = double(k) * dt;
        double temperature = s.startK + s.rateKPerS * time;
        if (s.transientTauS > 0)
            temperature -= s.rateKPerS * s.transientTauS * (1 - std::exp(-time / s.transientTauS));
        temperature += s.offsetK;
        if (temperature > s.endK + s.offsetK + 1e-9)
            break;
        double value = s.heatFlowMw(temperature) + (s.noiseMw > 0 ? s.noiseMw * noise(rng) : 0.0);
        if (s.sign == HeatFlowSign::EndothermicDown)
            value = -value;
        if (s.specificHeatFlow)
            value /= s.fileMassMg;
        t.values.push_back(time);
        T.values.push_back(temperature);
        phi.values.push_back(value);
    }
    d->columns = {t, T, phi};
    return d;
}

} // namespace gb::test
