#include "analysis/indentation/PopInStatistics.h"

#include <algorithm>
#include <cmath>

namespace gb {

PopInStatistics popInStatistics(const std::vector<double> &tauCGpa)
{
    PopInStatistics s;
    std::vector<double> tau;
    for (double v : tauCGpa)
        if (std::isfinite(v))
            tau.push_back(v);
    s.popIns = int(tau.size());
    if (tau.empty())
        return s;
    double sum = 0.0;
    for (double v : tau)
        sum += v;
    s.tauMeanGpa = sum / double(tau.size());
    if (tau.size() >= 2) {
        double ss = 0.0;
        for (double v : tau)
            ss += (v - s.tauMeanGpa) * (v - s.tauMeanGpa);
        s.tauSdGpa = std::sqrt(ss / double(tau.size() - 1));
    }
    if (!(s.tauMeanGpa > 0.0))
        return s;
    s.normalized = tau;
    for (double &v : s.normalized)
        v /= s.tauMeanGpa;
    std::sort(s.normalized.begin(), s.normalized.end());
    s.cumulative = bernardMedianRanks(int(s.normalized.size()));
    s.normalizedMaximumLikelihood = fitGaussianSample(s.normalized);
    s.histogram = freedmanDiaconisHistogram(s.normalized);
    if (!s.histogram.counts.empty())
        s.histogramFit = fitGaussianHistogram(s.histogram);
    s.weibull = fitWeibull(tau);
    return s;
}

} // namespace gb
