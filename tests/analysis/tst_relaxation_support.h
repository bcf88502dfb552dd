#pragma once

// Exact synthetic stress-relaxation curves for the relaxation tests: a linear loading ramp
// followed by σ(t) = σ₀·exp[−(t/τ)^β] on a logarithmic time grid.

#include "data/Dataset.h"

#include <cmath>
#include <memory>
#include <vector>

namespace gb::test {

struct SyntheticRelaxation {
    double tau = 37.0;
    double beta = 0.42;
    double sigma0 = 50.0;    ///< MPa (or G₀ when `modulus`)
    double plateau = 0.0;    ///< σ∞ as a fraction of σ₀
    double stepTime = 100.5; ///< file clock at the end of the ramp, s
    int rampPoints = 6;      ///< points of the loading ramp before the step (0 = none)
    double rampDuration = 0.5;
    double tMin = 1e-2; ///< first time after the step, s
    double tMax = 1e5;
    int points = 200;
    bool modulus = false;
    bool withStrain = true;
};

inline double kwwValue(const SyntheticRelaxation &s, double t)
{
    return s.plateau + (1.0 - s.plateau) * std::exp(-std::pow(t / s.tau, s.beta));
}

inline DatasetPtr makeRelaxationDataset(const SyntheticRelaxation &s)
{
    Column time{QStringLiteral("Time"), Quantity::Time, QStringLiteral("s"), QStringLiteral("s"), {}};
    Column signal{s.modulus ? QStringLiteral("Modulus") : QStringLiteral("Stress"),
                  s.modulus ? Quantity::Modulus : Quantity::Stress,
                  QStringLiteral("MPa"),
                  QStringLiteral("MPa"),
                  {}};
    Column strain{
        QStringLiteral("Strain"), Quantity::Strain, QStringLiteral("fraction"), QStringLiteral("%"), {}};
    const double strainLevel = 0.01;
    for (int i = 0; i < s.rampPoints; ++i) {
        const double f = double(i) / s.rampPoints;
        time.values.push_back(s.stepTime - s.rampDuration * (1.0 - f));
        signal.values.push_back(s.sigma0 * f);
        strain.values.push_back(strainLevel * f);
    }
    time.values.push_back(s.stepTime); // the step itself: t = 0
    signal.values.push_back(s.sigma0);
    strain.values.push_back(strainLevel);
    for (int i = 0; i < s.points; ++i) {
        const double t = s.tMin * std::pow(s.tMax / s.tMin, double(i) / (s.points - 1));
        time.values.push_back(s.stepTime + t);
        signal.values.push_back(s.sigma0 * kwwValue(s, t));
        strain.values.push_back(strainLevel);
    }
    auto dataset = std::make_shared<Dataset>();
    dataset->sourceFile = QStringLiteral("synthetic.csv");
    dataset->formatId = QStringLiteral("synthetic");
    dataset->columns.push_back(std::move(time));
    dataset->columns.push_back(std::move(signal));
    if (s.withStrain)
        dataset->columns.push_back(std::move(strain));
    return dataset;
}

} // namespace gb::test
