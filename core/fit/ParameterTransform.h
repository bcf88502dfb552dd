#pragma once

#include <limits>

namespace gb {

/// Which limit a bounded parameter sits on, if any.
enum class BoundSide { None, Lower, Upper };

/// Smooth map between a bounded parameter p and an unbounded internal coordinate u, so that an
/// unconstrained solver can respect bounds (methods.md §3.1, §5.5):
///   both bounds:  p = lo + (hi − lo)/(1 + e^{−u})   (logistic)
///   lower only:   p = lo + e^u
///   upper only:   p = hi − e^u
///   no bound:     p = u
/// A parameter counts as "on its bound" when it lies within 1e-6 of the interval width (two
/// bounds) or of its reference scale (one bound) from the limit. Value type; thread-safe.
class ParameterTransform {
public:
    static constexpr double kInfinity = std::numeric_limits<double>::infinity();
    /// Relative distance to a bound below which a parameter is reported as on the bound.
    static constexpr double kBoundTolerance = 1e-6;

    ParameterTransform() = default;
    /// `lower` < `upper` (either may be infinite). `reference` is a typical magnitude of the
    /// parameter used for one-sided bounds (e.g. the distance of the start value from the bound).
    ParameterTransform(double lower, double upper, double reference = 1.0);

    double lower() const { return m_lower; }
    double upper() const { return m_upper; }
    bool isBounded() const { return m_lower > -kInfinity || m_upper < kInfinity; }

    /// u for a value strictly inside the bounds. A value on a bound is first moved inside by
    /// kBoundTolerance·100 of the scale; a value outside the bounds gives NaN.
    double toInternal(double p) const;
    /// p for an internal coordinate; always inside the closed bounds (inf only on overflow).
    double toExternal(double u) const;
    /// dp/du at u.
    double derivative(double u) const;
    /// Whether the internal coordinate u puts the parameter on one of its bounds.
    BoundSide boundAt(double u) const;

    /// True when lower < upper and the bounds are not NaN.
    static bool validBounds(double lower, double upper);

private:
    double m_lower = -kInfinity;
    double m_upper = kInfinity;
    double m_reference = 1.0;
};

} // namespace gb
