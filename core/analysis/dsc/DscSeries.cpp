// The series the DSC panels plot, per sample and T_a: ΔH vs φ (isochronal), ΔH vs t_a
// (isothermal), FWHM vs ΔH per path, and Kissinger E vs ΔH per path.

#include "analysis/dsc/DscCampaignGroups.h"
#include "analysis/dsc/DscCampaignResult.h"
#include "analysis/dsc/ReferencePairing.h"

#include <algorithm>
#include <cmath>

namespace gb {

namespace {

/// Finds the series of this kind and key, or appends a new one.
DscSeries &seriesFor(std::vector<DscSeries> &all, DscSeriesKind kind, const QString &sample, ThermalPath path,
                     const std::optional<double> &Ta, const std::optional<double> &rate, double rateTolerance)
{
    for (DscSeries &s : all) {
        const bool rateMatches =
            (!s.heatingRateKPerS && !rate) || sameHeatingRate(s.heatingRateKPerS, rate, rateTolerance);
        if (s.kind == kind && s.sample == sample && s.path == path &&
            detail::sameValue(s.agingTemperatureK, Ta) && rateMatches)
            return s;
    }
    all.push_back(DscSeries{kind, sample, path, Ta, rate, {}});
    return all.back();
}

void add(DscSeries &series, double x, double y, std::size_t source, double xError = std::nan(""),
         double yError = std::nan(""))
{
    if (std::isfinite(x) && std::isfinite(y))
        series.points.push_back(DscSeriesPoint{x, y, xError, yError, source});
}
} // namespace

std::vector<DscSeries> buildDscSeries(const std::vector<DscScanRecord> &scans,
                                      const std::vector<DscKissingerGroup> &kissinger, double rateTolerance)
{
    std::vector<DscSeries> all;
    for (std::size_t i = 0; i < scans.size(); ++i) {
        const DscScanRecord &scan = scans[i];
        const CampaignEntry &e = scan.entry;
        const double dH = scan.enthalpyUj();
        if (!std::isfinite(dH))
            continue;
        const std::optional<double> rate =
            scan.heatingRateKPerS > 0 ? std::optional<double>(scan.heatingRateKPerS) : std::nullopt;
        if (e.path == ThermalPath::Isochronal && e.coolingRateKPerS)
            add(seriesFor(all, DscSeriesKind::EnthalpyVsCoolingRate, e.sample, e.path, e.agingTemperatureK,
                          rate, rateTolerance),
                *e.coolingRateKPerS, dH, i);
        if (e.path == ThermalPath::Isothermal && e.agingTimeS)
            add(seriesFor(all, DscSeriesKind::EnthalpyVsAgingTime, e.sample, e.path, e.agingTemperatureK,
                          rate, rateTolerance),
                *e.agingTimeS, dH, i);
        add(seriesFor(all, DscSeriesKind::FwhmVsEnthalpy, e.sample, e.path, e.agingTemperatureK, rate,
                      rateTolerance),
            dH, scan.fwhmK(), i);
    }
    for (std::size_t g = 0; g < kissinger.size(); ++g) {
        const DscKissingerGroup &group = kissinger[g];
        if (!group.fit.ok())
            continue;
        add(seriesFor(all, DscSeriesKind::EnergyVsEnthalpy, group.sample, group.path, group.agingTemperatureK,
                      std::nullopt, rateTolerance),
            group.meanEnthalpyUj, group.fit.energyKJPerMol, g, group.enthalpySdUj,
            group.fit.energyErrorKJPerMol);
    }
    all.erase(std::remove_if(all.begin(), all.end(), [](const DscSeries &s) { return s.points.empty(); }),
              all.end());
    for (DscSeries &s : all)
        std::stable_sort(s.points.begin(), s.points.end(),
                         [](const DscSeriesPoint &a, const DscSeriesPoint &b) { return a.x < b.x; });
    return all;
}

} // namespace gb
