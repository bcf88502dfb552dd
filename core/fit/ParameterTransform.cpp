#include "fit/ParameterTransform.h"

#include <algorithm>
#include <cmath>

namespace gb {

namespace {

/// Logistic function s(u) = 1/(1 + e^{−u}) and its complement 1 − s, both without cancellation.
void logistic(double u, double &s, double &complement)
{
    if (u >= 0.0) {
        const double e = std::exp(-u);
        s = 1.0 / (1.0 + e);
        complement = e / (1.0 + e);
    } else {
        const double e = std::exp(u);
        s = e / (1.0 + e);
        complement = 1.0 / (1.0 + e);
    }
}

} // namespace

ParameterTransform::ParameterTransform(double lower, double upper, double reference)
    : m_lower(lower), m_upper(upper),
      m_reference(std::isfinite(reference) && reference > 0.0 ? reference : 1.0)
{
}

bool ParameterTransform::validBounds(double lower, double upper)
{
    return !std::isnan(lower) && !std::isnan(upper) && lower < upper && lower < kInfinity &&
           upper > -kInfinity;
}

double ParameterTransform::toInternal(double p) const
{
    if (!std::isfinite(p) || p < m_lower || p > m_upper)
        return std::nan("");
    const bool hasLower = m_lower > -kInfinity;
    const bool hasUpper = m_upper < kInfinity;
    if (hasLower && hasUpper) {
        const double width = m_upper - m_lower;
        const double margin = 100.0 * kBoundTolerance * width;
        const double q = std::clamp(p, m_lower + margin, m_upper - margin);
        return std::log((q - m_lower) / (m_upper - q));
    }
    const double margin = 100.0 * kBoundTolerance * m_reference;
    if (hasLower)
        return std::log(std::max(p - m_lower, margin));
    if (hasUpper)
        return std::log(std::max(m_upper - p, margin));
    return p;
}

double ParameterTransform::toExternal(double u) const
{
    const bool hasLower = m_lower > -kInfinity;
    const bool hasUpper = m_upper < kInfinity;
    if (hasLower && hasUpper) {
        double s = 0.0;
        double complement = 0.0;
        logistic(u, s, complement);
        const double width = m_upper - m_lower;
        return u >= 0.0 ? m_upper - width * complement : m_lower + width * s;
    }
    if (hasLower)
        return m_lower + std::exp(u);
    if (hasUpper)
        return m_upper - std::exp(u);
    return u;
}

double ParameterTransform::derivative(double u) const
{
    const bool hasLower = m_lower > -kInfinity;
    const bool hasUpper = m_upper < kInfinity;
    if (hasLower && hasUpper) {
        double s = 0.0;
        double complement = 0.0;
        logistic(u, s, complement);
        return (m_upper - m_lower) * s * complement;
    }
    if (hasLower)
        return std::exp(u);
    if (hasUpper)
        return -std::exp(u);
    return 1.0;
}

BoundSide ParameterTransform::boundAt(double u) const
{
    const bool hasLower = m_lower > -kInfinity;
    const bool hasUpper = m_upper < kInfinity;
    if (hasLower && hasUpper) {
        double s = 0.0;
        double complement = 0.0;
        logistic(u, s, complement);
        if (s < kBoundTolerance)
            return BoundSide::Lower;
        if (complement < kBoundTolerance)
            return BoundSide::Upper;
        return BoundSide::None;
    }
    if ((hasLower || hasUpper) && std::exp(u) < kBoundTolerance * m_reference)
        return hasLower ? BoundSide::Lower : BoundSide::Upper;
    return BoundSide::None;
}

} // namespace gb
