#pragma once

#include "fit/LinearRegression.h"

#include <optional>
#include <vector>

namespace gb {

/// Options of fitBrokenLine / fitTwoStagePowerLaw.
struct BrokenLineOptions {
    /// Start of Muggeo's iteration, in units of x (fitTwoStagePowerLaw: of t, not ln t). Empty:
    /// a profile search over ψ (OLS at each candidate) picks the start (methods.md §3.7, "simple robust
    /// alternative"), then Muggeo polishes it.
    std::optional<double> initialBreakpoint;
    int minPointsPerSegment = 2; ///< ψ stays inside the [k-th, (n−k)-th] order statistics of x
    int maxIterations = 100;
    int profilePoints = 200;     ///< candidates of the profile search
    std::vector<double> weights; ///< empty = unweighted (e.g. 1/SE(ln τ)² for aging laws)
    double confidenceLevel = 0.95;
};

/// A continuous broken line y = α + μ₁x + (μ₂ − μ₁)(x − ψ)₊.
struct BrokenLineFit {
    FitStatus status = FitStatus::InvalidInput;
    QString message;
    double intercept = std::numeric_limits<double>::quiet_NaN(); ///< α
    double interceptError = std::numeric_limits<double>::quiet_NaN();
    double slope1 = std::numeric_limits<double>::quiet_NaN(); ///< μ₁ (x < ψ)
    double slope1Error = std::numeric_limits<double>::quiet_NaN();
    double slope2 = std::numeric_limits<double>::quiet_NaN(); ///< μ₂ (x > ψ)
    double slope2Error = std::numeric_limits<double>::quiet_NaN();
    double breakpoint = std::numeric_limits<double>::quiet_NaN(); ///< ψ
    /// Muggeo's delta-method SE(ψ) ≈ SE(γ̂)/|β̂_U| at convergence (optimistic for n < 20).
    double breakpointError = std::numeric_limits<double>::quiet_NaN();
    double breakpointHalfWidth = std::numeric_limits<double>::quiet_NaN(); ///< t_{n−4}·SE(ψ)
    double profileBreakpoint = std::numeric_limits<double>::quiet_NaN();   ///< best ψ of the profile search
    double ssr = std::numeric_limits<double>::quiet_NaN();
    double rSquared = std::numeric_limits<double>::quiet_NaN();
    int points = 0;
    int degreesOfFreedom = 0; ///< n − 4
    /// BIC = n ln(SSR/n) + k ln n of the broken line (k = 4, ψ counted) and of the best single
    /// straight line (k = 2). A plain F-test is not valid for a break (ψ is not identified
    /// without one, methods.md §3.7); `breakSupported` is bic < straightLineBic.
    double bic = std::numeric_limits<double>::quiet_NaN();
    double straightLineBic = std::numeric_limits<double>::quiet_NaN();
    bool breakSupported = false;
    /// Muggeo updates of ψ until it settled (the last regression, which only confirms
    /// |Δψ| < 1e-8·range(x), is not counted).
    int iterations = 0;

    bool ok() const { return isSuccess(status); }
};

/// Continuous broken line by Muggeo's iteration (methods.md §3.7): given ψ̃, regress y on
/// [1, x, (x − ψ̃)₊, −I(x > ψ̃)] and update ψ ← ψ̃ + γ̂/β̂_U, with step halving when the SSR
/// rises, until |Δψ| < 1e-8·range(x). Fails with InvalidInput for NaN, fewer than
/// 2·minPointsPerSegment + 1 points, and Singular when the slopes do not differ (no break).
/// Thread-safe.
BrokenLineFit fitBrokenLine(const std::vector<double> &x, const std::vector<double> &y,
                            const BrokenLineOptions &options = {});

/// The two-stage aging law: τ = A·t^μ₁ below t* and continuous with slope μ₂ above it,
/// fitted as a broken line in (ln t, ln τ).
struct TwoStagePowerLawFit {
    FitStatus status = FitStatus::InvalidInput;
    QString message;
    double breakTime = std::numeric_limits<double>::quiet_NaN();      ///< t* = e^ψ, unit of t
    double breakTimeError = std::numeric_limits<double>::quiet_NaN(); ///< t*·SE(ψ)
    double breakTimeLow = std::numeric_limits<double>::quiet_NaN();   ///< e^{ψ − t·SE}
    double breakTimeHigh = std::numeric_limits<double>::quiet_NaN();  ///< e^{ψ + t·SE}
    double exponent1 = std::numeric_limits<double>::quiet_NaN();
    double exponent1Error = std::numeric_limits<double>::quiet_NaN();
    double exponent2 = std::numeric_limits<double>::quiet_NaN();
    double exponent2Error = std::numeric_limits<double>::quiet_NaN();
    double prefactor = std::numeric_limits<double>::quiet_NaN(); ///< A of the first stage
    BrokenLineFit line;                                          ///< in (ln t, ln τ)

    bool ok() const { return isSuccess(status); }
};

/// Two-stage power law of y against x (both > 0), e.g. τ against aging time t_a.
/// For weights use 1/SE(ln τ)². Thread-safe.
TwoStagePowerLawFit fitTwoStagePowerLaw(const std::vector<double> &x, const std::vector<double> &y,
                                        const BrokenLineOptions &options = {});

} // namespace gb
