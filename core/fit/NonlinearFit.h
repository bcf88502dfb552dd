#pragma once

#include "fit/FitStatus.h"

#include <Eigen/Dense>
#include <QString>

#include <limits>
#include <vector>

namespace gb {

/// A model y_i ≈ m_i(p) over a fixed set of observations, with its analytic Jacobian.
/// The model owns its abscissae (times, depths, bin centres, ...); the engine owns the observed
/// values and weights. Implementations must be immutable during a fit: `values` and `jacobian`
/// are called concurrently from several threads when fits run in parallel.
class FitModel {
public:
    virtual ~FitModel() = default;

    /// Number of parameters p (including those a fit holds fixed).
    virtual int parameterCount() const = 0;
    /// Name of parameter j, e.g. "ln_tau", "beta", "b1". Used in results and messages.
    virtual QString parameterName(int j) const = 0;
    /// Number of observations n.
    virtual Eigen::Index observationCount() const = 0;

    /// m_i(p) for every observation: `values` has size n on entry. Non-finite values are allowed
    /// (the engine treats them as a rejected step), but should not be produced inside the domain.
    virtual void values(const Eigen::VectorXd &p, Eigen::VectorXd &values) const = 0;
    /// ∂m_i/∂p_j for every observation and every parameter: `jacobian` is n × p on entry.
    virtual void jacobian(const Eigen::VectorXd &p, Eigen::MatrixXd &jacobian) const = 0;
};

/// Start value, optional bounds and fixed flag of one parameter.
struct ParameterSpec {
    double start = 0.0;
    double lower = -std::numeric_limits<double>::infinity();
    double upper = std::numeric_limits<double>::infinity();
    bool fixed = false; ///< held at `start`; no standard error
    /// Typical magnitude of the parameter (0 = none). A standard error larger than
    /// FitOptions::maxRelativeStandardError × max(|value|, scale) means "not determined".
    /// Give a scale to location-like parameters that may legitimately be near zero.
    double scale = 0.0;
};

/// Which trust-region sub-problem methods a fit runs from the start values.
enum class FitMethods {
    LevenbergMarquardtThenAccelerated, ///< trs_lm, then trs_lmaccel; keep the lower SSR (default)
    /// trs_lm; trs_lmaccel only when trs_lm did not end in a successful fit, then the lower SSR.
    /// For fits that start near their solution (a variable-projection optimum, data-driven
    /// start values), where the second pass almost never changes the result but doubles the cost.
    LevenbergMarquardtThenAcceleratedOnFailure,
    LevenbergMarquardt, ///< trs_lm only
    Accelerated,        ///< trs_lmaccel (geodesic acceleration) only
};

/// Tuning of the engine. The defaults are the validated settings of methods.md §5.3 and are meant
/// for production use too.
struct FitOptions {
    FitMethods methods = FitMethods::LevenbergMarquardtThenAccelerated;
    int maxIterations = 10000;
    /// Wall-clock bound of one fit, all its passes together, in seconds (≤ 0: none). A fit that
    /// reaches it stops with FitStatus::TimeLimit. Far above any fit of real data (milliseconds);
    /// it keeps a pathological problem from holding a campaign analysis for hours.
    double maxSeconds = 60.0;
    double xtol = 8.2e-15; ///< relative step tolerance (≈ ε^0.9)
    double gtol = 8.2e-15; ///< scaled gradient tolerance (≈ ε^0.9)
    /// Weights are 1/σ_i² with known σ_i: the covariance is (JᵀWJ)⁻¹ unscaled. Otherwise the
    /// weights are relative and the covariance is scaled by s² = SSR/dof.
    bool weightsAreInverseVariances = false;
    /// Reciprocal condition number (column-scaled Jacobian) below which a fit is singular.
    double minReciprocalCondition = 1e-12;
    /// Relative standard error above which a parameter is "not determined" (methods.md §5.4).
    double maxRelativeStandardError = 1e3;
    /// Refine the solution in quad precision when the model also implements
    /// QuadPrecisionResiduals (certification problems; see QuadPrecision.h).
    bool quadPrecisionRefinement = true;
};

/// How a parameter came out of the fit.
enum class ParameterState { Estimated, Fixed, AtLowerBound, AtUpperBound };

/// Which sub-problem method produced the reported solution.
enum class FitMethod { LevenbergMarquardt, Accelerated };

/// Everything a fit reports. When `ok()` is false, `values`, `standardErrors`, `covariance`
/// and `correlation` are NaN, and `message` says why; `lastIterate` keeps where the solver
/// stopped (for diagnostics only).
struct FitResult {
    FitStatus status = FitStatus::InvalidInput;
    QString message; ///< describe(status) plus the specific reason, for a person
    std::vector<QString> names;
    std::vector<ParameterState> states;
    Eigen::VectorXd values;
    /// NaN for fixed parameters and parameters on a bound (no standard error is quoted there).
    Eigen::VectorXd standardErrors;
    /// p × p; rows and columns of fixed or on-bound parameters are zero.
    Eigen::MatrixXd covariance;
    /// p × p; rows and columns of fixed or on-bound parameters are zero (diagonal included).
    Eigen::MatrixXd correlation;
    Eigen::VectorXd lastIterate;
    Eigen::VectorXd fitted; ///< m_i at the solution (NaN when !ok())

