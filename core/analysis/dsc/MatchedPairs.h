#pragma once

// Isothermal-vs-isochronal matching (interfaces.md §3, dsc_matched.csv): the isothermal
// annealing time that gives the same ΔH as an isochronal scan, interpolated linearly in
// (log t_a, ΔH), and the isothermal FWHM and T_p interpolated at that ΔH the same way.

#include <QString>

#include <limits>
#include <vector>

namespace gb {

/// One isothermal scan of a series (same sample, T_a and heating rate).
struct IsothermalPoint {
    double agingTimeS = 0;
    double enthalpyUj = 0;
    double fwhmK = std::numeric_limits<double>::quiet_NaN();
    double peakTemperatureK = std::numeric_limits<double>::quiet_NaN();
    std::size_t source = 0; ///< the caller's index of the scan, reported back in IsothermalMatch
};

/// Where an isochronal ΔH falls on the isothermal series.
struct IsothermalMatch {
    QString status = QStringLiteral("too_few_points"); ///< "ok", "out_of_range", "too_few_points"
    QString message;
    double equivalentAgingTimeS = std::numeric_limits<double>::quiet_NaN();
    double fwhmK = std::numeric_limits<double>::quiet_NaN();             ///< isothermal FWHM at that ΔH
    double peakTemperatureK = std::numeric_limits<double>::quiet_NaN();  ///< isothermal T_p at that ΔH
    double minimumEnthalpyUj = std::numeric_limits<double>::quiet_NaN(); ///< range of the series
    double maximumEnthalpyUj = std::numeric_limits<double>::quiet_NaN();
    int seriesPoints = 0; ///< distinct aging times used
    /// The bracket ("ok" only): ΔH = (1 − weight)·ΔH(lower) + weight·ΔH(upper), the weight that
    /// t_a_equiv, FWHM and T_p were interpolated with; lower/upper are the neighbouring aging
    /// times in t_a order. The `source` of every series point averaged into each end (several
    /// when an aging time was repeated).
    double weight = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::size_t> lowerSources;
    std::vector<std::size_t> upperSources;

    bool ok() const { return status == QLatin1String("ok"); }
};

/// Matches `enthalpyUj` to the isothermal series. Points with t_a ≤ 0 or non-finite ΔH are left
/// out; repeated aging times (relative 1e-9) are averaged first (NaN FWHM/T_p are left out of
/// the means). Needs 2 distinct aging times ("too_few_points"); "out_of_range" when ΔH lies
/// outside [min ΔH, max ΔH] of the series. When ΔH(log t_a) is not monotonic, the first bracketing
/// interval in t_a order is used and the message says so. Pure; thread-safe.
IsothermalMatch matchIsothermalSeries(double enthalpyUj, std::vector<IsothermalPoint> series);

} // namespace gb
