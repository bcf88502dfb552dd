#pragma once

// Internal pieces of the nonlinear least-squares engine shared by NonlinearFit.cpp,
// TrustRegionPass.cpp and FitSolution.cpp. Not part of the public API.

#include "fit/NonlinearFit.h"
#include "fit/ParameterTransform.h"
#include "fit/QuadPrecision.h"

#include <QString>

#include <chrono>
#include <optional>
#include <vector>

namespace gb::detail {

/// The problem as the solver sees it: free parameters in internal (unbounded) coordinates.
struct FitSetup {
    const FitModel *model = nullptr;
    const Eigen::VectorXd *observed = nullptr;
    const Eigen::VectorXd *weights = nullptr; ///< empty vector = unweighted
    std::vector<ParameterSpec> specs;
    std::vector<ParameterTransform> transforms; ///< one per parameter
    std::vector<int> freeIndex;                 ///< parameter index of each internal coordinate
    Eigen::VectorXd startInternal;              ///< size freeIndex.size()
    int effectiveObservations = 0;              ///< observations with a positive weight
    /// When the fit must stop (FitOptions::maxSeconds after it began); none when unset.
    std::optional<std::chrono::steady_clock::time_point> deadline;

    /// All p parameters from the internal coordinates (fixed ones at their start).
    Eigen::VectorXd toExternal(const Eigen::VectorXd &internal) const;
    bool weighted() const { return weights != nullptr && weights->size() > 0; }
};

/// How one solver pass ended, before the post-checks.
enum class PassStop { Converged, IterationLimit, TimeLimit, NoProgress, Failed };

struct PassOutcome {
    FitMethod method = FitMethod::LevenbergMarquardt;
    PassStop stop = PassStop::Failed;
    QString detail; ///< reason for Failed
    Eigen::VectorXd internal;
    int iterations = 0;
};

/// Runs GSL's trust-region solver with `method` from setup.startInternal.
PassOutcome runTrustRegionPass(const FitSetup &setup, FitMethod method, const FitOptions &options);

/// Evaluates the end point of a pass: SSR, Jacobian, post-checks (methods.md §5.4 (3)),
/// covariance and statistics. Values are NaN unless the result is a success.
FitResult evaluateSolution(const FitSetup &setup, const PassOutcome &pass, const FitOptions &options);

/// Refines a successful result in quad precision when the model implements
/// QuadPrecisionResiduals (see QuadPrecision.h); leaves other results untouched.
void refineInQuadPrecision(const FitSetup &setup, const QuadPrecisionResiduals &quad, FitResult &result,
                           const FitOptions &options);

/// Residual replacing a non-finite one so that the solver rejects the step (methods.md §5.4 (1)).
constexpr double kNonFinitePenalty = 1e100;

/// Switches GSL's abort-on-error handler off, once per process, thread-safely.
void ensureGslErrorHandlerOff();

/// Text in the "NonlinearFit" translation context.
QString fitText(const char *text);

} // namespace gb::detail
