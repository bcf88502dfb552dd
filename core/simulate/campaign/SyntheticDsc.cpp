// simulateDscPart: the Flash DSC part of a synthetic campaign as Mettler STARe exports, manifest
// rows and truth. One STARe file per thermal history holds, for each heating rate in increasing
// order, the as-cooled reference scan and then the relaxed scan, as a Flash DSC protocol records
// them. Every scan gets its own white noise and linear drift; the truth comes from the
// noise-free curves (SyntheticDscPlan.cpp).
#include "simulate/campaign/SyntheticDsc.h"
#include "io/writers/StareExportWriter.h"
#include "simulate/campaign/SeededRandom.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <optional>

namespace gb {

namespace {
constexpr std::uint64_t kDscStream = 0x445343; // "DSC"

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString historyLabel(const SyntheticDscPlan &plan, const SyntheticDscHistory &h)
{
    if (h.path == ThermalPath::Isothermal)
        return QStringLiteral("Ta%1 ta%2s").arg(number(h.annealTemperatureK), number(h.annealTimeS));
    return QStringLiteral("Ts%1 phi%2 Ta%3")
        .arg(number(plan.isochronalStartK), number(h.coolingRateKPerS), number(h.annealTemperatureK));
}

QString historyFileName(const SyntheticDscPlan &plan, const SyntheticDscHistory &h)
{
    if (h.path == ThermalPath::Isothermal)
        return QStringLiteral("dsc/%1_isothermal_Ta%2_ta%3s.txt")
            .arg(plan.sample, number(h.annealTemperatureK), number(h.annealTimeS));
    return QStringLiteral("dsc/%1_isochronal_Ta%2_phi%3.txt")
        .arg(plan.sample, number(h.annealTemperatureK), number(h.coolingRateKPerS));
}

/// One simulation job: a history (or the reference) at one heating rate.
struct ScanJob {
    const SyntheticDscHistory *history = nullptr;
    double heatingRate = 0;
    std::optional<Result<SyntheticDscScan>> scan;
};

/// The curve as the instrument exports it: heat flow plus drift and noise, endothermic down.
StareCurve noisyCurve(const SyntheticDscScan &scan, const QString &name, double noiseSd, double offset,
                      double slope, double lowTemperature, double programLead, SeededRandom &random)
{
    StareCurve curve;
    curve.name = name;
    curve.timeS = scan.curve.time;
    curve.sampleTemperatureK = scan.curve.temperature;
    curve.programTemperatureK.reserve(scan.curve.temperature.size());
    for (double T : scan.curve.temperature)
        curve.programTemperatureK.push_back(T + programLead);
    curve.heatFlowMw.reserve(scan.curve.heatFlow.size());
    for (std::size_t i = 0; i < scan.curve.heatFlow.size(); ++i) {
        const double drift = offset + slope * (scan.curve.temperature[i] - lowTemperature);
        curve.heatFlowMw.push_back(-(scan.curve.heatFlow[i] + drift + random.normal(0.0, noiseSd)));
    }
    return curve;
}

QStringList truthColumns()
{
    return {QStringLiteral("file"),
            QStringLiteral("segment"),
            QStringLiteral("sample"),
            QStringLiteral("path"),
            QStringLiteral("T_a_K"),
            QStringLiteral("t_a_s"),
            QStringLiteral("phi_K_per_s"),
            QStringLiteral("T_s_K"),
            QStringLiteral("heating_rate_K_per_s"),
            QStringLiteral("mass_ng"),
            QStringLiteral("T_eq_K"),
            QStringLiteral("quench_rate_K_per_s"),
            QStringLiteral("T_low_K"),
            QStringLiteral("T_high_K"),
            QStringLiteral("tnm_dh_over_R_K"),
            QStringLiteral("tnm_x"),
            QStringLiteral("tnm_beta"),
            QStringLiteral("tnm_lnA"),
            QStringLiteral("cp_glass_J_per_gK_at_0K"),
            QStringLiteral("cp_glass_slope_J_per_gK2"),
            QStringLiteral("dcp_J_per_gK_at_0K"),
            QStringLiteral("dcp_slope_J_per_gK2"),
            QStringLiteral("noise_sd_mW"),
            QStringLiteral("drift_offset_mW"),
            QStringLiteral("drift_slope_mW_per_K"),
            QStringLiteral("Tr_minus_Ts_K"),
            QStringLiteral("Tf_before_heating_K"),
            QStringLiteral("dTf_K"),
            QStringLiteral("dH_uJ"),
            QStringLiteral("dH_J_per_g"),
            QStringLiteral("Tp_K"),
            QStringLiteral("FWHM_K"),
            QStringLiteral("peak_height_mW"),
            QStringLiteral("E_kJ_per_mol")};
}

const char *kReadme =
    "# Synthetic Flash DSC data (simulated, not measured)\n\n"
    "Written by `glassbench-cli simulate`. Every `*.txt` file here is a Mettler STARe multi-curve\n"
    "export of one thermal history of the sample: for each heating rate (100, 200, 500, 1000 K/s) the\n"
    "as-cooled reference scan and then the relaxed scan. The scans come from the TNM model\n"
    "(parameter set P0 of the methods note: dh*/R = 50000 K, x = 0.5, beta = 0.5, tau = 100 s at\n"
    "400 K) with c_p,g = 0.16 + 1e-4 T and a constant Delta c_p = 0.10 J/(g K), mass 484 ng, plus white\n"
    "noise and a linear drift of the heat flow (both listed per scan in truth.csv). Heat flow is\n"
    "written endothermic down, as STARe plots it. Ts is the simulated sample temperature; the program\n"
    "temperature Tr leads it by beta * 0.2 ms (Tr_minus_Ts_K in truth.csv).\n\n"
    "Protocols: equilibrate at T_eq = 480 K; reference: cool at 1000 K/s to 298.15 K; isothermal:\n"
    "cool at 1000 K/s to T_a, hold t_a, cool at 1000 K/s to 298.15 K; isochronal: cool at 1000 K/s\n"
    "to T_s = 403 K, cool at phi to T_a, cool at 1000 K/s to 298.15 K; then heat at the heating rate\n"
    "to 493.15 K (the exported curve).\n\n"
    "truth.csv, one row per scan (file and segment as in the manifest):\n"
    "- the history and protocol (T_a_K, t_a_s, phi_K_per_s, T_s_K, heating_rate_K_per_s, T_eq_K, ...),\n"
    "  the TNM and heat-capacity parameters, noise_sd_mW, drift_offset_mW and drift_slope_mW_per_K\n"
    "  (drift = offset + slope (T - T_low_K), added before the sign flip);\n"
    "- Tf_before_heating_K: fictive temperature at the start of the heating scan;\n"
    "- relaxed scans only, from the NOISE-FREE, drift-free relaxed and reference curves with the\n"
    "  definitions of the DSC analysis: dH_uJ = net area of (relaxed - reference) heat flow over the\n"
    "  whole scan divided by the heating rate (endothermic positive; the curves agree in the glass\n"
    "  and in the liquid, so no baseline is needed), dH_J_per_g = dH_uJ / mass; Tp_K = vertex of the\n"
    "  parabola through the largest sample of the difference and its neighbours; FWHM_K = width\n"
    "  between the outermost crossings of half that height (linear interpolation); peak_height_mW;\n"
    "  dTf_K = Tf(reference) - Tf(relaxed); dH_J_per_g = Delta c_p * dTf_K (methods note, section 1.5);\n"
    "- E_kJ_per_mol: the Kissinger energy (ln(beta/Tp^2) against 1/Tp, least squares) of the exact\n"
    "  Tp of all heating rates of the row's history, repeated on each of its relaxed rows. It is an\n"
    "  apparent energy of the model's peaks, not dh* (methods note, section 1.6).\n";
} // namespace

SyntheticDscCampaign simulateDscCampaign(SyntheticCampaignSize size, std::uint64_t seed)
{
    SyntheticDscCampaign part;
    part.plan = syntheticDscPlan(size);
    const SyntheticDscPlan &plan = part.plan;
    part.truth = ResultTable(truthColumns());

    // Simulate every scan (in parallel: each is independent and noise-free, so the thread count
    // cannot change a byte), references first.
    std::vector<ScanJob> jobs;
    for (double rate : plan.heatingRates)
        jobs.push_back({nullptr, rate, std::nullopt});
    for (const SyntheticDscHistory &h : plan.histories)
        for (double rate : plan.heatingRates)
            jobs.push_back({&h, rate, std::nullopt});
    QThreadPool pool;
    QtConcurrent::blockingMap(&pool, jobs, [&plan](ScanJob &job) {
        job.scan = simulateSyntheticDscScan(plan, job.history, job.heatingRate);
    });

    const std::size_t rates = plan.heatingRates.size();
    SeededRandom random(seed, kDscStream);
    for (std::size_t hi = 0; hi < plan.histories.size(); ++hi) {
        const SyntheticDscHistory &h = plan.histories[hi];
        StareExport stare;
        stare.sampleName = plan.sample;
        stare.massMg = plan.massNg * 1e-6;
        stare.method = QStringLiteral("%1 %2").arg(plan.sample, historyLabel(plan, h));
        const QString file = historyFileName(plan, h);

        // Truth first (the Kissinger energy needs every rate of the history).
        std::vector<SyntheticDscTruth> truths(rates);
        std::vector<double> peaks(rates);
        for (std::size_t r = 0; r < rates; ++r) {
            const auto &relaxed = *jobs[rates + hi * rates + r].scan;
            const auto &reference = *jobs[r].scan;
            if (relaxed.ok() && reference.ok())
                truths[r] = syntheticDscTruth(*relaxed, *reference, plan.heatingRates[r], plan.massNg);
            peaks[r] = truths[r].peakTemperatureK;
        }
        const double energy = syntheticKissingerTruth(plan.heatingRates, peaks);

        for (std::size_t r = 0; r < rates; ++r) {
            const double beta = plan.heatingRates[r];
            const double noise = plan.noiseAt1000Mw * std::sqrt(beta / 1000.0);
            for (const bool isReference : {true, false}) {
                const auto &scan = isReference ? *jobs[r].scan : *jobs[rates + hi * rates + r].scan;
                if (!scan.ok())
                    continue; // cannot happen for the fixed, validated plans; no curve, no row
                const double offset = random.uniform(-plan.driftOffsetMw, plan.driftOffsetMw);
                const double slope = random.uniform(-plan.driftSlopeMwPerK, plan.driftSlopeMwPerK);
                const QString label = isReference ? QStringLiteral("Reference") : historyLabel(plan, h);
                const int protocolSegment =
                    int(syntheticDscProtocol(plan, isReference ? nullptr : &h, beta).steps().size()) +
                    1; // STARe counts the start as segment 1
                const QString name =
                    QStringLiteral("%1 %2K/s  Seg %3").arg(label, number(beta)).arg(protocolSegment);
                stare.curves.push_back(noisyCurve(*scan, name, noise, offset, slope, plan.lowTemperatureK,
                                                  beta * plan.thermalLagS, random));
                const QString segment = QString::number(stare.curves.size());

                ManifestRow row;
                row.cells.insert(QStringLiteral("file"), file);
                row.cells.insert(QStringLiteral("segment"), segment);
                row.cells.insert(QStringLiteral("technique"), QStringLiteral("dsc"));
                row.cells.insert(QStringLiteral("sample"), plan.sample);
                row.cells.insert(QStringLiteral("path"),
                                 thermalPathId(isReference ? ThermalPath::Reference : h.path));
                row.cells.insert(QStringLiteral("heating_rate_K_per_s"), number(beta));
                row.cells.insert(QStringLiteral("mass_ng"), number(plan.massNg));
                part.truth.addRow();
                part.truth.set(QStringLiteral("file"), file);
                part.truth.set(QStringLiteral("segment"), segment);
                part.truth.set(QStringLiteral("sample"), plan.sample);
                part.truth.set(QStringLiteral("path"),
                               thermalPathId(isReference ? ThermalPath::Reference : h.path));
                if (!isReference) {
                    row.cells.insert(QStringLiteral("T_a_K"), number(h.annealTemperatureK));
                    part.truth.set(QStringLiteral("T_a_K"), h.annealTemperatureK);
                    if (h.path == ThermalPath::Isothermal) {
                        row.cells.insert(QStringLiteral("t_a_s"), number(h.annealTimeS));
                        part.truth.set(QStringLiteral("t_a_s"), h.annealTimeS);
                    } else {
                        row.cells.insert(QStringLiteral("phi_K_per_s"), number(h.coolingRateKPerS));
                        row.cells.insert(QStringLiteral("T_s_K"), number(plan.isochronalStartK));
                        part.truth.set(QStringLiteral("phi_K_per_s"), h.coolingRateKPerS);
                        part.truth.set(QStringLiteral("T_s_K"), plan.isochronalStartK);
                    }
                    const SyntheticDscTruth &t = truths[r];
                    part.truth.set(QStringLiteral("dTf_K"), t.fictiveDifferenceK);
                    part.truth.set(QStringLiteral("dH_uJ"), t.enthalpyUj);
                    part.truth.set(QStringLiteral("dH_J_per_g"), t.enthalpyJPerG);
                    part.truth.set(QStringLiteral("Tp_K"), t.peakTemperatureK);
                    part.truth.set(QStringLiteral("FWHM_K"), t.fwhmK);
                    part.truth.set(QStringLiteral("peak_height_mW"), t.peakHeightMw);
                    part.truth.set(QStringLiteral("E_kJ_per_mol"), energy);
                }
                part.manifestRows.push_back(std::move(row));
                part.truth.set(QStringLiteral("heating_rate_K_per_s"), beta);
                part.truth.set(QStringLiteral("mass_ng"), plan.massNg);
                part.truth.set(QStringLiteral("T_eq_K"), plan.equilibrationTemperatureK);
                part.truth.set(QStringLiteral("quench_rate_K_per_s"), plan.quenchRateKPerS);
                part.truth.set(QStringLiteral("T_low_K"), plan.lowTemperatureK);
                part.truth.set(QStringLiteral("T_high_K"), plan.highTemperatureK);
                part.truth.set(QStringLiteral("tnm_dh_over_R_K"), plan.tnm.activationOverR);
                part.truth.set(QStringLiteral("tnm_x"), plan.tnm.nonlinearity);
                part.truth.set(QStringLiteral("tnm_beta"), plan.tnm.beta);
                part.truth.set(QStringLiteral("tnm_lnA"), plan.tnm.lnA);
                part.truth.set(QStringLiteral("cp_glass_J_per_gK_at_0K"), plan.heatCapacity.glassCp);
                part.truth.set(QStringLiteral("cp_glass_slope_J_per_gK2"), plan.heatCapacity.glassCpSlope);
                part.truth.set(QStringLiteral("dcp_J_per_gK_at_0K"), plan.heatCapacity.stepCp);
                part.truth.set(QStringLiteral("dcp_slope_J_per_gK2"), plan.heatCapacity.stepCpSlope);
                part.truth.set(QStringLiteral("noise_sd_mW"), noise);
                part.truth.set(QStringLiteral("drift_offset_mW"), offset);
                part.truth.set(QStringLiteral("drift_slope_mW_per_K"), slope);
                part.truth.set(QStringLiteral("Tr_minus_Ts_K"), beta * plan.thermalLagS);
                part.truth.set(QStringLiteral("Tf_before_heating_K"), scan->fictiveTemperatureK);
            }
        }
        part.files.push_back({file, std::move(stare)});
    }
    return part;
}

SyntheticPart simulateDscPart(SyntheticCampaignSize size, std::uint64_t seed)
{
    SyntheticDscCampaign dsc = simulateDscCampaign(size, seed);
    SyntheticPart part;
    part.folder = QStringLiteral("dsc");
    part.files.reserve(dsc.files.size() + 1);
    for (const SyntheticDscFile &file : dsc.files)
        part.files.push_back({file.relativePath, writeStareExport(file.data)});
    part.files.push_back({QStringLiteral("dsc/README.md"), QByteArray(kReadme)});
    part.manifestRows = std::move(dsc.manifestRows);
    part.truth = std::move(dsc.truth);
    return part;
}

} // namespace gb
