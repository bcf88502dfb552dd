// One pass of GSL's gsl_multifit_nlinear trust-region solver (methods.md §5.1, §5.4). GSL stays
// inside this file: callbacks read and write vectors only through gsl_vector_get/set and
// gsl_matrix_set because the finite-difference paths hand them strided views (§5.4 (2)).

#include "fit/FitEngineInternals.h"

#include <gsl/gsl_blas.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_multifit_nlinear.h>

#include <QCoreApplication>

#include <bit>
#include <cmath>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>

namespace gb::detail {

void ensureGslErrorHandlerOff()
{
    static std::once_flag once;
    std::call_once(once, [] { gsl_set_error_handler_off(); });
}

QString fitText(const char *text)
{
    return QCoreApplication::translate("NonlinearFit", text);
}

Eigen::VectorXd FitSetup::toExternal(const Eigen::VectorXd &internal) const
{
    Eigen::VectorXd p(Eigen::Index(specs.size()));
    for (std::size_t j = 0; j < specs.size(); ++j)
        p[Eigen::Index(j)] = specs[j].start;
    for (std::size_t k = 0; k < freeIndex.size(); ++k) {
        const int j = freeIndex[k];
        p[j] = transforms[std::size_t(j)].toExternal(internal[Eigen::Index(k)]);
    }
    return p;
}

namespace {

/// Per-pass state handed to the callbacks: work buffers, so a pass never shares memory.
struct CallbackContext {
    const FitSetup *setup = nullptr;
    Eigen::VectorXd internal;
    Eigen::VectorXd values;
    Eigen::MatrixXd jacobian;
    bool exceptionThrown = false;
    QString exceptionText;
    /// The solver's current parameters while Levenberg–Marquardt iterates; null otherwise.
    const gsl_vector *position = nullptr;
    /// Set when a trial step left every parameter where it was (see residualCallback).
    bool trialStayedPut = false;

