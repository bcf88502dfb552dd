// Pop-in statistics: Gaussian fitted to a histogram (N9), Weibull by maximum likelihood (N8),
// plotting positions (methods.md §4.4).

#include "fit/GaussianHistogramFit.h"
#include "fit/WeibullFit.h"

#include <QtTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace gb;

namespace {

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

/// Expected counts of N values from N(μ, σ²) over bins of width w starting at `low`.
Histogram expectedHistogram(double total, double mean, double sigma, double low, double width, int bins)
{
    Histogram histogram;
    histogram.binWidth = width;
    for (int k = 0; k <= bins; ++k)
        histogram.edges.push_back(low + width * k);
    for (int k = 0; k < bins; ++k)
        histogram.counts.push_back(total * (normalCdf((histogram.edges[std::size_t(k + 1)] - mean) / sigma) -
                                            normalCdf((histogram.edges[std::size_t(k)] - mean) / sigma)));
    return histogram;
}

std::vector<double> weibullSample(int n, double scale, double shape, unsigned seed)
{
    std::mt19937_64 generator(seed);
    std::weibull_distribution<double> distribution(shape, scale);
    std::vector<double> values;
    for (int i = 0; i < n; ++i)
        values.push_back(distribution(generator));
    return values;
}

} // namespace

class TestDistributions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void n9GaussianHistogramFwhm();
    void histogramFitOfASample();
    void gaussianSampleMaximumLikelihood();
    void freedmanDiaconisBins();
    void bernardMedianRanks();
    void n8WeibullMaximumLikelihood();
    void weibullInformationMatchesNumericalCurvature();
    void unusableSamples();
};

void TestDistributions::n9GaussianHistogramFwhm()
{
    // Expected (Poisson-mean) counts of 1000 values from N(250 µN, 12 µN²) in 4 µN bins.
    const Histogram histogram = expectedHistogram(1000.0, 250.0, 12.0, 190.0, 4.0, 30);
    const GaussianFit fit = fitGaussianHistogram(histogram);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY(std::abs(fit.sigma - 12.0) < 1e-8);
    QVERIFY(std::abs(fit.mean - 250.0) < 1e-8);
    QVERIFY(std::abs(fit.fwhm - 28.2578) < 5e-5);
    QVERIFY(std::abs(fit.total - 1000.0) < 1e-6);
    QVERIFY(fit.sigmaError > 0.0 && fit.sigmaError < 1.0);
}

void TestDistributions::histogramFitOfASample()
{
    std::mt19937_64 generator(99);
    std::normal_distribution<double> normal(1.0, 0.08);
    std::vector<double> values;
    for (int i = 0; i < 3000; ++i)
        values.push_back(normal(generator));
    const GaussianFit fromHistogram = fitGaussianHistogram(freedmanDiaconisHistogram(values));
    const GaussianFit fromSample = fitGaussianSample(values);
    QVERIFY2(fromHistogram.ok(), qPrintable(fromHistogram.message));
    QVERIFY(fromSample.ok());
    QVERIFY(std::abs(fromHistogram.sigma - 0.08) < 4.0 * fromHistogram.sigmaError);
    QVERIFY(std::abs(fromSample.sigma - 0.08) < 4.0 * fromSample.sigmaError);
    QVERIFY(std::abs(fromHistogram.mean - fromSample.mean) < 2.0 * fromHistogram.meanError);
}

void TestDistributions::gaussianSampleMaximumLikelihood()
{
    const GaussianFit fit = fitGaussianSample({1.0, 2.0, 3.0, 4.0});
    QVERIFY(fit.ok());
    QCOMPARE(fit.mean, 2.5);
    QVERIFY(std::abs(fit.sigma - std::sqrt(1.25)) < 1e-15); // 1/n, not 1/(n − 1)
    QVERIFY(std::abs(fit.fwhm - kGaussianFwhmPerSigma * std::sqrt(1.25)) < 1e-14);
    QVERIFY(std::abs(fit.sigmaError - std::sqrt(1.25) / std::sqrt(8.0)) < 1e-15);
}

void TestDistributions::freedmanDiaconisBins()
{
    std::vector<double> values;
    for (int i = 0; i <= 100; ++i)
        values.push_back(i); // IQR = 50, width = 2·50/101^{1/3}
    const Histogram histogram = freedmanDiaconisHistogram(values);
    const double width = 100.0 / std::cbrt(101.0);
    QVERIFY(std::abs(histogram.binWidth - width) < 1e-12);
    QCOMPARE(histogram.counts.size(), std::size_t(std::ceil(100.0 / width)));
    QCOMPARE(histogram.edges.size(), histogram.counts.size() + 1);
    double total = 0.0;
    for (double c : histogram.counts)
        total += c;
    QCOMPARE(total, 101.0);
    QVERIFY(freedmanDiaconisHistogram({3.0, 3.0, 3.0}).counts.empty());
}

