#include "analysis/dsc/HeatingScan.h"

#include "analysis/dsc/SignalTools.h"
#include "fit/LinearRegression.h"
#include "support/RobustStatistics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HeatingScan", text);
}

Error badData(const QString &message)
{
    return makeError(QStringLiteral("bad_data"), message);
}

struct Run {
    std::size_t begin = 0, end = 0; ///< [begin, end)
    std::size_t length() const { return end - begin; }
};

/// Longest stretch of samples whose windowed heating rate lies within `tolerance` of `rate`.
Run longestRampRun(const std::vector<double> &slopes, double rate, double tolerance)
{
    Run best, current;
    for (std::size_t i = 0; i <= slopes.size(); ++i) {
        const bool on = i < slopes.size() && std::abs(slopes[i] - rate) <= tolerance * rate;
        if (on) {
            if (current.length() == 0)
                current.begin = i;
            current.end = i + 1;
        } else {
            if (current.length() > best.length())
                best = current;
            current = Run{};
        }
    }
    return best;
}

double signFactorFor(HeatFlowSign sign, HeatFlowSign assumption, QStringList &assumptions)
{
    if (sign == HeatFlowSign::Unknown) {
        sign = assumption == HeatFlowSign::EndothermicDown ? HeatFlowSign::EndothermicDown
                                                           : HeatFlowSign::EndothermicUp;
        assumptions << tr("the file does not state its heat-flow sign; assumed %1").arg(heatFlowSignId(sign));
    }
    return sign == HeatFlowSign::EndothermicDown ? -1.0 : 1.0;
}
} // namespace

Quantity sharedTemperatureQuantity(const Dataset &a, const Dataset &b)
{
    if (a.column(Quantity::Temperature) && b.column(Quantity::Temperature))
        return Quantity::Temperature;
    if (a.column(Quantity::ProgramTemperature) && b.column(Quantity::ProgramTemperature))
        return Quantity::ProgramTemperature;
    return Quantity::Temperature;
}

