#include "simulate/campaign/SyntheticIndentation.h"

#include "analysis/indentation/PopInStatistics.h"

#include <QFileInfo>

#include <cmath>

namespace gb {

SyntheticPart simulateIndentationPart(SyntheticCampaignSize size, std::uint64_t seed)
{
    const SyntheticIndentationDesign design = indentationDesign(size);
    const std::vector<SyntheticIndentArray> arrays = simulateIndentArrays(design, seed);
    auto number = [](double value) { return QString::number(value, 'g', 12); };

    SyntheticPart part;
    part.folder = QStringLiteral("nanoindentation");
    part.truth = ResultTable(QStringList{QStringLiteral("file"),
                                         QStringLiteral("segment"),
                                         QStringLiteral("row"),
                                         QStringLiteral("sample"),
                                         QStringLiteral("T_a_K"),
                                         QStringLiteral("t_a_s"),
                                         QStringLiteral("Er_GPa"),
                                         QStringLiteral("R_nm"),
                                         QStringLiteral("h0_nm"),
                                         QStringLiteral("drift_nm_per_s"),
                                         QStringLiteral("P_popin_uN"),
                                         QStringLiteral("h_popin_nm"),
                                         QStringLiteral("dh_popin_nm"),
                                         QStringLiteral("P_critical_uN"),
                                         QStringLiteral("tau_c_GPa"),
                                         QStringLiteral("status"),
                                         QStringLiteral("model_tau_c_mean_GPa"),
                                         QStringLiteral("model_tau_c_norm_fwhm"),
                                         QStringLiteral("tau_c_mean_GPa"),
                                         QStringLiteral("tau_c_norm_fwhm"),
                                         QStringLiteral("n_indents"),
                                         QStringLiteral("n_popin"),
                                         QStringLiteral("Er_mean_GPa")});
    ResultTable &truth = part.truth;

    for (const SyntheticIndentArray &array : arrays) {
        ManifestRow row;
        row.cells.insert(QStringLiteral("file"), array.folder);
        row.cells.insert(QStringLiteral("technique"), QStringLiteral("nanoindentation"));
        row.cells.insert(QStringLiteral("sample"), design.sample);
        row.cells.insert(QStringLiteral("path"), QStringLiteral("isothermal"));
        row.cells.insert(QStringLiteral("T_a_K"), number(design.agingTemperatureK));
        row.cells.insert(QStringLiteral("t_a_s"), number(array.agingTimeS));
        row.cells.insert(QStringLiteral("tip_radius_nm"), number(design.tipRadiusNm));
        part.manifestRows.push_back(std::move(row));

        std::vector<double> tauC;
        double erSum = 0;
        for (const SyntheticIndent &indent : array.indents) {
            part.files.push_back(SyntheticFile{array.folder + QLatin1Char('/') + indent.fileName,
                                               writeHysitronTxt(indent.indent)});
            const SyntheticIndentParameters &p = indent.parameters;
            erSum += p.reducedModulusGpa;
            truth.addRow();
            truth.set(QStringLiteral("file"), array.folder);
            truth.set(QStringLiteral("segment"), QFileInfo(indent.fileName).completeBaseName());
            truth.set(QStringLiteral("row"), QStringLiteral("indent"));
            truth.set(QStringLiteral("sample"), design.sample);
            truth.set(QStringLiteral("T_a_K"), design.agingTemperatureK);
            truth.set(QStringLiteral("t_a_s"), array.agingTimeS);
            truth.set(QStringLiteral("Er_GPa"), p.reducedModulusGpa);
            truth.set(QStringLiteral("R_nm"), design.tipRadiusNm);
            truth.set(QStringLiteral("h0_nm"), p.contactOffsetNm);
            truth.set(QStringLiteral("drift_nm_per_s"), p.driftNmPerS);
            truth.set(QStringLiteral("status"),
                      indent.hasPopIn() ? QStringLiteral("ok") : QStringLiteral("no_popin"));
            if (indent.hasPopIn()) {
                truth.set(QStringLiteral("P_popin_uN"), indent.popInLoadMicroNewton);
                truth.set(QStringLiteral("h_popin_nm"), indent.popInDepthNm);
                truth.set(QStringLiteral("dh_popin_nm"), p.burstNm);
                truth.set(QStringLiteral("P_critical_uN"), p.criticalLoadMicroNewton);
                truth.set(QStringLiteral("tau_c_GPa"), indent.tauCGpa);
                tauC.push_back(indent.tauCGpa);
            }
        }
        const PopInStatistics statistics = popInStatistics(tauC);
        truth.addRow();
        truth.set(QStringLiteral("file"), array.folder);
        truth.set(QStringLiteral("row"), QStringLiteral("aging_time"));
        truth.set(QStringLiteral("sample"), design.sample);
        truth.set(QStringLiteral("T_a_K"), design.agingTemperatureK);
        truth.set(QStringLiteral("t_a_s"), array.agingTimeS);
        truth.set(QStringLiteral("R_nm"), design.tipRadiusNm);
        truth.set(QStringLiteral("model_tau_c_mean_GPa"), array.modelTauCMeanGpa);
        truth.set(QStringLiteral("model_tau_c_norm_fwhm"), array.modelTauCNormalizedFwhm);
        truth.set(QStringLiteral("tau_c_mean_GPa"), statistics.tauMeanGpa);
        truth.set(QStringLiteral("tau_c_norm_fwhm"), statistics.normalizedMaximumLikelihood.fwhm);
        truth.set(QStringLiteral("n_indents"), double(array.indents.size()));
        truth.set(QStringLiteral("n_popin"), double(tauC.size()));
        truth.set(QStringLiteral("Er_mean_GPa"), erSum / double(array.indents.size()));
    }
    return part;
}

} // namespace gb
