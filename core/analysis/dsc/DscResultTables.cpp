// dsc_peaks.csv, dsc_kissinger.csv and dsc_matched.csv (interfaces.md §3 "DSC"): the required
// columns in their documented order, then extra columns. Numbers that could not be computed
// are empty cells.

#include "analysis/dsc/DscCampaignAnalysis.h"

#include <QCoreApplication>

#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DscCampaignAnalysis", text);
}

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list << QString::fromLatin1(n);
    return list;
}

void setText(ResultTable &t, const char *column, const QString &text)
{
    t.set(QString::fromLatin1(column), text);
}
void setNumber(ResultTable &t, const char *column, std::optional<double> v)
{
    t.set(QString::fromLatin1(column), v);
}
void setNumber(ResultTable &t, const char *column, double v)
{
    t.set(QString::fromLatin1(column), v);
}

void addPeakRow(ResultTable &t, const DscScanRecord &scan)
{
    const CampaignEntry &e = scan.entry;
    t.addRow();
    setText(t, "sample", e.sample);
    setText(t, "file", e.file);
    setText(t, "segment", e.segment);
    setText(t, "path", thermalPathId(e.path));
    setNumber(t, "T_a_K", e.agingTemperatureK);
    setNumber(t, "t_a_s", e.agingTimeS);
    setNumber(t, "phi_K_per_s", e.coolingRateKPerS);
    setNumber(t, "heating_rate_K_per_s", scan.heatingRateKPerS);
    setText(t, "status", scan.status);
    setText(t, "message", scan.message);
    setText(t, "reference", scan.referenceDatasetId);
    if (!scan.analysis)
        return;
    const DscScanResult &a = *scan.analysis;
    const RelaxationPeak &p = a.peak;
    setNumber(t, "mass_ng", a.massNg);
    setNumber(t, "dH_uJ", p.enthalpyUj);
    setNumber(t, "dH_J_per_g", p.specificEnthalpyJPerG);
    if (scan.ok()) {
        setNumber(t, "Tp_K", p.peakTemperatureK);
        setNumber(t, "FWHM_K", p.fwhmK);
        setNumber(t, "Tp_err_K", p.peakTemperatureErrorK);
        setNumber(t, "Tp_corrected_K", a.correctedPeakTemperatureK);
        setNumber(t, "peak_height_mW", p.peakHeightMw);
        setText(t, "multimodal", p.multimodal ? QStringLiteral("yes") : QStringLiteral("no"));
        setNumber(t, "n_maxima", double(p.maxima.size()));
    }
    setNumber(t, "dH_endo_uJ", p.endothermicEnthalpyUj);
    setNumber(t, "dH_err_uJ", p.enthalpyErrorUj);
    setNumber(t, "dH_sensitivity_uJ", p.sensitivity.largestUj);
    setNumber(t, "T1_K", p.lowerLimitK);
    setNumber(t, "T2_K", p.upperLimitK);
    if (a.baseline.line.ok()) {
        setNumber(t, "glass_window_low_K", a.baseline.glassWindow.lowK);
        setNumber(t, "glass_window_high_K", a.baseline.glassWindow.highK);
        setNumber(t, "liquid_window_low_K", a.baseline.liquidWindow.lowK);
        setNumber(t, "liquid_window_high_K", a.baseline.liquidWindow.highK);
        setNumber(t, "baseline_intercept_mW", a.baseline.line.intercept);
        setNumber(t, "baseline_slope_mW_per_K", a.baseline.line.slope);
    }
}

void addKissingerRow(ResultTable &t, const DscKissingerGroup &g)
{
    t.addRow();
    setText(t, "sample", g.sample);
    setText(t, "path", thermalPathId(g.path));
    setNumber(t, "T_a_K", g.agingTemperatureK);
    setNumber(t, "t_a_s", g.agingTimeS);
    setNumber(t, "phi_K_per_s", g.coolingRateKPerS);
    setNumber(t, "n_rates", double(g.distinctRates));
    setNumber(t, "E_kJ_per_mol", g.fit.energyKJPerMol);
    setNumber(t, "E_err_kJ_per_mol", g.fit.energyErrorKJPerMol);
    setNumber(t, "r2", g.fit.rSquared);
    setText(t, "status", g.fit.status);
    setNumber(t, "n_points", double(g.fit.points));
    if (g.fit.ok()) {
        setNumber(t, "E_ci95_low_kJ_per_mol", g.fit.lowerBound());
        setNumber(t, "E_ci95_high_kJ_per_mol", g.fit.upperBound());
        setNumber(t, "t_quantile", g.fit.tQuantile);
        setNumber(t, "log10_A_per_s", std::log10(g.preExponentialPerS));
    }
    setNumber(t, "mean_dH_uJ", g.meanEnthalpyUj);
    setText(t, "message", g.fit.message);
}

