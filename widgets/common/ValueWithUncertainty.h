#pragma once

#include <QString>

namespace gb {

/// "value ± uncertainty" as a result is quoted: the uncertainty to two significant digits and
/// the value to the same decimal place ("0.01359 ± 0.00037", "88.74 ± 0.88"). Without a
/// finite positive uncertainty, the value alone to four significant digits.
QString valueWithUncertainty(double value, double uncertainty);

} // namespace gb
