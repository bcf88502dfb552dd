#pragma once

// Helpers shared by the campaign-level DSC grouping, series and tables. Internal.

#include "data/Campaign.h"

#include <QString>

#include <optional>

namespace gb::detail {

/// Two manifest numbers are the same when both are absent or equal within 1e-9 (relative).
bool sameValue(const std::optional<double> &a, const std::optional<double> &b);

/// "sample "X", isothermal, T_a = 380 K, t_a = 100 s" for messages.
QString describeHistory(const QString &sample, ThermalPath path,
                        const std::optional<double> &agingTemperatureK,
                        const std::optional<double> &agingTimeS,
                        const std::optional<double> &coolingRateKPerS);

} // namespace gb::detail
