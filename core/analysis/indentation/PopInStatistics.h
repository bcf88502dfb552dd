#pragma once

// Statistics of the first pop-ins of one group of indents (issue 8; methods.md §4.4).

#include "fit/GaussianHistogramFit.h"
#include "fit/WeibullFit.h"

#include <QString>

#include <limits>
#include <vector>

namespace gb {

/// τc statistics of a group. Values are NaN when they cannot be computed.
struct PopInStatistics {
    int popIns = 0; ///< τc values used
    double tauMeanGpa = std::numeric_limits<double>::quiet_NaN();
    double tauSdGpa = std::numeric_limits<double>::quiet_NaN(); ///< sample standard deviation (n − 1)
    std::vector<double> normalized;          ///< τc / mean(τc), ascending (the cumulative distribution)
    std::vector<double> cumulative;          ///< Bernard median ranks of `normalized`
    GaussianFit normalizedMaximumLikelihood; ///< ML Gaussian of τc/mean; its fwhm is tau_c_norm_fwhm
    Histogram histogram;                     ///< Freedman–Diaconis histogram of τc/mean
    GaussianFit histogramFit;                ///< least-squares Gaussian on it (Poisson weights)
    WeibullFit weibull;                      ///< ML Weibull of τc (GPa)
};

/// Computes the statistics of τc values (GPa; non-finite values are skipped). Fits that need
/// more values (Gaussian: 2, histogram: 4 bins, Weibull: 3) are left failed. Thread-safe.
PopInStatistics popInStatistics(const std::vector<double> &tauCGpa);

} // namespace gb
