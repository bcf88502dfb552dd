#include "io/writers/HysitronTxtWriter.h"

#include "io/writers/NumberFormatting.h"

#include <QLocale>

#include <algorithm>
#include <string>

namespace gb {

namespace {
constexpr double kNanometresPerVolt = 2000.0;
constexpr double kMicronewtonsPerVolt = 1000.0;
} // namespace

QByteArray writeHysitronTxt(const HysitronIndent &indent)
{
    const std::size_t n = std::min({indent.depthNm.size(), indent.loadUn.size(), indent.timeS.size()});
    std::string out;
    out.reserve(n * 56 + 256);
    const QString date = QLocale::c().toString(indent.started, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    out.append(date.toLatin1().constData());
    out.append("\r\n\r\nNumber of Points = ");
    out.append(std::to_string(n));
    out.append("\r\nDepth (nm)\tLoad (\xB5N)\tTime (s)\tDepth (V)\tLoad (V)\r\n");
    std::size_t nextSegment = 0;
    for (std::size_t i = 0; i < n; ++i) {
        while (nextSegment < indent.segmentStarts.size() && indent.segmentStarts[nextSegment] < i)
            ++nextSegment;
        if (i > 0 && nextSegment < indent.segmentStarts.size() && indent.segmentStarts[nextSegment] == i)
            out.append("\r\n");
        appendFixed(out, indent.depthNm[i], 6);
        out.push_back('\t');
        appendFixed(out, indent.loadUn[i], 6);
        out.push_back('\t');
        appendFixed(out, indent.timeS[i], 6);
        out.push_back('\t');
        appendFixed(out, indent.depthNm[i] / kNanometresPerVolt, 6);
        out.push_back('\t');
        appendFixed(out, indent.loadUn[i] / kMicronewtonsPerVolt, 6);
        out.append("\r\n");
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace gb