void TestDistributions::bernardMedianRanks()
{
    const std::vector<double> ranks = gb::bernardMedianRanks(10);
    QCOMPARE(ranks.size(), std::size_t(10));
    QVERIFY(std::abs(ranks[0] - 0.0673) < 5e-5);
    QVERIFY(std::abs(ranks[1] - 0.1635) < 5e-5);
    QVERIFY(std::abs(ranks[2] - 0.2596) < 5e-5);
    QCOMPARE(hazenRanks(4), (std::vector<double>{0.125, 0.375, 0.625, 0.875}));
}

void TestDistributions::n8WeibullMaximumLikelihood()
{
    const std::vector<double> loads = weibullSample(2000, 300.0, 8.0, 8);
    const WeibullFit fit = fitWeibull(loads);
    QVERIFY2(fit.ok(), qPrintable(fit.message));
    QVERIFY2(std::abs(fit.shape - 8.0) < 0.45, qPrintable(QString::number(fit.shape)));
    QVERIFY(std::abs(fit.scale - 300.0) < 3.0);
    // Asymptotic SE(m) ≈ 0.78m/√n, SE(λ) ≈ 1.05λ/(m√n).
    QVERIFY(std::abs(fit.shapeError / (0.78 * fit.shape / std::sqrt(2000.0)) - 1.0) < 0.05);
    QVERIFY(std::abs(fit.scaleError / (1.05 * fit.scale / (fit.shape * std::sqrt(2000.0))) - 1.0) < 0.05);
    // The estimate maximises the likelihood.
    const double best = weibullLogLikelihood(loads, fit.shape, fit.scale);
    QVERIFY(std::abs(best - fit.logLikelihood) < 1e-9 * std::abs(best));
    for (double dm : {-0.01, 0.01})
        QVERIFY(weibullLogLikelihood(loads, fit.shape + dm, fit.scale) < best);
    for (double dl : {-0.1, 0.1})
        QVERIFY(weibullLogLikelihood(loads, fit.shape, fit.scale + dl) < best);
    // Rank regression on the same sample is close (it is the biased quick estimate).
    const WeibullFit quick = fitWeibullRankRegression(loads);
    QVERIFY(quick.ok());
    QVERIFY(std::abs(quick.shape - fit.shape) < 1.0);
    QVERIFY(std::abs(quick.scale - fit.scale) < 3.0);
}

void TestDistributions::weibullInformationMatchesNumericalCurvature()
{
    // The analytic observed information against second differences of the log-likelihood.
    const std::vector<double> loads = weibullSample(300, 250.0, 6.0, 21);
    const WeibullFit fit = fitWeibull(loads);
    QVERIFY(fit.ok());
    const double m = fit.shape;
    const double l = fit.scale;
    const double hm = 1e-4 * m;
    const double hl = 1e-4 * l;
    const auto L = [&](double a, double b) { return weibullLogLikelihood(loads, a, b); };
    Eigen::Matrix2d information;
    information(0, 0) = -(L(m + hm, l) - 2 * L(m, l) + L(m - hm, l)) / (hm * hm);
    information(1, 1) = -(L(m, l + hl) - 2 * L(m, l) + L(m, l - hl)) / (hl * hl);
    information(0, 1) = information(1, 0) =
        -(L(m + hm, l + hl) - L(m + hm, l - hl) - L(m - hm, l + hl) + L(m - hm, l - hl)) / (4 * hm * hl);
    const Eigen::Matrix2d covariance = information.inverse();
    QVERIFY(std::abs(std::sqrt(covariance(0, 0)) / fit.shapeError - 1.0) < 1e-4);
    QVERIFY(std::abs(std::sqrt(covariance(1, 1)) / fit.scaleError - 1.0) < 1e-4);
    QVERIFY(std::abs(covariance(0, 1) / std::sqrt(covariance(0, 0) * covariance(1, 1)) - fit.correlation) <
            1e-4);
}

void TestDistributions::unusableSamples()
{
    QCOMPARE(fitWeibull({1.0, 2.0}).status, FitStatus::InvalidInput);
    QCOMPARE(fitWeibull({1.0, -2.0, 3.0}).status, FitStatus::InvalidInput);
    QCOMPARE(fitWeibull({5.0, 5.0, 5.0, 5.0}).status, FitStatus::InvalidInput);
    QVERIFY(std::isnan(fitWeibull({5.0, 5.0, 5.0, 5.0}).shape));
    QCOMPARE(fitGaussianSample({1.0}).status, FitStatus::InvalidInput);
    QCOMPARE(fitGaussianSample({2.0, 2.0, 2.0}).status, FitStatus::InvalidInput);
    Histogram empty = expectedHistogram(100.0, 0.0, 1.0, -4.0, 1.0, 8);
    empty.counts.assign(8, 0.0);
    empty.counts[3] = 100.0;
    QCOMPARE(fitGaussianHistogram(empty).status, FitStatus::InvalidInput); // one occupied bin
    Histogram broken = expectedHistogram(100.0, 0.0, 1.0, -4.0, 1.0, 8);
    broken.counts[2] = std::nan("");
    QCOMPARE(fitGaussianHistogram(broken).status, FitStatus::InvalidInput);
}

QTEST_GUILESS_MAIN(TestDistributions)
#include "tst_distributions.moc"
