#include "plot/PlotPalette.h"

#include <array>

namespace gb {

QColor seriesColor(int index)
{
    static const std::array<QColor, 8> colors = {
        QColor(0, 114, 178),   // blue
        QColor(213, 94, 0),    // vermillion
        QColor(0, 158, 115),   // bluish green
        QColor(204, 121, 167), // reddish purple
        QColor(230, 159, 0),   // orange
        QColor(86, 180, 233),  // sky blue
        QColor(0, 0, 0),       // black
        QColor(240, 228, 66),  // yellow
    };
    return colors[std::size_t(index < 0 ? 0 : index) % colors.size()];
}

QFont plotFont(double pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace gb
