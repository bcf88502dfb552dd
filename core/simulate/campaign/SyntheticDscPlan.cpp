// The plan, protocols, noise-free scans and truth of the synthetic Flash DSC campaign.
#include "analysis/dsc/Kissinger.h"
#include "analysis/dsc/PeakShape.h"
#include "simulate/TnmSimulator.h"
#include "simulate/campaign/SyntheticDsc.h"

#include <cmath>

namespace gb {

SyntheticDscPlan syntheticDscPlan(SyntheticCampaignSize size)
{
    SyntheticDscPlan plan;
    // methods.md §2.7 P0: Δh*/R = 50 000 K, x = 0.5, β = 0.5, τ = 100 s at T = T_f = 400 K; a
    // glass transition near 400 K at 20 K/min and near 426 K after cooling at 1000 K/s, as for the
    // Au-based metallic glass of the seed study.
    plan.tnm = TnmParameters::fromReferenceTime(50000.0, 0.5, 0.5, 400.0, 100.0);
    // Specific heats of an Au-based metallic glass (≈ 3R per mole of atoms at ~127 g/mol):
    // c_p,g = 0.20 J/(g K) at 400 K rising with T, and a constant step Δc_p = 0.10 J/(g K), so
    // that ΔH = m·Δc_p·(T_f,ref − T_f,relaxed) exactly (methods.md §1.5).
    plan.heatCapacity.glassCp = 0.16;
    plan.heatCapacity.glassCpSlope = 1e-4;
    plan.heatCapacity.stepCp = 0.10;
    plan.heatCapacity.stepCpSlope = 0.0;
    plan.heatCapacity.massMg = plan.massNg * 1e-6;

    std::vector<double> temperatures;
    std::vector<double> times;
    std::vector<double> rates;
    if (size == SyntheticCampaignSize::Small) {
        // Histories whose peaks stand well above the noise at every heating rate (t_a = 1 s and
        // φ = 100 K/s give ~0.15 µJ, 30 K wide peaks at 100 K/s: see the paper campaign).
        temperatures = {385.0};
        times = {3.0, 10.0, 100.0, 1000.0};
        rates = {1.0, 3.0, 10.0};
    } else {
        temperatures = {373.0, 385.0, 397.0};
        times = {0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0};
        rates = {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0};
    }
    for (double ta : temperatures) {
        for (double t : times)
            plan.histories.push_back({ThermalPath::Isothermal, ta, t, 0.0});
        for (double phi : rates)
            plan.histories.push_back({ThermalPath::Isochronal, ta, 0.0, phi});
    }
    return plan;
}

ThermalProtocol syntheticDscProtocol(const SyntheticDscPlan &plan, const SyntheticDscHistory *history,
                                     double heatingRate)
{
    ThermalProtocol protocol(plan.equilibrationTemperatureK);
    if (history && history->path == ThermalPath::Isothermal) {
        protocol.rampTo(history->annealTemperatureK, plan.quenchRateKPerS);
        if (history->annealTimeS > 0)
            protocol.hold(history->annealTimeS);
    } else if (history && history->path == ThermalPath::Isochronal) {
        protocol.rampTo(plan.isochronalStartK, plan.quenchRateKPerS);
        protocol.rampTo(history->annealTemperatureK, history->coolingRateKPerS);
    }
    protocol.rampTo(plan.lowTemperatureK, plan.quenchRateKPerS);
    protocol.rampTo(plan.highTemperatureK, heatingRate);
    return protocol;
}

Result<SyntheticDscScan> simulateSyntheticDscScan(const SyntheticDscPlan &plan,
                                                  const SyntheticDscHistory *history, double heatingRate)
{
    const ThermalProtocol protocol = syntheticDscProtocol(plan, history, heatingRate);
    TnmSimulationOptions options;
    options.discretisation.rampStep = plan.sampleStepK;
    options.heatCapacity = plan.heatCapacity;
    options.heatCapacity.massMg = plan.massNg * 1e-6;
    Result<TnmTrace> trace = simulateTnm(protocol, plan.tnm, options);
    if (!trace.ok())
        return trace.error();
    const std::size_t last = protocol.steps().size() - 1;
    SyntheticDscScan scan;
    scan.curve = segmentCurve(*trace, last);
    scan.fictiveTemperatureK = trace->fictiveTemperatureAfter(last - 1);
    // Time from the start of the heating scan, as a STARe curve of one segment shows it.
    const double start = trace->time[trace->segments[last].firstInterval];
    for (double &t : scan.curve.time)
        t -= start;
    return scan;
}

SyntheticDscTruth syntheticDscTruth(const SyntheticDscScan &relaxed, const SyntheticDscScan &reference,
                                    double heatingRate, double massNg)
{
    SyntheticDscTruth truth;
    const std::vector<double> &T = relaxed.curve.temperature;
    const std::size_t n = T.size();
    if (n < 3 || reference.curve.heatFlow.size() != n || relaxed.curve.heatFlow.size() != n)
        return truth;
    std::vector<double> d(n);
    for (std::size_t i = 0; i < n; ++i)
        d[i] = relaxed.curve.heatFlow[i] - reference.curve.heatFlow[i];
    // The curves are interval midpoints of equal temperature steps: trapezoid over the scan.
    double area = 0;
    for (std::size_t i = 1; i < n; ++i)
        area += 0.5 * (d[i] + d[i - 1]) * (T[i] - T[i - 1]);
    truth.enthalpyUj = area / heatingRate * 1000.0; // mW·K / (K/s) = mJ
    truth.enthalpyJPerG = truth.enthalpyUj / massNg * 1000.0;
    truth.fictiveDifferenceK = reference.fictiveTemperatureK - relaxed.fictiveTemperatureK;

    std::size_t k = 1;
    for (std::size_t i = 1; i + 1 < n; ++i)
        if (d[i] > d[k])
            k = i;
    const dsc::Vertex v = dsc::parabolicVertex(T[k - 1], d[k - 1], T[k], d[k], T[k + 1], d[k + 1]);
    if (!v.ok || !(v.y > 0))
        return truth;
    truth.peakTemperatureK = v.x;
    truth.peakHeightMw = v.y;
    const dsc::HalfWidth h = dsc::halfLevelCrossings(T, d, k, 0.5 * v.y, 0, n);
    if (h.ok)
        truth.fwhmK = h.envelopeWidth();
    return truth;
}

double syntheticKissingerTruth(const std::vector<double> &heatingRates,
                               const std::vector<double> &peakTemperatures)
{
    std::vector<KissingerPoint> points;
    for (std::size_t i = 0; i < heatingRates.size() && i < peakTemperatures.size(); ++i)
        if (std::isfinite(peakTemperatures[i]))
            points.push_back(KissingerPoint{heatingRates[i], peakTemperatures[i], 0.0});
    const ActivationEnergy fit = kissingerEnergy(points);
    return fit.ok() ? fit.energyKJPerMol : std::numeric_limits<double>::quiet_NaN();
}

} // namespace gb
