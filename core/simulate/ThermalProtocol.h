#pragma once

// Thermal histories for the TNM engine: a start temperature followed by ramps, isothermal holds
// and instantaneous jumps. Temperatures in K, rates in K/s (positive magnitudes: the direction
// follows from the target), times in s.

#include "support/Result.h"

#include <vector>

namespace gb {

enum class ThermalStepKind {
    Ramp, ///< linear change to `targetTemperature` at `rate`
    Hold, ///< isothermal for `duration`
    Jump, ///< instantaneous change to `targetTemperature` (an idealised quench or up-jump)
};

/// One step of a thermal protocol.
struct ThermalStep {
    ThermalStepKind kind = ThermalStepKind::Hold;
    double targetTemperature = 0; ///< K: temperature at the end of the step
    double rate = 0;              ///< K/s, > 0 (ramps only)
    double duration = 0;          ///< s, ≥ 0 (holds; ramps: |ΔT|/rate; jumps: 0)
};

/// A thermal history. Build it with the chaining calls, e.g.
/// `ThermalProtocol(480).rampTo(370, 6000).hold(100).rampTo(300, 6000).rampTo(480, 1000)`.
/// Value type; not validated while building — simulateTnm() calls validate().
class ThermalProtocol {
public:
    /// Starts at `startTemperature` (K), where the sample is taken to be in equilibrium.
    explicit ThermalProtocol(double startTemperature = 0) : m_startTemperature(startTemperature) {}

    /// Ramp from the current temperature to `temperature` (K) at `rate` (K/s, > 0).
    ThermalProtocol &rampTo(double temperature, double rate);
    /// Isothermal hold at the current temperature for `duration` (s, ≥ 0).
    ThermalProtocol &hold(double duration);
    /// Instantaneous jump to `temperature` (K).
    ThermalProtocol &jumpTo(double temperature);

    double startTemperature() const { return m_startTemperature; }
    const std::vector<ThermalStep> &steps() const { return m_steps; }
    /// Temperature (K) at the start of step `index` (the end of the previous one).
    double temperatureBefore(std::size_t index) const;
    /// Total duration (s).
    double totalDuration() const;

    /// Checks that there is at least one step, temperatures are finite and > 0, rates finite and
    /// > 0, durations finite and ≥ 0. Error code "invalid_protocol", naming the step (1-based).
    Status validate() const;

private:
    double m_startTemperature = 0;
    std::vector<ThermalStep> m_steps;
};

/// The Flash DSC annealing protocol of a relaxation campaign: equilibrate at `startTemperature`,
/// cool at `coolingRate` to `annealTemperature`, hold `annealTime` (0: the as-cooled reference),
/// cool at `coolingRate` to `lowTemperature`, heat at `heatingRate` to `endTemperature`
/// (default: back to `startTemperature`). K, K/s, s. The heating scan is the last step.
struct AnnealingProtocolSpec {
    double startTemperature = 0;
    double coolingRate = 0;
    double annealTemperature = 0;
    double annealTime = 0;
    double lowTemperature = 0;
    double heatingRate = 0;
    double endTemperature = 0; ///< 0: equal to startTemperature
};
ThermalProtocol annealingProtocol(const AnnealingProtocolSpec &spec);

} // namespace gb
