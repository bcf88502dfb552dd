#pragma once

// Settings of the stress-relaxation analysis (methods.md §3, issue 7): global defaults plus
// per-curve overrides a person makes in the GUI (fit window, plateau, weighting). Stored in the
// project file through toJson()/fromJson().

#include "support/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <limits>
#include <optional>

namespace gb {

/// A time window [lowS, highS] in s, measured from the start of the relaxation step.
/// A NaN edge means "open on that side".
struct TimeWindow {
    double lowS = std::numeric_limits<double>::quiet_NaN();
    double highS = std::numeric_limits<double>::quiet_NaN();

    bool contains(double t) const { return !(t < lowS) && !(t > highS); }
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
};

/// How one KWW fit is done.
struct RelaxationCurveSettings {
    TimeWindow window;             ///< fitted times; open = every point after the step
    bool fitPlateau = false;       ///< σ∞ free (else held at 0)
    bool fitAmplitude = false;     ///< φ(0) free (else held at 1: σ/σ₀ = exp[−(t/τ)^β])
    bool weightPerDecade = false;  ///< w_i ∝ Δ(ln t)_i: equal weight per decade of time
    double betaMax = 1.0;          ///< 1, or 2 to allow compressed exponentials
    double minimumRSquared = 0.98; ///< below it the row gets the status "poor_fit"
    friend bool operator==(const RelaxationCurveSettings &, const RelaxationCurveSettings &) = default;
};

/// What a person changed for one curve (keyed by dataset id); unset = the global default.
struct RelaxationOverrides {
    std::optional<TimeWindow> window;
    std::optional<bool> fitPlateau;
    std::optional<bool> weightPerDecade;
    friend bool operator==(const RelaxationOverrides &, const RelaxationOverrides &) = default;
};

/// Settings of the whole stress-relaxation campaign analysis.
struct RelaxationSettings {
    RelaxationCurveSettings defaults;
    QMap<QString, RelaxationOverrides> overrides; ///< by LoadedEntry::datasetId
    int minimumAgingTimes = 4;                    ///< sr_aging.csv: distinct aging times per (sample, T_a)
    int minimumTemperatures = 2; ///< sr_arrhenius.csv: distinct temperatures per (sample, t_a)
    double breakBicMargin = 2.0; ///< a break is "supported" when BIC drops by more than this
    int jobs = 0;                ///< worker threads; 0 = one per core

    /// The settings for one curve: defaults with that curve's overrides applied.
    RelaxationCurveSettings forDataset(const QString &datasetId) const;

    QJsonObject toJson() const;
    /// Reads what toJson() wrote; unknown keys are ignored, missing keys keep their defaults.
    /// Fails (code "bad_settings") on a value of the wrong type.
    static Result<RelaxationSettings> fromJson(const QJsonObject &object);

    friend bool operator==(const RelaxationSettings &, const RelaxationSettings &) = default;
};

} // namespace gb
