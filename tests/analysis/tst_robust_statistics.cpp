// Median and robust standard deviation (the noise scale of the pop-in detector and of the DSC
// baseline windows): exact values of small sets, agreement with sorting on noisy data with ties,
// NaN gaps left out, and 1.4826·MAD of normal noise.

#include "support/RobustStatistics.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace gb;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double sortedMedian(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 == 1 ? v[mid] : 0.5 * (v[mid - 1] + v[mid]);
}
} // namespace

class TestRobustStatistics : public QObject {
    Q_OBJECT
private slots:
    void medianOfSmallSets();
    void medianLeavesOutGaps();
    void medianAgreesWithSortingOnNoisyData();
    void robustSigmaOfKnownSets();
    void robustSigmaOfNormalNoise();
};

void TestRobustStatistics::medianOfSmallSets()
{
    QCOMPARE(median({5.0}), 5.0);
    QCOMPARE(median({3.0, 1.0, 2.0}), 2.0);
    QCOMPARE(median({4.0, 1.0, 3.0, 2.0}), 2.5);
    QCOMPARE(median({2.0, 2.0, 2.0, 1.0, 3.0, 2.0}), 2.0);
    QCOMPARE(median({-1.0, std::numeric_limits<double>::infinity(), -7.0}), -1.0);
    QVERIFY(std::isnan(median({})));
}

void TestRobustStatistics::medianLeavesOutGaps()
{
    QCOMPARE(median({kNaN, 1.0, kNaN, 3.0}), 2.0);
    QCOMPARE(median({kNaN, 9.0, 1.0, 5.0, kNaN}), 5.0);
    QVERIFY(std::isnan(median({kNaN, kNaN})));
}

void TestRobustStatistics::medianAgreesWithSortingOnNoisyData()
{
    // Sizes on both sides of the selection's insertion-sort cut-off, and values rounded to a few
    // levels so that many are equal (the partition must still end, and in the right place).
    std::mt19937_64 random(7);
    std::normal_distribution<double> noise(0.0, 1.0);
    for (int n : {1, 2, 3, 24, 25, 26, 49, 100, 1000, 1201}) {
        for (double resolution : {1e-6, 0.5, 10.0}) {
            std::vector<double> values(static_cast<std::size_t>(n));
            for (double &v : values)
                v = std::round(noise(random) / resolution) * resolution;
            QCOMPARE(median(values), sortedMedian(values));
        }
    }
    std::vector<double> ascending(1001);
    for (std::size_t i = 0; i < ascending.size(); ++i)
        ascending[i] = double(i);
    QCOMPARE(median(ascending), 500.0);
    std::reverse(ascending.begin(), ascending.end());
    QCOMPARE(median(ascending), 500.0);
}

void TestRobustStatistics::robustSigmaOfKnownSets()
{
    // median 3, absolute deviations {2, 1, 0, 1, 97}: MAD 1.
    QCOMPARE(robustSigma({1.0, 2.0, 3.0, 4.0, 100.0}), 1.4826);
    QCOMPARE(robustSigma({1.0, kNaN, 2.0, 3.0, 4.0, 100.0}), 1.4826);
    QCOMPARE(robustSigma({}), 0.0);
    QCOMPARE(robustSigma({kNaN}), 0.0);
    QCOMPARE(robustSigma({4.0, 4.0, 4.0}), 0.0);
}

void TestRobustStatistics::robustSigmaOfNormalNoise()
{
    // 1.4826·MAD estimates σ; with 10⁵ samples its standard error is about 0.5 % of σ.
    std::mt19937_64 random(11);
    std::normal_distribution<double> noise(0.0, 2.0);
    std::vector<double> values(100000);
    for (double &v : values)
        v = 40.0 + noise(random);
    for (std::size_t i = 0; i < values.size(); i += 100)
        values[i] = 1e6; // outliers, 1 %, move it by about 1 %
    const double sigma = robustSigma(values);
    QVERIFY2(std::abs(sigma / 2.0 - 1.0) < 0.03, qPrintable(QString::number(sigma)));
}

QTEST_GUILESS_MAIN(TestRobustStatistics)
#include "tst_robust_statistics.moc"
