#pragma once
// A small simulated Flash DSC campaign for tests that need real analysis results: heating scans
// from the TNM simulator (a reference scan and isothermal anneals at 370 K), written as a Mettler
// STARe export with a manifest — the same recipe as the DSC end-to-end test.

#include "io/writers/StareExportWriter.h"
#include "simulate/TnmSimulator.h"

#include <QDir>
#include <QFile>

namespace gb::test {

/// Writes "tnm.txt" and "campaign.csv" into `folder`: a reference scan and one isothermal scan
/// per entry of `agingTimes` (s), all heated at 1000 K/s. Returns the manifest's path (empty when
/// the simulation failed).
inline QString writeTnmDscCampaign(const QString &folder,
                                   const std::vector<double> &agingTimes = {1.0, 100.0, 1e4})
{
    const TnmParameters p0 = TnmParameters::fromReferenceTime(50000, 0.5, 0.5, 400, 100);
    TnmSimulationOptions options;
    options.discretisation.rampStep = 0.1;
    options.heatCapacity.massMg = 4.84e-4;
    options.heatCapacity.glassCp = 0.4;
    options.heatCapacity.stepCp = 0.15;
    StareExport stare;
    stare.sampleName = QStringLiteral("TNM-P0");
    stare.massMg = 4.84e-4;
    stare.method = QStringLiteral("TNM P0, anneal at 370 K (simulated)");
    QString manifest =
        QStringLiteral("# simulated Flash DSC campaign (TNM model)\n"
                       "file,segment,technique,sample,path,T_a_K,t_a_s,heating_rate_K_per_s,mass_ng\n");
    std::vector<double> times{0.0};
    times.insert(times.end(), agingTimes.begin(), agingTimes.end());
    for (std::size_t i = 0; i < times.size(); ++i) {
        ThermalProtocol protocol(480);
        protocol.rampTo(370, 1000);
        if (times[i] > 0)
            protocol.hold(times[i]);
        protocol.rampTo(300, 1000).rampTo(480, 1000);
        const Result<TnmTrace> trace = simulateTnm(protocol, p0, options);
        if (!trace.ok())
            return {};
        const TnmCurve curve = segmentCurve(*trace, protocol.steps().size() - 1);
        StareCurve out;
        out.name = QStringLiteral("ta%1s  Seg %2").arg(times[i]).arg(i + 1);
        for (double t : curve.time)
            out.timeS.push_back(t - curve.time.front());
        out.sampleTemperatureK = curve.temperature;
        out.programTemperatureK = curve.temperature;
        for (double v : curve.heatFlow)
            out.heatFlowMw.push_back(-v); // STARe: endothermic down
        stare.curves.push_back(std::move(out));
        const bool reference = times[i] == 0.0;
        manifest += QStringLiteral("tnm.txt,%1,dsc,P0,%2,%3,%4,1000,484\n")
                        .arg(i + 1)
                        .arg(reference ? QStringLiteral("reference") : QStringLiteral("isothermal"))
                        .arg(reference ? QString() : QStringLiteral("370"))
                        .arg(reference ? QString() : QString::number(times[i]));
    }
    QDir().mkpath(folder);
    QFile data(QDir(folder).filePath(QStringLiteral("tnm.txt")));
    if (!data.open(QIODevice::WriteOnly))
        return {};
    data.write(writeStareExport(stare));
    const QString manifestPath = QDir(folder).filePath(QStringLiteral("campaign.csv"));
    QFile file(manifestPath);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(manifest.toUtf8());
    return manifestPath;
}

} // namespace gb::test
