#include "simulate/campaign/SyntheticRelaxation.h"

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
constexpr double kGasConstant = 8.314462618; // J/(mol K)
} // namespace

SyntheticRelaxationDesign relaxationDesign(SyntheticCampaignSize size)
{
    SyntheticRelaxationDesign d;
    d.sample = QStringLiteral("ZrMG");
    if (size == SyntheticCampaignSize::Small) {
        d.temperaturesK = {553, 563, 573};
        d.agingTimesS = {1800, 3600, 7200, 10800, 18000, 28800, 43200, 77400};
    } else {
        d.temperaturesK = {553, 558, 563, 568, 573};
        d.agingTimesS = {1800, 2700, 3600, 5400, 7200, 10800, 14400, 21600, 28800, 43200, 57600, 77400};
    }
    d.referenceTemperatureK = 563;
    d.model.initialLnTauMedian = std::log(250.0);
    d.model.initialWidth = 2.0;
    d.model.shiftAmplitude = 75.0 / 10800.0;
    d.model.shiftExponent = 1.0;
    d.model.broadeningRate = 0.8;
    d.model.broadeningTime = 5000;
    d.activationEnergy = 100e3;
    d.strain = 0.0015;
    d.modulusMpa = 85000;
    d.rampS = 2.0;
    d.stressNoiseMpa = 0.05;
    d.strainNoise = 2e-7;
    d.temperatureNoiseK = 0.02;
    return d;
}

AgingDistributionModel relaxationModelAt(const SyntheticRelaxationDesign &design, double temperatureK)
{
    const double lnShift =
        design.activationEnergy / kGasConstant * (1.0 / temperatureK - 1.0 / design.referenceTemperatureK);
    AgingDistributionModel model = design.model;
    model.initialLnTauMedian += lnShift;
    model.shiftAmplitude *= std::exp(lnShift);
    return model;
}

std::vector<double> relaxationSampleTimes(double rampS, double durationS)
{
    std::vector<double> t;
    const double rampStart = 1.0;
    for (int i = 0; i < 5; ++i)
        t.push_back(0.2 * i);
    const int rampSteps = std::max(1, int(std::lround(rampS / 0.2)));
    for (int i = 0; i <= rampSteps; ++i)
        t.push_back(rampStart + rampS * i / rampSteps);
    const double end = rampStart + rampS;
    for (int i = 1; i <= 60; ++i)
        t.push_back(end + 0.5 * i);
    for (int i = 16; i <= 150; ++i)
        t.push_back(end + 2.0 * i);
    for (int i = 31; 10.0 * i <= durationS + 1e-9; ++i)
        t.push_back(end + 10.0 * i);
    return t;
}

std::vector<double> rampedRelaxationStress(const RelaxationSpectrum &spectrum,
                                           const std::vector<double> &timesS, double rampStartS, double rampS,
                                           double strain, double modulusMpa)
{
    std::vector<double> sigma(timesS.size(), 0.0);
    const double rate = modulusMpa * strain / rampS; // E·dε/dt
    // Nodes that carry less than 1e-15 of the distribution cannot change a written digit.
    double total = 0;
    for (double w : spectrum.weight)
        total += w;
    std::vector<double> taus;
    std::vector<double> weights;
    for (std::size_t i = 0; i < spectrum.lnTau.size(); ++i)
        if (spectrum.weight[i] > 1e-15 * total) {
            taus.push_back(std::exp(spectrum.lnTau[i]));
            weights.push_back(spectrum.weight[i]);
        }
    for (std::size_t k = 0; k < timesS.size(); ++k) {
        const double t = timesS[k] - rampStartS;
        if (!(t > 0))
            continue;
        const double m = std::min(t, rampS);
        double sum = 0;
        for (std::size_t i = 0; i < taus.size(); ++i) {
            const double tau = taus[i];
            const double decay = (t - m) / tau;
            if (decay > 700)
                continue; // e^{−700}: nothing left of this mode
            // ∫_0^m e^{−(t−s)/τ} ds = τ·e^{−(t−m)/τ}·(1 − e^{−m/τ})
            sum += weights[i] * tau * std::exp(-decay) * -std::expm1(-m / tau);
        }
        sigma[k] = rate * sum;
    }
    return sigma;
}

} // namespace gb
