#include "simulate/TnmTrace.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace gb {
namespace {

constexpr std::size_t kMaxIntervals = 50'000'000;

void addNode(TnmTrace &trace, double time, double temperature)
{
    const double previousTime = trace.time.back();
    const double previousTemperature = trace.temperature.back();
    trace.time.push_back(time);
    trace.temperature.push_back(temperature);
    trace.midTime.push_back(0.5 * (previousTime + time));
    trace.midTemperature.push_back(0.5 * (previousTemperature + temperature));
}

// Number of pieces of `length` no longer than `step` (robust against 180/0.05 = 3600.0000001).
std::size_t pieces(double length, double step)
{
    return std::size_t(std::ceil(length / step * (1 - 1e-12)));
}

} // namespace

double TnmTrace::fictiveTemperatureAfter(std::size_t step) const
{
    if (step >= segments.size() || fictiveTemperature.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const TnmSegment &segment = segments[step];
    return fictiveTemperature[segment.firstInterval + segment.intervalCount];
}

TnmCurve segmentCurve(const TnmTrace &trace, std::size_t step)
{
    TnmCurve curve;
    if (step >= trace.segments.size())
        return curve;
    const TnmSegment &segment = trace.segments[step];
    const auto first = segment.firstInterval;
    const auto last = first + segment.intervalCount;
    curve.time.assign(trace.midTime.begin() + long(first), trace.midTime.begin() + long(last));
    curve.temperature.assign(trace.midTemperature.begin() + long(first),
                             trace.midTemperature.begin() + long(last));
    if (trace.cpN.size() >= last) {
        curve.cpN.assign(trace.cpN.begin() + long(first), trace.cpN.begin() + long(last));
        curve.heatFlow.assign(trace.heatFlow.begin() + long(first), trace.heatFlow.begin() + long(last));
    }
    if (trace.fictiveTemperature.size() > last) {
        curve.fictiveTemperature.reserve(segment.intervalCount);
        for (auto k = first; k < last; ++k)
            curve.fictiveTemperature.push_back(
                0.5 * (trace.fictiveTemperature[k] + trace.fictiveTemperature[k + 1]));
    }
    return curve;
}

Result<TnmTrace> discretiseProtocol(const ThermalProtocol &protocol, const TnmDiscretisation &discretisation)
{
    if (Status valid = protocol.validate(); !valid)
        return valid.error();
    const TnmDiscretisation &d = discretisation;
    if (!(std::isfinite(d.rampStep) && d.rampStep > 0 && std::isfinite(d.holdFirstStep) &&
          d.holdFirstStep > 0 && std::isfinite(d.holdStepsPerDecade) && d.holdStepsPerDecade > 0))
        return makeError(QStringLiteral("invalid_argument"),
                         QCoreApplication::translate("TnmTrace",
                                                     "the ramp step, the first hold step and "
                                                     "the hold steps per decade must be above 0"));
    // Count first, so that an absurd grid fails before it allocates.
    std::size_t total = 0;
    double from = protocol.startTemperature();
    for (const ThermalStep &step : protocol.steps()) {
        if (step.kind == ThermalStepKind::Ramp)
            total += pieces(std::abs(step.targetTemperature - from), d.rampStep);
        else if (step.kind == ThermalStepKind::Jump)
            total += 1;
        else if (step.duration > 0)
            total += 1 + (step.duration > d.holdFirstStep
                              ? pieces(std::log10(step.duration / d.holdFirstStep), 1 / d.holdStepsPerDecade)
                              : 0);
        from = step.targetTemperature;
        if (total > kMaxIntervals)
            return makeError(QStringLiteral("too_many_steps"),
                             QCoreApplication::translate("TnmTrace", "the protocol needs more than %1 "
                                                                     "simulation steps; use coarser steps")
                                 .arg(qulonglong(kMaxIntervals)));
    }

    TnmTrace trace;
    trace.time.reserve(total + 1);
    trace.temperature.reserve(total + 1);
    trace.midTime.reserve(total);
    trace.midTemperature.reserve(total);
    trace.time.push_back(0);
    trace.temperature.push_back(protocol.startTemperature());
    for (std::size_t s = 0; s < protocol.steps().size(); ++s) {
        const ThermalStep &step = protocol.steps()[s];
        const double t0 = trace.time.back();
        const double T0 = trace.temperature.back();
        TnmSegment segment{s, step.kind, trace.midTime.size(), 0};
        if (step.kind == ThermalStepKind::Ramp) {
            const double delta = step.targetTemperature - T0;
            const std::size_t n = pieces(std::abs(delta), d.rampStep);
            for (std::size_t j = 1; j <= n; ++j) {
                const double f = double(j) / double(n);
                addNode(trace, t0 + f * step.duration, j == n ? step.targetTemperature : T0 + f * delta);
            }
        } else if (step.kind == ThermalStepKind::Jump) {
            addNode(trace, t0, step.targetTemperature);
        } else if (step.duration > 0) {
            if (step.duration <= d.holdFirstStep) {
                addNode(trace, t0 + step.duration, T0);
            } else {
                addNode(trace, t0 + d.holdFirstStep, T0);
                const double lnRatio = std::log(step.duration / d.holdFirstStep);
                const std::size_t m = pieces(lnRatio / std::log(10.0), 1 / d.holdStepsPerDecade);
                for (std::size_t j = 1; j <= m; ++j) {
                    const double elapsed =
                        j == m ? step.duration : d.holdFirstStep * std::exp(lnRatio * double(j) / double(m));
                    addNode(trace, t0 + elapsed, T0);
                }
            }
        }
        segment.intervalCount = trace.midTime.size() - segment.firstInterval;
        trace.segments.push_back(segment);
    }
    return trace;
}

void computeCalorimetry(TnmTrace &trace, const HeatCapacityModel &heatCapacity)
{
    const std::size_t n = trace.midTime.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    trace.cpN.assign(n, nan);
    trace.heatFlow.assign(n, nan);
    for (const TnmSegment &segment : trace.segments) {
        for (std::size_t k = segment.firstInterval; k < segment.firstInterval + segment.intervalCount; ++k) {
            const double dT = trace.temperature[k + 1] - trace.temperature[k];
            const double dTf = trace.fictiveTemperature[k + 1] - trace.fictiveTemperature[k];
            const double dt = trace.time[k + 1] - trace.time[k];
            const double Tm = trace.midTemperature[k];
            switch (segment.kind) {
            case ThermalStepKind::Ramp: {
                trace.cpN[k] = dTf / dT;
                const double rate = dT / dt;
                trace.heatFlow[k] = heatCapacity.massMg * rate *
                                    (heatCapacity.glass(Tm) + heatCapacity.step(Tm) * trace.cpN[k]);
                break;
            }
            case ThermalStepKind::Hold:
                trace.heatFlow[k] = heatCapacity.massMg * heatCapacity.step(Tm) * dTf / dt;
                break;
            case ThermalStepKind::Jump: trace.cpN[k] = 0; break;
            }
        }
    }
}

} // namespace gb
