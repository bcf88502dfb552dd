#include "simulate/SpectrumKwwFit.h"

namespace gb {

KwwFitResult fitKwwToSpectrum(const RelaxationSpectrum &spectrum, const std::vector<double> &times)
{
    const std::vector<double> t = times.empty() ? kwwFitTimes(spectrum) : times;
    KwwFitOptions options;
    options.fitAmplitude = false;
    options.amplitude = 1;
    options.fitPlateau = false;
    options.plateau = 0;
    return fitKww(t, relaxationCurve(spectrum, t), options);
}

Result<std::vector<AgedKwwPoint>> agingKwwSeries(const AgingDistributionModel &model,
                                                 const std::vector<double> &agingTimes,
                                                 const SpectrumGrid &grid)
{
    std::vector<AgedKwwPoint> points;
    points.reserve(agingTimes.size());
    for (double ta : agingTimes) {
        Result<RelaxationSpectrum> spectrum = agedSpectrum(model, ta, grid);
        if (!spectrum)
            return spectrum.error();
        const KwwFitResult fit = fitKwwToSpectrum(*spectrum);
        points.push_back({ta, fit.beta, fit.tau, fit.betaAtBound, fit.status});
    }
    return points;
}

} // namespace gb
