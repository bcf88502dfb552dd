#include "simulate/TnmSimulator.h"

#include <QCoreApplication>

#include <cmath>

namespace gb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TnmSimulator", text);
}

// Decay e^{−z} and ramp factor (e^{−z} − 1 + z)/z of one mode over one step. Below z = 1e-4 the
// Taylor series (errors < 1e-17 relative); above, expm1 keeps e^{−z} − 1 exact; above z = 40,
// e^{−z} is below double precision relative to 1 and drops out.
inline void modeFactors(double z, double &decay, double &ramp)
{
    if (z > 40) { // e^{−z} < 5e-18: the mode is in equilibrium (lag ΔT/z behind T)
        decay = 0;
        ramp = 1 - 1 / z;
    } else if (z < 1e-4) {
        decay = 1 - z * (1 - z * (0.5 - z * (1.0 / 6)));
        ramp = z * (0.5 - z * (1.0 / 6 - z * (1.0 / 24 - z * (1.0 / 120))));
    } else {
        const double em1 = std::expm1(-z);
        decay = 1 + em1;
        ramp = 1 + em1 / z;
    }
}

// State of the Prony engine: one fictive temperature per mode.
class PronyState {
public:
    PronyState(const PronySeries &series, double initialFictiveTemperature)
        : m_weight(series.weight), m_inverseLambda(series.size()),
          m_modes(series.size(), initialFictiveTemperature)
    {
        for (std::size_t i = 0; i < series.size(); ++i)
            m_inverseLambda[i] = std::exp(-series.lnLambda[i]);
    }

    double fictiveTemperature() const
    {
        double sum = 0;
        for (std::size_t i = 0; i < m_modes.size(); ++i)
            sum += m_weight[i] * m_modes[i];
        return sum;
    }

    // T_f after a step from T0 by dT over dt at ln τ, without changing the state.
    double trial(double T0, double dT, double dt, double lnTau) const
    {
        const double scale = std::exp(std::log(dt) - lnTau);
        double sum = 0;
        for (std::size_t i = 0; i < m_modes.size(); ++i) {
            double decay, ramp;
            modeFactors(scale * m_inverseLambda[i], decay, ramp);
            sum += m_weight[i] * (T0 + (m_modes[i] - T0) * decay + dT * ramp);
        }
        return sum;
    }

    // Advances every mode; returns the new T_f.
    double advance(double T0, double dT, double dt, double lnTau)
    {
        const double scale = std::exp(std::log(dt) - lnTau);
        double sum = 0;
        for (std::size_t i = 0; i < m_modes.size(); ++i) {
            double decay, ramp;
            modeFactors(scale * m_inverseLambda[i], decay, ramp);
            m_modes[i] = T0 + (m_modes[i] - T0) * decay + dT * ramp;
            sum += m_weight[i] * m_modes[i];
        }
        return sum;
    }

private:
    std::vector<double> m_weight;
    std::vector<double> m_inverseLambda;
    std::vector<double> m_modes;
};

// Validation and grid shared by both engines.
Result<TnmTrace> prepare(const ThermalProtocol &protocol, const TnmParameters &parameters,
                         const TnmSimulationOptions &options)
{
    if (Status valid = parameters.validate(); !valid)
        return valid.error();
    const double tf0 = options.initialFictiveTemperature;
    if (!std::isnan(tf0) && !(std::isfinite(tf0) && tf0 > 0))
        return makeError(QStringLiteral("invalid_argument"),
                         tr("the initial fictive temperature must be finite and above 0 K"));
    Result<TnmTrace> trace = discretiseProtocol(protocol, options.discretisation);
    if (!trace)
        return trace;
    // §2.5: the start must be in equilibrium, q·τ(T0, T0) ≪ 0.01 K.
    for (const ThermalStep &step : protocol.steps()) {
        if (step.kind == ThermalStepKind::Hold && step.duration == 0)
            continue;
        if (step.kind == ThermalStepKind::Ramp && std::isnan(tf0)) {
            const double T0 = protocol.startTemperature();
            const double lag = step.rate * std::exp(parameters.lnTau(T0, T0));
            if (lag > 0.01)
                trace->diagnostics.push_back(
                    {Severity::Warning, QStringLiteral("not_equilibrated"),
                     tr("the first ramp starts out of equilibrium: q·τ(T0) = %1 K exceeds 0.01 K; start "
                        "at a higher temperature")
                         .arg(lag, 0, 'g', 3),
                     QString(), 0, 1});
        }
        break;
    }
    return trace;
}

double startFictiveTemperature(const ThermalProtocol &protocol, const TnmSimulationOptions &options)
{
    return std::isnan(options.initialFictiveTemperature) ? protocol.startTemperature()
                                                         : options.initialFictiveTemperature;
}

} // namespace

