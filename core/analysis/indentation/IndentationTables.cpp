#include "analysis/indentation/IndentationCampaign.h"

#include <QStringList>

namespace gb {

namespace {
QStringList indentColumns()
{
    return {QStringLiteral("sample"),      QStringLiteral("file"),          QStringLiteral("T_a_K"),
            QStringLiteral("t_a_s"),       QStringLiteral("Er_GPa"),        QStringLiteral("Er_err_GPa"),
            QStringLiteral("h0_nm"),       QStringLiteral("P_popin_uN"),    QStringLiteral("h_popin_nm"),
            QStringLiteral("dh_popin_nm"), QStringLiteral("tau_c_GPa"),     QStringLiteral("status"),
            QStringLiteral("message"),     QStringLiteral("tip_radius_nm"), QStringLiteral("n_popins"),
            QStringLiteral("control")};
}

QStringList summaryColumns()
{
    return {QStringLiteral("sample"),
            QStringLiteral("T_a_K"),
            QStringLiteral("t_a_s"),
            QStringLiteral("n_indents"),
            QStringLiteral("n_popin"),
            QStringLiteral("Er_mean_GPa"),
            QStringLiteral("tau_c_mean_GPa"),
            QStringLiteral("tau_c_sd_GPa"),
            QStringLiteral("tau_c_norm_fwhm"),
            QStringLiteral("status"),
            QStringLiteral("n_rejected"),
            QStringLiteral("tau_c_norm_fwhm_hist"),
            QStringLiteral("weibull_m"),
            QStringLiteral("weibull_m_err"),
            QStringLiteral("weibull_lambda_GPa")};
}
} // namespace

AnalysisTables indentationResultTables(const IndentationCampaignResult &result)
{
    AnalysisTables tables;
    tables.diagnostics = result.diagnostics;

    ResultTable indents(indentColumns());
    for (const IndentRecord &record : result.records) {
        const IndentResult &r = record.result;
        indents.addRow();
        indents.set(QStringLiteral("sample"), record.entry.sample);
        indents.set(QStringLiteral("file"), record.file);
        indents.set(QStringLiteral("T_a_K"), record.entry.agingTemperatureK);
        indents.set(QStringLiteral("t_a_s"), record.entry.agingTimeS);
        indents.set(QStringLiteral("status"), r.status);
        indents.set(QStringLiteral("message"), r.message);
        if (r.status == QLatin1String("read_error") || r.status == QLatin1String("cancelled"))
            continue;
        indents.set(QStringLiteral("tip_radius_nm"), r.tipRadiusNm);
        indents.set(QStringLiteral("control"), r.controlMode == IndentControlMode::Displacement
                                                   ? QStringLiteral("displacement")
                                                   : QStringLiteral("load"));
        if (r.hertz.ok()) {
            indents.set(QStringLiteral("Er_GPa"), r.hertz.reducedModulus);
            indents.set(QStringLiteral("Er_err_GPa"), r.hertz.reducedModulusError);
            indents.set(QStringLiteral("h0_nm"), r.hertz.offset);
        }
        indents.set(QStringLiteral("n_popins"), double(r.popIns.size()));
        if (const PopInEvent *first = r.firstPopIn()) {
            indents.set(QStringLiteral("P_popin_uN"), first->loadMicroNewton);
            indents.set(QStringLiteral("h_popin_nm"), first->depthNm);
            indents.set(QStringLiteral("dh_popin_nm"), first->burstNm);
        }
        indents.set(QStringLiteral("tau_c_GPa"), r.tauCGpa);
        if (r.status != QLatin1String("ok"))
            tables.someRowsFailed = true;
    }
    for (const IndentRecord &record : result.records)
        if (record.result.status != QLatin1String("ok"))
            tables.someRowsFailed = true;

    ResultTable summary(summaryColumns());
    for (const IndentGroup &g : result.groups) {
        const PopInStatistics &s = g.statistics;
        summary.addRow();
        summary.set(QStringLiteral("sample"), g.sample);
        summary.set(QStringLiteral("T_a_K"), g.agingTemperatureK);
        summary.set(QStringLiteral("t_a_s"), g.agingTimeS);
        summary.set(QStringLiteral("n_indents"), double(g.indents));
        summary.set(QStringLiteral("n_popin"), double(s.popIns));
        summary.set(QStringLiteral("n_rejected"), double(g.rejected));
        summary.set(QStringLiteral("Er_mean_GPa"), g.reducedModulusMeanGpa);
        summary.set(QStringLiteral("tau_c_mean_GPa"), s.tauMeanGpa);
        summary.set(QStringLiteral("tau_c_sd_GPa"), s.tauSdGpa);
        if (s.normalizedMaximumLikelihood.ok())
            summary.set(QStringLiteral("tau_c_norm_fwhm"), s.normalizedMaximumLikelihood.fwhm);
        if (s.histogramFit.ok())
            summary.set(QStringLiteral("tau_c_norm_fwhm_hist"), s.histogramFit.fwhm);
        if (s.weibull.ok()) {
            summary.set(QStringLiteral("weibull_m"), s.weibull.shape);
            summary.set(QStringLiteral("weibull_m_err"), s.weibull.shapeError);
            summary.set(QStringLiteral("weibull_lambda_GPa"), s.weibull.scale);
        }
        summary.set(QStringLiteral("status"), g.status);
        if (g.status != QLatin1String("ok"))
            tables.someRowsFailed = true;
    }
    tables.tables.push_back({QStringLiteral("ni_indents.csv"), std::move(indents)});
    tables.tables.push_back({QStringLiteral("ni_summary.csv"), std::move(summary)});
    return tables;
}

} // namespace gb
