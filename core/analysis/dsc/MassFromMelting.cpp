#include "analysis/dsc/MassFromMelting.h"

#include "analysis/dsc/DscUnits.h"
#include "analysis/dsc/SignalTools.h"

#include <QCoreApplication>

#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MassFromMelting", text);
}
} // namespace

MeltingMass massFromMeltingPeak(const std::vector<double> &temperatureK,
                                const std::vector<double> &heatFlowMw, double heatingRateKPerS,
                                const TemperatureWindow &limits, double specificMeltingEnthalpyJPerG)
{
    MeltingMass m;
    m.limits = limits;
    if (temperatureK.size() < 2 || temperatureK.size() != heatFlowMw.size() || !limits.isValid() ||
        !(heatingRateKPerS > 0) || !(specificMeltingEnthalpyJPerG > 0)) {
        m.status = QStringLiteral("bad_input");
        m.message = tr("the melting analysis needs a curve, onset < offset, a heating rate and a specific "
                       "melting enthalpy above zero");
        return m;
    }
    m.baselineStartMw = dsc::interpolateLinear(temperatureK, heatFlowMw, limits.lowK);
    m.baselineEndMw = dsc::interpolateLinear(temperatureK, heatFlowMw, limits.highK);
    const double raw = dsc::integrateTrapezoid(temperatureK, heatFlowMw, limits.lowK, limits.highK);
    if (!std::isfinite(m.baselineStartMw) || !std::isfinite(m.baselineEndMw) || !std::isfinite(raw)) {
        m.status = QStringLiteral("out_of_range");
        m.message = tr("the melting limits %1–%2 K lie outside the scan (%3–%4 K)")
                        .arg(limits.lowK)
                        .arg(limits.highK)
                        .arg(temperatureK.front())
                        .arg(temperatureK.back());
        return m;
    }
    m.areaMwK = raw - 0.5 * (m.baselineStartMw + m.baselineEndMw) * limits.width();
    m.enthalpyUj = enthalpyMicrojoules(m.areaMwK, heatingRateKPerS);
    m.massNg = massFromMeltingNanograms(m.enthalpyUj, specificMeltingEnthalpyJPerG);
    m.status = QStringLiteral("ok");
    m.message = tr("straight baseline between %1 K and %2 K").arg(limits.lowK).arg(limits.highK);
    return m;
}

} // namespace gb
