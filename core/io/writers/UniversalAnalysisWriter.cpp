#include "io/writers/UniversalAnalysisWriter.h"

#include "io/writers/NumberFormatting.h"

#include <algorithm>
#include <string>

namespace gb {

QByteArray writeUniversalAnalysisRun(const UniversalAnalysisRun &run)
{
    std::string out;
    out.reserve(run.timeS.size() * 48 + 1024);
    auto line = [&out](const QString &text) {
        out.append(text.toLatin1().constData());
        out.append("\r\n");
    };
    line(QStringLiteral("CLOSED"));
    line(QStringLiteral("Version\t0.4"));
    line(QStringLiteral("Instrument\t%1").arg(run.instrument));
    line(QStringLiteral("Module\tDMA Stress Relaxation"));
    line(QStringLiteral("Sample\t%1").arg(run.sampleName));
    line(QStringLiteral("Method\t%1").arg(run.method));
    line(QStringLiteral("Nsig\t4"));
    line(QStringLiteral("Sig1\tTime (min)"));
    out.append("Sig2\tTemperature (\xF8"
               "C)\r\n");
    line(QStringLiteral("Sig3\tStress (MPa)"));
    line(QStringLiteral("Sig4\tStrain (%)"));
    line(QStringLiteral("Date\t%1").arg(run.started.toString(QStringLiteral("dd-MMM-yy"))));
    line(QStringLiteral("Time\t%1").arg(run.started.toString(QStringLiteral("HH:mm"))));
    line(QStringLiteral("StartOfData"));
    const std::size_t n =
        std::min({run.timeS.size(), run.temperatureK.size(), run.stressMpa.size(), run.strain.size()});
    for (std::size_t i = 0; i < n; ++i) {
        appendFixed(out, run.timeS[i] / 60.0, 6);
        out.push_back('\t');
        appendFixed(out, run.temperatureK[i] - 273.15, 4);
        out.push_back('\t');
        appendFixed(out, run.stressMpa[i], 6);
        out.push_back('\t');
        appendFixed(out, run.strain[i] * 100.0, 6);
        out.append("\r\n");
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace gb
