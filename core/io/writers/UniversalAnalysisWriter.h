#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace gb {

/// A DMA stress-relaxation run as TA Universal Analysis exports it, in internal units
/// (s, K, MPa, strain as a fraction).
struct UniversalAnalysisRun {
    QString instrument = QStringLiteral("DMA Q800 V21.3 Build 96");
    QString sampleName;
    QString method = QStringLiteral("Stress Relaxation");
    QDateTime started;
    std::vector<double> timeS;
    std::vector<double> temperatureK;
    std::vector<double> stressMpa;
    std::vector<double> strain;
};

/// Writes the run as a Universal Analysis text export (formats.md): `Sig<i>` descriptors
/// Time (min), Temperature (°C, degree sign as byte 0xF8), Stress (MPa), Strain (%), then
/// `StartOfData` and tab-separated rows. Latin-1, CRLF.
QByteArray writeUniversalAnalysisRun(const UniversalAnalysisRun &run);

} // namespace gb
