#pragma once

// Peak location and width on sampled curves (methods.md §1.4): sub-sample vertex by a 3-point
// parabola (on y or on ln y), least-squares quadratic vertex with its standard error,
// prominence-based peak finding and half-maximum crossings. Pure functions; thread-safe.

#include <cstddef>
#include <limits>
#include <vector>

namespace gb::dsc {

/// Vertex of a fitted parabola: position x, height y, and its standard error when known.
struct Vertex {
    double x = std::numeric_limits<double>::quiet_NaN();
    double y = std::numeric_limits<double>::quiet_NaN();
    double xError = std::numeric_limits<double>::quiet_NaN();
    bool ok = false; ///< false when the three points do not form a maximum
};

/// Vertex of the parabola through (x0,y0), (x1,y1), (x2,y2), x0 < x1 < x2 (any spacing; for
/// uniform spacing this is δ = (y0 − y2)/(2(y0 − 2y1 + y2)), x_p = x1 + hδ). Not ok unless the
/// parabola opens downwards.
Vertex parabolicVertex(double x0, double y0, double x1, double y1, double x2, double y2);

/// The same on ln y ("Gaussian interpolation", exact for a Gaussian); y must be > 0. The
/// height returned is exp of the log-parabola's vertex value.
Vertex logParabolicVertex(double x0, double y0, double x1, double y1, double x2, double y2);

/// Least-squares quadratic through samples [begin, end) (at least 4) and its vertex; xError
/// from the fit covariance by the delta method (x_p = −b/(2c)). Not ok when the fit fails or
/// the quadratic does not open downwards.
Vertex quadraticVertexFit(const std::vector<double> &x, const std::vector<double> &y, std::size_t begin,
                          std::size_t end);

/// Least-squares cubic through samples [begin, end) (at least 5) and its local maximum nearest
/// the middle of the range: the cubic term absorbs the skewness of an asymmetric peak, which
/// biases a quadratic's vertex. xError by the delta method on the root of the derivative. Not ok
/// when the fit fails or the cubic has no local maximum inside the range.
Vertex cubicVertexFit(const std::vector<double> &x, const std::vector<double> &y, std::size_t begin,
                      std::size_t end);

/// A local maximum with its prominence: height above the higher of the two lowest points that
/// separate it from higher samples (or the ends of the searched range).
struct PeakCandidate {
    std::size_t index = 0;
    double height = 0;
    double prominence = 0;
};

/// Local maxima of y in [begin, end) with prominence ≥ minimumProminence, by decreasing
/// prominence (ties: lower index first). A flat top counts once, at its first sample. Maxima
/// on the first or last sample of the range are not peaks.
std::vector<PeakCandidate> findPeaks(const std::vector<double> &y, std::size_t begin, std::size_t end,
                                     double minimumProminence);

/// Half-maximum crossings around a peak.
struct HalfWidth {
    double left = std::numeric_limits<double>::quiet_NaN();  ///< inner crossing, walking left from the peak
    double right = std::numeric_limits<double>::quiet_NaN(); ///< inner crossing, walking right
    double outerLeft = std::numeric_limits<double>::quiet_NaN();  ///< first crossing from the left end
    double outerRight = std::numeric_limits<double>::quiet_NaN(); ///< first crossing from the right end
    bool ok = false;                ///< both sides cross the level inside the range
    bool multipleCrossings = false; ///< the signal falls below the level between the outer crossings

    double width() const { return right - left; }
    double envelopeWidth() const { return outerRight - outerLeft; }
};

/// Crossings of `level` around the sample `peak` within [begin, end): walk left and right to
/// the first sample below the level and interpolate linearly between the bracketing samples,
/// x = x_i + (L − y_i)(x_{i+1} − x_i)/(y_{i+1} − y_i). The outer crossings come from walking in
/// from the ends of the range; they differ from the inner ones when the peak splits.
HalfWidth halfLevelCrossings(const std::vector<double> &x, const std::vector<double> &y, std::size_t peak,
                             double level, std::size_t begin, std::size_t end);

} // namespace gb::dsc