    void readInternal(const gsl_vector *x)
    {
        for (Eigen::Index k = 0; k < internal.size(); ++k)
            internal[k] = gsl_vector_get(x, std::size_t(k));
    }
    void fail(const char *what)
    {
        exceptionThrown = true;
        exceptionText = QString::fromUtf8(what);
    }
};

bool sameBits(const gsl_vector *a, const gsl_vector *b)
{
    for (std::size_t k = 0; k < a->size; ++k)
        if (std::bit_cast<std::uint64_t>(gsl_vector_get(a, k)) !=
            std::bit_cast<std::uint64_t>(gsl_vector_get(b, k)))
            return false;
    return true;
}

int residualCallback(const gsl_vector *x, void *data, gsl_vector *f)
{
    auto *context = static_cast<CallbackContext *>(data);
    // A trial point equal to the current one: the step rounds away in every parameter. Its
    // residuals are the current ones, so GSL rejects it and tries smaller and smaller steps,
    // 15 more evaluations before it reports no progress. Say so now instead (the iteration
    // loop below takes this as GSL_ENOPROG).
    if (context->position && sameBits(x, context->position)) {
        context->trialStayedPut = true;
        return GSL_ETOLX;
    }
    const FitSetup &setup = *context->setup;
    const Eigen::VectorXd &observed = *setup.observed;
    try {
        context->readInternal(x);
        const Eigen::VectorXd p = setup.toExternal(context->internal);
        setup.model->values(p, context->values);
        // Written straight into the vector's storage (gsl_vector_set is a checked library
        // call per element, which showed in profiles).
        for (Eigen::Index i = 0; i < observed.size(); ++i) {
            const double r = context->values[i] - observed[i];
            f->data[std::size_t(i) * f->stride] = std::isfinite(r) ? r : kNonFinitePenalty;
        }
    } catch (const std::exception &error) {
        context->fail(error.what());
        for (Eigen::Index i = 0; i < observed.size(); ++i)
            gsl_vector_set(f, std::size_t(i), kNonFinitePenalty);
    }
    return GSL_SUCCESS;
}

int jacobianCallback(const gsl_vector *x, void *data, gsl_matrix *J)
{
    auto *context = static_cast<CallbackContext *>(data);
    const FitSetup &setup = *context->setup;
    try {
        context->readInternal(x);
        const Eigen::VectorXd p = setup.toExternal(context->internal);
        setup.model->jacobian(p, context->jacobian);
        for (std::size_t k = 0; k < setup.freeIndex.size(); ++k) {
            const int j = setup.freeIndex[k];
            const double chain =
                setup.transforms[std::size_t(j)].derivative(context->internal[Eigen::Index(k)]);
            for (Eigen::Index i = 0; i < context->jacobian.rows(); ++i) {
                const double value = context->jacobian(i, j) * chain;
                J->data[std::size_t(i) * J->tda + k] = std::isfinite(value) ? value : 0.0;
            }
        }
    } catch (const std::exception &error) {
        context->fail(error.what());
        gsl_matrix_set_zero(J);
    }
    return GSL_SUCCESS;
}

struct WorkspaceDeleter {
    void operator()(gsl_multifit_nlinear_workspace *w) const { gsl_multifit_nlinear_free(w); }
};

} // namespace

PassOutcome runTrustRegionPass(const FitSetup &setup, FitMethod method, const FitOptions &options)
{
    ensureGslErrorHandlerOff();
    PassOutcome outcome;
    outcome.method = method;
    outcome.internal = setup.startInternal;

    const std::size_t n = std::size_t(setup.observed->size());
    const std::size_t p = setup.freeIndex.size();

    gsl_multifit_nlinear_parameters parameters = gsl_multifit_nlinear_default_parameters();
    parameters.trs =
        method == FitMethod::Accelerated ? gsl_multifit_nlinear_trs_lmaccel : gsl_multifit_nlinear_trs_lm;
    parameters.scale = gsl_multifit_nlinear_scale_more;
    parameters.solver = gsl_multifit_nlinear_solver_qr;

    std::unique_ptr<gsl_multifit_nlinear_workspace, WorkspaceDeleter> workspace(
        gsl_multifit_nlinear_alloc(gsl_multifit_nlinear_trust, &parameters, n, p));
    if (!workspace) {
        outcome.detail = fitText("the solver could not allocate its workspace");
        return outcome;
    }

    CallbackContext context;
    context.setup = &setup;
    context.internal.resize(Eigen::Index(p));
    context.values.resize(Eigen::Index(n));
    context.jacobian.resize(Eigen::Index(n), setup.model->parameterCount());

    gsl_multifit_nlinear_fdf fdf;
    fdf.f = &residualCallback;
    fdf.df = &jacobianCallback;
    fdf.fvv = nullptr; // geodesic acceleration uses GSL's finite-difference second derivative
    fdf.n = n;
    fdf.p = p;
    fdf.params = &context;

    gsl_vector_const_view start = gsl_vector_const_view_array(setup.startInternal.data(), p);
    int status = GSL_SUCCESS;
    if (setup.weighted()) {
        gsl_vector_const_view weights = gsl_vector_const_view_array(setup.weights->data(), n);
        status = gsl_multifit_nlinear_winit(&start.vector, &weights.vector, &fdf, workspace.get());
    } else {
        status = gsl_multifit_nlinear_init(&start.vector, &fdf, workspace.get());
    }
    if (status != GSL_SUCCESS || context.exceptionThrown) {
        outcome.detail =
            context.exceptionThrown ? context.exceptionText : QString::fromUtf8(gsl_strerror(status));
        return outcome;
    }

    const auto copyPosition = [&] {
        const gsl_vector *x = gsl_multifit_nlinear_position(workspace.get());
        for (std::size_t k = 0; k < p; ++k)
            outcome.internal[Eigen::Index(k)] = gsl_vector_get(x, k);
    };

    // Only plain LM: geodesic acceleration also evaluates at x + h·v, which may round to x.
    if (method == FitMethod::LevenbergMarquardt)
        context.position = gsl_multifit_nlinear_position(workspace.get());
    int stalled = 0;
    outcome.stop = PassStop::IterationLimit;
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        status = gsl_multifit_nlinear_iterate(workspace.get());
        outcome.iterations = iteration;
        if (context.trialStayedPut) {
            context.trialStayedPut = false;
            status = GSL_ENOPROG;
        }
        if (context.exceptionThrown) {
            outcome.stop = PassStop::Failed;
            outcome.detail = context.exceptionText;
            break;
        }
        if (status == GSL_ENOPROG) {
            ++stalled;
        } else if (status != GSL_SUCCESS) {
            outcome.stop = PassStop::Failed;
            outcome.detail = QString::fromUtf8(gsl_strerror(status));
            break;
        } else {
            stalled = 0;
        }
        int info = 0;
        if (gsl_multifit_nlinear_test(options.xtol, options.gtol, 0.0, &info, workspace.get()) ==
            GSL_SUCCESS) {
            outcome.stop = PassStop::Converged;
            break;
        }
        if (stalled >= 3) {
            outcome.stop = PassStop::NoProgress;
            break;
        }
        if (setup.deadline && std::chrono::steady_clock::now() >= *setup.deadline) {
            outcome.stop = PassStop::TimeLimit;
            break;
        }
    }
    copyPosition();
    return outcome;
}

} // namespace gb::detail
