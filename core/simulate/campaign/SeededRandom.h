#pragma once

#include <cstdint>
#include <random>

namespace gb {

/// A reproducible random stream: std::mt19937_64 (its output is fixed by the C++ standard) with
/// the transforms written out here, because std::normal_distribution and friends differ between
/// standard libraries. Same seed, same numbers, on every platform.
class SeededRandom {
public:
    /// `stream` separates independent streams drawn from one user seed (one per technique).
    explicit SeededRandom(std::uint64_t seed, std::uint64_t stream = 0);

    /// Uniform on [0, 1) with 53 random bits.
    double uniform();
    /// Uniform on [low, high).
    double uniform(double low, double high);
    /// Normal by the Box–Muller transform.
    double normal(double mean = 0.0, double sd = 1.0);
    /// Log-normal: exp(normal(logMean, logSd)).
    double logNormal(double logMean, double logSd);
    /// Uniform integer in [low, high].
    int integer(int low, int high);

private:
    std::mt19937_64 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0.0;
};

} // namespace gb
