#include "analysis/relaxation/RelaxationStep.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RelaxationStep", text);
}

constexpr int kMinimumPoints = 5;
} // namespace

qsizetype findRelaxationStart(const std::vector<double> &times, const std::vector<double> &signal,
                              const std::vector<double> &strain)
{
    const std::size_t n = std::min(times.size(), signal.size());
    if (n == 0)
        return 0;
    if (strain.size() >= n) {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (std::size_t i = 0; i < n; ++i)
            if (std::isfinite(strain[i])) {
                lo = std::min(lo, std::abs(strain[i]));
                hi = std::max(hi, std::abs(strain[i]));
            }
        // Final strain level: the median of the last 10 % of the points.
        std::vector<double> tail;
        for (std::size_t i = n - std::max<std::size_t>(1, n / 10); i < n; ++i)
            if (std::isfinite(strain[i]))
                tail.push_back(std::abs(strain[i]));
        if (hi > lo && !tail.empty()) {
            std::nth_element(tail.begin(), tail.begin() + tail.size() / 2, tail.end());
            const double level = tail[tail.size() / 2];
            const double tolerance = 0.01 * (hi - lo);
            for (std::size_t i = 0; i < n; ++i)
                if (std::isfinite(strain[i]) && std::abs(strain[i]) >= level - tolerance)
                    return qsizetype(i);
        }
    }
    qsizetype best = 0;
    double bestValue = -1.0;
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(signal[i]) && std::isfinite(times[i]) && std::abs(signal[i]) > bestValue) {
            bestValue = std::abs(signal[i]);
            best = qsizetype(i);
        }
    return best;
}

Result<RelaxationCurve> extractRelaxationCurve(const Dataset &dataset)
{
    const Column *time = dataset.column(Quantity::Time);
    const Column *signal = dataset.column(Quantity::Stress);
    RelaxationCurve curve;
    if (!signal) {
        signal = dataset.column(Quantity::Modulus);
        curve.signal = Quantity::Modulus;
    }
    if (!time || !signal)
        return makeError(QStringLiteral("no_columns"),
                         tr("the curve needs a time column and a stress or modulus column"),
                         dataset.sourceFile);
    const Column *strain = dataset.column(Quantity::Strain);
    const std::vector<double> noStrain;
    const qsizetype start =
        findRelaxationStart(time->values, signal->values, strain ? strain->values : noStrain);
    curve.stepIndex = start;

    const std::size_t n = std::min(time->values.size(), signal->values.size());
    const double t0 = time->values[std::size_t(start)];
    // The first finite time before the step: the start of the ramp.
    double rampStart = t0;
    for (std::size_t i = 0; i < std::size_t(start); ++i)
        if (std::isfinite(time->values[i])) {
            rampStart = time->values[i];
            break;
        }
    curve.rampDurationS = t0 - rampStart;
    // Without a recorded ramp the file's own clock counts from the step (if it is not negative).
    curve.originS = (start == 0 && t0 >= 0) ? 0.0 : t0;
    curve.reference = signal->values[std::size_t(start)];
    if (!std::isfinite(curve.reference) || curve.reference == 0.0)
        return makeError(QStringLiteral("bad_signal"),
                         tr("the signal at the start of the relaxation step is zero or missing"),
                         dataset.sourceFile);

    double last = -std::numeric_limits<double>::infinity();
    for (std::size_t i = std::size_t(start); i < n; ++i) {
        const double t = time->values[i] - curve.originS;
        const double y = signal->values[i];
        if (!std::isfinite(t) || !std::isfinite(y) || t < last)
            continue; // gaps and clock steps backwards are skipped
        last = t;
        curve.times.push_back(t);
        curve.normalized.push_back(y / curve.reference);
    }
    if (curve.times.size() < std::size_t(kMinimumPoints))
        return makeError(QStringLiteral("too_few_points"),
                         tr("only %1 points follow the start of the relaxation step").arg(curve.times.size()),
                         dataset.sourceFile);
    return curve;
}

} // namespace gb
