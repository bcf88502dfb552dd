#include "simulate/ThermalProtocol.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {
namespace {

Error invalidProtocol(const char *text, std::size_t step)
{
    return makeError(QStringLiteral("invalid_protocol"),
                     QCoreApplication::translate("ThermalProtocol", text).arg(qulonglong(step + 1)));
}

bool validTemperature(double t)
{
    return std::isfinite(t) && t > 0;
}

} // namespace

ThermalProtocol &ThermalProtocol::rampTo(double temperature, double rate)
{
    const double from = m_steps.empty() ? m_startTemperature : m_steps.back().targetTemperature;
    const double duration = rate > 0 ? std::abs(temperature - from) / rate : 0.0;
    m_steps.push_back({ThermalStepKind::Ramp, temperature, rate, duration});
    return *this;
}

ThermalProtocol &ThermalProtocol::hold(double duration)
{
    const double at = m_steps.empty() ? m_startTemperature : m_steps.back().targetTemperature;
    m_steps.push_back({ThermalStepKind::Hold, at, 0.0, duration});
    return *this;
}

ThermalProtocol &ThermalProtocol::jumpTo(double temperature)
{
    m_steps.push_back({ThermalStepKind::Jump, temperature, 0.0, 0.0});
    return *this;
}

double ThermalProtocol::temperatureBefore(std::size_t index) const
{
    if (index == 0 || m_steps.empty())
        return m_startTemperature;
    return m_steps[std::min(index, m_steps.size()) - 1].targetTemperature;
}

double ThermalProtocol::totalDuration() const
{
    double total = 0;
    for (const ThermalStep &step : m_steps)
        total += step.duration;
    return total;
}

Status ThermalProtocol::validate() const
{
    if (!validTemperature(m_startTemperature))
        return makeError(QStringLiteral("invalid_protocol"),
                         QCoreApplication::translate("ThermalProtocol",
                                                     "the start temperature must be finite and above 0 K"));
    if (m_steps.empty())
        return makeError(QStringLiteral("invalid_protocol"),
                         QCoreApplication::translate("ThermalProtocol", "the thermal protocol has no steps"));
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        const ThermalStep &step = m_steps[i];
        if (!validTemperature(step.targetTemperature))
            return invalidProtocol("step %1: the temperature must be finite and above 0 K", i);
        if (step.kind == ThermalStepKind::Ramp && !(std::isfinite(step.rate) && step.rate > 0))
            return invalidProtocol("step %1: a ramp needs a finite rate above 0 K/s", i);
        if (step.kind == ThermalStepKind::Hold && !(std::isfinite(step.duration) && step.duration >= 0))
            return invalidProtocol("step %1: a hold needs a finite duration ≥ 0 s", i);
    }
    return Done{};
}

ThermalProtocol annealingProtocol(const AnnealingProtocolSpec &spec)
{
    ThermalProtocol protocol(spec.startTemperature);
    protocol.rampTo(spec.annealTemperature, spec.coolingRate);
    if (spec.annealTime > 0)
        protocol.hold(spec.annealTime);
    protocol.rampTo(spec.lowTemperature, spec.coolingRate);
    protocol.rampTo(spec.endTemperature > 0 ? spec.endTemperature : spec.startTemperature, spec.heatingRate);
    return protocol;
}

} // namespace gb
