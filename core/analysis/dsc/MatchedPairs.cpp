#include "analysis/dsc/MatchedPairs.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MatchedPairs", text);
}

/// Mean of the finite values; NaN when there are none.
struct Mean {
    double sum = 0;
    int count = 0;
    void add(double v)
    {
        if (std::isfinite(v)) {
            sum += v;
            ++count;
        }
    }
    double value() const { return count > 0 ? sum / count : std::numeric_limits<double>::quiet_NaN(); }
};

/// A series point with repeated aging times averaged, and the sources it was averaged from.
struct AveragedPoint : IsothermalPoint {
    std::vector<std::size_t> sources;
};

std::vector<AveragedPoint> averagedByAgingTime(std::vector<IsothermalPoint> series)
{
    series.erase(std::remove_if(series.begin(), series.end(),
                                [](const IsothermalPoint &p) {
                                    return !(p.agingTimeS > 0) || !std::isfinite(p.agingTimeS) ||
                                           !std::isfinite(p.enthalpyUj);
                                }),
                 series.end());
    std::stable_sort(series.begin(), series.end(), [](const IsothermalPoint &a, const IsothermalPoint &b) {
        return a.agingTimeS < b.agingTimeS;
    });
    std::vector<AveragedPoint> averaged;
    for (std::size_t i = 0; i < series.size();) {
        std::size_t j = i;
        Mean h, w, t;
        AveragedPoint point;
        while (j < series.size() &&
               std::abs(series[j].agingTimeS - series[i].agingTimeS) <= 1e-9 * series[i].agingTimeS) {
            h.add(series[j].enthalpyUj);
            w.add(series[j].fwhmK);
            t.add(series[j].peakTemperatureK);
            point.sources.push_back(series[j].source);
            ++j;
        }
        point.agingTimeS = series[i].agingTimeS;
        point.enthalpyUj = h.value();
        point.fwhmK = w.value();
        point.peakTemperatureK = t.value();
        averaged.push_back(std::move(point));
        i = j;
    }
    return averaged;
}
} // namespace

IsothermalMatch matchIsothermalSeries(double enthalpyUj, std::vector<IsothermalPoint> series)
{
    IsothermalMatch match;
    const std::vector<AveragedPoint> points = averagedByAgingTime(std::move(series));
    match.seriesPoints = int(points.size());
    if (points.size() < 2) {
        match.message =
            tr("the isothermal series has %1 usable annealing times; 2 are needed").arg(points.size());
        return match;
    }
    if (!std::isfinite(enthalpyUj)) {
        match.status = QStringLiteral("bad_data");
        match.message = tr("the isochronal scan has no ΔH");
        return match;
    }
    match.minimumEnthalpyUj = points.front().enthalpyUj;
    match.maximumEnthalpyUj = points.front().enthalpyUj;
    for (const IsothermalPoint &p : points) {
        match.minimumEnthalpyUj = std::min(match.minimumEnthalpyUj, p.enthalpyUj);
        match.maximumEnthalpyUj = std::max(match.maximumEnthalpyUj, p.enthalpyUj);
    }
    if (enthalpyUj < match.minimumEnthalpyUj || enthalpyUj > match.maximumEnthalpyUj) {
        match.status = QStringLiteral("out_of_range");
        match.message = tr("ΔH = %1 µJ lies outside the isothermal series (%2 to %3 µJ)")
                            .arg(enthalpyUj, 0, 'g', 6)
                            .arg(match.minimumEnthalpyUj, 0, 'g', 6)
                            .arg(match.maximumEnthalpyUj, 0, 'g', 6);
        return match;
    }
    int brackets = 0;
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const AveragedPoint &a = points[i], &b = points[i + 1];
        if (enthalpyUj < std::min(a.enthalpyUj, b.enthalpyUj) ||
            enthalpyUj > std::max(a.enthalpyUj, b.enthalpyUj))
            continue;
        if (++brackets > 1)
            continue;
        const double span = b.enthalpyUj - a.enthalpyUj;
        const double f = span != 0 ? (enthalpyUj - a.enthalpyUj) / span : 0.5;
        match.equivalentAgingTimeS =
            std::exp(std::log(a.agingTimeS) + f * (std::log(b.agingTimeS) - std::log(a.agingTimeS)));
        match.fwhmK = a.fwhmK + f * (b.fwhmK - a.fwhmK);
        match.peakTemperatureK = a.peakTemperatureK + f * (b.peakTemperatureK - a.peakTemperatureK);
        match.weight = f;
        match.lowerSources = a.sources;
        match.upperSources = b.sources;
    }
    match.status = QStringLiteral("ok");
    match.message = brackets > 1
                        ? tr("ΔH does not rise monotonically with the annealing time; the shortest "
                             "matching annealing time is reported")
                        : tr("interpolated between %1 isothermal annealing times").arg(points.size());
    return match;
}

} // namespace gb
