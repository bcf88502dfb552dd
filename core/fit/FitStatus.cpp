#include "fit/FitStatus.h"

#include <QCoreApplication>

namespace gb {

QString fitStatusId(FitStatus status)
{
    switch (status) {
    case FitStatus::Converged: return QStringLiteral("converged");
    case FitStatus::ConvergedAtBound: return QStringLiteral("at_bound");
    case FitStatus::IterationLimit: return QStringLiteral("iteration_limit");
    case FitStatus::TimeLimit: return QStringLiteral("time_limit");
    case FitStatus::Singular: return QStringLiteral("singular");
    case FitStatus::NonFinite: return QStringLiteral("non_finite");
    case FitStatus::NoProgress: return QStringLiteral("no_progress");
    case FitStatus::InvalidInput: return QStringLiteral("invalid_input");
    case FitStatus::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QString describe(FitStatus status)
{
    const char *text = "the fit failed";
    switch (status) {
    case FitStatus::Converged: text = "the fit converged to a minimum of the sum of squares"; break;
    case FitStatus::ConvergedAtBound:
        text = "the fit converged with a parameter on its allowed limit; that parameter has no "
               "standard error";
        break;
    case FitStatus::IterationLimit:
        text = "the fit did not converge within the iteration limit; the values are not a solution";
        break;
    case FitStatus::TimeLimit:
        text = "the fit did not converge within its time limit; the values are not a solution";
        break;
    case FitStatus::Singular:
        text = "the data do not determine all parameters (some are redundant or have no effect); "
               "no values are reported";
        break;
    case FitStatus::NonFinite:
        text = "the model gave infinite or undefined values (overflow or a value outside its "
               "domain); no values are reported";
        break;
    case FitStatus::NoProgress:
        text = "the fit stopped where the sum of squares could still decrease; the values are not "
               "a solution";
        break;
    case FitStatus::InvalidInput: text = "the data cannot be fitted as given"; break;
    case FitStatus::Failed: text = "the fit failed because of an internal error"; break;
    }
    return QCoreApplication::translate("FitStatus", text);
}

} // namespace gb
