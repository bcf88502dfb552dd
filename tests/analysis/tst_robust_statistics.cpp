// Median and robust standard deviation (the noise scale of the pop-in detector and of the DSC
// baseline windows): exact values of small sets, agreement with sorting on noisy data with ties,
// NaN gaps left out, and 1.4826·MAD of normal noise. The pop-in detector's running median:
// every window against its sorted values.

#include "analysis/indentation/RunningMedian.h"
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

/// x minus the median of each window x[i − half, i + half] (cut at the ends), NaN sorted last.
std::vector<double> minusSortedWindowMedians(const std::vector<double> &x, int half)
{
    const int n = int(x.size());
    std::vector<double> out(x.size());
    for (int i = 0; i < n; ++i) {
        std::vector<double> window(x.begin() + std::max(0, i - half), x.begin() + std::min(n, i + half + 1));
        std::sort(window.begin(), window.end(), lessNanLast);
        const std::size_t mid = window.size() / 2;
        const double m = window.size() % 2 == 1 ? window[mid] : 0.5 * (window[mid - 1] + window[mid]);
        out[std::size_t(i)] = x[std::size_t(i)] - m;
    }
    return out;
}

bool sameValues(const std::vector<double> &a, const std::vector<double> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); });
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
    void runningMedianAgreesWithSortedWindows();
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

void TestRobustStatistics::runningMedianAgreesWithSortedWindows()
{
    // ±5 takes the selection network in the middle and sorted short windows at the ends; other
    // widths and curves with gaps take the sliding sorted window. Ties from coarse rounding.
    std::mt19937_64 random(3);
    std::normal_distribution<double> noise(0.0, 1.0);
    for (int half : {5, 2, 8}) {
        for (int n : {1, 2, 5, 6, 10, 11, 12, 21, 22, 200, 1201}) {
            for (double resolution : {1e-6, 0.5}) {
                std::vector<double> x(static_cast<std::size_t>(n));
                for (double &v : x)
                    v = std::round(noise(random) / resolution) * resolution;
                QVERIFY2(sameValues(minusRunningMedian(x, half), minusSortedWindowMedians(x, half)),
                         qPrintable(QStringLiteral("±%1, %2 samples").arg(half).arg(n)));
                if (n > 3) {
                    x[std::size_t(n / 3)] = kNaN;
                    QVERIFY2(sameValues(minusRunningMedian(x, half), minusSortedWindowMedians(x, half)),
                             qPrintable(QStringLiteral("±%1, %2 samples, a gap").arg(half).arg(n)));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestRobustStatistics)
#include "tst_robust_statistics.moc"
