#include "simulate/campaign/SeededRandom.h"

#include <QtTest>

#include <cmath>

using namespace gb;

class SeededRandomTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameNumbers();
    void streamsDiffer();
    void momentsOfTheNormal();
    void integersCoverTheirRange();
};

void SeededRandomTest::sameSeedSameNumbers()
{
    SeededRandom a(42, 1);
    SeededRandom b(42, 1);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(a.normal(), b.normal());
}

void SeededRandomTest::streamsDiffer()
{
    SeededRandom a(42, 1);
    SeededRandom b(42, 2);
    int equal = 0;
    for (int i = 0; i < 100; ++i)
        equal += a.uniform() == b.uniform();
    QCOMPARE(equal, 0);
}

void SeededRandomTest::momentsOfTheNormal()
{
    // 200 000 draws: the mean is within 5 standard errors (0.011) of 3, the variance of 4 within 1 %.
    SeededRandom random(7);
    const int n = 200000;
    double sum = 0.0;
    double sumSquares = 0.0;
    for (int i = 0; i < n; ++i) {
        const double x = random.normal(3.0, 2.0);
        sum += x;
        sumSquares += x * x;
    }
    const double mean = sum / n;
    const double variance = sumSquares / n - mean * mean;
    QVERIFY(std::abs(mean - 3.0) < 5 * 2.0 / std::sqrt(double(n)));
    QVERIFY(std::abs(variance / 4.0 - 1.0) < 0.01);
}

void SeededRandomTest::integersCoverTheirRange()
{
    SeededRandom random(3);
    int counts[6] = {};
    for (int i = 0; i < 6000; ++i) {
        const int k = random.integer(1, 6);
        QVERIFY(k >= 1 && k <= 6);
        ++counts[k - 1];
    }
    for (int c : counts)
        QVERIFY(c > 850 && c < 1150); // 1000 ± 5 sd (sd ≈ 29)
}

QTEST_GUILESS_MAIN(SeededRandomTest)
#include "tst_seeded_random.moc"
