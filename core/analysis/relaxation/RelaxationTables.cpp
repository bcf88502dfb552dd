// The stress-relaxation result tables of interfaces.md §3: sr_kww.csv, sr_aging.csv and
// sr_arrhenius.csv, with a few extra columns after the documented ones.

#include "analysis/relaxation/RelaxationCampaign.h"

#include "data/Quantity.h"

#include <cmath>

namespace gb {

namespace {
const QString kOk = QStringLiteral("ok");

ResultTable kwwTable(const RelaxationCampaignResult &result)
{
    ResultTable table(
        QStringList{QStringLiteral("sample"), QStringLiteral("file"), QStringLiteral("T_a_K"),
                    QStringLiteral("t_a_s"), QStringLiteral("T_test_K"), QStringLiteral("beta"),
                    QStringLiteral("beta_err"), QStringLiteral("tau_s"), QStringLiteral("tau_err_s"),
                    QStringLiteral("r2"), QStringLiteral("status"), QStringLiteral("message"),
                    // extras
                    QStringLiteral("segment"), QStringLiteral("signal"), QStringLiteral("tau_low_s"),
                    QStringLiteral("tau_high_s"), QStringLiteral("mean_tau_s"), QStringLiteral("amplitude"),
                    QStringLiteral("plateau"), QStringLiteral("n_points"), QStringLiteral("step_time_s"),
                    QStringLiteral("weighting")});
    for (const RelaxationRecord &r : result.records) {
        const RelaxationCurveResult &c = r.result;
        const KwwFitResult &k = c.kww;
        table.addRow();
        table.set(QStringLiteral("sample"), r.entry.sample);
        table.set(QStringLiteral("file"), r.entry.file);
        table.set(QStringLiteral("segment"), r.entry.segment);
        table.set(QStringLiteral("T_a_K"), r.entry.agingTemperatureK);
        table.set(QStringLiteral("t_a_s"), r.entry.agingTimeS);
        table.set(QStringLiteral("T_test_K"), r.testTemperatureK);
        table.set(QStringLiteral("status"), c.status);
        table.set(QStringLiteral("message"), c.message);
        if (!c.curve.times.empty()) {
            table.set(QStringLiteral("signal"), quantityId(c.curve.signal));
            table.set(QStringLiteral("step_time_s"), c.curve.originS);
        }
        if (!c.hasValues())
            continue;
        table.set(QStringLiteral("beta"), k.beta);
        table.set(QStringLiteral("beta_err"), k.betaError);
        table.set(QStringLiteral("tau_s"), k.tau);
        table.set(QStringLiteral("tau_err_s"), k.tauError);
        table.set(QStringLiteral("tau_low_s"), k.tauLow);
        table.set(QStringLiteral("tau_high_s"), k.tauHigh);
        table.set(QStringLiteral("mean_tau_s"), k.meanTau);
        table.set(QStringLiteral("r2"), k.rSquared);
        table.set(QStringLiteral("amplitude"), k.amplitude);
        table.set(QStringLiteral("plateau"), k.plateau);
        table.set(QStringLiteral("n_points"), double(k.points));
        table.set(QStringLiteral("weighting"),
                  c.weights.empty() ? QStringLiteral("none") : QStringLiteral("per_decade"));
    }
    return table;
}

ResultTable agingTable(const RelaxationCampaignResult &result)
{
    ResultTable table(QStringList{
        QStringLiteral("sample"), QStringLiteral("T_a_K"), QStringLiteral("n"), QStringLiteral("mu"),
        QStringLiteral("mu_err"), QStringLiteral("A_s"), QStringLiteral("t_break_s"), QStringLiteral("mu1"),
        QStringLiteral("mu2"), QStringLiteral("beta_peak_t_a_s"), QStringLiteral("status"),
        // extras
        QStringLiteral("n_aging_times"), QStringLiteral("t_break_err_s"), QStringLiteral("t_break_low_s"),
        QStringLiteral("t_break_high_s"), QStringLiteral("mu1_err"), QStringLiteral("mu2_err"),
        QStringLiteral("break_supported"), QStringLiteral("bic_single"), QStringLiteral("bic_two_stage"),
        QStringLiteral("message")});
    for (const RelaxationAgingGroup &g : result.aging) {
        const AgingLawResult &law = g.law;
        table.addRow();
        table.set(QStringLiteral("sample"), g.sample);
        table.set(QStringLiteral("T_a_K"), g.agingTemperatureK);
        table.set(QStringLiteral("n"), double(law.points));
        table.set(QStringLiteral("n_aging_times"), double(law.agingTimes));
        table.set(QStringLiteral("status"), law.status);
        table.set(QStringLiteral("message"), law.message);
        if (!law.ok())
            continue;
        table.set(QStringLiteral("mu"), law.single.exponent);
        table.set(QStringLiteral("mu_err"), law.single.exponentError);
        table.set(QStringLiteral("A_s"), law.single.prefactor);
        table.set(QStringLiteral("beta_peak_t_a_s"), law.betaPeakAgingTimeS);
        table.set(QStringLiteral("bic_single"), law.bicSingle);
        table.set(QStringLiteral("bic_two_stage"), law.bicBroken);
        if (law.twoStage.ok())
            table.set(QStringLiteral("break_supported"),
                      law.breakSupported ? QStringLiteral("yes") : QStringLiteral("no"));
        if (law.breakSupported) {
            const TwoStagePowerLawFit &b = law.twoStage;
            table.set(QStringLiteral("t_break_s"), b.breakTime);
            table.set(QStringLiteral("t_break_err_s"), b.breakTimeError);
            table.set(QStringLiteral("t_break_low_s"), b.breakTimeLow);
            table.set(QStringLiteral("t_break_high_s"), b.breakTimeHigh);
            table.set(QStringLiteral("mu1"), b.exponent1);
            table.set(QStringLiteral("mu1_err"), b.exponent1Error);
            table.set(QStringLiteral("mu2"), b.exponent2);
            table.set(QStringLiteral("mu2_err"), b.exponent2Error);
        }
    }
    return table;
}

ResultTable arrheniusTable(const RelaxationCampaignResult &result)
{
    ResultTable table(
        QStringList{QStringLiteral("sample"), QStringLiteral("t_a_s"), QStringLiteral("n_temps"),
                    QStringLiteral("Ea_kJ_per_mol"), QStringLiteral("Ea_err_kJ_per_mol"),
                    QStringLiteral("Ea_over_RTg"), QStringLiteral("status"),
                    // extras
                    QStringLiteral("n_points"), QStringLiteral("Tg_K"), QStringLiteral("message")});
    for (const RelaxationArrheniusGroup &g : result.arrhenius) {
        const RelaxationArrheniusResult &a = g.fit;
        table.addRow();
        table.set(QStringLiteral("sample"), g.sample);
        table.set(QStringLiteral("t_a_s"), g.agingTimeS);
        table.set(QStringLiteral("n_temps"), double(a.temperatures));
        table.set(QStringLiteral("n_points"), double(a.points));
        table.set(QStringLiteral("Tg_K"), g.glassTransitionK);
        table.set(QStringLiteral("status"), a.status);
        table.set(QStringLiteral("message"), a.message);
        table.set(QStringLiteral("Ea_kJ_per_mol"), a.activationEnergy / 1000.0);
        table.set(QStringLiteral("Ea_err_kJ_per_mol"), a.activationEnergyError / 1000.0);
        table.set(QStringLiteral("Ea_over_RTg"), a.overRTg);
    }
    return table;
}
} // namespace

AnalysisTables relaxationResultTables(const RelaxationCampaignResult &result)
{
    AnalysisTables tables;
    tables.tables.push_back({QStringLiteral("sr_kww.csv"), kwwTable(result)});
    tables.tables.push_back({QStringLiteral("sr_aging.csv"), agingTable(result)});
    tables.tables.push_back({QStringLiteral("sr_arrhenius.csv"), arrheniusTable(result)});
    tables.diagnostics = result.diagnostics;
    for (const RelaxationRecord &r : result.records)
        tables.someRowsFailed |= r.result.status != kOk;
    for (const RelaxationAgingGroup &g : result.aging)
        tables.someRowsFailed |= g.law.status != kOk;
    for (const RelaxationArrheniusGroup &g : result.arrhenius)
        tables.someRowsFailed |= g.fit.status != kOk;
    return tables;
}

} // namespace gb
