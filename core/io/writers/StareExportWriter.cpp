#include "io/writers/StareExportWriter.h"

#include "io/writers/NumberFormatting.h"

#include <algorithm>
#include <string>

namespace gb {

namespace {
constexpr double kCelsiusOffset = 273.15;

void appendLine(std::string &out, const QString &text)
{
    out.append(text.toLatin1().constData());
    out.append("\r\n");
}
} // namespace

QByteArray writeStareExport(const StareExport &data)
{
    std::string out;
    std::size_t rows = 0;
    for (const StareCurve &curve : data.curves)
        rows += curve.timeS.size();
    out.reserve(rows * 64 + data.curves.size() * 512);

    const QString sampleLine = QStringLiteral("  %1 %2 mg").arg(data.sampleName).arg(data.massMg, 0, 'f', 6);
    for (const StareCurve &curve : data.curves) {
        appendLine(out, QStringLiteral("Curve Name:"));
        appendLine(out, QStringLiteral("  ") + curve.name);
        appendLine(out, QStringLiteral("Curve Values:"));
        out.append("   Index             t            Ts            Tr         Value\r\n");
        out.append("                   [s]          [\xB0"
                   "C]          [\xB0"
                   "C]          [mW]\r\n");
        const std::size_t n = std::min({curve.timeS.size(), curve.sampleTemperatureK.size(),
                                        curve.programTemperatureK.size(), curve.heatFlowMw.size()});
        for (std::size_t i = 0; i < n; ++i) {
            appendFixedAligned(out, double(i), 0, 8);
            appendFixedAligned(out, curve.timeS[i], 8, 14);
            appendFixedAligned(out, curve.sampleTemperatureK[i] - kCelsiusOffset, 5, 14);
            appendFixedAligned(out, curve.programTemperatureK[i] - kCelsiusOffset, 5, 14);
            appendFixedAligned(out, curve.heatFlowMw[i], 8, 14);
            out.append("\r\n");
        }
        out.append("\r\n");
        appendLine(out, QStringLiteral("Sample:"));
        appendLine(out, sampleLine);
        appendLine(out, QStringLiteral("Method:"));
        appendLine(out, QStringLiteral("  ") + data.method);
        appendLine(out, QStringLiteral("dTs(T):0.0000000000E+00"));
        appendLine(out, QStringLiteral("Sample Holder:"));
        appendLine(out, QStringLiteral("  ") + data.sampleHolder);
        out.append("\r\n");
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace gb
