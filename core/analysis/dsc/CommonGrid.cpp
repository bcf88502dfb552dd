#include "analysis/dsc/CommonGrid.h"

#include "analysis/dsc/SignalTools.h"
#include "support/RobustStatistics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommonGrid", text);
}
} // namespace

Result<AlignedScans> alignOnCommonGrid(const HeatingScan &relaxed, const HeatingScan &reference,
                                       double gridStepK)
{
    const auto &Ta = relaxed.temperatureK;
    const auto &Tr = reference.temperatureK;
    if (Ta.size() < 2 || Tr.size() < 2)
        return makeError(QStringLiteral("bad_data"), tr("a scan has fewer than two samples"));
    const double lo = std::max(Ta.front(), Tr.front());
    const double hi = std::min(Ta.back(), Tr.back());
    AlignedScans aligned;
    if (gridStepK > 0 && hi > lo) {
        const auto count = std::size_t(std::floor((hi - lo) / gridStepK + 1e-9)) + 1;
        aligned.temperatureK.reserve(count);
        for (std::size_t i = 0; i < count; ++i)
            aligned.temperatureK.push_back(std::min(lo + double(i) * gridStepK, hi));
        aligned.uniformGrid = true;
    } else {
        for (double t : Ta)
            if (t >= lo && t <= hi)
                aligned.temperatureK.push_back(t);
    }
    const std::size_t n = aligned.temperatureK.size();
    if (n < 10)
        return makeError(
            QStringLiteral("out_of_range"),
            tr("the relaxed scan (%1–%2 K) and its reference (%3–%4 K) overlap over too few points")
                .arg(Ta.front(), 0, 'f', 1)
                .arg(Ta.back(), 0, 'f', 1)
                .arg(Tr.front(), 0, 'f', 1)
                .arg(Tr.back(), 0, 'f', 1));
    if (aligned.uniformGrid) {
        aligned.relaxedMw = dsc::interpolateLinear(Ta, relaxed.heatFlowMw, aligned.temperatureK);
    } else {
        aligned.relaxedMw.resize(n);
        std::size_t j = 0; // index into the relaxed samples, of which the grid is made
        for (std::size_t i = 0; i < n; ++i) {
            while (Ta[j] != aligned.temperatureK[i])
                ++j;
            aligned.relaxedMw[i] = relaxed.heatFlowMw[j];
        }
    }
    aligned.referenceMw = dsc::interpolateLinear(Tr, reference.heatFlowMw, aligned.temperatureK);
    aligned.differenceMw.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        aligned.differenceMw[i] = aligned.relaxedMw[i] - aligned.referenceMw[i];
    std::vector<double> steps;
    steps.reserve(n - 1);
    for (std::size_t i = 1; i < n; ++i)
        steps.push_back(aligned.temperatureK[i] - aligned.temperatureK[i - 1]);
    aligned.gridStepK = median(std::move(steps));
    return aligned;
}

} // namespace gb
