#include "simulate/campaign/SeededRandom.h"

#include <cmath>
#include <numbers>

namespace gb {

namespace {
/// SplitMix64 finaliser: spreads (seed, stream) over the whole 64-bit seed space.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
} // namespace

SeededRandom::SeededRandom(std::uint64_t seed, std::uint64_t stream) : m_engine(mixSeed(seed, stream)) {}

double SeededRandom::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

double SeededRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

double SeededRandom::normal(double mean, double sd)
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return mean + sd * m_spare;
    }
    double u1 = 0.0;
    do
        u1 = uniform();
    while (u1 <= 0.0);
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spare = radius * std::sin(angle);
    m_hasSpare = true;
    return mean + sd * radius * std::cos(angle);
}

double SeededRandom::logNormal(double logMean, double logSd)
{
    return std::exp(normal(logMean, logSd));
}

int SeededRandom::integer(int low, int high)
{
    const auto span = std::uint64_t(std::int64_t(high) - low + 1);
    return int(low + std::int64_t(m_engine() % span));
}

} // namespace gb
