#include "common/ValueWithUncertainty.h"

#include <algorithm>
#include <cmath>

namespace gb {

QString valueWithUncertainty(double value, double uncertainty)
{
    if (!(uncertainty > 0.0) || !std::isfinite(uncertainty) || !std::isfinite(value))
        return QString::number(value, 'g', 4);
    const int decimals = std::clamp(1 - int(std::floor(std::log10(uncertainty))), 0, 15);
    return QStringLiteral("%1 ± %2").arg(value, 0, 'f', decimals).arg(uncertainty, 0, 'f', decimals);
}

} // namespace gb
