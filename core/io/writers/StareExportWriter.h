#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace gb {

/// One curve of a Mettler STARe export, in internal units (s, K, mW).
struct StareCurve {
    QString name; ///< e.g. "Ta385 ta0.3s  Seg 7"
    std::vector<double> timeS;
    std::vector<double> sampleTemperatureK;
    std::vector<double> programTemperatureK;
    std::vector<double> heatFlowMw;
};

/// What a Flash DSC protocol exported from STARe holds: the sample and its curves.
struct StareExport {
    QString sampleName;
    double massMg = 0.0;
    QString method;
    QString sampleHolder = QStringLiteral("UFS1");
    std::vector<StareCurve> curves;
};

/// Writes a multi-curve STARe export (time-abscissa variant, Latin-1, CRLF) as formats.md
/// describes it: per curve `Curve Name:` / `Curve Values:` with Index, t [s], Ts [°C],
/// Tr [°C], Value [mW] right-aligned, then the Sample / Method / Sample Holder block.
/// Heat flow is written as given (STARe convention: endothermic down).
QByteArray writeStareExport(const StareExport &data);

} // namespace gb
