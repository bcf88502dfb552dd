#pragma once

#include <QColor>
#include <QFont>

namespace gb {

/// Colour-blind-safe series colours (Okabe & Ito 2008), in drawing order; wraps around.
QColor seriesColor(int index);

/// The font every plot uses for tick labels and axis titles, at `pointSize`.
QFont plotFont(double pointSize = 9.0);

} // namespace gb