Result<HeatingScan> prepareHeatingScan(const Dataset &dataset, const HeatingScanOptions &options)
{
    HeatingScan scan;
    const Column *temperature = dataset.column(options.temperatureQuantity);
    if (!temperature) {
        temperature = dataset.column(Quantity::Temperature);
        if (!temperature)
            temperature = dataset.column(Quantity::ProgramTemperature);
        if (temperature)
            scan.warnings
                << tr("the pair does not share a temperature column; used \"%1\"").arg(temperature->name);
    }
    if (!temperature)
        return badData(tr("the curve has no temperature column"));
    const Column *heatFlow = dataset.column(Quantity::HeatFlow);
    double heatFlowScale = 1.0;
    if (!heatFlow) {
        heatFlow = dataset.column(Quantity::SpecificHeatFlow);
        if (!heatFlow)
            return badData(tr("the curve has no heat-flow column"));
        if (dataset.metadata.massMg && *dataset.metadata.massMg > 0) {
            heatFlowScale = *dataset.metadata.massMg;
            scan.assumptions
                << tr("specific heat flow multiplied by the file's mass %1 mg").arg(heatFlowScale);
        } else if (options.massNg && *options.massNg > 0) {
            heatFlowScale = *options.massNg * 1e-6;
            scan.assumptions
                << tr("specific heat flow multiplied by the manifest's mass %1 ng").arg(*options.massNg);
        } else {
            return badData(tr("the heat flow is per mass (mW/mg) and no sample mass is known"));
        }
    }
    scan.temperatureColumn = temperature->name;
    scan.heatFlowColumn = heatFlow->name;
    const Column *time = dataset.column(Quantity::Time);

    // Usable rows: every needed value present.
    const std::size_t rows = std::min(temperature->values.size(), heatFlow->values.size());
    std::vector<std::size_t> index;
    std::vector<double> t, T, phi;
    for (std::size_t i = 0; i < rows; ++i) {
        const double ti = time && i < time->values.size() ? time->values[i] : double(i);
        if (!std::isfinite(temperature->values[i]) || !std::isfinite(heatFlow->values[i]) ||
            !std::isfinite(ti))
            continue;
        index.push_back(i);
        t.push_back(ti);
        T.push_back(temperature->values[i]);
        phi.push_back(heatFlow->values[i] * heatFlowScale);
    }
    const std::size_t n = T.size();
    if (n < 10)
        return badData(tr("the curve has %1 usable rows; at least 10 are needed").arg(n));

    Run run{0, n};
    if (time) {
        // Heating rate over a window of ±w samples, robust to noise on a measured temperature.
        const std::size_t w = std::clamp<std::size_t>(n / 200, 2, 50);
        std::vector<double> slopes(n), positive;
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t lo = i >= w ? i - w : 0;
            const std::size_t hi = std::min(n - 1, i + w);
            slopes[i] = (T[hi] - T[lo]) / (t[hi] - t[lo]);
            if (slopes[i] > 0)
                positive.push_back(slopes[i]);
        }
        const double rate = median(positive);
        if (!(rate > 0) || positive.size() < n / 10)
            return badData(tr("the curve is not a heating scan (the temperature does not rise)"));
        double tolerance = options.transientTolerance;
        for (int attempt = 0; attempt < 3; ++attempt) {
            run = longestRampRun(slopes, rate, tolerance);
            if (run.length() >= std::max<std::size_t>(10, positive.size() / 2))
                break;
            tolerance *= 2.5;
        }
        if (run.length() < 10)
            return badData(tr("no stretch of the curve is heated at a constant rate"));
        if (tolerance > options.transientTolerance)
            scan.warnings << tr("the heating rate is uneven; ramp points kept within %1 % of the median rate")
                                 .arg(100 * tolerance);
        std::vector<double> rt(t.begin() + std::ptrdiff_t(run.begin), t.begin() + std::ptrdiff_t(run.end));
        std::vector<double> rT(T.begin() + std::ptrdiff_t(run.begin), T.begin() + std::ptrdiff_t(run.end));
        const LineFit line = fitLine(rt, rT);
        scan.measuredRateKPerS = line.ok() ? line.slope : rate;
        scan.assumptions << tr("ramp transients cut where |dT/dt − β|/β > %1 %: kept %2–%3 K")
                                .arg(100 * tolerance)
                                .arg(T[run.begin], 0, 'f', 2)
                                .arg(T[run.end - 1], 0, 'f', 2);
        if (options.nominalRateKPerS && *options.nominalRateKPerS > 0 &&
            std::abs(scan.measuredRateKPerS / *options.nominalRateKPerS - 1) > 0.02)
            scan.warnings << tr("the curve is heated at %1 K/s, not at the manifest's %2 K/s")
                                 .arg(scan.measuredRateKPerS, 0, 'g', 5)
                                 .arg(*options.nominalRateKPerS);
    } else {
        scan.assumptions << tr("no time column: ramp transients could not be detected and were not cut");
    }

    scan.firstRow = index[run.begin];
    scan.lastRow = index[run.end - 1];
    scan.rowsCut = rows - run.length();
    scan.temperatureK.assign(T.begin() + std::ptrdiff_t(run.begin), T.begin() + std::ptrdiff_t(run.end));
    scan.heatFlowMw.assign(phi.begin() + std::ptrdiff_t(run.begin), phi.begin() + std::ptrdiff_t(run.end));
    if (time)
        scan.timeS.assign(t.begin() + std::ptrdiff_t(run.begin), t.begin() + std::ptrdiff_t(run.end));

    // Monotonic temperature: replace a noisy measured T by its straight-line fit in time.
    std::size_t reversals = 0;
    for (std::size_t i = 1; i < scan.temperatureK.size(); ++i)
        if (!(scan.temperatureK[i] > scan.temperatureK[i - 1]))
            ++reversals;
    if (reversals > 0) {
        std::vector<double> clock(t.begin() + std::ptrdiff_t(run.begin), t.begin() + std::ptrdiff_t(run.end));
        const LineFit line = fitLine(clock, scan.temperatureK);
        if (!line.ok() || !(line.slope > 0))
            return badData(tr("the temperature does not increase along the ramp"));
        for (std::size_t i = 0; i < clock.size(); ++i)
            scan.temperatureK[i] = line.intercept + line.slope * clock[i];
        scan.temperatureRefitted = true;
        scan.assumptions
            << tr("%1 samples with non-increasing temperature: T replaced by a straight-line fit of "
                  "T(%2)")
                   .arg(reversals)
                   .arg(time ? tr("time") : tr("row index"));
    }

    scan.signFactor =
        signFactorFor(dataset.metadata.heatFlowSign, options.unknownSignAssumption, scan.assumptions);
    if (options.flipSign) {
        scan.signFactor = -scan.signFactor;
        scan.assumptions << tr("heat-flow sign flipped by the user");
    }
    for (double &v : scan.heatFlowMw)
        v *= scan.signFactor;
    return scan;
}

} // namespace gb
