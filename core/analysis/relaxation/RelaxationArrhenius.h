#pragma once

// Activation energy of the KWW relaxation time for one (sample, t_a) over test temperatures
// (methods.md §3.8, issue 7): τ = τ_E·exp(Ea/RT), Ea with its standard error, Ea/(R·Tg).

#include "fit/ArrheniusFit.h"

#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace gb {

/// Arrhenius result of one series. Unusable numbers are NaN.
struct RelaxationArrheniusResult {
    QString status; ///< "ok", "too_few_points" or "fit_failed"
    QString message;
    int points = 0;
    int temperatures = 0;                                                    ///< distinct temperatures
    double activationEnergy = std::numeric_limits<double>::quiet_NaN();      ///< J/mol
    double activationEnergyError = std::numeric_limits<double>::quiet_NaN(); ///< SE, J/mol (NaN for 2 points)
    double overRTg = std::numeric_limits<double>::quiet_NaN();               ///< Ea/(R·Tg)
    ArrheniusFit fit; ///< the regression when there are ≥ 3 points

    bool ok() const { return status == QLatin1String("ok"); }
};

/// Fits ln τ against 1/T. Points with T ≤ 0 or τ ≤ 0 (or NaN) are left out. With exactly two
/// points Ea comes from the two-point slope and has no standard error. Thread-safe.
RelaxationArrheniusResult fitRelaxationArrhenius(const std::vector<double> &temperaturesK,
                                                 const std::vector<double> &tausS,
                                                 std::optional<double> glassTransitionK = std::nullopt,
                                                 int minimumTemperatures = 2);

} // namespace gb