void addMatchedRow(ResultTable &t, const DscMatchedRecord &m, const std::vector<DscScanRecord> &scans)
{
    const DscScanRecord &iso = scans[m.isochronalScan];
    t.addRow();
    setText(t, "sample", iso.entry.sample);
    setNumber(t, "T_a_K", iso.entry.agingTemperatureK);
    setNumber(t, "heating_rate_K_per_s", iso.heatingRateKPerS);
    setNumber(t, "phi_K_per_s", iso.entry.coolingRateKPerS);
    setNumber(t, "dH_uJ", iso.enthalpyUj());
    setNumber(t, "t_a_equiv_s", m.match.equivalentAgingTimeS);
    setNumber(t, "FWHM_isochronal_K", iso.fwhmK());
    setNumber(t, "FWHM_isothermal_K", m.match.fwhmK);
    setNumber(t, "Tp_isochronal_K", iso.peakTemperatureK());
    setNumber(t, "Tp_isothermal_K", m.match.peakTemperatureK);
    setText(t, "status", m.match.status);
    setText(t, "file", iso.entry.file);
    setText(t, "segment", iso.entry.segment);
    setNumber(t, "n_isothermal", double(m.match.seriesPoints));
    setText(t, "message", m.match.message);
}
} // namespace

const QStringList &dscPeakColumns()
{
    static const QStringList list = columns({"sample",
                                             "file",
                                             "segment",
                                             "path",
                                             "T_a_K",
                                             "t_a_s",
                                             "phi_K_per_s",
                                             "heating_rate_K_per_s",
                                             "dH_uJ",
                                             "dH_J_per_g",
                                             "Tp_K",
                                             "FWHM_K",
                                             "status",
                                             "message",
                                             "reference",
                                             "mass_ng",
                                             "dH_endo_uJ",
                                             "dH_err_uJ",
                                             "dH_sensitivity_uJ",
                                             "Tp_err_K",
                                             "Tp_corrected_K",
                                             "peak_height_mW",
                                             "multimodal",
                                             "n_maxima",
                                             "T1_K",
                                             "T2_K",
                                             "glass_window_low_K",
                                             "glass_window_high_K",
                                             "liquid_window_low_K",
                                             "liquid_window_high_K",
                                             "baseline_intercept_mW",
                                             "baseline_slope_mW_per_K"});
    return list;
}

const QStringList &dscKissingerColumns()
{
    static const QStringList list =
        columns({"sample", "path", "T_a_K", "t_a_s", "phi_K_per_s", "n_rates", "E_kJ_per_mol",
                 "E_err_kJ_per_mol", "r2", "status", "n_points", "E_ci95_low_kJ_per_mol",
                 "E_ci95_high_kJ_per_mol", "t_quantile", "log10_A_per_s", "mean_dH_uJ", "message"});
    return list;
}

const QStringList &dscMatchedColumns()
{
    static const QStringList list =
        columns({"sample", "T_a_K", "heating_rate_K_per_s", "phi_K_per_s", "dH_uJ", "t_a_equiv_s",
                 "FWHM_isochronal_K", "FWHM_isothermal_K", "Tp_isochronal_K", "Tp_isothermal_K", "status",
                 "file", "segment", "n_isothermal", "message"});
    return list;
}

AnalysisTables dscResultTables(const DscCampaignResult &result, const QString &manifestPath)
{
    AnalysisTables tables;
    ResultTable peaks(dscPeakColumns());
    for (const DscScanRecord &scan : result.scans) {
        addPeakRow(peaks, scan);
        tables.someRowsFailed = tables.someRowsFailed || !scan.ok();
    }
    ResultTable kissinger(dscKissingerColumns());
    for (const DscKissingerGroup &group : result.kissinger) {
        addKissingerRow(kissinger, group);
        tables.someRowsFailed = tables.someRowsFailed || !group.fit.ok();
    }
    ResultTable matched(dscMatchedColumns());
    for (const DscMatchedRecord &m : result.matched) {
        addMatchedRow(matched, m, result.scans);
        tables.someRowsFailed = tables.someRowsFailed || !m.match.ok();
    }
    tables.tables.push_back({QStringLiteral("dsc_peaks.csv"), std::move(peaks)});
    tables.tables.push_back({QStringLiteral("dsc_kissinger.csv"), std::move(kissinger)});
    tables.tables.push_back({QStringLiteral("dsc_matched.csv"), std::move(matched)});
    tables.diagnostics = result.diagnostics;
    for (Diagnostic &d : tables.diagnostics)
        if (d.file.isEmpty())
            d.file = manifestPath;
    if (result.cancelled)
        tables.diagnostics.push_back(Diagnostic{Severity::Warning, QStringLiteral("cancelled"),
                                                tr("the DSC analysis was cancelled"), manifestPath, 0, 1});
    return tables;
}

} // namespace gb
