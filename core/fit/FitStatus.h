#pragma once

#include <QString>

namespace gb {

/// Why a fit stopped. Only Converged and ConvergedAtBound carry usable parameter values; every
/// other status comes with NaN values, so a failed fit can never be mistaken for a result.
enum class FitStatus {
    Converged,        ///< a minimum of the sum of squares was found; every check passed
    ConvergedAtBound, ///< a minimum was found with at least one parameter on its bound
    IterationLimit,   ///< the iteration limit was reached before the parameters settled
    TimeLimit,        ///< the time limit was reached before the parameters settled
    Singular,         ///< the data do not determine the parameters (dependent or unused ones)
    NonFinite,        ///< the model gave infinite or NaN values where it had to be evaluated
    NoProgress,       ///< the solver stopped where the sum of squares could still decrease
    InvalidInput,     ///< the data or start values cannot be fitted (NaN, too few points, ...)
    Failed,           ///< an unexpected error inside the solver (out of memory, ...)
};

/// True for the two statuses whose parameter values may be used.
inline bool isSuccess(FitStatus status)
{
    return status == FitStatus::Converged || status == FitStatus::ConvergedAtBound;
}

/// Stable lower-case identifier, e.g. "at_bound"; for tables and logs.
QString fitStatusId(FitStatus status);

/// One sentence a researcher understands, e.g. "the fit did not converge within the iteration
/// limit; the values are not a solution". Translated in the "FitStatus" context.
QString describe(FitStatus status);

} // namespace gb