    double ssr = std::numeric_limits<double>::quiet_NaN();              ///< Σ w_i (y_i − m_i)²
    double reducedChiSquare = std::numeric_limits<double>::quiet_NaN(); ///< SSR / dof
    double rSquared = std::numeric_limits<double>::quiet_NaN();         ///< 1 − SSR/SST (weighted)
    /// Information criteria for comparing models of the same data (e.g. σ∞ free or fixed):
    /// AIC = n ln(SSR/n) + 2k, BIC = n ln(SSR/n) + k ln n, k = parameters not held fixed.
    double aic = std::numeric_limits<double>::quiet_NaN();
    double bic = std::numeric_limits<double>::quiet_NaN();
    double reciprocalCondition = std::numeric_limits<double>::quiet_NaN();
    int observations = 0;
    int degreesOfFreedom = 0; ///< n − number of parameters not held fixed
    int iterations = 0;       ///< iterations of the pass that produced the solution
    int totalIterations = 0;  ///< iterations of all passes
    FitMethod method = FitMethod::LevenbergMarquardt;

    bool ok() const { return isSuccess(status); }
    /// Index of the parameter called `name`, or −1.
    int indexOf(const QString &name) const;
};

/// Fits `model` to `observed` by weighted nonlinear least squares (methods.md §5): GSL's
/// trust-region Levenberg–Marquardt with Moré scaling and QR, the model's analytic Jacobian,
/// bounds by smooth reparameterisation, a second pass with geodesic acceleration from the same
/// start keeping the lower SSR (FitOptions::methods), and post-checks on every result (finite
/// SSR, rcond, standard errors, gradient). Non-finite model values are turned into a large
/// finite penalty so the solver backs off. Bounded by FitOptions::maxIterations per pass and
/// FitOptions::maxSeconds in all.
///
/// @param observed  y_i, size n = model.observationCount(); all finite.
/// @param weights   w_i ≥ 0 (finite), size n, or empty for unweighted.
/// @param parameters one spec per model parameter (start inside its bounds).
/// @return a FitResult; never throws. Failure reasons: InvalidInput (sizes, NaN, n ≤ free
///         parameters, start outside bounds), NonFinite (model undefined at the start),
///         IterationLimit, TimeLimit, NoProgress, Singular, Failed.
/// Thread-safe: any number of fits may run at once (the model must be immutable).
FitResult fitNonlinear(const FitModel &model, const Eigen::VectorXd &observed, const Eigen::VectorXd &weights,
                       const std::vector<ParameterSpec> &parameters, const FitOptions &options = {});

} // namespace gb