Result<TnmTrace> simulateTnm(const ThermalProtocol &protocol, const TnmParameters &parameters,
                             const PronySeries &series, const TnmSimulationOptions &options)
{
    if (series.size() == 0 || series.lnLambda.size() != series.size())
        return makeError(QStringLiteral("invalid_argument"), tr("the Prony series has no modes"));
    Result<TnmTrace> prepared = prepare(protocol, parameters, options);
    if (!prepared)
        return prepared;
    TnmTrace &trace = prepared.value();

    PronyState state(series, startFictiveTemperature(protocol, options));
    const std::size_t n = trace.midTime.size();
    trace.fictiveTemperature.resize(n + 1);
    trace.fictiveTemperature[0] = state.fictiveTemperature();
    const bool dependsOnTf = parameters.nonlinearity < 1;
    for (std::size_t k = 0; k < n; ++k) {
        const double T0 = trace.temperature[k];
        const double dT = trace.temperature[k + 1] - T0;
        const double dt = trace.time[k + 1] - trace.time[k];
        const double tfStart = trace.fictiveTemperature[k];
        if (dt <= 0) { // jump: no time passes, the structure cannot change
            trace.fictiveTemperature[k + 1] = tfStart;
            continue;
        }
        const double Tmid = trace.midTemperature[k];
        double lnTau = parameters.lnTau(Tmid, tfStart);
        if (dependsOnTf) {
            // Predictor with T_f at the step start, corrector with T_f at the predicted midpoint.
            const double tfPredicted = state.trial(T0, dT, dt, lnTau);
            lnTau = parameters.lnTau(Tmid, 0.5 * (tfStart + tfPredicted));
        }
        trace.fictiveTemperature[k + 1] = state.advance(T0, dT, dt, lnTau);
    }
    computeCalorimetry(trace, options.heatCapacity);
    return prepared;
}

Result<TnmTrace> simulateTnm(const ThermalProtocol &protocol, const TnmParameters &parameters,
                             const TnmSimulationOptions &options)
{
    if (Status valid = parameters.validate(); !valid)
        return valid.error();
    Result<PronySeries> series = kwwPronySeries(parameters.beta);
    if (!series)
        return series.error();
    return simulateTnm(protocol, parameters, *series, options);
}

Result<TnmTrace> simulateTnmClassic(const ThermalProtocol &protocol, const TnmParameters &parameters,
                                    const TnmSimulationOptions &options)
{
    Result<TnmTrace> prepared = prepare(protocol, parameters, options);
    if (!prepared)
        return prepared;
    TnmTrace &trace = prepared.value();
    const std::size_t n = trace.midTime.size();
    const double start = startFictiveTemperature(protocol, options);
    const double beta = parameters.beta;
    trace.fictiveTemperature.resize(n + 1);
    trace.fictiveTemperature[0] = start;

    // Active terms j (ΔT_j ≠ 0) with their running reduced times S_j = Σ_{k≥j} Δt_k/τ_k. S_j only
    // grows, and S_j ≥ S_{j+1}, so the terms that have fully relaxed (S^β > 40, weight
    // exp(−S^β) < 1e-17) form a prefix: fold it into `relaxed` and drop it.
    std::vector<double> deltaT, reduced;
    std::size_t firstActive = 0;
    double relaxed = 0; // Σ ΔT_j over fully relaxed terms
    // A start out of equilibrium (T_f0 ≠ T0) relaxes like a jump from T_f0 to T0 at t = 0.
    if (start != protocol.startTemperature()) {
        deltaT.push_back(protocol.startTemperature() - start);
        reduced.push_back(0);
    }
    for (std::size_t k = 0; k < n; ++k) {
        const double dT = trace.temperature[k + 1] - trace.temperature[k];
        const double dt = trace.time[k + 1] - trace.time[k];
        if (dT != 0) {
            deltaT.push_back(dT);
            reduced.push_back(0);
        }
        if (dt > 0) {
            const double lnTau = parameters.lnTau(trace.temperature[k + 1], trace.fictiveTemperature[k]);
            const double increment = std::exp(std::log(dt) - lnTau);
            for (std::size_t j = firstActive; j < reduced.size(); ++j)
                reduced[j] += increment;
        }
        double sum = relaxed;
        for (std::size_t j = firstActive; j < reduced.size(); ++j) {
            const double x = beta == 1 ? reduced[j] : std::pow(reduced[j], beta);
            if (x > 40 && j == firstActive) {
                relaxed += deltaT[j];
                sum += deltaT[j];
                ++firstActive;
                continue;
            }
            sum += deltaT[j] * -std::expm1(-x);
        }
        trace.fictiveTemperature[k + 1] = start + sum;
    }
    computeCalorimetry(trace, options.heatCapacity);
    return prepared;
}

} // namespace gb
