#pragma once

#include <QByteArray>
#include <QDateTime>

#include <vector>

namespace gb {

/// One indent in internal units (nm, µN, s); `segmentStarts` are the row indices where a new
/// load segment begins (a blank line is written before each, as TriboScan does).
struct HysitronIndent {
    QDateTime started;
    std::vector<double> depthNm;
    std::vector<double> loadUn;
    std::vector<double> timeS;
    std::vector<std::size_t> segmentStarts;
};

/// Writes a TriboScan curve export (formats.md): the date line, `Number of Points = N`,
/// the header `Depth (nm)	Load (µN)	Time (s)	Depth (V)	Load (V)` with µ as byte 0xB5,
/// tab-separated rows, CRLF. The transducer voltages are the signals divided by fixed
/// calibration constants.
QByteArray writeHysitronTxt(const HysitronIndent &indent);

} // namespace gb
