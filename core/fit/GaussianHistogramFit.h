#pragma once

#include "fit/NonlinearFit.h"

#include <vector>

namespace gb {

/// FWHM = 2√(2 ln 2)·σ.
constexpr double kGaussianFwhmPerSigma = 2.3548200450309493;

/// A histogram: bin edges (ascending, size bins + 1) and counts per bin.
struct Histogram {
    std::vector<double> edges;
    std::vector<double> counts;
    double binWidth = 0.0;
};

/// Histogram with Freedman–Diaconis bins (width 2·IQR·n^{−1/3}; methods.md §4.4), edges
/// starting at the minimum. Falls back to √n bins when the IQR is zero. Non-finite values are
/// ignored. Empty when fewer than 2 finite values or they are all equal. Thread-safe.
Histogram freedmanDiaconisHistogram(const std::vector<double> &values);

/// Expected counts of a Gaussian over histogram bins: m_k = N·[Φ((e_{k+1} − μ)/σ) − Φ((e_k − μ)/σ)],
/// parameters (N, μ, σ). Integrating over each bin avoids the binning bias of fitting the
/// density at the bin centres. Immutable; thread-safe.
class GaussianBinModel final : public FitModel {
public:
    enum Parameter { Total = 0, Mean = 1, Sigma = 2 };

    explicit GaussianBinModel(std::vector<double> edges) : m_edges(std::move(edges)) {}

    int parameterCount() const override { return 3; }
    QString parameterName(int j) const override;
    Eigen::Index observationCount() const override { return Eigen::Index(m_edges.size()) - 1; }
    void values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const override;
    void jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const override;

private:
    std::vector<double> m_edges;
};

/// A Gaussian description of a distribution.
struct GaussianFit {
    FitStatus status = FitStatus::InvalidInput;
    QString message;
    double mean = std::numeric_limits<double>::quiet_NaN();
    double meanError = std::numeric_limits<double>::quiet_NaN();
    double sigma = std::numeric_limits<double>::quiet_NaN();
    double sigmaError = std::numeric_limits<double>::quiet_NaN();
    double fwhm = std::numeric_limits<double>::quiet_NaN(); ///< 2√(2 ln 2)·σ
    double fwhmError = std::numeric_limits<double>::quiet_NaN();
    double total = std::numeric_limits<double>::quiet_NaN(); ///< N (histogram fit only)
    int points = 0;                                          ///< values (sample) or bins (histogram)
    FitResult fit;                                           ///< histogram fit only

    bool ok() const { return isSuccess(status); }
};

/// Least-squares Gaussian fitted to a histogram with Poisson weights w_k = 1/max(count_k, 1)
/// (methods.md §4.4), start values from the histogram's moments, σ > 0. The weights are taken
/// as inverse variances (Poisson counts), so the errors are not rescaled by the reduced χ².
/// Fails (InvalidInput) on edges that are not ascending, counts of the wrong size, negative or
/// non-finite counts, fewer than 4 bins or fewer than 2 non-empty bins. Thread-safe.
GaussianFit fitGaussianHistogram(const Histogram &histogram, const FitOptions &engine = {});

/// Maximum-likelihood Gaussian of a sample: mean and σ = √(Σ(x − x̄)²/n), SE(mean) = σ/√n,
/// SE(σ) = σ/√(2n). Fails on fewer than 2 values, NaN, or all values equal. Thread-safe.
GaussianFit fitGaussianSample(const std::vector<double> &values);

} // namespace gb
