#include "fit/GaussianHistogramFit.h"

#include "fit/FitEngineInternals.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace gb {

using detail::fitText;

namespace {

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

double normalDensity(double z)
{
    return std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
}

GaussianFit failedGaussian(FitStatus status, const QString &reason)
{
    GaussianFit fit;
    fit.status = status;
    fit.message = describe(status) + QStringLiteral(": ") + reason;
    return fit;
}

/// Linear-interpolated quantile of sorted values.
double quantile(const std::vector<double> &sorted, double q)
{
    const double position = q * double(sorted.size() - 1);
    const std::size_t below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

Histogram freedmanDiaconisHistogram(const std::vector<double> &values)
{
    Histogram histogram;
    std::vector<double> sorted;
    for (double v : values)
        if (std::isfinite(v))
            sorted.push_back(v);
    if (sorted.size() < 2)
        return histogram;
    std::sort(sorted.begin(), sorted.end());
    const double low = sorted.front();
    const double high = sorted.back();
    if (!(high > low))
        return histogram;
    const double n = double(sorted.size());
    const double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
    double width = 2.0 * iqr / std::cbrt(n);
    if (!(width > 0.0))
        width = (high - low) / std::ceil(std::sqrt(n));
    const std::size_t bins = std::max<std::size_t>(1, std::size_t(std::ceil((high - low) / width)));
    histogram.binWidth = width;
    histogram.counts.assign(bins, 0.0);
    for (std::size_t k = 0; k <= bins; ++k)
        histogram.edges.push_back(low + width * double(k));
    for (double v : sorted) {
        const std::size_t k = std::min(bins - 1, std::size_t((v - low) / width));
        histogram.counts[k] += 1.0;
    }
    return histogram;
}

QString GaussianBinModel::parameterName(int j) const
{
    switch (j) {
    case Total: return QStringLiteral("total");
    case Mean: return QStringLiteral("mean");
    case Sigma: return QStringLiteral("sigma");
    default: return {};
    }
}

void GaussianBinModel::values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const
{
    const double total = p[Total];
    const double mean = p[Mean];
    const double sigma = p[Sigma];
    for (std::size_t k = 0; k + 1 < m_edges.size(); ++k) {
        const double a = (m_edges[k] - mean) / sigma;
        const double b = (m_edges[k + 1] - mean) / sigma;
        // Upper tail by complements so far-out bins keep their relative precision.
        const double mass = a > 0.0 ? normalCdf(-a) - normalCdf(-b) : normalCdf(b) - normalCdf(a);
        values[Eigen::Index(k)] = total * mass;
    }
}

void GaussianBinModel::jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const
{
    const double total = p[Total];
    const double mean = p[Mean];
    const double sigma = p[Sigma];
    for (std::size_t k = 0; k + 1 < m_edges.size(); ++k) {
        const double a = (m_edges[k] - mean) / sigma;
        const double b = (m_edges[k + 1] - mean) / sigma;
        const double mass = a > 0.0 ? normalCdf(-a) - normalCdf(-b) : normalCdf(b) - normalCdf(a);
        const double da = normalDensity(a);
        const double db = normalDensity(b);
        const Eigen::Index row = Eigen::Index(k);
        jacobian(row, Total) = mass;
        jacobian(row, Mean) = total * (da - db) / sigma;
        jacobian(row, Sigma) = total * (a * da - b * db) / sigma;
    }
}

GaussianFit fitGaussianHistogram(const Histogram &histogram, const FitOptions &engine)
{
    const std::size_t bins = histogram.counts.size();
    if (histogram.edges.size() != bins + 1)
        return failedGaussian(FitStatus::InvalidInput, fitText("a histogram needs one more edge than bins"));
    if (bins < 4)
        return failedGaussian(
            FitStatus::InvalidInput,
            fitText("%1 bins cannot determine a Gaussian; at least 4 are needed").arg(bins));
    for (std::size_t k = 0; k < bins; ++k) {
        if (!std::isfinite(histogram.edges[k]) || !(histogram.edges[k + 1] > histogram.edges[k]))
            return failedGaussian(FitStatus::InvalidInput,
                                  fitText("the bin edges are not ascending numbers"));
        if (!std::isfinite(histogram.counts[k]) || histogram.counts[k] < 0.0)
            return failedGaussian(FitStatus::InvalidInput,
                                  fitText("count %1 is negative or not a number").arg(k + 1));
    }
    double total = 0.0;
    double first = 0.0;
    int occupied = 0;
    for (std::size_t k = 0; k < bins; ++k) {
        const double centre = 0.5 * (histogram.edges[k] + histogram.edges[k + 1]);
        total += histogram.counts[k];
        first += histogram.counts[k] * centre;
        occupied += histogram.counts[k] > 0.0 ? 1 : 0;
    }
    if (occupied < 2)
        return failedGaussian(FitStatus::InvalidInput,
                              fitText("fewer than 2 bins hold counts; a width cannot be fitted"));
    const double mean = first / total;
    double second = 0.0;
    for (std::size_t k = 0; k < bins; ++k) {
        const double centre = 0.5 * (histogram.edges[k] + histogram.edges[k + 1]);
        second += histogram.counts[k] * (centre - mean) * (centre - mean);
    }
    const double sigma0 = std::sqrt(second / total);

    const GaussianBinModel model(histogram.edges);
    Eigen::VectorXd counts(static_cast<Eigen::Index>(bins));
    Eigen::VectorXd weights(static_cast<Eigen::Index>(bins));
    for (std::size_t k = 0; k < bins; ++k) {
        counts[Eigen::Index(k)] = histogram.counts[k];
        weights[Eigen::Index(k)] = 1.0 / std::max(histogram.counts[k], 1.0);
    }
    const double span = histogram.edges.back() - histogram.edges.front();
    std::vector<ParameterSpec> specs(3);
    specs[GaussianBinModel::Total].start = total;
    specs[GaussianBinModel::Mean].start = mean;
    specs[GaussianBinModel::Mean].scale = span;
    specs[GaussianBinModel::Sigma].start = sigma0 > 0.0 ? sigma0 : 0.25 * span;
    specs[GaussianBinModel::Sigma].lower = 0.0;

    GaussianFit out;
    out.points = int(bins);
    FitOptions options = engine;
    options.weightsAreInverseVariances = true; // Poisson: Var(count) = expected count
    out.fit = fitNonlinear(model, counts, weights, specs, options);
    out.status = out.fit.status;
    out.message = out.fit.message;
    if (!out.fit.ok())
        return out;
    out.total = out.fit.values[GaussianBinModel::Total];
    out.mean = out.fit.values[GaussianBinModel::Mean];
    out.meanError = out.fit.standardErrors[GaussianBinModel::Mean];
    out.sigma = out.fit.values[GaussianBinModel::Sigma];
    out.sigmaError = out.fit.standardErrors[GaussianBinModel::Sigma];
    out.fwhm = kGaussianFwhmPerSigma * out.sigma;
    out.fwhmError = kGaussianFwhmPerSigma * out.sigmaError;
    return out;
}

GaussianFit fitGaussianSample(const std::vector<double> &values)
{
    const std::size_t n = values.size();
    if (n < 2)
        return failedGaussian(FitStatus::InvalidInput,
                              fitText("a spread needs at least 2 values, %1 given").arg(n));
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(values[i]))
            return failedGaussian(FitStatus::InvalidInput, fitText("value %1 is not a number").arg(i + 1));
        sum += values[i];
    }
    const double mean = sum / double(n);
    double squares = 0.0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    if (!(squares > 0.0))
        return failedGaussian(FitStatus::InvalidInput, fitText("all values are equal; there is no spread"));
    GaussianFit out;
    out.points = int(n);
    out.mean = mean;
    out.sigma = std::sqrt(squares / double(n));
    out.meanError = out.sigma / std::sqrt(double(n));
    out.sigmaError = out.sigma / std::sqrt(2.0 * double(n));
    out.fwhm = kGaussianFwhmPerSigma * out.sigma;
    out.fwhmError = kGaussianFwhmPerSigma * out.sigmaError;
    out.status = FitStatus::Converged;
    out.message = describe(out.status);
    return out;
}

} // namespace gb
