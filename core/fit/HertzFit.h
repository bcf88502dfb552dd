#pragma once

#include "fit/HertzModel.h"
#include "fit/NonlinearFit.h"

#include <optional>
#include <vector>

namespace gb {

/// One estimate of (a, h₀) for P = a·(h − h₀)₊^{3/2}.
struct HertzEstimate {
    double prefactor = std::numeric_limits<double>::quiet_NaN(); ///< a, µN/nm^{3/2}
    double offset = std::numeric_limits<double>::quiet_NaN();    ///< h₀, nm
    double ssr = std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
};

/// Options of fitHertz.
struct HertzFitOptions {
    double tipRadiusNm = 0.0; ///< R of the spherical tip, nm (> 0)
    /// Interval searched for h₀ by variable projection. Default: from h_min − (h_max − h_min)
    /// to the first depth where P exceeds 10 % of its maximum.
    std::optional<double> offsetLowNm;
    std::optional<double> offsetHighNm;
    std::vector<double> weights; ///< empty = unweighted
    double confidenceLevel = 0.95;
    /// LM starts at the variable-projection optimum. There a second, accelerated pass changed
    /// E_r by parts in 10⁹ at twice the cost, so it runs only when the first fails; and step
    /// and gradient tolerances of 10⁻¹⁰ (not ε^0.9) stop it before a run of trial steps
    /// rejected at rounding level, which took a third of its time and moved E_r by at most
    /// 3 parts in 10⁹ on the paper campaign, under a millionth of its standard error.
    FitOptions engine{
        .methods = FitMethods::LevenbergMarquardtThenAcceleratedOnFailure, .xtol = 1e-10, .gtol = 1e-10};
};

/// A Hertz fit of one loading segment (methods.md §4.2). Values are NaN unless ok().
struct HertzFitResult {
    FitStatus status = FitStatus::InvalidInput;
    QString message;
    double prefactor = std::numeric_limits<double>::quiet_NaN(); ///< a = (4/3)E_r√R, µN/nm^{3/2}
    double prefactorError = std::numeric_limits<double>::quiet_NaN();
    double offset = std::numeric_limits<double>::quiet_NaN(); ///< h₀, nm
    double offsetError = std::numeric_limits<double>::quiet_NaN();
    double reducedModulus = std::numeric_limits<double>::quiet_NaN(); ///< E_r, GPa
    double reducedModulusError = std::numeric_limits<double>::quiet_NaN();
    double reducedModulusHalfWidth = std::numeric_limits<double>::quiet_NaN(); ///< t·SE(E_r)
    double tQuantile = std::numeric_limits<double>::quiet_NaN();
    double correlation = std::numeric_limits<double>::quiet_NaN(); ///< corr(a, h₀)
    double ssr = std::numeric_limits<double>::quiet_NaN();
    double rSquared = std::numeric_limits<double>::quiet_NaN();
    int points = 0;
    int degreesOfFreedom = 0;
    int iterations = 0;
    HertzEstimate linearised; ///< P^{2/3} = a^{2/3}(h − h₀), start values only (biased with noise)
    HertzEstimate projected;  ///< variable projection: Brent on SSR(h₀) with a(h₀) in closed form
    FitResult fit;            ///< full LM on (a, h₀) from the projected estimate, for the covariance

    bool ok() const { return isSuccess(status); }
};

/// Linearised estimate: OLS of P^{2/3} on h over the points with P > 0; a = s^{3/2}, h₀ = −c/s.
/// Exact for noise-free data. Thread-safe.
HertzEstimate hertzLinearisedEstimate(const std::vector<double> &depthNm,
                                      const std::vector<double> &loadMicroNewton);

/// Fits P = (4/3)·E_r·√R·(h − h₀)₊^{3/2} to a loading segment (already cut before the first
/// pop-in and baseline-corrected): linearised start, then variable projection over h₀ (a grid
/// and Brent), then a full Levenberg–Marquardt fit on (a, h₀) for the standard errors.
/// @param depthNm          h_i in nm.
/// @param loadMicroNewton  P_i in µN.
/// Fails (InvalidInput) on NaN, mismatched sizes, fewer than 3 points, R ≤ 0, a load that never
/// rises above zero or does not change; (Singular/…) when the fit cannot determine a and h₀.
/// Thread-safe.
HertzFitResult fitHertz(const std::vector<double> &depthNm, const std::vector<double> &loadMicroNewton,
                        const HertzFitOptions &options);

} // namespace gb
